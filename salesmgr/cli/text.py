"""What the commands' text output (not ``--json``) shares: figures formatted for reading, text tables aligned on
a terminal, and the domain's error messages in the language of ``--lang``.

Definitions:
- a figure's *display width* is the number of terminal columns it takes: East Asian wide and full-width characters
  (Chinese) take two, every other character one;
- a *text table* is a header line and one line per row, the columns separated by two spaces, each as wide as its
  widest cell; text columns are padded on the right, figure columns on the left.

The commands' own words are translated in the "Cli" context (``translate("Cli", "...")``, collected by lupdate
into resources/i18n/*.ts); the domain's ``UserError`` templates in the "Domain" context, the one the GUI's
catalogue (salesmgr/views/messages.py) uses, so the command line and the GUI say the same thing.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from salesmgr.exchange.export.columns import display_width
from salesmgr.i18n import translate
from salesmgr.models.errors import UserError

GAP = "  "


def error_message(exc: BaseException) -> str:
    """An error's line in the current language: a ``UserError``'s template translated, then filled in."""
    if isinstance(exc, UserError):
        fields = {name: error_message(value) if isinstance(value, UserError) else value
                  for name, value in exc.fields.items()}  # a reason within a reason is translated too
        return translate("Domain", exc.template).format(**fields)
    return str(exc)


def not_available() -> str:
    """What a figure that cannot be computed shows."""
    return translate("Cli", "n/a")


def money(amount: Decimal | None) -> str:
    """An amount with thousands separators and two places: 1,234,567.89 (n/a for None)."""
    return not_available() if amount is None else f"{amount:,.2f}"


def json_money(amount: Decimal | None) -> str | None:
    """An amount as JSON carries it: the exact decimal as a string ("12345.60"), None as null."""
    return None if amount is None else str(amount)


def money_text(value: str | None) -> str:
    """A JSON amount (``json_money``) as the text output shows it (``money``)."""
    return money(None if value is None else Decimal(value))


def count(value: int) -> str:
    """A whole number with thousands separators."""
    return f"{value:,}"


def share(value: float | Decimal | None) -> str:
    """A ratio between 0 and 1 as a percentage with one place (n/a for None)."""
    return not_available() if value is None else f"{value:.1%}"


def days(value: float | None) -> str:
    """A number of days with one place (n/a for None)."""
    return not_available() if value is None else translate("Cli", "{days} days").format(days=f"{value:.1f}")


def fit(text: str, width: int, *, right: bool = False) -> str:
    """``text`` cut to ``width`` display columns, then padded to exactly ``width`` (on the left when ``right``)."""
    kept, used = [], 0
    for char in text:
        size = display_width(char)
        if used + size > width:
            break
        kept.append(char)
        used += size
    padding = " " * (width - used)
    return padding + "".join(kept) if right else "".join(kept) + padding


@dataclass(frozen=True)
class Column:
    """A text table's column: its header, whether its cells are figures (aligned right), its widest width."""

    header: str
    right: bool = False
    limit: int = 40  # longer cells (a long stage or rep name) are cut


def table(columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> list[str]:
    """The header line and the row lines of a text table (see the module's definition)."""
    widths = [min(column.limit, max([display_width(column.header), *(display_width(row[i]) for row in rows)]))
              for i, column in enumerate(columns)]

    def line(cells: Sequence[str]) -> str:
        return GAP.join(fit(cell, width, right=column.right)
                        for cell, width, column in zip(cells, widths, columns, strict=True)).rstrip()
    return [line([column.header for column in columns]), *(line(row) for row in rows)]
