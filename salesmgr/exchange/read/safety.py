"""Checks run on an import file before any parser touches it: what it really is (by content, not by name; for text,
its encoding and delimiter), and whether a workbook is hostile (zip bomb, XML entities, absurd sheet size,
encryption). Each refusal is an ``ImportFileError`` that tells the user what to do.

A file is *mostly binary* when, without a UTF-16 BOM, more than ``BINARY_SHARE`` (5 %) of its first
``BINARY_HEAD`` bytes (64 KB) are control bytes, i.e. neither text nor whitespace: 0x00-0x08, 0x0B, 0x0C and
0x0E-0x1F (tab, line feed and carriage return are whitespace; every byte from 0x20 up is text in some encoding).
Random or compressed data has about 11 % such bytes, a spreadsheet or database file far more; a CSV export with a
few NULs inside rich-text values (a Salesforce Description) has well under 1 %, and is read with the bytes removed
(see ``text``). Files with a known binary signature (PNG, PDF, ZIP that is not a workbook, ...) are refused whatever
their bytes.

The CSV encoding rule is in ``text``.
"""
from __future__ import annotations

import csv
import re
import zipfile
import zlib
from enum import StrEnum
from pathlib import Path

from salesmgr.exchange.read.table import ImportFileError
from salesmgr.exchange.read.text import CONTROL_BYTES
from salesmgr.exchange.read.text import decode_text as decode_text  # re-exported: callers read text through here

MAX_UNPACKED_BYTES = 1 << 30  # sum of declared member sizes
MAX_RATIO = 200
RATIO_MIN_BYTES = 50 << 20  # a high ratio alone is normal for small XML parts
MAX_COLUMNS = 1000
MAX_CELLS = 10_000_000  # calamine allocates the whole rectangle spanned by the cells, even if most are empty
MAX_TEXT_BYTES = 512 << 20
PROLOG_LIMIT = 64 << 10
DIMENSION_HEAD = 16 << 10

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
OTHER_BINARY = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b", b"MZ")
MARKUP_STARTS = ("<html", "<!doctype html", "<?xml", "<table", "<workbook")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"\$?([A-Z]{1,4})\$?\d+(?::\$?([A-Z]{1,4})\$?\d+)?\"")
_SPANS = re.compile(rb"spans=\"(\d+):(\d+)\"")
_ROOT_START = re.compile(rb"<[A-Za-z_]")
# Only references with 2+ column letters or 6+ row digits can be large, and a 12-column sheet of <100k rows has none,
# so scanning for them is one C-level pass over the XML with almost no Python work. No leading \s: a literal
# prefix keeps the scan fast, and the extra matches it allows (ref=, sqref=) only make the check stricter.
_LARGE_REF = re.compile(rb"r=\"(?:([A-Z]{2,})\d|[A-Z]{0,3}(\d{6,})\")")
_ROW_5 = re.compile(rb"r=\"[A-Z]{0,3}(\d{5})\"")
CHUNK = 4 << 20
SNIFF_CHARS = 32 << 10
DELIMITERS = ",;\t|"
BINARY_HEAD = 64 << 10
BINARY_SHARE = 0.05


class Kind(StrEnum):
    WORKBOOK = "workbook"  # xlsx/xlsm/xlsb/ods (zip) or xls (OLE): read with calamine
    TEXT = "text"  # CSV/TXT


def sniff(path: Path) -> Kind:
    """What the file really is, from its first bytes; refuses empty, binary, encrypted and non-spreadsheet files."""
    head = _read_head(path, BINARY_HEAD)
    if not head:
        raise ImportFileError("the file {file} is empty; export it again from the CRM", file=path.name)
    if head.startswith(ZIP_MAGICS):
        return Kind.WORKBOOK
    if head.startswith(OLE_MAGIC):
        if path.suffix.lower() in (".xlsx", ".xlsm") or _contains(path, ENCRYPTED_STREAM):
            raise encrypted_error(path)
        return Kind.WORKBOOK
    if head.startswith(OTHER_BINARY) or looks_binary(head):
        raise not_a_spreadsheet_error(path)
    start = head.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n").replace(b"\x00", b"")[:64].decode("latin-1").lower()
    if start.startswith(MARKUP_STARTS):
        raise ImportFileError("the file {file} is a web page or XML file, not a real spreadsheet; open it in Excel "
                              "and save it again as .xlsx", file=path.name)
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise ImportFileError("the file {file} is too large to import ({size_mb} MB); split it into smaller files",
                              file=path.name, size_mb=path.stat().st_size >> 20)
    return Kind.TEXT


def check_workbook(path: Path, cells: bool = True) -> None:
    """Refuses a hostile or broken zip workbook before calamine expands anything; ``cells`` also scans every
    worksheet's cell references for an absurd extent. OLE (.xls) files pass through."""
    if not _read_head(path, 4).startswith(ZIP_MAGICS):
        return
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(path, infos)
            _check_kind(path, archive, infos)
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    _check_part(path, archive, info)
                if cells and info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    _check_extent(archive, info)
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, NotImplementedError,
            ValueError, RuntimeError) as error:
        raise damaged_error(path) from error


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    total = sum(info.file_size for info in infos)
    bomb = total > MAX_UNPACKED_BYTES or any(
        info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1) for info in infos)
    if bomb:
        raise ImportFileError("the file {file} would expand to {size_mb} MB when unpacked, which is refused for "
                              "safety; save it again from Excel with only the data", file=path.name,
                              size_mb=total >> 20)


