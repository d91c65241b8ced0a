"""Files written through a temporary file get the permissions of a normally created file (0666 less the umask)
and a replaced file keeps its own, for every writer: workbooks (reports, rejects), data tables (xlsx and CSV)."""
from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.exchange.export.table_writer import write_table
from salesmgr.exchange.export.workbook import current_umask, new_file_mode, save_atomically
from salesmgr.exchange.imports.rejects import write_rejects
from salesmgr.exchange.imports.results import ImportResult

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows has no Unix permission bits to check")

Writer = Callable[[Path], object]


def _workbook(out: Path) -> object:
    workbook = Workbook()
    workbook.active.append(["a", 1])
    return save_atomically(workbook, out)


def _table(out: Path) -> object:
    return write_table(out, [ExportColumn("name", ColumnType.TEXT)], [["Ann"], ["Bob"]])


def _rejects(out: Path) -> object:
    return write_rejects(ImportResult(file="x.csv", kind="reps", headers=["Name"]), out)


WRITERS: dict[str, tuple[Writer, str]] = {
    "workbook": (_workbook, "out.xlsx"), "xlsx table": (_table, "out.xlsx"), "csv table": (_table, "out.csv"),
    "rejects": (_rejects, "rejects.xlsx"),
}


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """Set the process umask for the test; the old one comes back afterwards."""
    old = os.umask(0o022)
    try:
        yield lambda mask: os.umask(mask) and None
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("name", WRITERS)
@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_a_new_file_gets_0666_less_the_umask(tmp_path: Path, umask: Callable[[int], None], name: str, mask: int,
                                             expected: int) -> None:
    writer, file_name = WRITERS[name]
    umask(mask)
    out = tmp_path / file_name
    writer(out)
    assert _mode(out) == expected  # 0666 & ~022 = 0644; & ~027 = 0640; & ~077 = 0600
    assert [p.name for p in tmp_path.iterdir()] == [file_name]  # no temporary file left


@pytest.mark.parametrize("name", WRITERS)
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path, umask: Callable[[int], None], name: str) -> None:
    writer, file_name = WRITERS[name]
    umask(0o022)  # a new file would be 0644
    out = tmp_path / file_name
    out.write_bytes(b"old")
    out.chmod(0o640)
    writer(out)
    assert out.read_bytes() != b"old"
    assert _mode(out) == 0o640


def test_the_umask_is_read_without_changing_it(umask: Callable[[int], None], tmp_path: Path) -> None:
    umask(0o027)
    assert current_umask() == 0o027
    assert current_umask() == 0o027  # put back after reading
    assert new_file_mode(tmp_path / "missing.xlsx") == 0o640
