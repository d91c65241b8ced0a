from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from salesmgr.models.database import Database, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real per-user data folder or inherit SALESMGR_DB."""
    monkeypatch.setenv("SALESMGR_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("SALESMGR_DB", raising=False)


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
