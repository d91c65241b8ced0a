"""The customer and team metrics of the goal catalogue that are not about one deal's figures: CSAT, the top
accounts' satisfaction, NPS and the certification pass rate. Each returns ``(value, reason)``: the value as
an exact ``Decimal``, or None with the reason (there was nothing to measure in the period), never 0 for that.

Who a survey response counts for: the rep it names, else the owner of the account answered about (as the bonus
counts CSAT, ``bonus.inputs.csat_owner``); a team's responses are those counted for its current reps.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from salesmgr.i18n import QT_TRANSLATE_NOOP
from salesmgr.models.bonus.entities import CsatResponse, TrainingAttendance, TrainingSession
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.goals.goals import NpsResponse, Owner
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import MetricFilter, apply, period_filter
from salesmgr.models.org import Rep
from salesmgr.models.periods import Period
from salesmgr.models.pipeline.entities import StageDefinition

Result = tuple[Decimal | None, str | None]
HUNDRED = Decimal(100)


def deal_filter(owner: Owner, period: Period) -> MetricFilter:
    return period_filter(period, owner.team_id, owner.rep_id)


def won_condition() -> ColumnElement[bool]:
    return Opportunity.stage_id.in_(select(StageDefinition.id).where(StageDefinition.kind == "won"))


def _response_owner(model: Any) -> ColumnElement[Any]:
    return func.coalesce(model.rep_id, Account.owner_id)


def _responses(model: Any, owner: Owner, start: date, end: date, *columns: Any) -> Any:
    query = (select(*columns).select_from(model).outerjoin(Account, Account.id == model.account_id)
             .where(model.responded_on >= start, model.responded_on <= end))
    if owner.rep_id is not None:
        query = query.where(_response_owner(model) == owner.rep_id)
    if owner.team_id is not None:
        query = query.where(_response_owner(model).in_(select(Rep.id).where(Rep.team_id == owner.team_id)))
    return query


def average_csat(session: Session, owner: Owner, period: Period) -> Result:
    """The mean CSAT score of the responses dated in the period, on the survey's own scale."""
    total, count = session.execute(_responses(CsatResponse, owner, period.start, period.end,
                                              func.sum(CsatResponse.score_centi), func.count())).one()
    if not count:
        return None, QT_TRANSLATE_NOOP("Goals", "no CSAT responses in the period")
    return Decimal(int(total)) / HUNDRED / int(count), None


def top_accounts(session: Session, owner: Owner, period: Period, top: int) -> list[int]:
    """The ``top`` accounts with the highest won revenue (base currency) in the 365 days that end on the period's
    last day, of the owner's deals; ties by account id."""
    flt = MetricFilter(period.end - timedelta(days=364), period.end, team_id=owner.team_id, rep_id=owner.rep_id)
    query = apply(select(Opportunity.account_id, Opportunity.currency, func.sum(Opportunity.amount_minor))
                  .where(won_condition(), Opportunity.account_id.is_not(None))
                  .group_by(Opportunity.account_id, Opportunity.currency), flt)
    sums: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
    for account_id, currency, minor in session.execute(query):
        sums[account_id].append((currency, minor))
    convert = Converter.load(session)
    ranked = sorted(((convert.total(items), account_id) for account_id, items in sums.items()),
                    key=lambda pair: (-pair[0], pair[1]))
    return [account_id for _, account_id in ranked[:top]]


def top_accounts_satisfaction(session: Session, owner: Owner, period: Period, top: int,
                              satisfied_at: Decimal) -> Result:
    """Of the CSAT responses dated in the period about the top accounts (``top_accounts``), the share scoring
    ``satisfied_at`` or more (4 on the 1-5 scale: the usual "satisfied or very satisfied")."""
    accounts = top_accounts(session, owner, period, top)
    if not accounts:
        return None, QT_TRANSLATE_NOOP("Goals", "no accounts with won deals in the year to the period's end")
    threshold = int(satisfied_at * 100)
    query = (select(func.count(), func.sum(case((CsatResponse.score_centi >= threshold, 1), else_=0)))
             .where(CsatResponse.account_id.in_(accounts), CsatResponse.responded_on >= period.start,
                    CsatResponse.responded_on <= period.end))
    count, satisfied = session.execute(query).one()
    if not count:
        return None, QT_TRANSLATE_NOOP("Goals", "no CSAT responses from the top accounts in the period")
    return Decimal(int(satisfied or 0)) / int(count), None


def nps(session: Session, owner: Owner, period: Period) -> Result:
    """Net promoter score of the NPS responses dated in the period: % promoters (9-10) minus % detractors
    (0-6), in points from -100 to 100."""
    query = _responses(NpsResponse, owner, period.start, period.end, func.count(),
                       func.sum(case((NpsResponse.score >= 9, 1), else_=0)),
                       func.sum(case((NpsResponse.score <= 6, 1), else_=0)))
    count, promoters, detractors = session.execute(query).one()
    if not count:
        return None, QT_TRANSLATE_NOOP("Goals", "no NPS responses in the period")
    return Decimal(int(promoters or 0) - int(detractors or 0)) * HUNDRED / int(count), None


def certification_pass_rate(session: Session, owner: Owner, period: Period) -> Result:
    """Passed / graded over the attendance rows with a result (``TrainingAttendance.passed`` not null) of the
    sessions held in the period, of the owner's reps (a team: its current reps)."""
    query = (select(func.count(), func.sum(case((TrainingAttendance.passed.is_(True), 1), else_=0)))
             .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
             .where(TrainingAttendance.passed.is_not(None), TrainingSession.held_on >= period.start,
                    TrainingSession.held_on <= period.end))
    if owner.rep_id is not None:
        query = query.where(TrainingAttendance.rep_id == owner.rep_id)
    if owner.team_id is not None:
        query = query.where(TrainingAttendance.rep_id.in_(select(Rep.id).where(Rep.team_id == owner.team_id)))
    graded, passed = session.execute(query).one()
    if not graded:
        return None, QT_TRANSLATE_NOOP("Goals", "no graded certification in the period")
    return Decimal(int(passed or 0)) / int(graded), None
