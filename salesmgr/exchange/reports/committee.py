"""The committee review workbook: a Summary sheet with the quarter's figures, then the at-risk accounts, the
broken promises and the open hand-offs, one sheet each (definitions: ``models.customers.committee``).

Live formulas: the Summary's counts are COUNTA over each sheet's first column and its overdue items the SUM of the
open hand-offs' overdue column; a hand-off's *done %* is its done items / its items. Scores, days and the
weakest inputs are values.
"""
from __future__ import annotations

from pathlib import Path

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import CellValue, Column, KeyValue, KeyValues, Report, Sheet, Table
from salesmgr.exchange.reports.request import generated_now
from salesmgr.exchange.reports.writer import require_xlsx, write_report
from salesmgr.i18n import translate
from salesmgr.models.customers.committee import CommitteeReview
from salesmgr.models.customers.handoff_lists import HandoffRow
from salesmgr.models.customers.health import AccountHealth
from salesmgr.models.customers.promises import PromiseRow

WEAKEST = 2  # inputs named per at-risk account


def weakest_parts(health: AccountHealth, count: int = WEAKEST) -> str:
    """The ``count`` known inputs with the fewest points, as "label points; ..." (what pulls the score down)."""
    known = sorted((part for part in health.parts if part.points is not None), key=lambda part: part.points or 0)
    return "; ".join(f"{part.label} {part.points:.0f}" for part in known[:count])


def _count(table: str, column: str, rows: int) -> str | None:
    return f"COUNTA({{{table}:{column}@0}}:{{{table}:{column}@{rows - 1}}})" if rows else None


def _summary(review: CommitteeReview) -> Sheet:
    risk, broken, handoffs = len(review.at_risk), len(review.broken_promises), len(review.open_handoffs)
    overdue = f"SUM({{handoffs:overdue@0}}:{{handoffs:overdue@{handoffs - 1}}})" if handoffs else None
    integer, day = ColumnType.INTEGER, ColumnType.DATE
    figures = KeyValues((
        KeyValue(translate("Reports", "Quarter"), review.quarter),
        KeyValue(translate("Reports", "From"), review.first, day),
        KeyValue(translate("Reports", "To"), review.last, day),
        KeyValue(translate("Reports", "As of"), review.as_of, day),
        KeyValue(translate("Reports", "At-risk accounts"), risk, integer,
                 formula=_count("at_risk", "account", risk)),
        KeyValue(translate("Reports", "Broken promises"), broken, integer,
                 formula=_count("broken", "promise", broken)),
        KeyValue(translate("Reports", "Open hand-offs"), handoffs, integer,
                 formula=_count("handoffs", "deal", handoffs)),
        KeyValue(translate("Reports", "Overdue items"), review.overdue_items, integer, formula=overdue),
    ))
    return Sheet(translate("Reports", "Summary"), (figures,))


def _at_risk(review: CommitteeReview) -> Sheet:
    columns = (Column("account", translate("Reports", "Account"), width=24),
               Column("owner", translate("Reports", "Owner"), width=14),
               Column("score", translate("Reports", "Score"), ColumnType.INTEGER),
               Column("renewal", translate("Reports", "Renewal date"), ColumnType.DATE),
               Column("weakest", translate("Reports", "Weakest inputs"), width=40))
    rows: list[tuple[CellValue, ...]] = [(h.account, h.owner or "", h.score, h.renewal_date, weakest_parts(h))
                                         for h in review.at_risk]
    title = translate("Reports", "At-risk accounts") if rows else translate("Reports", "No account at risk")
    return Sheet(translate("Reports", "At risk"), (Table("at_risk", columns, rows, title=title),))


def _promise_row(promise: PromiseRow) -> tuple[CellValue, ...]:
    return (promise.text, promise.account or "", promise.opportunity or "", promise.made_on, promise.due_on,
            promise.resolved_on, promise.note or "")


def _broken(review: CommitteeReview) -> Sheet:
    day = ColumnType.DATE
    columns = (Column("promise", translate("Reports", "Promise"), width=36),
               Column("account", translate("Reports", "Account"), width=20),
               Column("deal", translate("Reports", "Opportunity"), width=22),
               Column("made", translate("Reports", "Made on"), day), Column("due", translate("Reports", "Due"), day),
               Column("broken", translate("Reports", "Broken on"), day),
               Column("note", translate("Reports", "Note"), width=24))
    rows = [_promise_row(promise) for promise in review.broken_promises]
    title = (translate("Reports", "Broken promises") if rows
             else translate("Reports", "No promise broken in the quarter"))
    return Sheet(translate("Reports", "Broken promises"), (Table("broken", columns, rows, title=title),))


def _handoff_row(row: HandoffRow) -> tuple[CellValue, ...]:
    return (row.opportunity, row.account or "", row.owner or "", row.won_on, row.items, row.done, 0, row.overdue,
            row.next_due, row.implementation_owner or "", row.success_owner or "")


def _handoffs(review: CommitteeReview) -> Sheet:
    integer, day = ColumnType.INTEGER, ColumnType.DATE
    columns = (Column("deal", translate("Reports", "Opportunity"), width=24),
               Column("account", translate("Reports", "Account"), width=20),
               Column("owner", translate("Reports", "Sold by"), width=14),
               Column("won", translate("Reports", "Won on"), day),
               Column("items", translate("Reports", "Items"), integer),
               Column("done", translate("Reports", "Done"), integer),
               Column("done_share", translate("Reports", "Done %"), ColumnType.PERCENT,
                      formula="IF({items}>0,{done}/{items},0)"),
               Column("overdue", translate("Reports", "Overdue"), integer),
               Column("next_due", translate("Reports", "Next due"), day),
               Column("implementation", translate("Reports", "Implementation owner"), width=16),
               Column("success", translate("Reports", "Customer-success owner"), width=16))
    rows = [_handoff_row(row) for row in review.open_handoffs]
    title = translate("Reports", "Open hand-offs") if rows else translate("Reports", "No open hand-off")
    return Sheet(translate("Reports", "Hand-offs"), (Table("handoffs", columns, rows, title=title),))


def build(review: CommitteeReview) -> Report:
    return Report(translate("Reports", "Committee review"), review.quarter,
                  (translate("Reports", "All teams and reps"),), generated_now(),
                  (_summary(review), _at_risk(review), _broken(review), _handoffs(review)))


def export_committee(review: CommitteeReview, out: Path) -> Path:
    """Write the review to ``out`` (a name ending in .xlsx); returns the path written."""
    require_xlsx(out)
    return write_report(build(review), out)
