"""Opportunities for the Pipeline page: filtered, sorted pages of rows, one deal's detail, and the edits made
to it (moving it to another stage, changing its fields).

Pages are cut in SQL (ORDER BY an allow-listed column, then id; LIMIT/OFFSET), so a million deals cost no more
than a thousand to show. Money leaves here as ``Decimal``.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from salesmgr.models import clock
from salesmgr.models.clock import utcnow
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.customers.handoffs import ensure_handoffs
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.metrics.filters import MetricFilter, conditions
from salesmgr.models.money import D, MoneyError, from_minor, normalise_currency, to_minor
from salesmgr.models.org import Rep, Team
from salesmgr.models.pipeline.builtin import criteria_labels, stage_label
from salesmgr.models.pipeline.entities import StageDefinition, StageHistory

NAME_LIMIT = 200  # the width of opportunity.name
SORT_COLUMNS: dict[str, Any] = {
    "name": Opportunity.name,
    "account": Account.name,
    "owner": Rep.name,
    "team": Team.name,
    "stage": StageDefinition.position,
    "amount": Opportunity.amount_minor,
    "probability": Opportunity.probability,
    "expected_close_date": Opportunity.expected_close_date,
    "closed_date": Opportunity.closed_date,
    "created_date": Opportunity.created_date,
}
DEFAULT_SORT = "expected_close_date"  # indexed: the first page of a million deals comes straight off the index


@dataclass(frozen=True)
class OpportunityFilter:
    """``text`` matches the deal or account name (case-insensitive, anywhere); ``account`` is an account's
    whole name (case-insensitive); ``metric`` narrows by period, team and rep like every metric; ``stage_kind``
    (``open``, ``won`` or ``lost``) keeps the deals in a stage of that kind."""

    text: str = ""
    stage_id: int | None = None
    account: str = ""
    metric: MetricFilter = field(default_factory=MetricFilter)
    stage_kind: str | None = None


@dataclass(frozen=True)
class OpportunityRow:
    id: int
    name: str
    account: str | None
    owner: str | None
    team: str | None
    stage: str
    stage_kind: str
    amount: Decimal | None
    currency: str
    probability: int | None
    created_date: date | None
    expected_close_date: date | None
    closed_date: date | None


class HistoryEntry(NamedTuple):
    stage: str
    entered_at: datetime


class StageOption(NamedTuple):
    id: int
    name: str
    kind: str
    entry_criteria: list[str]
    exit_criteria: list[str]


@dataclass(frozen=True)
class OpportunityDetail:
    row: OpportunityRow
    history: list[HistoryEntry]
    stage_options: list[StageOption]

    def current_stage(self) -> StageOption:
        """The option of the stage the deal is in now (stage names are unique)."""
        return next(option for option in self.stage_options if option.name == self.row.stage)


@dataclass(frozen=True)
class OpportunityEdit:
    """The editable fields of one deal, as the detail dialog hands them over."""

    name: str
    amount: Decimal | None
    currency: str
    probability: int | None
    expected_close_date: date | None


# --- reading ------------------------------------------------------------------------------------------------
def count_opportunities(session: Session, flt: OpportunityFilter) -> int:
    return session.scalar(count_query(flt)) or 0


def opportunity_page(session: Session, flt: OpportunityFilter, sort: str = DEFAULT_SORT,
                     descending: bool = False, offset: int = 0, limit: int = 200) -> list[OpportunityRow]:
    """Rows ``offset`` to ``offset + limit`` of the filtered deals, ordered by ``sort`` (a SORT_COLUMNS key)
    and then by id."""
    return [_row(values) for values in session.execute(page_query(flt, sort, descending, offset, limit))]


def iter_opportunities(session: Session, flt: OpportunityFilter, sort: str = DEFAULT_SORT,
                       descending: bool = False, chunk: int = 2000) -> Iterator[OpportunityRow]:
    """Every filtered deal in the order ``opportunity_page`` pages them, read ``chunk`` rows at a time (an export
    of what the Pipeline page shows, however many deals that is)."""
    query = _where(_row_query(), flt).order_by(*_order(sort, descending))
    for values in session.execute(query.execution_options(yield_per=chunk)):
        yield _row(values)


def count_query(flt: OpportunityFilter) -> Select[Any]:
    """The SQL behind ``count_opportunities`` (joins the account only when a filter needs it)."""
    query = select(func.count(Opportunity.id))
    if flt.text.strip() or flt.account.strip():
        query = query.outerjoin(Account, Opportunity.account_id == Account.id)
    return _where(query, flt)


def page_query(flt: OpportunityFilter, sort: str, descending: bool, offset: int, limit: int) -> Select[Any]:
    """The SQL behind ``opportunity_page``: a "deferred join". The inner query picks the page's ids joining
    only the tables that the filter and the sort need (so rows skipped by OFFSET cost an index step, not
    four joins); the outer query fetches the names for those ids alone."""
    order = _order(sort, descending)
    ids = (_where(_id_query(flt, sort), flt).order_by(*order).offset(max(offset, 0)).limit(max(limit, 0))
           .subquery("page"))
    return _row_query().join(ids, ids.c.id == Opportunity.id).order_by(*order)


def _order(sort: str, descending: bool) -> list[ColumnElement[Any]]:
    if sort not in SORT_COLUMNS:
        raise ValueError(f"cannot sort opportunities by {sort!r}; use one of {', '.join(SORT_COLUMNS)}")
    column = SORT_COLUMNS[sort]
    return [column.desc(), Opportunity.id.desc()] if descending else [column.asc(), Opportunity.id.asc()]


def _id_query(flt: OpportunityFilter, sort: str) -> Select[Any]:
    query = select(Opportunity.id)
    if sort == "stage":
        query = query.join(StageDefinition, Opportunity.stage_id == StageDefinition.id)
    if sort == "account" or flt.text.strip() or flt.account.strip():
        query = query.outerjoin(Account, Opportunity.account_id == Account.id)
    if sort in ("owner", "team"):
        query = query.outerjoin(Rep, Opportunity.owner_id == Rep.id)
    if sort == "team":
        query = query.outerjoin(Team, Rep.team_id == Team.id)
    return query


def opportunity_detail(session: Session, opportunity_id: int) -> OpportunityDetail:
    found = session.execute(_row_query().where(Opportunity.id == opportunity_id)).first()
    if found is None:
        raise NotFoundError("no opportunity with id {id}", id=opportunity_id)
    history = session.execute(
        select(StageDefinition.name, StageDefinition.builtin_key, StageHistory.entered_at)
        .join(StageDefinition, StageHistory.stage_id == StageDefinition.id)
        .where(StageHistory.opportunity_id == opportunity_id)
        .order_by(StageHistory.entered_at, StageHistory.id))
    return OpportunityDetail(_row(found), [HistoryEntry(stage_label(name, key), at) for name, key, at in history],
                             stage_options(session))


def stage_options(session: Session) -> list[StageOption]:
    """Every pipeline stage in order, with its entry and exit checklists, named and worded as shown in the
    current language (``builtin.stage_label``, ``builtin.criterion_label``)."""
    stages = session.scalars(select(StageDefinition).order_by(StageDefinition.position, StageDefinition.id))
    return [StageOption(s.id, s.label, s.kind, criteria_labels(checklist(s.entry_criteria)),
                        criteria_labels(checklist(s.exit_criteria))) for s in stages]


def checklist(text: str | None) -> list[str]:
    """Criteria text, one item per line, as a list without blank lines."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


