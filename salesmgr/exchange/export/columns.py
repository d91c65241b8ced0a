"""Column types, Excel number formats, display widths and sheet names: the one definition that the streaming
table writer (``table_writer``, ``xlsx_stream``) and the report writer (``exchange.reports``) share."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from salesmgr.models.money import DEFAULT_CURRENCY, exponent

SHEET_NAME_LIMIT = 31
GENERAL = "General"  # Excel's own format: no number format at all
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
_SHEET_FORBIDDEN = str.maketrans({ch: "_" for ch in "[]:*?/\\"})


class ColumnType(StrEnum):
    """What a column's values are, which decides how they are shown."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"  # decimals, ``places`` of them
    MONEY = "money"  # an amount in the column's currency
    DATE = "date"
    DATETIME = "datetime"
    PERCENT = "percent"  # a ratio: 0.25 is shown as 25.0%
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class ExportColumn:
    """One column of the streaming table writer."""

    header: str
    type: ColumnType = ColumnType.TEXT
    currency: str | None = None  # MONEY: the number format shows this currency with its decimal places


def number_format(kind: ColumnType, currency: str | None = None, *, places: int = 1,
                  currency_code: bool = False) -> str:
    """The Excel number format of a value of type ``kind``.

    * MONEY: thousands separators and the decimal places of ``currency`` (of ``DEFAULT_CURRENCY`` when None);
      with ``currency_code`` and a currency, the code follows in brackets: ``#,##0.00 [$CNY]``;
    * NUMBER: thousands separators and ``places`` decimals (``#,##0.0`` for 1, ``#,##0`` for 0);
    * INTEGER ``#,##0``; PERCENT ``0.0%``; DATE ``yyyy-mm-dd``; DATETIME ``yyyy-mm-dd hh:mm``;
    * TEXT and BOOLEAN: ``General``, Excel's format for no format.
    """
    if kind is ColumnType.MONEY:
        amount = _grouped(exponent(currency or DEFAULT_CURRENCY))
        return f"{amount} [${currency}]" if currency_code and currency else amount
    if kind is ColumnType.NUMBER:
        return _grouped(places)
    return _FIXED.get(kind, GENERAL)


_FIXED = {ColumnType.INTEGER: "#,##0", ColumnType.PERCENT: "0.0%", ColumnType.DATE: DATE_FORMAT,
          ColumnType.DATETIME: DATETIME_FORMAT}


def _grouped(places: int) -> str:
    """Thousands separators and ``places`` decimals."""
    return "#,##0" + ("." + "0" * places if places else "")


def display_width(text: str) -> int:
    """Columns ``text`` takes on screen: East Asian wide and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def sanitize_sheet_name(name: str) -> str:
    """A name Excel accepts: at most 31 characters, none of ``[]:*?/\\``, not empty, no quote at either end."""
    cleaned = name.translate(_SHEET_FORBIDDEN).strip().strip("'")
    cleaned = cleaned[:SHEET_NAME_LIMIT].strip().strip("'")
    return cleaned or "Sheet"
