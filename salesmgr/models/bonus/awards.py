"""Non-cash award proposals for a quarter: best newcomer and best collaboration, each with its reason."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Literal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from salesmgr.i18n import translate
from salesmgr.models.bonus.sheet import BonusSheet, bonus_sheet
from salesmgr.models.crm import Account, Activity, Opportunity
from salesmgr.models.org import Rep
from salesmgr.models.periods import Period, require_quarter


@dataclass(frozen=True)
class Award:
    kind: Literal["best_newcomer", "best_collaboration"]
    rep_id: int
    rep: str
    reason: str
    value: Decimal


def award_proposals(session: Session, period: Period, sheet: BonusSheet | None = None) -> list[Award]:
    """Best newcomer: the highest attainment among reps hired in this quarter or the one before (their first two
    quarters). Best collaboration: the most activities a rep logged in the quarter on accounts owned by another
    rep or on deals owned by a rep of another team. Either is left out when nobody qualifies. ``sheet``: the
    quarter's ``bonus_sheet`` when the caller has it already."""
    require_quarter(period)
    return [award for award in (best_newcomer(session, period, sheet), best_collaboration(session, period))
            if award]


def best_newcomer(session: Session, period: Period, sheet: BonusSheet | None = None) -> Award | None:
    eligible_quarters = {period, *period.previous(1)}
    hired = {rep_id: hire for rep_id, hire in session.execute(select(Rep.id, Rep.hire_date))
             if hire is not None and Period.quarter_of(hire, period.fiscal_start) in eligible_quarters}
    candidates = [rep for rep in (sheet or bonus_sheet(session, period)).reps
                  if rep.rep_id in hired and rep.attainment is not None]
    if not candidates:
        return None
    best = max(candidates, key=lambda rep: (rep.attainment or 0, -rep.rep_id))
    attainment = best.attainment or Decimal(0)
    if attainment <= 0:
        return None  # nobody new has won anything yet: no award to propose
    first = Period.quarter_of(hired[best.rep_id], period.fiscal_start) == period
    text = (translate("Bonus", "attainment {attainment} in their first quarter (hired {hired}), highest of {n} "
                               "newcomers") if first else
            translate("Bonus", "attainment {attainment} in their second quarter (hired {hired}), highest of {n} "
                               "newcomers"))
    reason = text.format(attainment=f"{attainment * 100:.1f}%", hired=f"{hired[best.rep_id]:%Y-%m-%d}",
                         n=len(candidates))
    return Award("best_newcomer", best.rep_id, best.rep, reason, attainment)


def _bounds(period: Period) -> tuple[datetime, datetime]:
    start, end = period.bounds
    return datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)


def collaboration_counts(session: Session, period: Period) -> dict[int, int]:
    """rep id -> activities logged in the quarter on another rep's account or another team's deal."""
    first, after = _bounds(period)
    doer, deal_owner = aliased(Rep), aliased(Rep)
    other_account = and_(Account.owner_id.is_not(None), Account.owner_id != Activity.rep_id)
    other_team = and_(deal_owner.team_id.is_not(None), doer.team_id.is_not(None),
                      deal_owner.team_id != doer.team_id)
    query = (select(Activity.rep_id, func.count(Activity.id))
             .join(doer, doer.id == Activity.rep_id)
             .outerjoin(Account, Account.id == Activity.account_id)
             .outerjoin(Opportunity, Opportunity.id == Activity.opportunity_id)
             .outerjoin(deal_owner, deal_owner.id == Opportunity.owner_id)
             .where(Activity.occurred_at >= first, Activity.occurred_at < after, or_(other_account, other_team))
             .group_by(Activity.rep_id))
    return {rep_id: int(count) for rep_id, count in session.execute(query)}


def best_collaboration(session: Session, period: Period) -> Award | None:
    counts = collaboration_counts(session, period)
    if not counts:
        return None
    names = {key: name for key, name in session.execute(select(Rep.id, Rep.name).where(Rep.id.in_(counts)))}
    rep_id = max(counts, key=lambda key: (counts[key], -key))
    reason = translate("Bonus", "{n} activities on other reps' accounts or other teams' deals in {period}").format(
        n=counts[rep_id], period=period.key)
    return Award("best_collaboration", rep_id, names[rep_id], reason, Decimal(counts[rep_id]))
