"""The Dashboard page: KPI tiles for a quarter, team and rep, with four charts under them (funnel, rep ranking,
won per month against quota and average days per open stage).

Everything on the page comes from one ``runner.run`` operation (``load_dashboard``); it reloads when a filter
changes and when the runner announces an edit. ``loaded`` is emitted once the new figures are on screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.orm import Session

from salesmgr.models.metrics import summary
from salesmgr.models.metrics.filters import DateField, MetricFilter
from salesmgr.models.metrics.monthly import won_by_month
from salesmgr.models.metrics.periods import current_quarter, month_of, parse_period, previous_quarters
from salesmgr.models.metrics.ranking import rep_ranking
from salesmgr.models.metrics.stages import stage_durations
from salesmgr.models.team import list_reps, list_teams
from salesmgr.views.charts import (
    TOP_REPS,
    FunnelChart,
    FunnelRow,
    MonthlyChart,
    MonthlyRow,
    RankingChart,
    RankingRow,
    StageDurationChart,
    StageDurationRow,
    money_text,
)
from salesmgr.views.combos import refill, reps_of_team
from salesmgr.views.labels import emphasise, heading, paragraph
from salesmgr.views.messages import user_message

PERIODS_BACK = 7
MONTHS_SHOWN = 6  # the monthly chart: the period's last month and the five before it
CHART_HEIGHT = 230  # four charts in a 2 x 2 grid under the tiles fit a 1280 x 800 window


@dataclass(frozen=True)
class DashboardData:
    """What one load returns: the filter choices, the KPI report, the funnel rows and the ranking rows."""

    teams: list[tuple[int, str]]
    reps: list[tuple[int, str, int | None]]  # id, name, team id
    report: dict[str, Any]
    funnel: list[FunnelRow]
    ranking: list[RankingRow]
    monthly: list[MonthlyRow]
    durations: list[StageDurationRow]


def months_ending(last: date, count: int = MONTHS_SHOWN) -> list[str]:
    """The ``count`` months up to and including the month of ``last``, oldest first."""
    index = last.year * 12 + last.month - 1
    return [month_of(date(i // 12, i % 12 + 1, 1)) for i in range(index - count + 1, index + 1)]


def load_dashboard(session: Session, period: str, team_id: int | None, rep_id: int | None,
                   today: date) -> DashboardData:
    """The whole page's data in one go (runs on the runner's thread)."""
    teams = sorted(((t.id, t.name) for t in list_teams(session)), key=lambda team: team[1])
    reps = [(r.id, r.name, r.team_id) for r in list_reps(session)]  # active reps first, then by name
    # a chosen rep narrows more than their team, and dashboard_report would take the team's quota for both
    narrow = None if rep_id is not None else team_id
    report = summary.dashboard_report(session, period, team_id=narrow, rep_id=rep_id, today=today)
    start, end = parse_period(period)
    flt = MetricFilter(start, end, DateField.CLOSE, narrow, rep_id)
    funnel = [FunnelRow(**stage) for stage in report["stages"]]
    ranking = [RankingRow(r.name, r.won_amount, r.won_count, r.attainment)
               for r in rep_ranking(session, period, team_id)[:TOP_REPS]]
    monthly = [MonthlyRow(m.month, m.won, m.quota) for m in won_by_month(session, flt, months_ending(end))]
    durations = [StageDurationRow(stage, days) for stage, days in stage_durations(session, flt).items()]
    return DashboardData(teams, reps, report, funnel, ranking, monthly, durations)


class KpiTile(QFrame):
    """A framed figure: a caption, a big value and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(150)
        self.caption_label = paragraph(caption, muted=True)
        self.value_label = QLabel("…")
        emphasise(self.value_label, 1.6)
        self.detail_label = paragraph("", muted=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)

    def show_value(self, value: str, detail: str = "", tooltip: str = "") -> None:
        self.value_label.setText(value)
        self.detail_label.setText(detail)
        self.setToolTip(tooltip)

    def value(self) -> str:
        return self.value_label.text()

    def detail(self) -> str:
        return self.detail_label.text()


