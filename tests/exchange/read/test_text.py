"""CSV text as it comes: control characters removed and counted, encodings mixed in one file, binary refused."""
from __future__ import annotations

from pathlib import Path

import pytest

from salesmgr.exchange.read.readers import read_table
from salesmgr.exchange.read.safety import looks_binary
from salesmgr.exchange.read.table import ImportFileError
from salesmgr.exchange.read.text import CONTROL, decode_export
from tests.helpers import dirty_files


def test_control_characters_in_quoted_values_are_removed_and_counted(tmp_path: Path) -> None:
    path = dirty_files.data_export_opportunities(tmp_path, 700)
    assert path.stat().st_size > 300_000  # as large as the real Opportunity.csv of the issue
    table = read_table(path)
    rows = [cells for _, cells in table.rows]
    assert table.row_count == len(rows) == 700
    name, description = table.headers.index("Name"), table.headers.index("Description")
    assert rows[3][name] == "Deal 3"  # "Deal\x00 3", quoted because of the NUL
    assert rows[3][description] == rows[7][description] == "<p>Kick-off call with Müller</p><p>Budget confirmed</p>"
    assert not any(CONTROL.search(cell) for cells in rows for cell in cells if cell)
    # 2 rich-text values of 4 control characters each, plus the NUL in row 3's name
    assert [(w.template, w.fields) for w in table.warnings] == [
        ("removed {count} control characters (NUL and the like) from the file's values", {"count": 9})]
    assert str(table.warnings[0]) == "removed 9 control characters (NUL and the like) from the file's values"


def test_unquoted_control_characters_and_utf16_text_are_cleaned_too() -> None:
    decoded = decode_export("Name\tCity\r\nA\x00nn\tPa\x1fris\r\n".encode("utf-16"))
    assert decoded.text == "Name\tCity\r\nAnn\tParis\r\n"  # the NULs of UTF-16 itself are not characters
    assert [w.fields for w in decoded.warnings] == [{"count": 2}]


def test_a_clean_file_has_no_warning_and_keeps_tabs_and_line_breaks() -> None:
    decoded = decode_export(b'Name,Notes\r\nAnn,"two\r\nlines\tand a tab"\r\n')
    assert decoded.text == 'Name,Notes\r\nAnn,"two\r\nlines\tand a tab"\r\n'
    assert decoded.warnings == []


def test_mixed_cp1252_and_utf8_keeps_every_character(tmp_path: Path) -> None:
    table = read_table(dirty_files.mixed_encoding_csv(tmp_path))
    assert [cells for _, cells in table.rows] == [["Café Lumière", "Paris"], ["Müller AG", "Zürich"],
                                                  ["Café Müller", "Köln"], ["Acme Corp", "Boston"]]
    # line 2 is UTF-8 as a whole; lines 3 and 4 hold cp1252 bytes; lines 1 and 5 are ASCII and not counted
    assert [w.fields for w in table.warnings] == [{"utf8": 1, "single": 2}]


@pytest.mark.parametrize(("text", "encoding"), [
    ("Café Müller", "cp1252"),  # pure cp1252: no UTF-8 sequence, no warning
    ("商机名称,客户\n张伟,北京", "gb18030"),
    ("Name\tAmount", "utf-16"),
])
def test_single_encoding_files_read_as_before_without_warnings(text: str, encoding: str) -> None:
    decoded = decode_export(text.encode(encoding))
    assert (decoded.text, decoded.warnings) == (text, [])


def test_mostly_binary_is_more_than_one_control_byte_in_twenty() -> None:
    text = b"a" * 950
    assert not looks_binary(text + b"\x00" * 50)  # 50 of 1000 bytes: exactly 5 %, still text
    assert looks_binary(text[:-1] + b"\x00" * 51)  # 51 of 1000
    assert not looks_binary(b"a,b\r\n\t" * 200)  # tab, CR and LF are whitespace
    assert not looks_binary("Name\tAmount".encode("utf-16"))  # UTF-16 with its BOM is text


@pytest.mark.parametrize("case", ["png", "zip", "pages"])
def test_binary_files_named_csv_are_still_refused(tmp_path: Path, case: str) -> None:
    path = dirty_files.binary_named_csv(tmp_path)[case]
    with pytest.raises(ImportFileError, match=f"the file {path.name} is not a spreadsheet or CSV file"):
        read_table(path)
