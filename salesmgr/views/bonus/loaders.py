"""What the Bonuses page reads through the runner: the quarter's sheet, its award proposals and the reps the plan
editor offers. No Qt here."""
from __future__ import annotations

from dataclasses import dataclass

from salesmgr.models import bonus, settings
from salesmgr.models.bonus import Award, BonusSheet
from salesmgr.models.database import Session
from salesmgr.models.periods import Period
from salesmgr.models.team.roster import list_reps


@dataclass(frozen=True)
class BonusData:
    sheet: BonusSheet
    awards: list[Award]
    reps: list[tuple[int, str, str]]  # id, name, role: for the plan editor


def load_bonus(session: Session, period: Period) -> BonusData:
    """The quarter's bonus sheet (frozen when approved), its award proposals and the active reps."""
    reps = [(r.id, r.name, r.role) for r in list_reps(session) if r.active]
    sheet = bonus.bonus_sheet(session, period)
    return BonusData(sheet, bonus.award_proposals(session, period, sheet), reps)


def has_figures(sheet: BonusSheet) -> bool:
    """Whether the sheet has anything to approve: at least one rep with a quota (not zero) or with won deals in
    the quarter. A quarter before the data or without quotas and deals has none."""
    return any(rep.quota or rep.won for rep in sheet.reps)


def load_fiscal_start(session: Session) -> int:
    """The database's first month of the fiscal year (1-12): the period combo's quarters follow it."""
    return settings.fiscal_start(session)
