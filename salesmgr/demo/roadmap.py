"""Demo data, roadmap part: the seed's three phases with dated milestones linked to the demo's goals, and a pilot.

* The pilot team is the first demo team (华东大区 East China), from the first day of the quarter two quarters
  before today's, judged by won revenue and win rate. To make the pilot visible, ``improve_pilot`` turns every
  ``FLIP_EVERY``-th of the team's deals lost since the start, among those lost at the last open stage, into a
  deal won on the same day (its stage history ends in Won instead of Lost): the team's win rate and won revenue
  after the start rise a little above the other teams'. It runs before the goals are placed on the data.
* Phases: 夯实基础 优化流程 from the pilot's start to the end of the last quarter; 提升能力 数据驱动 this quarter and
  the next two; 全面协同 持续创新 the four quarters after. Milestones (``MILESTONES``): the first phase's are done, the
  one due ten days ago is overdue, the rest open; each names the demo goals (by metric) that measure it.
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from salesmgr.demo.org import Calendar
from salesmgr.models import Opportunity, Rep, StageDefinition, StageHistory, Team
from salesmgr.models.goals import roadmap
from salesmgr.models.goals.goals import Goal
from salesmgr.models.goals.roadmap import MilestoneSpec
from salesmgr.models.periods import Period

PILOT_TEAM = 1
FLIP_EVERY = 3
PILOT_NOTE = "华东大区先行试点：新的阶段准入标准与每周商机复盘 East China first: stage criteria and weekly deal reviews"
# (phase key, title, owner, due: (quarter offset from today's, day in it) or "overdue", done, goal metrics)
MILESTONES: tuple[tuple[str, str, str | None, tuple[int, int] | str, bool, tuple[str, ...]], ...] = (
    ("foundation", "统一销售阶段与准入标准 Stages and entry criteria agreed", "销售运营 Sales ops", (-2, 30), True,
     ("sales_cycle_days", "win_rate")),
    ("foundation", "CRM 数据清理 CRM data clean-up", None, (-1, 20), True, ("won_revenue",)),
    ("foundation", "华东大区试点复盘 East China pilot review", "销售总监 Sales director", (-1, 80), True,
     ("win_rate", "won_revenue")),
    ("capability", "线索评分上线 Lead scoring live", "市场部 Marketing", "overdue", False, ("win_rate",)),
    ("capability", "解决方案销售培训 Solution-selling training", "培训 Enablement", (0, 85), False,
     ("certification_pass_rate",)),
    ("capability", "销售仪表盘全员使用 Dashboard used by every team", None, (1, 45), False, ("average_deal_size",)),
    ("collaboration", "客户成功委员会 Customer-success committee", "客户成功 Customer success", (3, 40), False,
     ("nps", "average_csat")),
    ("collaboration", "全面推广 Roll out to every team", "销售总监 Sales director", (5, 60), False,
     ("won_revenue",)),
)


def pilot_start(cal: Calendar) -> date:
    return Period.quarter_of(cal.today).shifted(-2).start


def improve_pilot(session: Session, cal: Calendar) -> int:
    """Turn some of the pilot team's late-stage losses since the start into wins (see the module); how many."""
    stages = list(session.execute(select(StageDefinition.id, StageDefinition.kind, StageDefinition.default_probability)
                                  .order_by(StageDefinition.position)))
    won = next((s for s in stages if s.kind == "won"), None)
    lost = next((s for s in stages if s.kind == "lost"), None)
    opens = sum(1 for s in stages if s.kind == "open")
    if won is None or lost is None:
        return 0
    entries = (select(StageHistory.opportunity_id).group_by(StageHistory.opportunity_id)
               .having(func.count() >= opens + 1))
    candidates = list(session.scalars(
        select(Opportunity.id).where(Opportunity.stage_id == lost.id, Opportunity.closed_date >= pilot_start(cal),
                                     Opportunity.closed_date <= cal.today, Opportunity.id.in_(entries),
                                     Opportunity.owner_id.in_(select(Rep.id).where(Rep.team_id == PILOT_TEAM)))
        .order_by(Opportunity.id)))
    flipped = candidates[::FLIP_EVERY]
    if flipped:
        session.execute(update(Opportunity).where(Opportunity.id.in_(flipped))
                        .values(stage_id=won.id, probability=won.default_probability,
                                updated_at=Opportunity.updated_at))  # not "now": the demo is reproducible
        session.execute(update(StageHistory).where(StageHistory.opportunity_id.in_(flipped),
                                                   StageHistory.stage_id == lost.id).values(stage_id=won.id))
    session.flush()
    return len(flipped)


def add_demo_roadmap(session: Session, cal: Calendar) -> list[int]:
    """The phases' dates, the milestones and the pilot (see the module); the milestones' ids."""
    roadmap.ensure_default_phases(session)
    quarter = Period.quarter_of(cal.today)
    spans = {"foundation": (pilot_start(cal), quarter.shifted(-1).end),
             "capability": (quarter.start, quarter.shifted(2).end),
             "collaboration": (quarter.shifted(3).start, quarter.shifted(6).end)}
    phases = {p.builtin_key: p for p in roadmap.phases(session)}
    for key, (start, end) in spans.items():
        phase = phases[key]
        roadmap.update_phase(session, phase.id, phase.name, start, end, phase.note)
    goals: dict[str, list[int]] = {}
    for goal_id, metric in session.execute(select(Goal.id, Goal.metric).order_by(Goal.id)):
        goals.setdefault(metric, []).append(goal_id)
    made = []
    for key, title, owner, due, done, metrics in MILESTONES:
        day = cal.today - timedelta(days=10) if due == "overdue" else _day(quarter, due)
        linked = tuple(goal_id for metric in metrics for goal_id in goals.get(metric, []))
        made.append(roadmap.add_milestone(session, MilestoneSpec(
            phases[key].id, title, day, owner, None if owner else _first_rep(session), day if done else None,
            linked)))
    if session.get(Team, PILOT_TEAM) is not None:
        roadmap.set_pilot(session, PILOT_TEAM, pilot_start(cal), ["won_revenue", "win_rate"], PILOT_NOTE)
    return made


def _day(quarter: Period, due: tuple[int, int] | str) -> date:
    assert isinstance(due, tuple)
    offset, day = due
    return quarter.shifted(offset).start + timedelta(days=day)


def _first_rep(session: Session) -> int | None:
    return session.scalar(select(Rep.id).where(Rep.team_id == PILOT_TEAM).order_by(Rep.id).limit(1))
