"""Adding, changing, listing and removing goals, their validation, manual actuals and the templates."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from salesmgr.i18n import set_language
from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.goals.goals import (
    GoalSpec,
    Owner,
    add_goal,
    delete_goal,
    get_goal,
    goals_in,
    parameters_of,
    record_actual,
    update_goal,
)
from salesmgr.models.goals.status import Status, goal_statuses
from salesmgr.models.goals.templates import TEMPLATES, add_from_template
from salesmgr.models.periods import Period
from tests.models.metrics.test_funnel import deal, rep, team

D = Decimal
Q3 = Period.parse("2026Q3")


def spec(**changes: object) -> GoalSpec:
    fields: dict[str, object] = {"dimension": "team", "metric": "cross_department_projects", "period": Q3,
                                 "baseline": D(0), "target": D(4)}
    fields.update(changes)
    return GoalSpec(**fields)  # type: ignore[arg-type]


def test_crud_and_direction_default(db: Database) -> None:
    with db.session() as s:
        east = team(s, "East")
        first = add_goal(s, spec(note="  with finance  "))
        second = add_goal(s, spec(dimension="operations", metric="sales_cycle_days", baseline=D(90), target=D(75),
                                  owner=Owner(team_id=east)))
    with db.session() as s:
        cycle = get_goal(s, second)
        assert (cycle.direction, cycle.owner_type, cycle.team_id) == ("lower", "team", east)  # the metric's usual
        assert get_goal(s, first).note == "with finance"
        assert [g.id for g in goals_in(s, Q3)] == [second, first]  # operations before team
        assert goals_in(s, Period.parse("2026Q4")) == []
        update_goal(s, first, spec(target=D(6)))
        assert get_goal(s, first).target == D(6)
        delete_goal(s, first)
        with pytest.raises(NotFoundError, match="no goal"):
            get_goal(s, first)


@pytest.mark.parametrize(("changes", "message"), [
    ({"dimension": "money"}, "unknown goal dimension"),
    ({"metric": "joy"}, "unknown metric"),
    ({"target": D(0)}, "must be above the baseline"),
    ({"direction": "lower"}, "must be below the baseline"),
    ({"direction": "sideways"}, "unknown direction"),
    ({"metric": "win_rate", "target": D("1.5")}, "share from 0 to 1"),
    ({"metric": "nps", "target": D(120)}, "from -100 to 100"),
    ({"owner": Owner(team_id=1, rep_id=1)}, "not to a team and a rep"),
])
def test_validation(db: Database, changes: dict[str, object], message: str) -> None:
    with db.session() as s, pytest.raises(ValidationError, match=message):
        add_goal(s, spec(**changes))


def test_manual_actuals_latest_in_the_period(db: Database) -> None:
    clock.set_today(date(2026, 8, 15))  # 46 of 92 days gone: elapsed 0.5
    with db.session() as s:
        goal_id = add_goal(s, spec())
        computed = add_goal(s, spec(dimension="financial", metric="won_revenue", baseline=D(0), target=D(10)))
        record_actual(s, goal_id, D(1), date(2026, 7, 10))
        record_actual(s, goal_id, D(3), date(2026, 8, 1))
        record_actual(s, goal_id, D(9), date(2026, 10, 1))  # after the period: not its actual
        with pytest.raises(ValidationError, match="computed from the data"):
            record_actual(s, computed, D(1), date(2026, 8, 1))
    with db.session() as s:
        found = {g.id: g for g in goal_statuses(s, Q3)}
    # 3 of 4 projects: progress 0.75 vs elapsed 0.5 -> on track
    assert (found[goal_id].actual, found[goal_id].progress, found[goal_id].status) == (D(3), D("0.75"),
                                                                                       Status.ON_TRACK)
    assert (found[computed].status, found[computed].reason) == (Status.NO_DATA, "no deals in the period")


def test_every_template_creates_its_goal(db: Database) -> None:
    with db.session() as s:
        ann = rep(s, "Ann")
        # last quarter's data for the templates that measure their baseline: one won deal (completeness 4/7)
        deal(s, "Won", "100.00", owner=ann, created=date(2026, 4, 1), closed=date(2026, 5, 1))
        made = {}
        for key in TEMPLATES:
            if key in ("top_accounts_satisfaction", "certification", "healthy_share"):
                continue  # no CSAT, certification or customer health data last quarter: below
            parameters = {"products": "Platform"} if key == "high_margin_share" else None
            made[key] = add_from_template(s, key, Q3, Owner(rep_id=ann), parameters=parameters)
        with pytest.raises(ValidationError, match="no data for the baseline in 2026Q2"):
            add_from_template(s, "certification", Q3)
        made["certification"] = add_from_template(s, "certification", Q3, baseline=D("0.8"))
        # the deal has no account: nobody is a customer, so no health share to start from
        with pytest.raises(ValidationError, match="no data for the baseline in 2026Q2"):
            add_from_template(s, "healthy_share", Q3)
        made["healthy_share"] = add_from_template(s, "healthy_share", Q3, baseline=D("0.6"))
        with pytest.raises(ValidationError, match="needs the parameter products"):
            add_from_template(s, "high_margin_share", Q3)
    with db.session() as s:
        cycle, conversion = get_goal(s, made["sales_cycle"]), get_goal(s, made["lead_to_opportunity"])
        assert (cycle.baseline, cycle.target, cycle.direction, cycle.rep_id) == (D(90), D(75), "lower", ann)
        assert parameters_of(conversion) == {"from_stage": "lead_identified", "to_stage": "needs_confirmed"}
        # the deal has amount, close date, created date and owner: 4 of 7
        assert get_goal(s, made["crm_completeness"]).baseline == D(4) / 7
        assert get_goal(s, made["churn"]).direction == "lower"
        assert get_goal(s, made["certification"]).target == D(1)
        healthy = get_goal(s, made["healthy_share"])
        assert (healthy.metric, healthy.target, healthy.direction) == ("healthy_share", D("0.80"), "higher")
        assert {get_goal(s, i).dimension for i in made.values()} == {"financial", "customer", "operations", "team"}


def test_template_names_are_translated() -> None:
    set_language("zh_CN")
    try:
        assert TEMPLATES["nps"].label() != "Raise NPS from 30 to 50"
    finally:
        set_language("en")
