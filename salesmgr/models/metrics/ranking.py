"""Won business and quota attainment per rep (money through ``conversion.Converter``)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from salesmgr.models.crm import Opportunity
from salesmgr.models.fiscal import check_fiscal_start
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import MetricFilter, apply
from salesmgr.models.org import Quota, Rep, Team
from salesmgr.models.periods import Period
from salesmgr.models.pipeline.entities import StageDefinition

NO_QUOTA = "no quota for this period"
ZERO_QUOTA = "the quota is zero"


def _won() -> ColumnElement[bool]:
    return Opportunity.stage_id.in_(select(StageDefinition.id).where(StageDefinition.kind == "won"))


def won_amount(session: Session, flt: MetricFilter) -> Decimal:
    """Sum of ``amount`` over the deals whose current stage is of kind ``won`` and that match ``flt``, in the base
    currency. ``flt`` is applied as everywhere (``DateField.CLOSE`` files a deal under its closed date, or its
    expected close date when the closed date is missing). Won deals without an amount add nothing."""
    query = apply(
        select(Opportunity.currency, func.sum(Opportunity.amount_minor))
        .where(_won())
        .group_by(Opportunity.currency),
        flt,
    )
    return Converter.load(session).total((row[0], row[1]) for row in session.execute(query))


@dataclass(frozen=True)
class RepRank:
    """One rep's row in the ranking; ``reason`` says why ``attainment`` is None (``NO_QUOTA`` or ``ZERO_QUOTA``)."""

    rep_id: int
    name: str
    team: str | None
    won_amount: Decimal
    won_count: int
    quota: Decimal | None
    attainment: float | None
    reason: str | None


def rep_ranking(session: Session, period: Period, team_id: int | None = None) -> list[RepRank]:
    """Reps ranked by won amount in ``period`` (a quarter, month or year), highest first.

    * won: current stage of kind ``won`` and ``closed_date`` inside the period (a won deal without a closed date
      is not counted); ``won_count`` counts those deals, ``won_amount`` sums their amounts in the base currency
      (deals without an amount count but add nothing). Credit goes to the deal's current owner.
    * reps listed: every active rep (of team ``team_id`` when given, i.e. reps whose ``team_id`` is it now), plus
      any rep, active or not, who won something in the period.
    * quota: the rep's ``Quota`` row whose period is exactly ``period`` (no pro-rating or summing of months),
      converted to the base currency; None when there is none.
    * attainment: won_amount / quota as a float (1.0 = 100 %); None with ``reason`` = ``NO_QUOTA`` when the rep
      has no quota for the period, ``ZERO_QUOTA`` when the quota is 0.
    * order: won amount descending, then won count descending, then name, then id.
    """
    check_fiscal_start(session, period)
    start, end = period.bounds
    convert = Converter.load(session)

    won = (
        select(Opportunity.owner_id, Opportunity.currency, func.sum(Opportunity.amount_minor),
               func.count(Opportunity.id))
        .where(_won(), Opportunity.closed_date >= start, Opportunity.closed_date <= end,
               Opportunity.owner_id.is_not(None))
        .group_by(Opportunity.owner_id, Opportunity.currency)
    )
    if team_id is not None:
        won = won.where(Opportunity.owner_id.in_(select(Rep.id).where(Rep.team_id == team_id)))
    sums: dict[int, list[tuple[str, int | None]]] = {}
    counts: dict[int, int] = {}
    for owner_id, currency, total, count in session.execute(won):
        sums.setdefault(owner_id, []).append((currency, total))
        counts[owner_id] = counts.get(owner_id, 0) + int(count)

    listed = select(Rep.id).where(Rep.active.is_(True))
    if team_id is not None:
        listed = listed.where(Rep.team_id == team_id)
    rep_ids = set(session.scalars(listed)) | set(sums)
    if not rep_ids:
        return []
    reps = session.execute(
        select(Rep.id, Rep.name, Team.name).outerjoin(Team, Rep.team_id == Team.id).where(Rep.id.in_(rep_ids))
    ).all()
    quotas = {
        rep_id: convert.one(minor, currency)
        for rep_id, minor, currency in session.execute(
            select(Quota.rep_id, Quota.amount_minor, Quota.currency).where(
                Quota.period == period.key, Quota.rep_id.in_(rep_ids)
            )
        )
    }
    ranking = []
    for rep_id, name, team in reps:
        amount = convert.total(sums.get(rep_id, []))
        quota = quotas.get(rep_id)
        attainment: float | None = None
        reason: str | None = None
        if quota is None:
            reason = NO_QUOTA
        elif quota == 0:
            reason = ZERO_QUOTA
        else:
            attainment = float(amount / quota)
        ranking.append(RepRank(rep_id, name, team, amount, counts.get(rep_id, 0), quota, attainment, reason))
    ranking.sort(key=lambda r: (-r.won_amount, -r.won_count, r.name, r.rep_id))
    return ranking


def team_quota(session: Session, team_id: int, period: Period) -> Decimal | None:
    """The team's target for ``period`` in the base currency.

    The team's own ``Quota`` row for exactly that period when there is one; otherwise the sum of the period's
    quota rows of the reps currently on the team (active or not); None when neither exists.
    """
    convert = Converter.load(session)
    own = session.execute(
        select(Quota.amount_minor, Quota.currency).where(Quota.team_id == team_id, Quota.period == period.key)
    ).first()
    if own is not None:
        return convert.one(own[0], own[1])
    rows = session.execute(
        select(Quota.currency, func.sum(Quota.amount_minor))
        .where(Quota.period == period.key, Quota.rep_id.in_(select(Rep.id).where(Rep.team_id == team_id)))
        .group_by(Quota.currency)
    ).all()
    if not rows:
        return None
    return convert.total((row[0], row[1]) for row in rows)