# --- editing ------------------------------------------------------------------------------------------------
def move_stage(session: Session, opportunity_id: int, stage_id: int, when: datetime | None = None) -> None:
    """Move a deal to another stage: its probability becomes the stage's default, a won or lost deal is closed
    (on ``when``'s date, else today), a reopened one is not, and the move is written to the stage history."""
    opportunity = _opportunity(session, opportunity_id)
    stage = session.get(StageDefinition, stage_id)
    if stage is None:
        raise NotFoundError("no pipeline stage with id {id}", id=stage_id)
    if opportunity.stage_id == stage_id:
        return
    opportunity.stage_id = stage.id
    opportunity.probability = stage.default_probability
    if stage.kind == "open":
        opportunity.closed_date = None
    else:
        opportunity.closed_date = when.date() if when is not None else clock.today()
    session.add(StageHistory(opportunity_id=opportunity.id, stage_id=stage.id, entered_at=when or utcnow()))
    session.flush()
    if stage.kind == "won":  # the sale is made: service gets its hand-off checklist
        ensure_handoffs(session, [opportunity.id])


def update_opportunity(session: Session, opportunity_id: int, name: str, amount: Decimal | None, currency: str,
                       probability: int | None, expected_close_date: date | None) -> None:
    """Change a deal's own fields; nothing is written when one of them breaks a rule."""
    opportunity = _opportunity(session, opportunity_id)
    name = name.strip()
    if not name:
        raise ValidationError("an opportunity needs a name")
    if len(name) > NAME_LIMIT:
        raise ValidationError("an opportunity name can be at most {limit} characters", limit=NAME_LIMIT)
    currency = normalise_currency(currency)
    if amount is not None:
        amount = D(amount)
        if not amount.is_finite() or amount < 0:
            raise MoneyError("{value} is not an amount of money", value=amount)
    if probability is not None and (isinstance(probability, bool) or not 0 <= probability <= 100):
        raise ValidationError("{value} is not a percentage between 0 and 100", value=probability)
    opportunity.name = name
    opportunity.currency = currency
    opportunity.amount_minor = None if amount is None else to_minor(amount, currency)
    opportunity.probability = probability
    opportunity.expected_close_date = expected_close_date
    session.flush()


