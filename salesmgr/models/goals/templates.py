"""Goal templates from the seed's examples (issue 12, point 5): each makes a goal in one call.

A template fixes the dimension, metric, direction, parameters, baseline and target; the caller gives the owner
and the period and may override the baseline, the target and the parameters. A template without a baseline
(the ">= 95 %" kind of example) measures it: the metric's actual in the period before the goal's, for the same
owner; when that has no data the caller must give one.

* ``sales_cycle``: average sales cycle 90 -> 75 days (operations).
* ``lead_to_opportunity``: "合格线索到商机", the conversion from the stage ``lead_identified`` (a qualified lead
  in the pipeline) to ``needs_confirmed`` (a real opportunity), 15 % -> 25 % (operations).
* ``nps``: NPS 30 -> 50 points (customer). ``churn``: customer churn 20 % -> 10 % (customer; an annual rate
  when the goal's period is a year; churn as ``customers.retention`` counts it). ``healthy_share``: the share
  of healthy customers (health band) to 80 %, from the previous period's share (customer).
* ``crm_completeness``: CRM data completeness to 95 % (operations). ``high_margin_share``: the high-margin
  products' share of won revenue 40 % -> 60 % (financial; the ``products`` parameter must be given).
* ``revenue_growth``: revenue +20 % on the same period a year earlier, from 0 % (financial).
* ``top_accounts_satisfaction``: the Top-20 accounts' satisfaction to 90 % (customer).
* ``certification``: certification pass rate to 100 % (team).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.errors import ValidationError
from salesmgr.models.goals.catalogue import measure, metric_def
from salesmgr.models.goals.goals import COMPANY, GoalSpec, Owner, add_goal
from salesmgr.models.periods import Period

D = Decimal


@dataclass(frozen=True)
class GoalTemplate:
    key: str
    label_text: str  # English, marked for the "Goals" context
    dimension: str
    metric: str
    baseline: Decimal | None
    target: Decimal
    parameters: dict[str, Any] = field(default_factory=dict)

    def label(self) -> str:
        return translate("Goals", self.label_text)

    @property
    def direction(self) -> str:
        return metric_def(self.metric).direction


TEMPLATES: dict[str, GoalTemplate] = {t.key: t for t in (
    GoalTemplate("sales_cycle", QT_TRANSLATE_NOOP("Goals", "Shorten the sales cycle from 90 to 75 days"),
                 "operations", "sales_cycle_days", D(90), D(75)),
    GoalTemplate("lead_to_opportunity", QT_TRANSLATE_NOOP("Goals", "Qualified lead to opportunity: 15% -> 25%"),
                 "operations", "stage_conversion", D("0.15"), D("0.25"),
                 {"from_stage": "lead_identified", "to_stage": "needs_confirmed"}),
    GoalTemplate("nps", QT_TRANSLATE_NOOP("Goals", "Raise NPS from 30 to 50"), "customer", "nps", D(30), D(50)),
    GoalTemplate("churn", QT_TRANSLATE_NOOP("Goals", "Cut annual customer churn from 20% to 10%"), "customer",
                 "churn_rate", D("0.20"), D("0.10")),
    GoalTemplate("healthy_share", QT_TRANSLATE_NOOP("Goals", "Raise the share of healthy customers to 80%"),
                 "customer", "healthy_share", None, D("0.80")),
    GoalTemplate("crm_completeness", QT_TRANSLATE_NOOP("Goals", "CRM data completeness of at least 95%"),
                 "operations", "crm_completeness", None, D("0.95")),
    GoalTemplate("high_margin_share", QT_TRANSLATE_NOOP("Goals", "High-margin products' share: 40% -> 60%"),
                 "financial", "high_margin_share", D("0.40"), D("0.60")),
    GoalTemplate("revenue_growth", QT_TRANSLATE_NOOP("Goals", "Grow revenue by 20%"), "financial",
                 "revenue_growth", D(0), D("0.20")),
    GoalTemplate("top_accounts_satisfaction",
                 QT_TRANSLATE_NOOP("Goals", "Top-20 accounts' satisfaction of at least 90%"), "customer",
                 "top_accounts_satisfaction", None, D("0.90"), {"top": 20, "satisfied_at": "4"}),
    GoalTemplate("certification", QT_TRANSLATE_NOOP("Goals", "Certification pass rate of 100%"), "team",
                 "certification_pass_rate", None, D(1)),
)}


def template(key: str) -> GoalTemplate:
    found = TEMPLATES.get(key)
    if found is None:
        raise ValidationError("unknown goal template {key}; use one of {templates}", key=key,
                              templates=", ".join(TEMPLATES))
    return found


def add_from_template(session: Session, key: str, period: Period, owner: Owner = COMPANY, *,
                      baseline: Decimal | None = None, target: Decimal | None = None,
                      parameters: dict[str, Any] | None = None, note: str | None = None) -> int:
    """A new goal from the template ``key`` (see the module); its id."""
    chosen = template(key)
    given = {**chosen.parameters, **(parameters or {})}
    if baseline is None:
        baseline = chosen.baseline if chosen.baseline is not None else _measured_baseline(
            session, chosen, period, owner, given)
    spec = GoalSpec(chosen.dimension, chosen.metric, period, baseline, chosen.target if target is None else target,
                    owner, chosen.direction, given, note)
    return add_goal(session, spec)


def _measured_baseline(session: Session, chosen: GoalTemplate, period: Period, owner: Owner,
                       parameters: dict[str, Any]) -> Decimal:
    before = period.shifted(-1)
    found = measure(session, chosen.metric, owner, before, parameters)
    if found.value is None:
        raise ValidationError("no data for the baseline in {period} ({reason}); give the baseline",
                              period=before.key, reason=found.reason)
    return found.value