def _check_kind(path: Path, archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    names = {info.filename for info in infos}
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return
    if "mimetype" in names and archive.read("mimetype")[:100].strip() == ODS_MIMETYPE:
        return
    raise not_a_spreadsheet_error(path)


def _check_part(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    with archive.open(info) as stream:
        head = stream.read(max(PROLOG_LIMIT, DIMENSION_HEAD))
    # A DTD can only appear in the prolog, before the root element; reading that far is enough and stays cheap.
    root = _ROOT_START.search(head)
    prolog = head[: root.start()] if root else head
    if b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper() or (root is None and len(head) >= PROLOG_LIMIT):
        raise ImportFileError("the file {file} declares XML entities, which are refused for safety; open it in "
                              "Excel and save it again as .xlsx", file=path.name)
    if info.filename.startswith("xl/worksheets/"):
        _check_columns(head[:DIMENSION_HEAD])


def _check_columns(head: bytes) -> None:
    columns = 0
    dimension = _DIMENSION.search(head)
    if dimension:
        first, last = dimension.group(1), dimension.group(2) or dimension.group(1)
        columns = column_number(last.decode()) - column_number(first.decode()) + 1
    for spans in _SPANS.finditer(head):
        columns = max(columns, int(spans.group(2)) - int(spans.group(1)) + 1)
    if columns > MAX_COLUMNS:
        raise ImportFileError("the sheet claims {columns} columns; save it again from Excel with only the data",
                              columns=columns)


def _check_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuses a sheet whose farthest cell reference spans too many columns or cells (e.g. one cell in XFD1048576)."""
    found = _scan(archive, info, _LARGE_REF)
    columns = max((column_number(letter.decode()) for letter, _ in found if letter), default=26)
    if columns > MAX_COLUMNS:
        raise ImportFileError("the sheet claims {columns} columns; save it again from Excel with only the data",
                              columns=columns)
    height = max((int(row) for _, row in found if row), default=0)
    if not height and columns * 99_999 > MAX_CELLS:  # rare wide sheet: a second pass finds its 5-digit rows
        height = max((int(row) for row in _scan(archive, info, _ROW_5)), default=9_999)
    if height * columns > MAX_CELLS:
        raise ImportFileError("the sheet claims {rows} rows and {columns} columns; save it again from Excel with "
                              "only the data", rows=height, columns=columns)


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo, pattern: re.Pattern[bytes]) -> set:
    """The distinct matches of ``pattern`` in a zip member, read in chunks that overlap by a few bytes."""
    found: set = set()
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            window = tail + chunk
            found.update(pattern.findall(window))
            tail = window[-40:]
    return found


def column_number(letters: str) -> int:
    """'A' -> 1, 'XFD' -> 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _read_head(path: Path, size: int) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(size)
    except OSError as error:
        raise ImportFileError("the file {file} could not be opened ({reason}); check that it exists and is not "
                              "open in another program", file=path.name, reason=error.strerror or error) from error


def _contains(path: Path, needle: bytes, limit: int = 64 << 20) -> bool:
    """Whether ``needle`` occurs in the first ``limit`` bytes, read in overlapping chunks."""
    tail = b""
    with path.open("rb") as stream:
        for _ in range(limit // (1 << 20)):
            chunk = stream.read(1 << 20)
            if not chunk:
                return False
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle):]
    return False


def looks_binary(head: bytes) -> bool:
    """Whether ``head`` (a file's first ``BINARY_HEAD`` bytes) is mostly binary, as the module docstring defines."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text, as Excel saves "Unicode Text"
        return False
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    return controls > BINARY_SHARE * len(head)


def encrypted_error(path: Path) -> ImportFileError:
    return ImportFileError("the file {file} is password-protected; open it in Excel, remove the password "
                           "(File > Info > Protect Workbook) and save it again", file=path.name)


def not_a_spreadsheet_error(path: Path) -> ImportFileError:
    return ImportFileError("the file {file} is not a spreadsheet or CSV file; choose an .xlsx, .xls, .ods or .csv "
                           "export", file=path.name)


def damaged_error(path: Path) -> ImportFileError:
    return ImportFileError("the file {file} is damaged or incomplete; download or export it again", file=path.name)


def detect_delimiter(sample: str) -> str:
    """Comma, semicolon, tab or pipe: csv.Sniffer's guess unless counting per line finds a more consistent one."""
    lines = [line for line in sample.splitlines()[:60] if line.strip()]
    if len(sample) >= SNIFF_CHARS and len(lines) > 1:
        lines.pop()  # probably cut in the middle
    scores = {delimiter: _consistency(lines, delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: scores[delimiter])
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = best
    if sniffed in scores and scores[sniffed] >= scores[best]:
        return sniffed
    return best if scores[best] > 0 else ","


def _consistency(lines: list[str], delimiter: str) -> int:
    """How many lines share the most common non-zero count of ``delimiter`` (title rows have none)."""
    counts: dict[int, int] = {}
    for line in lines:
        count = line.count(delimiter)
        if count:
            counts[count] = counts.get(count, 0) + 1
    return max(counts.values(), default=0)
