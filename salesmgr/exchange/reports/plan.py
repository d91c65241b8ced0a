"""The quota plan as a workbook that looks like the planning grid, and that imports back (``imports.plan_file``).

One sheet per fiscal year. Rows: each team's reps, a subtotal row per team (SUM formulas) and the company total
(the sum of the subtotals); columns: team, rep, the four fiscal quarters (``2027Q1 (Jan–Mar)``), the year
(SUM of the row's quarters), then the twelve months (``2027-01 (Jan)``) folded in an outline group, as the
grid's "Show months": an optional breakdown, never added into the quarters or the year. Under the table: the
year's target and the gap (target - the company total, a formula). A locked quarter's header says so, its column
(and its months') is grey and its cells are protected (the sheet is protected with every other cell unlocked);
that is a hint only: the import refuses changes to locked quarters.

The import recognises the workbook by the defined name ``plan_target_YYYY`` of each sheet's target cell, and reads
the header row by its quarter keys, so the language the workbook was written in does not matter.
"""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import (
    SUM,
    CellValue,
    Column,
    KeyValue,
    KeyValues,
    Report,
    Sheet,
    Table,
    total_formula,
    total_label,
)
from salesmgr.exchange.reports.request import ReportRequest, generated_now
from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.goals.plan import PlanGrid, load_plan, planned_years
from salesmgr.models.periods import Period, PeriodKind
from salesmgr.models.settings import fiscal_start

TARGET_NAME = "plan_target_{year}"  # the defined name of a sheet's target cell; the import looks for it
QUARTER_KEYS = ("q1", "q2", "q3", "q4")
MONTHS = (QT_TRANSLATE_NOOP("Reports", "Jan"), QT_TRANSLATE_NOOP("Reports", "Feb"),
          QT_TRANSLATE_NOOP("Reports", "Mar"), QT_TRANSLATE_NOOP("Reports", "Apr"),
          QT_TRANSLATE_NOOP("Reports", "May"), QT_TRANSLATE_NOOP("Reports", "Jun"),
          QT_TRANSLATE_NOOP("Reports", "Jul"), QT_TRANSLATE_NOOP("Reports", "Aug"),
          QT_TRANSLATE_NOOP("Reports", "Sep"), QT_TRANSLATE_NOOP("Reports", "Oct"),
          QT_TRANSLATE_NOOP("Reports", "Nov"), QT_TRANSLATE_NOOP("Reports", "Dec"))


def table_key(year: int) -> str:
    return f"plan_{year:04d}"


def quarter_header(quarter: Period, locked: bool) -> str:
    """``2027Q1 (Jan–Mar)``, followed by ``🔒 locked`` for a locked quarter; the key comes first (the import reads
    it)."""
    months = quarter.months()
    first, last = (translate("Reports", MONTHS[m.number - 1]) for m in (months[0], months[-1]))
    text = translate("Reports", "{quarter} ({first}–{last})").format(quarter=quarter.key, first=first, last=last)
    if not locked:
        return text
    return translate("Reports", "{quarter} 🔒 locked").format(quarter=text)


def month_header(month: Period) -> str:
    """``2027-01 (Jan)``: the key first (the import reads it)."""
    return translate("Reports", "{month} ({name})").format(month=month.key,
                                                           name=translate("Reports", MONTHS[month.number - 1]))


def _months(grid: PlanGrid) -> list[tuple[Period, Period]]:
    """(quarter, month) of the fiscal year, in order."""
    return [(quarter, month) for quarter in grid.quarters for month in quarter.months()]


def _columns(grid: PlanGrid) -> tuple[Column, ...]:
    quarters = tuple(
        Column(key, quarter_header(quarter, quarter.key in grid.locked), ColumnType.MONEY, grid.currency,
               width=16, locked=quarter.key in grid.locked)
        for key, quarter in zip(QUARTER_KEYS, grid.quarters, strict=True))
    months = tuple(Column(f"m{index}", month_header(month), ColumnType.MONEY, grid.currency, width=12,
                          locked=quarter.key in grid.locked, folded=True)
                   for index, (quarter, month) in enumerate(_months(grid), start=1))
    year = translate("Reports", "Year {year} ({currency})").format(year=grid.year_key, currency=grid.currency)
    return (Column("team", translate("Reports", "Team"), width=14),
            Column("rep", translate("Reports", "Rep"), width=14), *quarters,
            Column("year", year, ColumnType.MONEY, grid.currency, formula=_year_formula(), width=16), *months)


def _year_formula() -> str:
    return "SUM({q1}:{q4})"


def _rows(grid: PlanGrid) -> list[tuple[CellValue, ...]]:
    rows: list[tuple[CellValue, ...]] = []
    no_team = translate("Reports", "(no team)")
    for team in grid.teams:
        for rep in team.reps:
            amounts = [grid.quotas.get((rep.rep_id, q.key)) for q in grid.quarters]
            year = sum((a for a in amounts if a is not None), Decimal(0))
            months = [grid.quotas.get((rep.rep_id, month.key)) for _, month in _months(grid)]
            rows.append((team.name or no_team, rep.name, *amounts, year, *months))
    return rows


def plan_sheet(grid: PlanGrid) -> Sheet:
    """The sheet of one fiscal year (see the module)."""
    key = table_key(grid.fiscal_year)
    sums = {column: SUM for column in (*QUARTER_KEYS, *(f"m{index}" for index in range(1, 13)))}
    table = Table(key, _columns(grid), _rows(grid),
                  title=translate("Reports", "Quotas by rep and fiscal quarter"),
                  totals={"team": total_label(translate("Reports", "Company total")), **sums,
                          "year": total_formula(_year_formula())},
                  group_by="team")
    name = TARGET_NAME.format(year=grid.year_key)
    target_label = translate("Reports", "Target ({currency})").format(currency=grid.currency)
    gap_label = translate("Reports", "Gap: target - plan ({currency})").format(currency=grid.currency)
    no_target = translate("Reports", "no target set for the year")
    target = KeyValue(target_label, grid.target, ColumnType.MONEY, grid.currency, name=name,
                      note="" if grid.target is not None else no_target)
    gap = KeyValue(gap_label, grid.gap, ColumnType.MONEY, grid.currency,
                   formula=None if grid.target is None else f"{{${name}}}-{{{key}:year@total}}")
    title = translate("Reports", "Fiscal year {year}").format(year=grid.year_key)
    return Sheet(title, (table, KeyValues((target, gap))), protected=bool(grid.locked))


def _years(session: Session, request: ReportRequest) -> list[int]:
    if request.all_dates:
        return planned_years(session) or [request.period.quarter().year]
    period = request.period
    if period.kind is PeriodKind.MONTH:
        return [Period.year_of(period.start, fiscal_start(session)).year]
    return [period.year]


def build(session: Session, request: ReportRequest) -> Report:
    """The plan of the request's fiscal year (that of its quarter or month), or of every planned year with
    ``all_dates``; the team and rep filters do not apply (the plan is the company's)."""
    years = _years(session, request)
    grids = [load_plan(session, year) for year in years]
    period = (translate("Reports", "fiscal years {first} to {last}").format(first=years[0], last=years[-1])
              if len(years) > 1 else translate("Reports", "fiscal year {year}").format(year=years[0]))
    start = translate("Reports", "The fiscal year starts in {month}").format(
        month=translate("Reports", MONTHS[grids[0].fiscal_start - 1]))
    return Report(translate("Reports", "Quota plan"), period, (start,), generated_now(),
                  tuple(plan_sheet(grid) for grid in grids))
