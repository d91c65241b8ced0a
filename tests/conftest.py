from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from salesmgr.i18n import set_language
from salesmgr.models import clock
from salesmgr.models.database import Database, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real per-user data folder or inherit SALESMGR_DB."""
    monkeypatch.setenv("SALESMGR_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("SALESMGR_DB", raising=False)
    monkeypatch.delenv(clock.ENV_VAR, raising=False)


@pytest.fixture(autouse=True)
def _real_clock() -> Iterator[None]:
    """A test that fixes the day with ``clock.set_today`` never leaves it fixed for the next one."""
    yield
    clock.set_today(None)


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """A test that switches the language (``--lang zh_CN`` sets it for the whole process) leaves English."""
    yield
    set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sales.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database: Database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def runner(db: Database, qtbot: Any) -> Iterator[Any]:
    """A DbRunner on the test database; waits for its last job and joins its thread at the end."""
    from salesmgr.views.runner import DbRunner

    db_runner = DbRunner(db)
    yield db_runner
    qtbot.waitUntil(lambda: not db_runner.is_busy(), timeout=10_000)
    db_runner.shutdown()


_exit_status = [0]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status[0] = int(exitstatus)


def pytest_unconfigure(config: pytest.Config) -> None:
    """PySide6 on Linux can crash at interpreter exit after a green run (pyqtgraph #2520, pydm #1268), which
    would turn the run red: leave with pytest's own status once it has printed its summary."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status[0])
