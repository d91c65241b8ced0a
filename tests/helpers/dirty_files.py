"""CRM exports as they really come: control characters inside values, encodings mixed in one file, binary files
with a text name. Written by the tests; nothing binary is committed."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from tests.helpers.crm_files import SALESFORCE_API_HEADERS, salesforce_api_csv

DATA_EXPORT_HEADERS = ["Id", "IsDeleted", "AccountId", "Name", "Description", "StageName", "Amount", "Probability",
                       "CloseDate", "Type", "LeadSource", "IsClosed", "IsWon", "OwnerId", "CreatedDate",
                       "CurrencyIsoCode"]
# One Description with 2 NULs, a vertical tab (0x0B) and a unit separator (0x1F): 4 control characters.
RICH_TEXT = "<p>Kick-off\x00 call with Müller</p>\x0b<p>Budget \x1fconfirmed\x00</p>"
RICH_TEXT_CONTROLS = 4


def _csv_bytes(rows: list[list[str]], encoding: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode(encoding)


def data_export_opportunities(folder: Path, rows: int, dirty: tuple[int, ...] = (3, 7)) -> Path:
    """A Salesforce Data Export ``Opportunity.csv`` in Windows-1252 with a long Description on every row; the rows
    numbered in ``dirty`` (0-based) carry ``RICH_TEXT`` there, and row ``dirty[0]`` also a NUL inside its quoted
    Name ("Deal\\x00 3" is read as "Deal 3"), so the file holds ``len(dirty) * 4 + 1`` control characters."""
    data = [list(DATA_EXPORT_HEADERS)]
    for number in range(rows):
        description = RICH_TEXT if number in dirty else f"<p>Notes of deal {number}: " + "call, demo. " * 20 + "</p>"
        name = f"Deal\x00 {number}" if number == dirty[0] else f"Deal {number}"
        data.append([f"0068a00000{number:05d}AAA", "0", f"0018a00000{number % 7:05d}AAA", name, description,
                     "Prospecting" if number % 3 else "Closed Won", f"{1000 + number}.00", "20",
                     f"2026-{1 + number % 12:02d}-15", "New Business", "Web", str(number % 3 == 0).lower(),
                     str(number % 3 == 0).lower(), "0058a00000MNWtZAAX", "2025-03-01T09:30:00.000+0000", "EUR"])
    path = folder / "Opportunity.csv"
    path.write_bytes(_csv_bytes(data, "cp1252"))
    return path


def mixed_encoding_csv(folder: Path) -> Path:
    """A cp1252 accounts export into which two values were pasted as UTF-8: line 2 is all UTF-8 ("Café Lumière"),
    line 3 all cp1252 ("Müller AG", ü = 0xFC), line 4 has both on one line ("Café" in UTF-8, "Müller" in cp1252),
    line 5 is plain ASCII. So 1 line is read as UTF-8 and 2 as Windows-1252."""
    lines = [b"Account Name,City",
             "Café Lumière,Paris".encode(),
             "Müller AG,Zürich".encode("cp1252"),
             "Café ".encode() + "Müller,Köln".encode("cp1252"),
             b"Acme Corp,Boston"]
    path = folder / "accounts.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return path


def binary_named_csv(folder: Path) -> dict[str, Path]:
    """Files that are not text, each named .csv: a PNG, a ZIP of a CSV, a database-like file of NUL pages."""
    png = folder / "logo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    packed = folder / "export.csv"
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("deals.csv", salesforce_api_csv(folder).read_bytes())
    pages = folder / "pages.csv"
    pages.write_bytes(",".join(SALESFORCE_API_HEADERS).encode() + b"\n" + b"\x00" * 8192)
    return {"png": png, "zip": packed, "pages": pages}
