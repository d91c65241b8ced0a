"""The main window: the navigation over a stack of pages, the status bar, dropping a file to import it, and
switching to another database file. Its menus and About box are built in ``menus``, the pages' keys and titles
are in ``navigation``, and the file dialogs for another database in ``database_files``."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from salesmgr.demo import DemoSummary
from salesmgr.models.database import Database
from salesmgr.models.stats import database_summary
from salesmgr.views.app import install_translator
from salesmgr.views.bonus.page import BonusesPage
from salesmgr.views.customers.page import AccountsPage
from salesmgr.views.dashboard.page import DashboardPage
from salesmgr.views.database_files import ask_database_to_open, ask_new_database, dialog_folder, open_locked
from salesmgr.views.exchange.export_dialog import ExportDialog
from salesmgr.views.exchange.import_page import ImportPage
from salesmgr.views.exchange.import_pages import dropped_path
from salesmgr.views.exchange.import_wizard import ImportWizard
from salesmgr.views.goals.page import GoalsPage
from salesmgr.views.knowledge.page import KnowledgePage
from salesmgr.views.leads.page import LeadsPage
from salesmgr.views.menus import build_edit_menu, build_file_menu, build_help_menu, build_view_menu
from salesmgr.views.navigation import PAGE_KEYS, fill_navigation, page_titles, pages_in_order
from salesmgr.views.onboarding.page import OnboardingPage
from salesmgr.views.pipeline.page import PipelinePage
from salesmgr.views.runner import DbRunner
from salesmgr.views.settings.dialog import SettingsDialog
from salesmgr.views.team.page import TeamPage
from salesmgr.views.ui_settings import UiSettings
from salesmgr.views.welcome.page import DEMO_OPPORTUNITIES, WelcomePage
from salesmgr.views.widgets.status_area import StatusArea


def dropped_import_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local spreadsheet, CSV file, ZIP or folder of an export being dragged onto the window, if that is
    what it is."""
    return dropped_path(event.mimeData())


