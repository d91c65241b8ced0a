"""The Dashboard page: KPI tiles for a quarter, team and rep, with charts under them, two a row: the funnel and the
rep ranking, then won per month against quota beside three tabs: average days per open stage, customer health
today, and the open hand-offs with their overdue items.

The page reads its figures in three runner operations (``loaders``): the funnel first (``funnel_shown``
once it is redrawn), then the tiles, then the other charts (``loaded`` once everything is on screen). It reloads
when a filter changes and when the runner announces an edit; operations a newer filter has replaced are skipped.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from salesmgr.i18n import language
from salesmgr.models import clock
from salesmgr.models.database import Session
from salesmgr.models.metrics import summary
from salesmgr.models.money import format_money_short
from salesmgr.models.periods import FISCAL_START, Period
from salesmgr.views.dashboard.charts import FunnelChart, MonthlyChart, RankingChart, StageDurationChart, money_text
from salesmgr.views.dashboard.handoffs_loaders import HandoffsPart, load_handoffs_panel
from salesmgr.views.dashboard.handoffs_panel import HandoffsPanel
from salesmgr.views.dashboard.health_chart import HealthChart
from salesmgr.views.dashboard.health_loaders import HealthPart, load_health
from salesmgr.views.dashboard.loaders import (
    ChartsPart,
    DashboardQuery,
    FunnelPart,
    LatestRequest,
    load_charts,
    load_fiscal_start,
    load_funnel,
    load_tiles,
)
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.combos import add_quarters, chosen_period, refill, refill_quarters, reps_of_team
from salesmgr.views.widgets.labels import emphasise, heading, paragraph, scroll_page
from salesmgr.views.widgets.rates_note import RatesNote

CHART_HEIGHT = 230  # the charts' least height: a smaller window scrolls the page (1200 x 760 does not)


class KpiTile(QFrame):
    """A framed figure: a caption, a big value and a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # no fixed minimum width: the tile is at least as wide as its value, so a figure is never cut
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
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
        """``value`` in big letters, ``detail`` under it, ``tooltip`` (the exact figures) over the whole tile."""
        self.value_label.setText(value)
        self.detail_label.setText(detail)
        self.setToolTip(tooltip)

    def value(self) -> str:
        return self.value_label.text()

    def detail(self) -> str:
        return self.detail_label.text()