class DashboardPage(QWidget):
    """KPI tiles and charts for one quarter (the current one or the 7 before it), a team and a rep."""

    loaded = Signal()

    def __init__(self, runner: Any, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today or date.today()
        self.data: DashboardData | None = None
        self._request = 0
        self._build_ui()
        runner.changed.connect(self.reload)
        self.reload()

    # --- layout -------------------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.title_label = heading(self.tr("Dashboard"), 1.2)
        self.range_label = paragraph("", muted=True)
        bar = QHBoxLayout()
        bar.addWidget(self.title_label)
        bar.addWidget(self.range_label, 1)
        bar.addLayout(self._filter_row())
        self.won_tile = KpiTile(self.tr("Won vs quota"))
        self.win_rate_tile = KpiTile(self.tr("Win rate"))
        self.cycle_tile = KpiTile(self.tr("Average sales cycle"))
        self.pipeline_tile = KpiTile(self.tr("Weighted pipeline"))
        self.completeness_tile = KpiTile(self.tr("Data completeness"))
        self.stalled_tile = KpiTile(self.tr("Stalled deals"))
        self.tiles = [self.won_tile, self.win_rate_tile, self.cycle_tile, self.pipeline_tile,
                      self.completeness_tile, self.stalled_tile]
        tiles = QGridLayout()
        for index, tile in enumerate(self.tiles):
            tiles.addWidget(tile, 0, index)
        self.funnel_chart = FunnelChart()
        self.ranking_chart = RankingChart()
        self.monthly_chart = MonthlyChart()
        self.duration_chart = StageDurationChart()
        charts = QGridLayout()
        for index, chart in enumerate((self.funnel_chart, self.ranking_chart, self.monthly_chart,
                                       self.duration_chart)):
            chart.setMinimumHeight(CHART_HEIGHT)
            charts.addWidget(chart, index // 2, index % 2)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(bar)
        inner.addLayout(tiles)
        inner.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _filter_row(self) -> QHBoxLayout:
        self.period_combo, self.team_combo, self.rep_combo = QComboBox(), QComboBox(), QComboBox()
        current = current_quarter(self.today)
        self.period_combo.addItem(self.tr("{period} (current)").format(period=current), current)
        for period in reversed(previous_quarters(current, PERIODS_BACK)):
            self.period_combo.addItem(period, period)
        for combo in (self.team_combo, self.rep_combo):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.teams: list[tuple[int, str]] = []
        self.reps: list[tuple[int, str, int | None]] = []
        self._fill_teams()
        self.period_combo.currentIndexChanged.connect(self.reload)
        self.team_combo.currentIndexChanged.connect(self._team_changed)
        self.rep_combo.currentIndexChanged.connect(self.reload)
        row = QHBoxLayout()
        for text, combo in ((self.tr("Period:"), self.period_combo), (self.tr("Team:"), self.team_combo),
                            (self.tr("Rep:"), self.rep_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo)
        return row

    # --- filters ------------------------------------------------------------------------------------------
    def period(self) -> str:
        return str(self.period_combo.currentData())

    def _team_changed(self) -> None:
        self._fill_reps(self.rep_combo.currentData())
        self.reload()

    def _fill_teams(self) -> None:
        refill(self.team_combo, self.tr("All teams"), self.teams, self.team_combo.currentData())
        self._fill_reps(self.rep_combo.currentData())

    def _fill_reps(self, keep: int | None) -> None:
        team_id = self.team_combo.currentData()
        reps = reps_of_team(self.reps, team_id)
        refill(self.rep_combo, self.tr("All reps"), reps, keep)

    # --- loading ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch everything for the current filter; an older answer still on its way is dropped."""
        self._request += 1
        request = self._request
        period, team_id, rep_id = self.period(), self.team_combo.currentData(), self.rep_combo.currentData()
        today = self.today
        self.runner.run(lambda session: load_dashboard(session, period, team_id, rep_id, today),
                        lambda data: self._on_loaded(request, data), self._on_error)

    def _on_loaded(self, request: int, data: DashboardData) -> None:
        if not isValid(self) or request != self._request:
            return
        self.data = data
        if (data.teams, data.reps) != (self.teams, self.reps):
            team_id, rep_id = self.team_combo.currentData(), self.rep_combo.currentData()
            self.teams, self.reps = data.teams, data.reps
            self._fill_teams()
            if (self.team_combo.currentData(), self.rep_combo.currentData()) != (team_id, rep_id):
                self.reload()  # the chosen team or rep is gone: show everyone instead
                return
        self._show_report(data.report)
        currency = data.report["currency"]
        self.funnel_chart.set_data(data.funnel, currency)
        self.ranking_chart.set_data(data.ranking, currency)
        self.monthly_chart.set_data(data.monthly, currency)
        self.duration_chart.set_data(data.durations)
        self.loaded.emit()

    def _show_report(self, report: dict[str, Any]) -> None:
        currency = report["currency"]
        reasons = report.get("reasons", {})
        self.range_label.setText(self.tr("{start} to {end}, by close date").format(
            start=report["from"], end=report["to"]))
        won = report["won"]
        won_text = money_text(won["amount"], currency)
        if won["attainment"] is None:
            self.won_tile.show_value(self.tr("n/a"), self.tr("{amount} won").format(amount=won_text),
                                     self._reason(won.get("reason")))
        else:
            self.won_tile.show_value(self._percent(won["attainment"]), self.tr("{amount} of {quota} quota").format(
                amount=won_text, quota=money_text(won["quota"], currency)))
        self._show_optional(self.win_rate_tile, report["win_rate"], self._percent, reasons.get("win_rate"),
                            self.tr("won of won and lost"))
        self._show_optional(self.cycle_tile, report["avg_cycle_days"],
                            lambda days: self.tr("{days} days").format(days=f"{days:,.1f}"), reasons.get("cycle"),
                            self.tr("won deals, start to close"))
        self._show_optional(self.pipeline_tile, report["weighted_pipeline"],
                            lambda amount: money_text(amount, currency), None,
                            self.tr("open deals × probability"))
        self._show_optional(self.completeness_tile, report["data_completeness"], self._percent,
                            reasons.get("data_completeness"), self.tr("key fields filled in"))
        self.stalled_tile.show_value(f"{report['stalled_deals']:,}", self.tr("open deals stuck in their stage"))

    def _show_optional(self, tile: KpiTile, value: Any, shown: Any, reason: str | None, detail: str) -> None:
        if value is None:
            tile.show_value(self.tr("n/a"), detail, self._reason(reason))
        else:
            tile.show_value(shown(value), detail)

    def _percent(self, ratio: float) -> str:
        return self.tr("{percent} %").format(percent=f"{ratio * 100:.1f}")

    def _reason(self, reason: str | None) -> str:
        """The translated reason a figure is missing."""
        known = {
            summary.NO_CLOSED_DEALS: self.tr("no won or lost deals in the filter"),
            summary.NO_WON_DEALS: self.tr("no won deals with both dates in the filter"),
            summary.NO_DEALS: self.tr("no deals in the filter"),
            summary.NO_QUOTA: self.tr("no quota for this period"),
        }
        if reason is None:
            return self.tr("cannot be computed for this filter")
        return known.get(reason, reason)

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Dashboard"), user_message(exc))

