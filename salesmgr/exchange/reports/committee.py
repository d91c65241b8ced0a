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


def _t(text: str) -> str:
    return translate("Reports", text)


def weakest_parts(health: AccountHealth, count: int = WEAKEST) -> str:
    """The ``count`` known inputs with the fewest points, as "label points; ..." (what pulls the score down)."""
    known = sorted((part for part in health.parts if part.points is not None), key=lambda part: part.points or 0)
    return "; ".join(f"{part.label} {part.points:.0f}" for part in known[:count])


def _count(table: str, column: str, rows: int) -> str | None:
    return f"COUNTA({{{table}:{column}@0}}:{{{table}:{column}@{rows - 1}}})" if rows else None


def _summary(review: CommitteeReview) -> Sheet:
    risk, broken, handoffs = len(review.at_risk), len(review.broken_promises), len(review.open_handoffs)
    overdue = (f"SUM({{handoffs:overdue@0}}:{{handoffs:overdue@{handoffs - 1}}})" if handoffs else None)
    figures = KeyValues((
        KeyValue(_t("Quarter"), review.quarter),
        KeyValue(_t("From"), review.first, ColumnType.DATE), KeyValue(_t("To"), review.last, ColumnType.DATE),
        KeyValue(_t("As of"), review.as_of, ColumnType.DATE),
        KeyValue(_t("At-risk accounts"), risk, ColumnType.INTEGER, formula=_count("at_risk", "account", risk)),
        KeyValue(_t("Broken promises"), broken, ColumnType.INTEGER, formula=_count("broken", "promise", broken)),
        KeyValue(_t("Open hand-offs"), handoffs, ColumnType.INTEGER,
                 formula=_count("handoffs", "deal", handoffs)),
        KeyValue(_t("Overdue items"), review.overdue_items, ColumnType.INTEGER, formula=overdue),
    ))
    return Sheet(_t("Summary"), (figures,))


def _at_risk(review: CommitteeReview) -> Sheet:
    columns = (Column("account", _t("Account"), width=24), Column("owner", _t("Owner"), width=14),
               Column("score", _t("Score"), ColumnType.INTEGER),
               Column("renewal", _t("Renewal date"), ColumnType.DATE),
               Column("weakest", _t("Weakest inputs"), width=40))
    rows: list[tuple[CellValue, ...]] = [(h.account, h.owner or "", h.score, h.renewal_date, weakest_parts(h))
                                         for h in review.at_risk]
    title = _t("At-risk accounts") if rows else _t("No account at risk")
    return Sheet(_t("At risk"), (Table("at_risk", columns, rows, title=title),))


def _promise_row(promise: PromiseRow) -> tuple[CellValue, ...]:
    return (promise.text, promise.account or "", promise.opportunity or "", promise.made_on, promise.due_on,
            promise.resolved_on, promise.note or "")


def _broken(review: CommitteeReview) -> Sheet:
    columns = (Column("promise", _t("Promise"), width=36), Column("account", _t("Account"), width=20),
               Column("deal", _t("Opportunity"), width=22), Column("made", _t("Made on"), ColumnType.DATE),
               Column("due", _t("Due"), ColumnType.DATE), Column("broken", _t("Broken on"), ColumnType.DATE),
               Column("note", _t("Note"), width=24))
    rows = [_promise_row(promise) for promise in review.broken_promises]
    title = _t("Broken promises") if rows else _t("No promise broken in the quarter")
    return Sheet(_t("Broken promises"), (Table("broken", columns, rows, title=title),))


def _handoff_row(row: HandoffRow) -> tuple[CellValue, ...]:
    return (row.opportunity, row.account or "", row.owner or "", row.won_on, row.items, row.done, 0, row.overdue,
            row.next_due, row.implementation_owner or "", row.success_owner or "")


def _handoffs(review: CommitteeReview) -> Sheet:
    integer = ColumnType.INTEGER
    columns = (Column("deal", _t("Opportunity"), width=24), Column("account", _t("Account"), width=20),
               Column("owner", _t("Sold by"), width=14), Column("won", _t("Won on"), ColumnType.DATE),
               Column("items", _t("Items"), integer), Column("done", _t("Done"), integer),
               Column("done_share", _t("Done %"), ColumnType.PERCENT, formula="IF({items}>0,{done}/{items},0)"),
               Column("overdue", _t("Overdue"), integer), Column("next_due", _t("Next due"), ColumnType.DATE),
               Column("implementation", _t("Implementation owner"), width=16),
               Column("success", _t("Customer-success owner"), width=16))
    rows = [_handoff_row(row) for row in review.open_handoffs]
    title = _t("Open hand-offs") if rows else _t("No open hand-off")
    return Sheet(_t("Hand-offs"), (Table("handoffs", columns, rows, title=title),))


def build(review: CommitteeReview) -> Report:
    return Report(_t("Committee review"), review.quarter, (_t("All teams and reps"),), generated_now(),
                  (_summary(review), _at_risk(review), _broken(review), _handoffs(review)))


def export_committee(review: CommitteeReview, out: Path) -> Path:
    """Write the review to ``out`` (a name ending in .xlsx); returns the path written."""
    require_xlsx(out)
    return write_report(build(review), out)