class DashboardPage(QWidget):
    """KPI tiles and charts for one quarter (the current one or the 7 before it), a team and a rep."""

    funnel_shown = Signal()
    export_requested = Signal(str, object, object)  # period, team id, rep id
    loaded = Signal()
    rates_requested = Signal(list)  # currency codes without a rate: the window opens the Settings on its rates

    def __init__(self, runner: Any, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.today = today or clock.today()
        self.fiscal_start = FISCAL_START  # the database's, once load_fiscal_start answers (each reload asks)
        self.funnel_part: FunnelPart | None = None
        self._latest = LatestRequest()
        self._waiting: set[str] = set()
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
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this dashboard as an Excel report"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(
            self.period().key, self.team_combo.currentData(), self.rep_combo.currentData()))
        bar.addWidget(self.export_button)
        self.rates_note = RatesNote()
        self.rates_note.rates_requested.connect(self.rates_requested)
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
        self.health_chart = HealthChart()
        self.handoffs_panel = HandoffsPanel()
        # two charts a row, each half the width: the funnel's and the months' bar labels need it (a third column
        # cut them at 1200 px), and a third row would make the page scroll; the second row's right slot holds the
        # stage durations, the customers' health and the hand-offs as tabs whose titles carry the counts
        self.side_tabs = QTabWidget()
        self.side_tabs.setDocumentMode(True)
        # its bar would make its row taller than the funnel's and the page scroll: the rows share the height
        self.side_tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        for widget, title in ((self.duration_chart, self.tr("Days in stage")),
                              (self.health_chart, self.tr("Customer health")),
                              (self.handoffs_panel, self.tr("Hand-offs"))):
            widget.setMinimumHeight(0)  # the tab widget as a whole keeps CHART_HEIGHT, its bar included
            self.side_tabs.addTab(widget, title)
        charts = QGridLayout()
        shown: tuple[QWidget, ...] = (self.funnel_chart, self.ranking_chart, self.monthly_chart, self.side_tabs)
        for index, chart in enumerate(shown):
            chart.setMinimumHeight(CHART_HEIGHT)
            charts.addWidget(chart, index // 2, index % 2)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addLayout(bar)
        inner.addWidget(self.rates_note)
        inner.addLayout(tiles)
        inner.addLayout(charts, 1)
        scroll_page(self, content)

    def _filter_row(self) -> QHBoxLayout:
        self.period_combo, self.team_combo, self.rep_combo = QComboBox(), QComboBox(), QComboBox()
        add_quarters(self.period_combo, self.today)
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
    def period(self) -> Period:
        """The chosen quarter, under the database's fiscal start."""
        return chosen_period(self.period_combo, self.fiscal_start)

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
    def filter_query(self) -> DashboardQuery:
        """The filter bar's choice as the loaders take it."""
        return DashboardQuery(self.period(), self.team_combo.currentData(), self.rep_combo.currentData(), self.today)

    def reload(self) -> None:
        """Read the fiscal start (the period combo follows it), then fetch everything for the current filter;
        answers to an older filter are dropped."""
        request = self._latest.start()
        self.runner.run(load_fiscal_start, lambda month: self._fiscal_start_known(request, month), self._on_error)

    def _fiscal_start_known(self, request: int, month: int) -> None:
        if not isValid(self) or not self._latest.is_current(request):
            return
        if month != self.fiscal_start:
            self.fiscal_start = month
            refill_quarters(self.period_combo, self.today, month)
        self._load(request)

    def _load(self, request: int) -> None:
        query, cache = self.filter_query(), getattr(self.runner, "cache", None)
        self._waiting = {"funnel", "tiles", "charts", "health", "handoffs"}
        for part, load, show in (("funnel", load_funnel, self._show_funnel), ("tiles", load_tiles, self._show_tiles),
                                 ("charts", load_charts, self._show_charts), ("health", load_health,
                                                                              self._show_health),
                                 ("handoffs", load_handoffs_panel, self._show_handoffs)):
            self.runner.run(self._skipping(request, load, query, cache),
                            lambda result, part=part, show=show: self._arrived(request, part, show, result),
                            self._on_error)

    def _skipping(self, request: int, load: Any, query: DashboardQuery, cache: Any) -> Any:
        latest = self._latest  # the worker reads only this plain object, never the page

        def work(session: Session) -> Any:
            return load(session, query, cache) if latest.is_current(request) else None
        return work

    def _arrived(self, request: int, part: str, show: Any, result: Any) -> None:
        if not isValid(self) or result is None or not self._latest.is_current(request):
            return
        show(result)
        self._waiting.discard(part)
        if not self._waiting:
            self.loaded.emit()

    def _show_funnel(self, part: FunnelPart) -> None:
        self.funnel_part = part
        if (part.teams, part.reps) != (self.teams, self.reps):
            team_id, rep_id = self.team_combo.currentData(), self.rep_combo.currentData()
            self.teams, self.reps = part.teams, part.reps
            self._fill_teams()
            if (self.team_combo.currentData(), self.rep_combo.currentData()) != (team_id, rep_id):
                self.reload()  # the chosen team or rep is gone: show everyone instead
                return
        self.range_label.setText(self.tr("{start} to {end}, by close date").format(
            start=part.date_from, end=part.date_to))
        self.funnel_chart.set_data(part.funnel, part.currency)
        self.rates_note.show_unconverted(part.unconverted)
        self.funnel_shown.emit()

    def _show_charts(self, part: ChartsPart) -> None:
        currency = self.funnel_part.currency if self.funnel_part else ""
        self.ranking_chart.set_data(part.ranking, currency)
        self.monthly_chart.set_data(part.monthly, currency)
        self.duration_chart.set_data(part.durations)

    def _show_health(self, part: HealthPart) -> None:
        self.health_chart.set_data(part.counts)
        self.side_tabs.setTabText(1, self.tr("Customer health: {count} at risk").format(
            count=f"{part.counts.get('at_risk', 0):,}"))

    def _show_handoffs(self, part: HandoffsPart) -> None:
        self.handoffs_panel.set_data(part)
        self.side_tabs.setTabText(2, self.tr("Hand-offs: {count} overdue").format(count=f"{part.overdue_count:,}"))

    def _show_tiles(self, tiles: summary.DashboardTiles) -> None:
        currency, won, kpis = tiles.currency, tiles.won, tiles.kpis
        won_text, won_exact = self._short(won.amount, currency), money_text(won.amount, currency)
        if won.attainment is None:
            self.won_tile.show_value(self.tr("n/a"), self.tr("{amount} won").format(amount=won_text),
                                     self._reason(won.reason) + "\n" + self.tr("{amount} won").format(amount=won_exact))
        else:
            detail = self.tr("{amount} of {quota} quota")
            self.won_tile.show_value(self._percent(won.attainment),
                                     detail.format(amount=won_text, quota=self._short(won.quota, currency)),
                                     detail.format(amount=won_exact, quota=money_text(won.quota, currency)))
        self._show_optional(self.win_rate_tile, kpis.win_rate, self._percent, kpis.reasons.get("win_rate"),
                            self.tr("won of won and lost"))
        self._show_optional(self.cycle_tile, kpis.avg_cycle_days,
                            lambda days: self.tr("{days} days").format(days=f"{days:,.1f}"),
                            kpis.reasons.get("cycle"), self.tr("won deals, start to close"))
        self.pipeline_tile.show_value(self._short(kpis.weighted_pipeline, currency),
                                      self.tr("open deals × probability"),
                                      money_text(kpis.weighted_pipeline, currency))
        self._show_optional(self.completeness_tile, kpis.data_completeness, self._percent,
                            kpis.reasons.get("data_completeness"), self.tr("key fields filled in"))
        self.stalled_tile.show_value(f"{tiles.stalled_deals:,}", self.tr("open deals stuck in their stage"))

    @staticmethod
    def _short(amount: Decimal | None, currency: str) -> str:
        """A tile's rounded amount (626.07万 CNY, 6.26 M CNY) in the interface language; the tooltip is exact."""
        return "" if amount is None else format_money_short(Decimal(amount), currency, language())

    def _show_optional(self, tile: KpiTile, value: Any, shown: Any, reason: str | None, detail: str) -> None:
        if value is None:
            tile.show_value(self.tr("n/a"), detail, self._reason(reason))
        else:
            tile.show_value(shown(value), detail)

    def _percent(self, ratio: float) -> str:
        return self.tr("{percent} %").format(percent=f"{ratio * 100:.1f}")

    def _reason(self, reason: str | None) -> str:
        """The translated reason a figure is missing."""
        return summary.reason_text(reason) or self.tr("cannot be computed for this filter")

    def _on_error(self, exc: Exception) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Dashboard"), user_message(exc))

