"""A whole export as a ZIP or a folder: which files it lists, and what it refuses."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from salesmgr.exchange.read.export_files import is_export, open_export
from salesmgr.exchange.read.table import ImportFileError


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_of_csvs_is_an_export_and_a_workbook_is_not(tmp_path: Path) -> None:
    book = tmp_path / "deals.xlsx"
    Workbook().save(book)
    export = _zip(tmp_path / "export.zip", {"Account.csv": b"Id,Name\r\n1,Acme\r\n"})
    (tmp_path / "plain.csv").write_text("Id,Name\n")
    assert is_export(export) and is_export(tmp_path)
    assert not is_export(book) and not is_export(tmp_path / "plain.csv") and not is_export(tmp_path / "missing")


def test_members_are_listed_by_name_without_the_operating_systems_junk(tmp_path: Path) -> None:
    export = _zip(tmp_path / "export.zip", {
        "Opportunity.csv": b"Id,Name\r\n", "Attachments/contract.pdf": b"%PDF-1.4", "__MACOSX/._Opportunity.csv": b"x",
        ".DS_Store": b"x", "sub/Account.csv": b"Id,Name\r\n"})
    with open_export(export) as files:
        assert [(f.name, f.data) for f in files] == [
            ("Attachments/contract.pdf", False), ("Opportunity.csv", True), ("sub/Account.csv", True)]
        assert all(f.path.is_file() for f in files)
        unpacked = files[0].path.parent.parent
    assert not unpacked.exists()  # the temporary folder is gone after the block


def test_a_member_path_cannot_leave_the_temporary_folder(tmp_path: Path) -> None:
    export = _zip(tmp_path / "export.zip", {"../../evil.csv": b"Id\r\n1\r\n", "a:b?.csv": b"Id\r\n"})
    with open_export(export) as files:
        root = files[0].path.parent.parent
        assert all(root in f.path.parents for f in files)
        assert sorted(f.path.name for f in files) == ["a_b_.csv", "evil.csv"]
    assert not (tmp_path.parent / "evil.csv").exists()


def test_a_folder_lists_its_files_below_it(tmp_path: Path) -> None:
    (tmp_path / "deals").mkdir()
    (tmp_path / "deals" / "Deals_001.csv").write_text("Deal Name\n")
    (tmp_path / "Accounts_001.csv").write_text("Account Name\n")
    (tmp_path / "Thumbs.db").write_bytes(b"x")
    with open_export(tmp_path) as files:
        assert [f.name for f in files] == ["Accounts_001.csv", "deals/Deals_001.csv"]
        assert files[1].stem == "Deals_001"


def test_a_zip_bomb_and_a_damaged_zip_are_refused(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.zip", {"Task.csv": bytes(60 << 20)})  # 60 MB of zeros: ~60 KB packed
    with pytest.raises(ImportFileError, match="refused for safety"), open_export(bomb):
        pass
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(_zip(tmp_path / "ok.zip", {"Account.csv": b"Id,Name\r\n" * 100}).read_bytes()[:60])
    assert not is_export(damaged)  # not readable as a ZIP: treated as a single (bad) file
