"""A whole CRM export: a ZIP of one file per object (Salesforce's Data Export, HubSpot's and Zoho's exports) or a
folder holding such files. ``open_export`` lists its data files, unpacking a ZIP into a temporary folder that is
removed afterwards; what is not a spreadsheet or CSV is listed too, so that it can be reported as skipped.

A ZIP is an *export* (not a workbook) when it has neither ``xl/workbook.xml``/``xl/workbook.bin`` nor an
OpenDocument ``mimetype``. Unpacking refuses archives that would expand beyond ``MAX_EXPORT_BYTES`` or whose members
expand suspiciously (the workbook check's zip-bomb rule), and writes each member under its own short folder, so a
member's path can never leave the temporary folder.
"""
from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from salesmgr.exchange.read.safety import MAX_RATIO, ODS_MIMETYPE, RATIO_MIN_BYTES, ZIP_MAGICS
from salesmgr.exchange.read.table import ImportFileError

DATA_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")
MAX_EXPORT_BYTES = 8 << 30
_JUNK_PARTS = ("__MACOSX",)  # what an operating system adds to archives and folders, never data
_UNSAFE = re.compile(r'[<>:"|?*\x00-\x1f]')  # characters Windows refuses in a file name


@dataclass(frozen=True)
class ExportFile:
    """One member of an export: its name as the export shows it (a ZIP member's path, or the path below the
    folder, with ``/``) and where it can be read now; ``data`` is False for what is not a spreadsheet or CSV."""

    name: str
    path: Path

    @property
    def data(self) -> bool:
        return self.path.suffix.lower() in DATA_SUFFIXES

    @property
    def stem(self) -> str:
        return PurePosixPath(self.name).stem


def is_export(path: Path) -> bool:
    """A folder, or a ZIP archive that is not itself a workbook."""
    if path.is_dir():
        return True
    if not path.is_file():
        return False
    with path.open("rb") as stream:
        if not stream.read(4).startswith(ZIP_MAGICS):
            return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if {"xl/workbook.xml", "xl/workbook.bin"} & names:
                return False
            return not ("mimetype" in names and archive.read("mimetype")[:100].strip() == ODS_MIMETYPE)
    except (zipfile.BadZipFile, OSError, zlib.error, ValueError):
        return False


@contextmanager
def open_export(path: Path) -> Iterator[list[ExportFile]]:
    """The export's files, sorted by name; a ZIP's are unpacked for the duration of the ``with`` block."""
    if path.is_dir():
        yield _folder_files(path)
        return
    folder = Path(tempfile.mkdtemp(prefix="salesmgr-export-"))
    try:
        yield _unpack(path, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _folder_files(folder: Path) -> list[ExportFile]:
    files = [ExportFile(p.relative_to(folder).as_posix(), p) for p in folder.rglob("*") if p.is_file()]
    return sorted((f for f in files if not _junk(f.name)), key=lambda f: f.name.casefold())


def _junk(name: str) -> bool:
    parts = PurePosixPath(name).parts
    hidden = (part.startswith(".") and part not in (".", "..") for part in parts)
    return any(hidden) or any(part in _JUNK_PARTS for part in parts) or parts[-1].lower() == "thumbs.db"


def _unpack(archive_path: Path, folder: Path) -> list[ExportFile]:
    try:
        with zipfile.ZipFile(archive_path) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir() and not _junk(info.filename)]
            _check_sizes(archive_path, infos)
            files = [_extract(archive, info, folder / f"{index:04d}") for index, info in enumerate(infos)]
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            ValueError, RuntimeError) as error:
        raise ImportFileError("the file {file} is a damaged ZIP archive; download the export again",
                              file=archive_path.name) from error
    return sorted(files, key=lambda f: f.name.casefold())


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    total = sum(info.file_size for info in infos)
    bomb = any(info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1)
               for info in infos)
    if total > MAX_EXPORT_BYTES or bomb:
        raise ImportFileError("the export {file} would expand to {size_mb} MB when unpacked, which is refused for "
                              "safety; unpack it yourself and import the folder, or export fewer objects",
                              file=path.name, size_mb=total >> 20)


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, folder: Path) -> ExportFile:
    """Writes one member as ``folder/<its base name>``: the member's own folders are kept in its name only."""
    base = _UNSAFE.sub("_", PurePosixPath(info.filename.replace("\\", "/")).name) or "file"
    folder.mkdir(parents=True)
    target = folder / base
    with archive.open(info) as source, target.open("wb") as sink:
        shutil.copyfileobj(source, sink, 1 << 20)
    return ExportFile(info.filename.replace("\\", "/"), target)
