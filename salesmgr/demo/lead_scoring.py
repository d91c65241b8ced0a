"""Demo data, part four: how the sales reps take routed leads, the scoring model's history, and every lead scored.

* Every sales rep (SDR, rep, senior; not the managers) takes leads: at most 20-40 open at a time, in the
  provinces of their team; some of them (one in three) also cover one or two industries.
* The model's history has two versions: the seed's (version 1, salesmgr's default) from when leads were first
  tracked (``LEAD_DAYS`` ago), and the one a manager saved ``MODEL_WEEKS`` weeks ago after a monthly review,
  adding "requested a demo +25" (``leads.DEMO_SPEC``, with which the demo's statuses were drawn).
"""
from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session

from salesmgr.demo.leads import DEMO_SPEC, SALES_ROLES, short_industry
from salesmgr.demo.names import INDUSTRIES, DemoRandom
from salesmgr.demo.org import LEAD_DAYS, TEAM_SPECS, Calendar, DemoRep, Row
from salesmgr.models.leads import bulk
from salesmgr.models.leads.entities import ScoringModel
from salesmgr.models.leads.spec import DEFAULT_SPEC
from salesmgr.models.leads.store import DEFAULT_AUTHOR, save_spec

ROUTING_COLUMNS = {"rep_routing": ("rep_id", "takes_leads", "capacity", "regions", "industries")}
MODEL_WEEKS = 6
MODEL_NOTE = "月度评审：申请演示转化最高 / Monthly review: demo requests convert best"


def routing_rows(rng: DemoRandom, reps: list[DemoRep]) -> list[Row]:
    """One ``rep_routing`` row per sales rep (see the module docstring)."""
    industries = [short_industry(industry.label) for industry in INDUSTRIES]
    rows: list[Row] = []
    for rep in reps:
        if rep.role not in SALES_ROLES:
            continue
        covered = None
        if rng.random() < 1 / 3:
            covered = "\n".join(dict.fromkeys(rng.pick(industries) for _ in range(1 + rng.below(2))))
        rows.append((rep.id, 1, 5 * rng.between(4, 8), "\n".join(TEAM_SPECS[rep.team].provinces), covered))
    return rows


def add_demo_scoring(session: Session, cal: Calendar, reps: list[DemoRep]) -> None:
    """The model's two versions (see the module docstring), then every lead scored with the current one."""
    first = save_spec(session, DEFAULT_SPEC, DEFAULT_AUTHOR, origin="default")
    manager = next((rep.name for rep in reps if rep.role == "manager"), reps[0].name)
    second = save_spec(session, DEMO_SPEC, manager, note=MODEL_NOTE)
    for spec, days in ((first, LEAD_DAYS), (second, 7 * MODEL_WEEKS)):
        model = session.get(ScoringModel, spec.model_id)
        if model is not None:
            model.changed_at = datetime.combine(cal.today - timedelta(days=days), time(10, 30))
    session.flush()
    bulk.rescore(session, second, today=cal.today)