def apply_edit(session: Session, opportunity_id: int, edit: OpportunityEdit) -> None:
    update_opportunity(session, opportunity_id, edit.name, edit.amount, edit.currency, edit.probability,
                       edit.expected_close_date)


# --- helpers ------------------------------------------------------------------------------------------------
def _row_query() -> Select[Any]:
    return (select(Opportunity.id, Opportunity.name, Account.name, Rep.name, Team.name, StageDefinition.name,
                   StageDefinition.builtin_key, StageDefinition.kind, Opportunity.amount_minor, Opportunity.currency,
                   Opportunity.probability, Opportunity.created_date, Opportunity.expected_close_date,
                   Opportunity.closed_date)
            .join(StageDefinition, Opportunity.stage_id == StageDefinition.id)
            .outerjoin(Account, Opportunity.account_id == Account.id)
            .outerjoin(Rep, Opportunity.owner_id == Rep.id)
            .outerjoin(Team, Rep.team_id == Team.id))


def _where(query: Select[Any], flt: OpportunityFilter) -> Select[Any]:
    found = _conditions(flt)
    return query.where(and_(*found)) if found else query


def _conditions(flt: OpportunityFilter) -> list[ColumnElement[bool]]:
    found = conditions(flt.metric)
    text, account = flt.text.strip(), flt.account.strip()
    if text:
        pattern = f"%{_escape_like(text)}%"
        found.append(or_(Opportunity.name.ilike(pattern, escape="\\"), Account.name.ilike(pattern, escape="\\")))
    if account:
        found.append(Account.name.ilike(_escape_like(account), escape="\\"))
    if flt.stage_id is not None:
        found.append(Opportunity.stage_id == flt.stage_id)
    if flt.stage_kind is not None:
        found.append(Opportunity.stage_id.in_(select(StageDefinition.id).where(StageDefinition.kind == flt.stage_kind)))
    return found


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _row(values: Any) -> OpportunityRow:
    (id_, name, account, owner, team, stage, stage_key, kind, minor, currency, probability, created, expected,
     closed) = values
    amount = None if minor is None else from_minor(minor, currency)
    return OpportunityRow(id_, name, account, owner, team, stage_label(stage, stage_key), kind, amount, currency,
                          probability, created, expected, closed)


def _opportunity(session: Session, opportunity_id: int) -> Opportunity:
    opportunity = session.get(Opportunity, opportunity_id)
    if opportunity is None:
        raise NotFoundError("no opportunity with id {id}", id=opportunity_id)
    return opportunity
