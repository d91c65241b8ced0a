"""Reading each rep's bonus inputs for a quarter from the database (money converted to the base currency).

* reps: every active rep hired by the quarter's end (or without a hire date), plus any rep (active or not)
  with a won deal closed in the quarter.
* won and quota: as ``metrics.ranking.rep_ranking`` counts them: deals whose current stage is of kind won with
  ``closed_date`` in the quarter, credited to the owner, converted with the rate table; the rep's ``Quota`` row
  for exactly that quarter, converted, or None when there is none.
* missing rates: the currencies without an exchange rate among the rep's won deals of the quarter (with an
  amount), quota row and adjustments; such a rep gets no payout (``compute``), the others are computed as usual.
* CSAT: responses dated in the quarter, credited to the response's rep when it names one, else to the owner
  of the account answered about.
* CRM timeliness: ``metrics.completeness.timeliness_by_rep`` (on time / (on time + late)) over the quarter.
* training: the rep's attendance rows of sessions held in the quarter: attended / required.
* extra process KPIs: each catalogue KPI asked for (``kpis``), measured per rep over the quarter.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from salesmgr.models.bonus.compute import ZERO, RepInputs
from salesmgr.models.bonus.entities import (
    BonusAdjustment,
    CsatResponse,
    TrainingAttendance,
    TrainingSession,
    score_from_centi,
)
from salesmgr.models.bonus.kpis import measure_all
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.metrics.completeness import timeliness_by_rep
from salesmgr.models.metrics.conversion import Converter, lenient_rates
from salesmgr.models.metrics.ranking import rep_ranking
from salesmgr.models.org import Quota, Rep, Team
from salesmgr.models.periods import Period
from salesmgr.models.pipeline.entities import StageDefinition


def won_stage_ids(session: Session) -> list[int]:
    return list(session.scalars(select(StageDefinition.id).where(StageDefinition.kind == "won")))


def _won_and_quotas(session: Session, period: Period) -> tuple[dict[int, Decimal], dict[int, Decimal]]:
    """rep id -> won revenue (reps who won a deal in the quarter) and rep id -> quota (reps with one), as the rep
    ranking counts them."""
    ranks = rep_ranking(session, period)
    return ({r.rep_id: r.won_amount for r in ranks if r.won_count},
            {r.rep_id: r.quota for r in ranks if r.quota is not None})


def csat_owner() -> ColumnElement[int | None]:
    """The rep a response counts for: the one it names, else the account's owner."""
    return func.coalesce(CsatResponse.rep_id, Account.owner_id)


def _csat(session: Session, start: date, end: date) -> dict[int, list[Decimal]]:
    owner = csat_owner()
    rows = session.execute(select(owner, CsatResponse.score_centi)
                           .outerjoin(Account, Account.id == CsatResponse.account_id)
                           .where(CsatResponse.responded_on.between(start, end)))
    found: dict[int, list[Decimal]] = defaultdict(list)
    for rep_id, score in rows:
        if rep_id is not None:
            found[rep_id].append(score_from_centi(score))
    return found


def _training(session: Session, start: date, end: date) -> dict[int, tuple[int, int]]:
    """rep id -> (attended, required)."""
    rows = session.execute(
        select(TrainingAttendance.rep_id, func.count(),
               func.sum(case((TrainingAttendance.attended.is_(True), 1), else_=0)))
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        .where(TrainingSession.held_on.between(start, end)).group_by(TrainingAttendance.rep_id))
    return {rep_id: (int(attended or 0), int(required)) for rep_id, required, attended in rows}


def adjustments_by_rep(session: Session, convert: Converter, period: Period) -> dict[int, Decimal]:
    rows = session.execute(select(BonusAdjustment.rep_id, BonusAdjustment.currency,
                                  func.sum(BonusAdjustment.amount_minor))
                           .where(BonusAdjustment.period == period.key)
                           .group_by(BonusAdjustment.rep_id, BonusAdjustment.currency))
    sums: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
    for rep_id, currency, total in rows:
        sums[rep_id].append((currency, total))
    return {rep_id: convert.total(items) for rep_id, items in sums.items()}


def missing_rates_by_rep(session: Session, convert: Converter, period: Period) -> dict[int, tuple[str, ...]]:
    """rep id -> the currencies without a rate among their won deals of the quarter, quota and adjustments."""
    start, end = period.bounds
    known = [convert.base, *convert.table]
    queries: list[Select[Any]] = [
        select(Opportunity.owner_id, Opportunity.currency)
        .where(Opportunity.stage_id.in_(won_stage_ids(session)), Opportunity.closed_date.between(start, end),
               Opportunity.amount_minor.is_not(None), Opportunity.owner_id.is_not(None),
               Opportunity.currency.not_in(known)),
        select(Quota.rep_id, Quota.currency).where(Quota.period == period.key, Quota.rep_id.is_not(None),
                                                   Quota.currency.not_in(known)),
        select(BonusAdjustment.rep_id, BonusAdjustment.currency)
        .where(BonusAdjustment.period == period.key, BonusAdjustment.currency.not_in(known)),
    ]
    found: dict[int, set[str]] = defaultdict(set)
    for query in queries:
        for rep_id, currency in session.execute(query.distinct()):
            if rep_id is not None:
                found[rep_id].add(currency)
    return {rep_id: tuple(sorted(codes)) for rep_id, codes in found.items()}


def _reps(session: Session, extra: set[int], end: date) -> list[tuple[int, str, str | None, str]]:
    listed = select(Rep.id).where(Rep.active.is_(True), or_(Rep.hire_date.is_(None), Rep.hire_date <= end))
    ids = set(session.scalars(listed)) | extra
    rows = session.execute(select(Rep.id, Rep.name, Team.name, Rep.role).outerjoin(Team, Team.id == Rep.team_id)
                           .where(Rep.id.in_(ids)).order_by(Rep.name, Rep.id))
    return [(row[0], row[1], row[2], row[3]) for row in rows]


def gather_inputs(session: Session, period: Period, kpis: Sequence[str] = ()) -> list[RepInputs]:
    """Every listed rep's inputs for the quarter ``period``, ordered by name, with the catalogue KPIs ``kpis``
    measured."""
    start, end = period.bounds
    # lenient only so that one rep's missing rate does not stop the others: that rep is flagged and not paid
    with lenient_rates():
        convert = Converter.load(session)
        won, quotas = _won_and_quotas(session, period)
        adjustments = adjustments_by_rep(session, convert, period)
    unrated = missing_rates_by_rep(session, convert, period)
    csat = _csat(session, start, end)
    timeliness = {t.rep_id: t.timeliness for t in timeliness_by_rep(session, period) if t.rep_id is not None}
    training = _training(session, start, end)
    found = []
    for rep_id, name, team, role in _reps(session, set(won) | set(unrated), end):
        scores = csat.get(rep_id, [])
        timely = timeliness.get(rep_id)
        timed = timely.on_time + timely.late if timely else 0
        attended, required = training.get(rep_id, (0, 0))
        found.append(RepInputs(
            rep_id=rep_id, rep=name, team=team, role=role, quota=quotas.get(rep_id), won=won.get(rep_id, ZERO),
            csat_avg=sum(scores, ZERO) / len(scores) if scores else None, csat_responses=len(scores),
            crm_timeliness=Decimal(timely.on_time) / timed if timely and timed else None, activities_timed=timed,
            training=Decimal(attended) / required if required else None, training_required=required,
            adjustment=adjustments.get(rep_id, ZERO), extra_kpis=measure_all(session, list(kpis), rep_id, start, end),
            missing_rates=unrated.get(rep_id, ())))
    return found
