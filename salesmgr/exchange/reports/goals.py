"""The goals report: the period's goals with baseline, target, actual, progress and status, one table per
dimension (financial, customer, operations, team), the status coloured.

Values are in the metric's unit; shares and ratios are shown as percentages (0.25 is written 25 with the unit
``%``), money in the base currency. Progress and status are salesmgr's (``models.goals.status``: the status
depends on the time gone by, so it is not a formula); a goal without data has no actual and no progress, and the
reason says why.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import groupby

from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import CellValue, Colour, Column, Report, Sheet, Table, TextColours
from salesmgr.exchange.reports.request import ReportRequest, generated_now
from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.currency import base_currency
from salesmgr.models.goals.catalogue import metric_def
from salesmgr.models.goals.goals import dimension_label
from salesmgr.models.goals.status import GoalStatus, Status, goal_statuses, status_label

PERCENT_UNITS = ("share", "ratio")
STATUS_COLOURS = {Status.ON_TRACK: Colour.GREEN, Status.AT_RISK: Colour.AMBER, Status.OFF_TRACK: Colour.RED,
                  Status.NO_DATA: Colour.GREY}
UNIT_LABELS = {"days": QT_TRANSLATE_NOOP("Reports", "days"), "count": QT_TRANSLATE_NOOP("Reports", "count"),
               "score": QT_TRANSLATE_NOOP("Reports", "score"), "points": QT_TRANSLATE_NOOP("Reports", "points"),
               "number": QT_TRANSLATE_NOOP("Reports", "number")}


def unit_text(unit: str, currency: str) -> str:
    """The unit column: ``%`` for shares and ratios, the currency for money, else the unit's name."""
    if unit in PERCENT_UNITS:
        return "%"
    if unit == "money":
        return currency
    return translate("Reports", UNIT_LABELS.get(unit, unit))


def shown(value: Decimal | None, unit: str) -> Decimal | None:
    """A value in the report: shares and ratios times 100 (see the module)."""
    if value is None:
        return None
    return value * 100 if unit in PERCENT_UNITS else value


def _columns() -> tuple[Column, ...]:
    number = ColumnType.NUMBER
    return (
        Column("id", translate("Reports", "ID"), ColumnType.INTEGER),
        Column("metric", translate("Reports", "Metric"), width=24),
        Column("owner", translate("Reports", "Owner"), width=14),
        Column("period", translate("Reports", "Period")),
        Column("unit", translate("Reports", "Unit")),
        Column("baseline", translate("Reports", "Baseline"), number, places=2),
        Column("target", translate("Reports", "Target"), number, places=2),
        Column("actual", translate("Reports", "Actual"), number, places=2),
        Column("progress", translate("Reports", "Progress"), ColumnType.PERCENT),
        Column("status", translate("Reports", "Status"), width=12),
        Column("reason", translate("Reports", "Reason"), width=30),
    )


def goal_row(goal: GoalStatus, currency: str) -> tuple[CellValue, ...]:
    unit = metric_def(goal.metric).unit
    owner = goal.owner or translate("Reports", "Company")
    return (goal.id, metric_def(goal.metric).label(), owner, goal.period.key, unit_text(unit, currency),
            shown(goal.baseline, unit), shown(goal.target, unit), shown(goal.actual, unit), goal.progress,
            status_label(goal.status), goal.reason or "")


def _table(dimension: str, goals: list[GoalStatus], currency: str) -> Table:
    colours = tuple((status_label(status), colour) for status, colour in STATUS_COLOURS.items())
    return Table(f"goals_{dimension}", _columns(), [goal_row(goal, currency) for goal in goals],
                 title=dimension_label(dimension).capitalize(), text_colours=(TextColours("status", colours),))


def build(session: Session, request: ReportRequest) -> Report:
    """The goals of exactly the request's period (every goal with ``all_dates``), a table per dimension that has
    goals, in the order of ``goals.DIMENSIONS``; the team and rep filters do not apply."""
    goals = goal_statuses(session, None if request.all_dates else request.period, request.today)
    currency = base_currency(session)
    tables = tuple(_table(dimension, list(members), currency)
                   for dimension, members in groupby(goals, key=lambda goal: goal.dimension))
    if not tables:
        tables = (Table("goals_none", _columns(), [], title=translate("Reports", "No goals in the period")),)
    title = translate("Reports", "Goals")
    return Report(title, request.period_text(), (), generated_now(), (Sheet(title, tables),))
