"""The Dashboard's charts: the funnel's labels, the monthly and stage-duration charts fed by the page, plain
rows, hover and PNG."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from salesmgr.models.metrics.summary import StageFigures
from salesmgr.views.dashboard.charts import FunnelChart, MonthlyChart, StageDurationChart
from salesmgr.views.dashboard.loaders import months_ending
from salesmgr.views.dashboard.page import DashboardPage
from salesmgr.views.dashboard.rows import MonthlyRow, StageDurationRow
from salesmgr.views.runner import DbRunner
from tests.helpers.months_data import make_months_db

TIMEOUT = 10_000


@pytest.fixture
def months_db(db: Database) -> dict[str, int]:
    return make_months_db(db)


def test_months_ending() -> None:
    assert [m.key for m in months_ending(date(2026, 3, 31), 4)] == ["2025-12", "2026-01", "2026-02", "2026-03"]


def test_funnel_bars_are_labelled_with_what_they_draw(qtbot: QtBot) -> None:
    chart = FunnelChart()
    qtbot.addWidget(chart)
    stages = [
        StageFigures("Lead", "open", 71, Decimal("8228160"), 503, 0.721),  # 0.721 -> "72.1 %"
        StageFigures("Demo", "open", 1_250, Decimal("5000"), 2_000, 0.5),  # thousands separators in both counts
        StageFigures("Negotiation", "open", 32, Decimal("3327130"), 118, None),  # no conversion given
        StageFigures("Negotiation close", "open", 0, Decimal(0), 0, 0.0),  # 0.0 is a conversion too
        StageFigures("Won", "won", 86, Decimal("9235140"), 86, None),
        StageFigures("Lost", "lost", 40, Decimal("100"), 40, None),
    ]
    chart.set_data(stages, "CNY")
    assert chart.values == [503.0, 2000.0, 118.0, 0.0, 86.0]  # the bars are as long as "reached"; lost is left out
    assert chart.label_texts() == [
        "503 reached · 72.1 % go on · 71 now in stage",
        "2,000 reached · 50.0 % go on · 1,250 now in stage",
        "118 reached · 32 now in stage",
        "0 reached · 0.0 % won · 0 now in stage",  # the last open stage: its conversion is the close rate
        "86 won · 9,235,140.00 CNY",
    ]
    # the open count is secondary: greyed (Qt writes the span's style back in its own spelling)
    assert '<span style=" color:#777777;"> · 71 now in stage</span>' in chart.labels[0].textItem.toHtml()
    assert chart.details[0] == ("Lead\nReached: 503\nNow in stage: 71 (8,228,160.00 CNY)\n"
                                "Conversion to the next stage: 72.1 %")
    assert chart.details[2].endswith("Conversion to the next stage: n/a")
    assert chart.details[3].endswith("Close rate (won of the deals that reached it): 0.0 %")


def test_dashboard_feeds_the_new_charts(qtbot: QtBot, runner: DbRunner, months_db: dict[str, int]) -> None:
    page = DashboardPage(runner, today=date(2026, 5, 15))  # 2026Q2: the months 2026-01 to 2026-06
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        pass
    assert page.monthly_chart.rows == [
        MonthlyRow("2026-01", Decimal("0.00"), None), MonthlyRow("2026-02", Decimal("0.00"), None),
        MonthlyRow("2026-03", Decimal("0.00"), None), MonthlyRow("2026-04", Decimal("1400.00"), Decimal("2000.00")),
        MonthlyRow("2026-05", Decimal("3200.00"), Decimal("5000.00")),
        MonthlyRow("2026-06", Decimal("0.00"), Decimal("3333.33"))]
    durations = {row.stage: row.days for row in page.duration_chart.rows}
    assert "Won" not in durations and "Lost" not in durations
    assert durations["Lead identified"] == pytest.approx(10.0)  # 2026-05-01 to 2026-05-11
    assert durations["Negotiation"] is None  # still running
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.rep_combo.setCurrentIndex(page.rep_combo.findData(months_db["ann"]))
    assert [row.quota for row in page.monthly_chart.rows][3:] == [Decimal("3000.00"), Decimal("5000.00"),
                                                                 Decimal("3000.00")]


def test_new_charts_take_plain_rows_hover_and_save_png(qtbot: QtBot, tmp_path: Path) -> None:
    monthly, durations = MonthlyChart(), StageDurationChart()
    for chart in (monthly, durations):
        qtbot.addWidget(chart)
    monthly.set_data([MonthlyRow("2026-04", Decimal("1500"), Decimal("3000")),
                      MonthlyRow("2026-05", Decimal("4000"), None)], "CNY")
    assert monthly.rows == [MonthlyRow("2026-04", Decimal("1500"), Decimal("3000")),
                            MonthlyRow("2026-05", Decimal("4000"), None)]
    assert [label.textItem.toPlainText() for label in monthly.labels] == [
        "1,500.00 CNY · 50.0 %", "4,000.00 CNY · no quota"]
    marks = monthly.quota_marks.getData()
    assert list(marks[0]) == [3000.0] and list(marks[1]) == [0.0]
    durations.set_data([StageDurationRow("Lead", 12.25), StageDurationRow("Demo", None)])
    assert durations.values == [12.25, 0.0]
    assert durations.details[0] == "Lead\nAverage stay: 12.2 days"
    durations.resize(640, 360)
    durations.show()
    qtbot.waitExposed(durations)
    view = durations.plot_item.getViewBox()
    durations.scene().sigMouseMoved.emit(view.mapViewToScene(QPointF(5.0, 0.0)))
    assert durations.hover_text == "Lead\nAverage stay: 12.2 days"
    assert monthly.details[1] == "2026-05\nWon: 4,000.00 CNY\nQuota: no quota"
    for name, chart in (("monthly.png", monthly), ("durations.png", durations)):
        assert chart.save_png(tmp_path / name)
        assert (tmp_path / name).stat().st_size > 1000
    monthly.set_data([], "CNY")
    assert monthly.rows == [] and monthly.bars is None and len(monthly.quota_marks.getData()[0]) == 0


def test_a_chart_saves_where_the_user_chooses(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    chart = StageDurationChart()
    qtbot.addWidget(chart)
    chart.set_data([StageDurationRow("Lead identified", 12.5)])
    target = tmp_path / "durations"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert chart.save_as() is True
    assert (tmp_path / "durations.png").stat().st_size > 0
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert chart.save_as() is False
