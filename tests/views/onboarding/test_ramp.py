"""The Ramp tab over the fixture of conftest.py: one line per new hire plus the ramped reference, and the
metrics per new hire."""
from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from salesmgr.models import Rep
from salesmgr.models.database import Database
from salesmgr.views.onboarding.page import OnboardingPage
from salesmgr.views.onboarding.ramp_panel import HireTableModel
from salesmgr.views.runner import DbRunner
from tests.helpers.bonus_data import add_deal
from tests.views.onboarding.conftest import TIMEOUT


def test_one_line_per_new_hire_and_the_ramped_reference(qtbot: QtBot, runner: DbRunner, db: Database,
                                                        ids: dict[str, int]) -> None:
    with db.session() as session:  # Ned wins 30,000 on 2026-11-01, 31 days after his hire
        ned = session.get(Rep, ids["Ned"])
        assert ned is not None
        add_deal(session, ned, "30000", date(2026, 11, 1))
    page = OnboardingPage(runner)
    qtbot.addWidget(page)
    ramp = page.ramp
    qtbot.waitUntil(lambda: ramp.data is not None and not runner.is_busy(), timeout=TIMEOUT)
    chart = ramp.chart
    # new hires: hired in the last 365 days (Kai, Ned, Oda); the ramped reps Mia, Max and Pam
    assert sorted(name for name, _points in chart.lines) == ["Kai", "Ned", "Oda"]
    ned_line = next(points for name, points in chart.lines if name == "Ned")
    # in thousands, as steps: flat at 0 to day 31, up to 30, flat to day 46 (today, 11-16)
    assert ned_line == [(0.0, 0.0), (31.0, 0.0), (31.0, 30.0), (46.0, 30.0)]
    # ramped_90 = 120,000 won by Pam / 3 ramped reps / 4 = 10,000: 20 (thousands) at day 180
    assert chart.reference == [(0.0, 0.0), (180.0, pytest.approx(20.0))]
    assert "Days since hire" in chart.plot_item.getAxis("bottom").labelText
    assert "Won revenue (CNY, thousands)" in chart.plot_item.getAxis("left").labelText
    line = next(line for line in ramp.hires.rows() if line.row.rep == "Ned")
    assert ramp.hires.display(line, HireTableModel.DEAL) == "31"
    assert ramp.hires.display(line, HireTableModel.WON) == "30.0 K CNY"  # format_money_short from 10,000 on
    assert ramp.hires.display(line, HireTableModel.VS) == "300 %"  # 30,000 / 10,000


def test_a_deal_without_a_rate_is_left_out_and_said_so(qtbot: QtBot, runner: DbRunner, db: Database,
                                                       ids: dict[str, int]) -> None:
    with db.session() as session:  # Ned wins 30,000 CNY and 5,000 COP (no COP rate) on 2026-11-01
        ned = session.get(Rep, ids["Ned"])
        assert ned is not None
        add_deal(session, ned, "30000", date(2026, 11, 1))
        add_deal(session, ned, "5000", date(2026, 11, 1), currency="COP", name="Bogotá")
    page = OnboardingPage(runner)
    qtbot.addWidget(page)
    ramp = page.ramp
    qtbot.waitUntil(lambda: ramp.data is not None and not runner.is_busy(), timeout=TIMEOUT)
    assert ramp.data is not None and ramp.data.left_out == ("COP",)
    assert not ramp.rates_note.isHidden() and "COP" in ramp.rates_note.label.text()
    line = next(line for line in ramp.hires.rows() if line.row.rep == "Ned")
    assert ramp.hires.display(line, HireTableModel.WON) == "30.0 K CNY"  # the CNY deal alone
    with qtbot.waitSignal(page.rates_requested) as asked:
        ramp.rates_note.label.linkActivated.emit("rates")
    assert asked.args == [["COP"]]