class MainWindow(QMainWindow):
    """Left navigation over a stack of pages; owns the runner it is given until another database is opened."""

    def __init__(self, db: Database, runner: DbRunner, parent: QWidget | None = None, *,
                 settings: UiSettings | None = None, demo_opportunities: int = DEMO_OPPORTUNITIES) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.settings = settings if settings is not None else UiSettings()
        self.demo_opportunities = demo_opportunities
        self.pages: list[QWidget] = []
        self.welcome_page: WelcomePage
        self.team_page: TeamPage
        self.pipeline_page: PipelinePage
        self.dashboard_page: DashboardPage
        self.import_page: ImportPage
        self.goals_page: GoalsPage
        self.onboarding_page: OnboardingPage
        self.leads_page: LeadsPage
        self.accounts_page: AccountsPage
        self.import_wizard: ImportWizard | None = None
        self._closed = False
        self.rates_prompt: QMessageBox | None = None  # the prompt after a drop-import that needs rates
        self._pending_language: str | None = None  # a language to switch to once the runner is idle
        self.nav = QListWidget()
        self.stack = QStackedWidget()
        self.dashboard_slot = QStackedWidget()
        self._build_central()
        self._build_status_bar()
        self._attach(runner)
        self._build_menus()
        self._restore_settings()
        self.setAcceptDrops(True)

    # -- layout ---------------------------------------------------------------------------------------------
    def _build_central(self) -> None:
        fill_navigation(self.nav, self.style())
        self.nav.currentRowChanged.connect(self._on_page_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _attach(self, runner: DbRunner) -> None:
        """Connect to ``runner`` and build the pages over it."""
        self.runner = runner
        runner.changed.connect(self.refresh_status)
        runner.failed.connect(self._show_failure)
        runner.busy_changed.connect(self._on_busy)
        self._build_pages()
        self.status_area.set_busy(runner.is_busy())
        self._show_db_label()
        self.refresh_status()

    def _build_pages(self) -> None:
        self.welcome_page = WelcomePage(self.runner, demo_opportunities=self.demo_opportunities)
        self.welcome_page.import_requested.connect(self.import_file)
        self.welcome_page.demo_loaded.connect(self._on_demo_loaded)
        self.dashboard_page = DashboardPage(self.runner)
        self.dashboard_page.export_requested.connect(
            lambda period, team_id, rep_id: self.open_export_dialog("dashboard", period=period, team_id=team_id,
                                                                    rep_id=rep_id))
        self.dashboard_slot.addWidget(self.dashboard_page)
        self.dashboard_slot.addWidget(self.welcome_page)
        self.team_page = TeamPage(self.runner)
        self.pipeline_page = PipelinePage(self.runner)
        self.import_page = ImportPage(self.runner)
        self.bonuses_page = BonusesPage(self.runner, settings=self.settings)
        self.bonuses_page.export_requested.connect(lambda name, period: self.open_export_dialog(name, period=period))
        self.goals_page = GoalsPage(self.runner)
        self.goals_page.export_requested.connect(self.open_export_dialog)
        self.onboarding_page = OnboardingPage(self.runner)
        self.leads_page = LeadsPage(self.runner, settings=self.settings)
        self.knowledge_page = KnowledgePage(self.runner)
        self.accounts_page = AccountsPage(self.runner)
        for noting in (self.dashboard_page, self.pipeline_page, self.goals_page, self.onboarding_page,
                       self.leads_page, self.accounts_page):
            noting.rates_requested.connect(self.open_rates)
        self.import_page.export_requested.connect(self.open_export_dialog)
        self.import_page.import_requested.connect(self.open_import_wizard)
        self.import_page.sample_requested.connect(self.open_import_wizard)
        self.pages = pages_in_order(self.dashboard_slot, {
            "pipeline": self.pipeline_page, "team": self.team_page, "import_export": self.import_page,
            "bonuses": self.bonuses_page, "goals": self.goals_page,
            "onboarding": self.onboarding_page, "leads": self.leads_page, "knowledge": self.knowledge_page,
            "accounts": self.accounts_page})
        for page in self.pages:
            self.stack.addWidget(page)

    def _clear_pages(self) -> None:
        for slot in (self.dashboard_slot, self.stack):
            for widget in [slot.widget(index) for index in range(slot.count())]:
                if widget is not None:
                    slot.removeWidget(widget)
                if widget is not None and widget is not self.dashboard_slot:
                    widget.deleteLater()
        self.pages = []

    # -- menus ----------------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = build_file_menu(self)
        self.file_menu, self.recent_menu = file_menu.menu, file_menu.recent_menu
        self.import_action, self.export_action = file_menu.import_action, file_menu.export_action
        edit_menu = build_edit_menu(self)
        self.add_rep_action, self.settings_action = edit_menu.add_rep_action, edit_menu.settings_action
        self.page_actions = build_view_menu(self)
        self.about_action = build_help_menu(self)

    # -- pages ----------------------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        return PAGE_KEYS[max(self.nav.currentRow(), 0)]

    def _on_page_changed(self, row: int) -> None:
        if row < 0 or row >= len(self.pages):
            return
        self.stack.setCurrentWidget(self.pages[row])
        self.page_actions[row].setChecked(True)
        self.setWindowTitle(self.tr("{page} – salesmgr").format(page=page_titles()[row]))

    def add_rep(self) -> QDialog:
        """Show the Team page and open its dialog for a new rep (not blocking); returns the dialog."""
        self.show_page("team")
        return self.team_page.add_rep()

    # -- import ---------------------------------------------------------------------------------------------
    def open_export_dialog(self, initial: str = "funnel", **filters: Any) -> ExportDialog:
        """File > Export…: every report and every kind of data, written in the background; ``filters`` preselect
        the period, team and rep."""
        dialog = ExportDialog(self.runner, self, initial=initial, **filters)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def import_file(self, path: Path | str | None = None) -> ImportWizard:
        """Show the Import/Export page with the import wizard over it (on ``path`` when given)."""
        self.show_page("import_export")
        return self.open_import_wizard(path)

    def open_import_wizard(self, path: Path | str | None = None) -> ImportWizard:
        """Open the import wizard (window-modal, not blocking), or bring back the one already open."""
        wizard = self.import_wizard
        if wizard is not None and wizard.isVisible():
            if path is not None and not wizard.is_waiting():
                wizard.set_path(path)
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        self._drop_import_wizard()
        wizard = self.import_wizard = ImportWizard(self.runner, path, self)
        wizard.rates_requested.connect(lambda codes: self.open_rates(codes, wizard))
        wizard.open()
        return wizard

    def _drop_import_wizard(self) -> None:
        wizard, self.import_wizard = self.import_wizard, None
        if wizard is not None:
            wizard.close()
            if not wizard.is_waiting():  # an answer still on its way needs the wizard alive
                wizard.deleteLater()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_import_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_import_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        wizard = self.import_file(path)
        self._prompt_rates_once(wizard)

    def _prompt_rates_once(self, wizard: ImportWizard) -> None:
        """After a drop-import whose amounts need rates, ask once (when the wizard closes, unless its own button
        already opened them) whether to enter them now."""
        state: dict[str, Any] = {"codes": [], "done": False}
        wizard.import_finished.connect(lambda result: state.update(
            codes=[] if result.refused else [entry.currency for entry in result.missing_rates],
            base=result.base_currency))
        wizard.rates_requested.connect(lambda _codes: state.update(done=True))

        def closed(_code: int) -> None:
            if state["codes"] and not state["done"] and not self._closed:
                state["done"] = True
                self.rates_prompt = self.ask_for_rates(state["codes"], state["base"])
        wizard.finished.connect(closed)

    def ask_for_rates(self, codes: list[str], base: str) -> QMessageBox:
        """The prompt after a drop-import: "Enter exchange rates…" opens the Settings on them (not blocking)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exchange rates"), self.tr(
            "The imported amounts in {currencies} have no exchange rate to {base}, so the figures leave them out. "
            "Enter the rates now?").format(currencies=self.tr(", ").join(codes), base=base),
            QMessageBox.StandardButton.NoButton, self)
        enter = box.addButton(self.tr("Enter exchange rates…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        enter.clicked.connect(lambda: self.open_rates(codes))
        box.open()
        return box

    def _on_demo_loaded(self, summary: DemoSummary) -> None:
        text = self.tr("Demo data loaded: {reps} reps, {opportunities} opportunities.")
        self.statusBar().showMessage(
            text.format(reps=f"{summary.reps:,}", opportunities=f"{summary.opportunities:,}"), 8000)
        self.show_page("dashboard")  # the first thing to look at: the quarter's figures

    # -- status bar -----------------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.status_area = StatusArea()
        self.counts_label, self.db_label = self.status_area.counts_label, self.status_area.db_label
        self.statusBar().addPermanentWidget(self.status_area)

    def _show_db_label(self) -> None:
        self.status_area.show_database(self.db.label)

    def refresh_status(self) -> None:
        """Re-read the row counts (and whether the database is still empty) on the runner."""
        if not self._closed:
            self.runner.run(database_summary, self._on_summary)

    def _on_summary(self, summary: tuple[dict[str, int], bool]) -> None:
        if self._closed:
            return
        counts, empty = summary
        self.status_area.show_counts(counts, empty)
        self.dashboard_slot.setCurrentIndex(1 if empty else 0)

    def _on_busy(self, busy: bool) -> None:
        if not self._closed:
            self.status_area.set_busy(busy)
        if not busy and self._pending_language is not None:
            QTimer.singleShot(0, self._apply_pending_language)

    def _show_failure(self, message: str) -> None:
        if not self._closed:
            QMessageBox.warning(self, self.tr("salesmgr"), message)

    # -- databases ------------------------------------------------------------------------------------------
    def new_database(self) -> None:
        target = ask_new_database(self, dialog_folder(self.db))
        if target is not None:
            self.open_database_file(str(target))

    def open_database_dialog(self) -> None:
        path = ask_database_to_open(self, dialog_folder(self.db))
        if path:
            self.open_database_file(path)

    def open_database_file(self, path: str) -> bool:
        """Open ``path`` (locked) and switch to it; on failure say why and keep the current database."""
        if self.db.path is not None and Path(path).expanduser().resolve() == self.db.path:
            self.statusBar().showMessage(self.tr("That database is already open."), 5000)
            return True
        new_db = open_locked(self, path)
        if new_db is None:
            return False
        self._switch_database(new_db)
        return True

    def _switch_database(self, new_db: Database) -> None:
        old_db, old_runner, row = self.db, self.runner, self.nav.currentRow()
        old_runner.changed.disconnect(self.refresh_status)
        old_runner.failed.disconnect(self._show_failure)
        old_runner.busy_changed.disconnect(self._on_busy)
        self._drop_import_wizard()
        old_runner.shutdown()
        old_db.close()
        if old_runner.parent() is self:
            old_runner.deleteLater()
        self._clear_pages()
        self.db = new_db
        self._attach(DbRunner(new_db, self))
        self.nav.setCurrentRow(-1)
        self.nav.setCurrentRow(max(row, 0))
        if new_db.path is not None:
            self.settings.add_recent_file(new_db.path)

    # -- settings -------------------------------------------------------------------------------------------
    def open_rates(self, currencies: list[str], parent: QWidget | None = None) -> SettingsDialog:
        """The Settings dialog opened on its exchange rates, with a row to fill in for each of ``currencies``."""
        return self.open_settings_dialog(rates_for=currencies, parent=parent)

    def open_settings_dialog(self, *, rates_for: Sequence[str] = (), parent: QWidget | None = None
                             ) -> SettingsDialog:
        """Edit > Settings… (window-modal, not blocking); a new language is applied when it saves. ``rates_for``:
        open on the rates of these currencies (see ``SettingsDialog``); ``parent``: over another dialog."""
        dialog = SettingsDialog(self.runner, self.settings, parent or self, rates_for=rates_for)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_changed.connect(self.apply_language)
        dialog.open()
        return dialog

    def apply_language(self, language: str) -> None:
        """Switch the interface to ``language`` ("" = the system's): install its translators, then rebuild the
        pages, menus and navigation in it and show again the page that was open. The rebuild waits until the
        runner is idle (from the next turn of the event loop), so that no answer is on its way to a page that
        is being replaced."""
        self._pending_language = language
        QTimer.singleShot(0, self._apply_pending_language)

    def _apply_pending_language(self) -> None:
        language = self._pending_language
        if language is None or self._closed or self.runner.is_busy():
            return  # _on_busy(False) tries again
        self._pending_language = None
        row = max(self.nav.currentRow(), 0)
        app = QApplication.instance()
        if app is not None:
            install_translator(app, language or None)
        self._drop_import_wizard()
        self._clear_pages()
        self._build_pages()
        old_menus = [action.menu() for action in self.menuBar().actions()]
        self.menuBar().clear()
        for menu in old_menus:
            if menu is not None:
                menu.deleteLater()
        self._build_menus()
        self.nav.clear()
        fill_navigation(self.nav, self.style())
        self.nav.setCurrentRow(row)
        self._show_db_label()
        self.refresh_status()

    def _restore_settings(self) -> None:
        geometry, state = self.settings.geometry, self.settings.window_state
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        if state is not None:
            self.restoreState(state)
        last = self.settings.last_page
        self.nav.setCurrentRow(PAGE_KEYS.index(last) if last in PAGE_KEYS else 0)
        if self.db.path is not None:
            self.settings.add_recent_file(self.db.path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.last_page = self.current_page_key()
        self.settings.sync()
        self._closed = True
        self.runner.shutdown()
        super().closeEvent(event)
