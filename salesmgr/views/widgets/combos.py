"""Filter combos shared by the pages: an "everything" entry, then the choices, keeping the current one."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from salesmgr.models.periods import FISCAL_START, Period
from salesmgr.models.team.roster import RepChoice

QUARTERS_BACK = 7


def add_quarters(combo: QComboBox, today: date, fiscal_start: int = FISCAL_START, back: int = QUARTERS_BACK) -> None:
    """The current fiscal quarter ("2026Q4 (current)") and the ``back`` quarters before it, newest first, under
    the fiscal year starting in month ``fiscal_start`` (the database's setting, read by the page's loaders); each
    item's data is the period's key (read it back with ``chosen_period``), its text ``quarter_label``."""
    current = Period.quarter_of(today, fiscal_start)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # labels get longer with the months
    combo.addItem(QCoreApplication.translate("Combos", "{period} (current)").format(period=quarter_label(current)),
                  current.key)
    for period in reversed(current.previous(back)):
        combo.addItem(quarter_label(period), period.key)


def quarter_label(period: Period) -> str:
    """The key (``2026Q3``) when the fiscal year starts in January; else the fiscal quarter with its months,
    ``FY2026 Q1 (Apr–Jun 2026)`` (``FY2026 Q4 (Nov 2026–Jan 2027)`` across a new year), so that it does not read
    as a calendar quarter."""
    if period.fiscal_start == FISCAL_START or not period.is_quarter:
        return period.key
    start, end = period.bounds
    locale = QLocale()
    first, last = (locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat) for day in (start, end))
    if start.year == end.year:
        months = QCoreApplication.translate("Combos", "{first}–{last} {year}").format(
            first=first, last=last, year=end.year)
    else:
        months = QCoreApplication.translate("Combos", "{first} {first_year}–{last} {last_year}").format(
            first=first, first_year=start.year, last=last, last_year=end.year)
    return QCoreApplication.translate("Combos", "FY{year} Q{number} ({months})").format(
        year=period.year, number=period.number, months=months)


def refill_quarters(combo: QComboBox, today: date, fiscal_start: int, back: int = QUARTERS_BACK) -> bool:
    """Fill the combo again under a new ``fiscal_start`` without emitting signals, keeping the chosen position
    (the current quarter stays the current one, the quarter before it the one before) and any leading items
    without a key ("All dates"). True when the chosen key changed, i.e. what the page shows must be reloaded."""
    before, index = combo.currentData(), combo.currentIndex()
    leading = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count()) if combo.itemData(i) is None]
    combo.blockSignals(True)
    combo.clear()
    for text, data in leading:
        combo.addItem(text, data)
    add_quarters(combo, today, fiscal_start, back)
    combo.setCurrentIndex(min(max(index, 0), combo.count() - 1))
    combo.blockSignals(False)
    return combo.currentData() != before


def chosen_period(combo: QComboBox, fiscal_start: int = FISCAL_START) -> Period:
    """The period a combo filled by ``add_quarters`` shows, under the same ``fiscal_start``: parsed here, at the
    edge, once."""
    return Period.parse(combo.currentData(), fiscal_start)


def refill(combo: QComboBox, everything: str, items: list[tuple[int, str]], keep: int | None) -> None:
    """Replace the combo's items without emitting signals; ``keep`` stays selected when it is still there."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for item_id, name in items:
        combo.addItem(name, item_id)
    combo.setCurrentIndex(max(combo.findData(keep), 0))
    combo.blockSignals(False)


def reps_of_team(reps: list[RepChoice], team_id: int | None) -> list[tuple[int, str]]:
    """The reps to offer once a team is chosen (all of them when none is)."""
    return [(rep_id, name) for rep_id, name, team in reps if team_id is None or team == team_id]
