"""The nurturing list for marketing: the leads with status ``nurturing``, with what would lift each to a routed
grade.

Definitions:

* ``needs`` is how many more points the lead needs to reach the lowest routed grade above it: that grade's
  minimum less the lead's score (None when no routed grade is above it, e.g. a model that routes nothing).
* ``missing`` are the behaviour rules with positive points that gave the lead nothing (it has not shown the
  behaviour, or its points have decayed to zero), with those points: what marketing can work on.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.i18n import translate
from salesmgr.models.clock import today as current_day
from salesmgr.models.crm import Lead
from salesmgr.models.leads.bulk import ensure_scored
from salesmgr.models.leads.entities import LeadScore
from salesmgr.models.leads.facts import facts_of
from salesmgr.models.leads.labels import behaviour_label, grade_label
from salesmgr.models.leads.scoring import score_facts
from salesmgr.models.leads.spec import ScoringSpec

NURTURING = "nurturing"


@dataclass(frozen=True)
class NurturingRow:
    lead_id: int
    name: str
    company: str | None
    email: str | None
    industry: str | None
    region: str | None
    score: int
    grade: str
    grade_shown: str
    created: date | None
    needs: int | None
    missing: tuple[tuple[str, int], ...]  # (behaviour key, points)


def points_needed(spec: ScoringSpec, score: int) -> int | None:
    """Points to the lowest routed grade whose minimum is above ``score``."""
    above = [grade.min_score for grade in spec.grades
             if grade.action == "route" and grade.min_score is not None and grade.min_score > score]
    return min(above) - score if above else None


def nurturing_list(session: Session, today: date | None = None) -> list[NurturingRow]:
    """The leads being nurtured, highest score first, then the oldest created."""
    day = today or current_day()
    spec = ensure_scored(session, day)
    query = (select(Lead.id, Lead.name, Lead.company, Lead.email, Lead.industry, Lead.region, Lead.created_date,
                    LeadScore.score, LeadScore.grade_rank)
             .join(LeadScore, LeadScore.lead_id == Lead.id).where(Lead.status == NURTURING)
             .order_by(LeadScore.score.desc(), Lead.created_date, Lead.id))
    rows = session.execute(query).all()
    facts = facts_of(session, [row.id for row in rows])
    found = []
    for row in rows:
        parts = score_facts(spec, facts[row.id], day).parts
        scored = {part.rule for part in parts if part.points > 0}
        missing = tuple((rule.field, rule.points) for index, rule in enumerate(spec.rules)
                        if rule.kind == "behaviour" and rule.points > 0 and index not in scored)
        found.append(NurturingRow(row.id, row.name, row.company, row.email, row.industry, row.region, row.score,
                                  spec.grades[row.grade_rank].name, grade_label(spec.grades[row.grade_rank]),
                                  row.created_date,
                                  points_needed(spec, row.score), missing))
    return found


def lift_text(row: NurturingRow) -> str:
    """What would lift the lead, in the current language: "needs 5 more points; lacks: attended webinar (+20)"."""
    parts = []
    if row.needs is not None:
        parts.append(translate("LeadRouting", "needs {points} more points").format(points=row.needs))
    if row.missing:
        lacks = ", ".join(f"{behaviour_label(key)} (+{points})" for key, points in row.missing)
        parts.append(translate("LeadRouting", "lacks: {behaviours}").format(behaviours=lacks))
    return "; ".join(parts)
