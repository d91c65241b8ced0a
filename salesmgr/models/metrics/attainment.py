"""Quota attainment per rep and per team for a period, with the teams' and the grand totals."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.models.metrics.ranking import RepRank, rep_ranking
from salesmgr.models.periods import Period

ZERO = Decimal(0)


@dataclass(frozen=True)
class Attainment:
    """Won against quota; ``attainment`` = won / quota (1 = 100 %), None when the quota is missing or zero."""

    quota: Decimal | None
    won: Decimal
    won_count: int

    @property
    def attainment(self) -> Decimal | None:
        return self.won / self.quota if self.quota else None


@dataclass(frozen=True)
class RepAttainment(Attainment):
    rep_id: int = 0
    name: str = ""


@dataclass(frozen=True)
class TeamAttainment(Attainment):
    """``name`` None: the reps on no team."""

    name: str | None = None
    reps: tuple[RepAttainment, ...] = ()


@dataclass(frozen=True)
class AttainmentReport(Attainment):
    period: Period | None = None
    teams: tuple[TeamAttainment, ...] = ()


def _summed(parts: list[RepAttainment] | list[TeamAttainment]) -> tuple[Decimal | None, Decimal, int]:
    quotas = [part.quota for part in parts if part.quota is not None]
    return (sum(quotas, ZERO) if quotas else None, sum((p.won for p in parts), ZERO),
            sum(p.won_count for p in parts))


def quota_attainment(session: Session, period: Period, *, team_id: int | None = None,
                     rep_id: int | None = None) -> AttainmentReport:
    """Quota attainment in ``period`` (a quarter, month or year) in the base currency.

    * reps, won, won_count and quota as in ``ranking.rep_ranking`` (won deals closed in the period, credited to
      the current owner; the rep's quota row for exactly the period); narrowed to team ``team_id`` and/or rep
      ``rep_id`` when given.
    * a team (the rep's current team) has quota = the sum of its listed reps' quotas (None when none has one;
      the team's own quota row is not used, so the total is the sum of the rows shown), won = the sum of their won
      amounts, won_count likewise. The grand total sums the teams the same way.
    * attainment = won / quota, None when the quota is None or 0.
    * teams ordered by name with the reps on no team last; reps within a team by name, then id.
    """
    ranks = [r for r in rep_ranking(session, period, team_id) if rep_id is None or r.rep_id == rep_id]
    by_team: dict[str | None, list[RepRank]] = {}
    for rank in sorted(ranks, key=lambda r: (r.name, r.rep_id)):
        by_team.setdefault(rank.team, []).append(rank)
    teams = [_team(name, members) for name, members in
             sorted(by_team.items(), key=lambda item: (item[0] is None, item[0] or ""))]
    quota, won, count = _summed(teams)
    return AttainmentReport(quota, won, count, period, tuple(teams))



def _team(name: str | None, ranks: list[RepRank]) -> TeamAttainment:
    reps = [RepAttainment(r.quota, r.won_amount, r.won_count, r.rep_id, r.name) for r in ranks]
    quota, won, count = _summed(reps)
    return TeamAttainment(quota, won, count, name, tuple(reps))
