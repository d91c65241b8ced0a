"""The runner after shutdown: work asked for while the window closes is dropped, not raised."""
from __future__ import annotations

from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database, Session
from salesmgr.views.runner import DbRunner


def test_work_asked_for_after_shutdown_is_dropped(qtbot: QtBot, db: Database) -> None:
    runner = DbRunner(db)
    ran: list[str] = []

    def op(session: Session) -> None:
        ran.append("op")

    runner.run(op, lambda _result: ran.append("done"))
    qtbot.waitUntil(lambda: ran == ["op", "done"], timeout=5000)
    runner.shutdown()
    runner.run(op, lambda _result: ran.append("done"))  # a page answering a late result: no RuntimeError
    runner.run_task(lambda _db, _progress: ran.append("task"))
    qtbot.wait(50)
    assert ran == ["op", "done"] and not runner.is_busy()
