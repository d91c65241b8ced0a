"""The onboarding page's fixtures: a small team built with the domain functions, today Monday 2026-11-16.

* Mia (manager, hired 2018), Max (senior, hired 2019) and Pam (hired 2019, won 120,000 on 2026-06-01) are
  ramped reps: ramped_90 = 120,000 / 3 reps / 4 = 10,000 CNY.
* Ned, hired Thursday 2026-10-01 (mentor Max, manager Mia), has the default plan from his hire date with Max as
  mentor: day (11-16 - 10-01) + 1 = 47, nothing done, no activity, no opportunity.
* Kai, hired 2026-09-01, has the default plan mentored by Mia.
* Oda, hired 2026-11-02 (mentor Max), has no plan: the most recently hired rep without one.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from salesmgr.models import Rep, Team, clock
from salesmgr.models.database import Database
from salesmgr.models.onboarding.plans import assign_plan
from salesmgr.views.onboarding.page import OnboardingPage
from salesmgr.views.runner import DbRunner
from tests.helpers.bonus_data import add_deal

TODAY = date(2026, 11, 16)
TIMEOUT = 15_000


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    clock.set_today(TODAY)
    with db.session() as session:
        team = Team(name="North")
        session.add(team)
        session.flush()
        reps = {name: Rep(name=name, team_id=team.id, hire_date=hired, role=role) for name, hired, role in [
            ("Mia", date(2018, 1, 1), "manager"), ("Max", date(2019, 3, 1), "senior"),
            ("Pam", date(2019, 3, 1), "rep"), ("Ned", date(2026, 10, 1), "rep"), ("Kai", date(2026, 9, 1), "rep"),
            ("Oda", date(2026, 11, 2), "rep")]}
        session.add_all(reps.values())
        session.flush()
        for name in ("Ned", "Oda"):
            reps[name].mentor_id, reps[name].manager_id = reps["Max"].id, reps["Mia"].id
        add_deal(session, reps["Pam"], "120000", date(2026, 6, 1))
        found = {name: rep.id for name, rep in reps.items()}
        found["ned_plan"] = assign_plan(session, found["Ned"], None, date(2026, 10, 1), found["Max"])
        found["kai_plan"] = assign_plan(session, found["Kai"], None, date(2026, 9, 1), found["Mia"])
        return found


@pytest.fixture
def page(qtbot: QtBot, runner: DbRunner, ids: dict[str, int]) -> Iterator[OnboardingPage]:
    """The page with its plan list and the first plan's detail loaded."""
    shown = OnboardingPage(runner)
    qtbot.addWidget(shown)
    plans = shown.plans
    qtbot.waitUntil(lambda: plans.data is not None and plans.detail.detail is not None
                    and not runner.is_busy(), timeout=TIMEOUT)
    yield shown
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)


def settle(qtbot: QtBot, runner: DbRunner) -> None:
    """Wait until the runner has answered everything asked of it: an edit's callbacks ask for the reloads before
    the runner is idle again, so the reloads are answered too."""
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)
