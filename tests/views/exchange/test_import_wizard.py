"""The import wizard and the Import/Export page, on real CRM files and the real import engine."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from salesmgr.exchange.imports import importer
from salesmgr.exchange.imports.mapping import list_presets, save_preset
from salesmgr.exchange.imports.results import ImportOptions, ImportResult
from salesmgr.models import Opportunity, Rep, StageDefinition
from salesmgr.models.database import Database
from salesmgr.progress import Progress
from salesmgr.views.exchange import import_wizard
from salesmgr.views.exchange.import_page import ImportPage
from salesmgr.views.exchange.import_wizard import CHOOSE, PREVIEW, RUN, SUMMARY, ImportWizard
from salesmgr.views.main_window import MainWindow
from salesmgr.views.runner import DbRunner
from salesmgr.views.ui_settings import UiSettings
from tests.helpers import crm_files

TIMEOUT = 20000
MakeWizard = Callable[..., ImportWizard]


def count(db: Database, entity: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(entity)) or 0


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[tuple[Any, ...]]]:
    """No modal dialog ever opens: message boxes are recorded, file and input dialogs cancelled."""
    recorded: dict[str, list[tuple[Any, ...]]] = {}
    for name in ("warning", "critical", "information", "question"):
        def fake(*args: Any, _name: str = name) -> QMessageBox.StandardButton:
            recorded.setdefault(_name, []).append(args)
            return QMessageBox.StandardButton.Yes
        monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *args, **kwargs: ("", "")))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("", False)))
    return recorded


@pytest.fixture
def make_wizard(qtbot: QtBot, runner: DbRunner, dialogs: dict[str, Any]) -> MakeWizard:
    def make(path: Path | None = None) -> ImportWizard:
        wizard = ImportWizard(runner, path)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
        return wizard
    return make


def to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.preview_shown, timeout=TIMEOUT):
        wizard.next_button.click()
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
    assert wizard.current_step() == PREVIEW


def run(qtbot: QtBot, wizard: ImportWizard) -> ImportResult:
    with qtbot.waitSignal(wizard.import_finished, timeout=TIMEOUT) as blocker:
        wizard.import_button.click()
    assert wizard.current_step() == SUMMARY
    return blocker.args[0]


def choose(wizard: ImportWizard, header: str, field: str | None) -> None:
    combo = wizard.preview_page.mapping_table.combo(header)
    combo.setCurrentIndex(combo.findData(field))


def bad_rows_csv(folder: Path) -> Path:
    """Three Salesforce-report rows, the second with an amount that is not a number."""
    rows = [crm_files._opportunity(number) for number in (1, 2, 3)]
    rows[1][5] = "lots"
    return crm_files._write_csv(folder / "deals.csv", [crm_files.SALESFORCE_REPORT_HEADERS, *rows], "utf-8")


# -- the wizard ---------------------------------------------------------------------------------------------
def test_a_salesforce_report_shows_the_proposed_mapping(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    wizard = make_wizard(crm_files.salesforce_report_xlsx(tmp_path))
    assert wizard.current_step() == CHOOSE and wizard.next_button.isEnabled()
    assert not wizard.choose_page.sheet_combo.isVisibleTo(wizard)  # one sheet: no choice to make
    to_preview(qtbot, wizard)
    page = wizard.preview_page
    mapping = page.mapping_table.choices()
    assert mapping["Opportunity Name"] == "name" and mapping["Stage"] == "stage"
    assert mapping["Close Date"] == "expected_close_date" and mapping["Opportunity Owner"] == "owner"
    assert page.mapping_table.combo("Opportunity Name").currentText() == "Name *"  # required fields marked
    assert page.mapping_table.combo("Close Date").currentText() == "Expected close date"
    assert page.sample_model.rowCount() == 20 and page.sample_model.column_titles()[1] == "Opportunity Name"
    assert "Salesforce" in page.info_label.text() and "row 4" in page.info_label.text()
    assert page.stage_table.keys()[:2] == ["Qualification", "Needs Analysis"]
    assert page.stage_table.choices()["Closed Won"] == "Won"  # matched to the pipeline's own stage
    assert page.problems() == [] and wizard.import_button.isEnabled()
    assert wizard.import_button.text() == "Import"


def test_changing_a_mapping_combo_changes_the_options_sent(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[ImportOptions] = []

    def spy(db_: Database, path: Path, options: ImportOptions, progress: Progress) -> ImportResult:
        sent.append(options)
        return importer.run_import(db_, path, options, progress)

    monkeypatch.setattr(import_wizard, "run_import", spy)
    wizard = make_wizard(crm_files.salesforce_report_xlsx(tmp_path))
    to_preview(qtbot, wizard)
    choose(wizard, "Lead Source", None)
    choose(wizard, "Type", "product")
    stage = wizard.preview_page.stage_table.combo("Prospecting")
    stage.setCurrentIndex(stage.findData("Lead identified"))
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=TIMEOUT)  # after the preview refresh
    won = wizard.preview_page.stage_table.combo("Closed Won")
    assert won.currentData() == "Won" and won.findData(None) == -1  # matched by the engine: cannot be new
    assert wizard.preview_page.stage_table.combo("Prospecting").findData(None) == 0
    run(qtbot, wizard)
    options = sent[0]
    assert options.mapping is not None and options.mapping["Lead Source"] is None
    assert options.mapping["Type"] == "product" and options.mapping["Opportunity Name"] == "name"
    assert options.stage_map["Prospecting"] == "Lead identified"
    with db.session() as session:
        assert "Prospecting" not in session.scalars(select(StageDefinition.name)).all()


def test_an_unmapped_required_field_disables_import_and_says_why(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    wizard = make_wizard(crm_files.salesforce_report_xlsx(tmp_path))
    to_preview(qtbot, wizard)
    choose(wizard, "Stage", None)
    assert not wizard.import_button.isEnabled()
    assert "No column is mapped to the required field Stage." in wizard.preview_page.problems()
    choose(wizard, "Stage", "stage")
    choose(wizard, "Account Name", "name")
    assert not wizard.import_button.isEnabled()
    assert wizard.preview_page.problems() == ["Name is mapped from more than one column."]
    choose(wizard, "Account Name", "account")
    assert wizard.preview_page.problems() == []
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=TIMEOUT)


def test_the_import_writes_every_row_and_the_summary_counts_them(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database, runner: DbRunner) -> None:
    wizard = make_wizard(crm_files.salesforce_report_xlsx(tmp_path, rows=30))
    to_preview(qtbot, wizard)
    with qtbot.waitSignal(runner.changed, timeout=TIMEOUT):  # the other pages hear of it
        result = run(qtbot, wizard)
    assert count(db, Opportunity) == 30 == result.inserted
    summary = wizard.summary_page
    assert summary.title.text() == "Import finished"
    assert [summary.count(key) for key in ("rows", "inserted", "updated", "rejected")] == ["30", "30", "0", "0"]
    assert summary.count("new_reps") == str(count(db, Rep)) and summary.count("new_stages") == "5"
    assert summary.details.count() == len(result.new_stages) + len(result.new_reps) + len(result.new_accounts)
    assert not summary.save_button.isEnabled() and wizard.close_button.text() == "Close"


def test_cancelling_the_import_writes_nothing(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def held(db_: Database, path: Path, options: ImportOptions, progress: Progress) -> ImportResult:
        """The real import, held at its first progress report until the user cancels (10 s at most)."""
        def report(done: int, total: int, message: str) -> None:
            assert progress.callback is not None
            progress.callback(done, total, message)
            deadline = time.monotonic() + 10
            while not progress.is_cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)
        return importer.run_import(db_, path, options, Progress(report, progress.is_cancelled))

    monkeypatch.setattr(import_wizard, "run_import", held)
    wizard = make_wizard(crm_files.big_xlsx(tmp_path / "big.xlsx", 20000))
    to_preview(qtbot, wizard)
    wizard.import_button.click()
    assert wizard.current_step() == RUN and not wizard.close_button.isEnabled()
    qtbot.waitUntil(lambda: wizard.run_page.progress_bar.maximum() == 20000, timeout=TIMEOUT)
    with qtbot.waitSignal(wizard.import_stopped, timeout=TIMEOUT) as blocker:
        wizard.run_page.cancel_button.click()
    assert blocker.args == ["Import cancelled; nothing was written"]
    assert wizard.run_page.title.text() == "Import cancelled; nothing was written"
    assert count(db, Opportunity) == 0 and count(db, Rep) == 0
    assert wizard.back_button.isEnabled() and wizard.close_button.isEnabled()


def test_rejected_rows_are_listed_and_saved(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    out = tmp_path / "out" / "rejected.xlsx"
    out.parent.mkdir()

    def save_dialog(_parent: Any, _title: str, default: str, _filter: str) -> tuple[str, str]:
        asked.append(default)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    wizard = make_wizard(bad_rows_csv(tmp_path))
    to_preview(qtbot, wizard)
    result = run(qtbot, wizard)
    summary = wizard.summary_page
    assert (result.inserted, result.rejected) == (2, 1) and count(db, Opportunity) == 2
    assert summary.count("rejected") == "1" and summary.reject_model.rowCount() == 1
    assert summary.reject_model.rows()[0].cells[:3] == ("3", "Amount", "lots")  # file row 3, header, value
    summary.save_button.click()
    qtbot.waitUntil(lambda: out.is_file(), timeout=TIMEOUT)
    assert asked == [str(tmp_path / "deals - rejected rows.xlsx")]
    header = [cell.value for cell in next(load_workbook(out).active.iter_rows())]
    assert header[-1] == "Reason" and header[:2] == ["Opportunity ID", "Opportunity Name"]
    qtbot.waitUntil(lambda: str(out) in summary.saved_label.text(), timeout=TIMEOUT)


def test_strict_and_dry_run_write_nothing_and_say_so(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database) -> None:
    wizard = make_wizard(bad_rows_csv(tmp_path))
    to_preview(qtbot, wizard)
    wizard.preview_page.strict_check.setChecked(True)
    result = run(qtbot, wizard)
    assert result.refused and count(db, Opportunity) == 0
    assert "Strict" in wizard.summary_page.title.text() and "Nothing was written" in wizard.summary_page.title.text()
    wizard.back_button.click()
    wizard.preview_page.strict_check.setChecked(False)
    wizard.preview_page.dry_run_check.setChecked(True)
    assert wizard.import_button.text() == "Dry run"
    result = run(qtbot, wizard)
    assert result.dry_run and result.inserted == 2 and count(db, Opportunity) == 0
    assert wizard.summary_page.title.text() == "Dry run finished: nothing was written"


def test_the_mapping_is_saved_as_a_preset_and_offered_again(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("My deals", True)))
    wizard = make_wizard(crm_files.salesforce_report_xlsx(tmp_path))
    to_preview(qtbot, wizard)
    choose(wizard, "Type", None)
    wizard.preview_page.save_preset_button.click()
    qtbot.waitUntil(lambda: wizard.preview_page.status_label.text() == "Saved as preset My deals.", timeout=TIMEOUT)
    with db.session() as session:
        preset = next(p for p in list_presets(session, "opportunities") if p.name == "My deals")
    assert preset.mapping["Type"] is None and preset.mapping["Stage"] == "stage"
    assert preset.source_system == "salesforce"
    qtbot.waitUntil(lambda: wizard.choose_page.preset_combo.findData("My deals") > 0, timeout=TIMEOUT)
    assert wizard.choose_page.preset_combo.itemText(0) == "Automatic"


def test_a_workbook_with_several_sheets_offers_them(qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    wizard = make_wizard(crm_files.multi_sheet_xlsx(tmp_path))
    combo = wizard.choose_page.sheet_combo
    assert combo.isVisibleTo(wizard) and [combo.itemText(i) for i in range(combo.count())] == ["Summary", "Deals"]
    combo.setCurrentIndex(1)
    to_preview(qtbot, wizard)
    assert wizard.preview is not None and wizard.preview.sheet == "Deals" and wizard.preview.row_count == 12


def test_an_unusable_file_is_refused_on_the_first_page(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a workbook")
    wizard = make_wizard(broken)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.choose_page.error_label.isVisibleTo(wizard), timeout=TIMEOUT)
    assert wizard.current_step() == CHOOSE and wizard.choose_page.error_label.text()


def test_browse_fills_in_the_path(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = crm_files.hubspot_csv(tmp_path)
    filters: list[str] = []

    def browse(_parent: Any, _title: str, _folder: str, file_filter: str) -> tuple[str, str]:
        filters.append(file_filter)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(browse))
    wizard = make_wizard()
    assert not wizard.next_button.isEnabled()
    wizard.choose_page.browse_button.click()
    assert wizard.path() == path
    qtbot.waitUntil(wizard.next_button.isEnabled, timeout=TIMEOUT)  # once the file is looked at
    assert filters == ["Spreadsheets, CSV and ZIP exports (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.zip)"]


# -- the main window and the Import/Export page ---------------------------------------------------------
@pytest.fixture
def window(qtbot: QtBot, db: Database, tmp_path: Path, dialogs: dict[str, Any]) -> Iterator[MainWindow]:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    main = MainWindow(db, DbRunner(db), settings=settings, demo_opportunities=10)
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: main.counts_label.text() != "", timeout=TIMEOUT)
    yield main
    qtbot.waitUntil(lambda: not main.runner.is_busy(), timeout=TIMEOUT)
    main.close()


def drop(window: MainWindow, path: Path) -> tuple[bool, bool]:
    """Drag ``path`` onto the window and drop it; returns whether the enter and the drop were accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(window.rect().center(), action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    event = QDropEvent(QPointF(window.rect().center()), action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return enter.isAccepted(), event.isAccepted()


def test_dropping_a_file_opens_the_wizard_on_it_and_the_import_reaches_the_window(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.acceptDrops()
    path = crm_files.salesforce_report_xlsx(tmp_path, rows=12)
    assert drop(window, path) == (True, True)
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible() and wizard.path() == path
    assert window.current_page_key() == "import_export"
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
    to_preview(qtbot, wizard)
    run(qtbot, wizard)
    qtbot.waitUntil(lambda: "12 opportunities" in window.counts_label.text(), timeout=TIMEOUT)
    wizard.close_button.click()
    assert not wizard.isVisible()


def test_dropping_anything_else_is_refused(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF")
    assert drop(window, other) == (False, False)
    assert window.import_wizard is None


def test_file_import_welcome_and_page_buttons_open_the_wizard(qtbot: QtBot, window: MainWindow) -> None:
    window.import_action.trigger()
    first = window.import_wizard
    assert first is not None and first.isVisible() and window.current_page_key() == "import_export"
    assert first.path() is None and first.current_step() == CHOOSE
    window.import_page.import_button.click()
    assert window.import_wizard is first  # already open: brought to the front, not opened twice
    qtbot.waitUntil(lambda: not first.is_waiting(), timeout=TIMEOUT)
    first.close_button.click()
    window.welcome_page.import_button.click()
    second = window.import_wizard
    assert second is not None and second is not first and second.isVisible()
    qtbot.waitUntil(lambda: not second.is_waiting(), timeout=TIMEOUT)
    second.reject()


def test_the_import_page_lists_presets_and_deletes_saved_ones(
        qtbot: QtBot, runner: DbRunner, db: Database, dialogs: dict[str, Any]) -> None:
    with db.session() as session:
        save_preset(session, "Mine", "opportunities", {"Deal": "name", "Phase": "stage"}, "hubspot")
    page = ImportPage(runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.preset_model.rowCount() > 0, timeout=TIMEOUT)
    names = [preset.name for preset in page.presets]
    assert "Mine" in names and any(preset.builtin for preset in page.presets)
    builtin = next(i for i, preset in enumerate(page.presets) if preset.builtin)
    page.preset_view.selectRow(page.preset_proxy.mapFromSource(page.preset_model.index(builtin, 0)).row())
    assert not page.delete_button.isEnabled()  # built-in presets stay
    mine = names.index("Mine")
    page.preset_view.selectRow(page.preset_proxy.mapFromSource(page.preset_model.index(mine, 0)).row())
    assert page.delete_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.delete_button.click()
    assert "Mine" not in [preset.name for preset in page.presets] and "question" in dialogs
    asked: list[str] = []
    page.export_requested.connect(asked.append)
    for button in page.findChildren(QPushButton):
        if button.text() in ("Quota attainment…", "Export data…"):
            button.click()
    assert asked == ["quotas", "opportunities"]


def test_a_salesforce_user_file_needs_no_name_column_and_the_summary_lists_the_skips(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database) -> None:
    from tests.helpers import salesforce_files

    wizard = make_wizard(salesforce_files.users_csv(tmp_path))  # no Name: FirstName + LastName stand in
    wizard.choose_page.choose_kind("reps")
    qtbot.waitUntil(lambda: not wizard.is_waiting() and wizard.next_button.isEnabled(), timeout=TIMEOUT)
    to_preview(qtbot, wizard)
    assert wizard.preview_page.problems() == []
    result = run(qtbot, wizard)
    assert count(db, Rep) == 5 == result.inserted
    details = [wizard.summary_page.details.item(i).text() for i in range(wizard.summary_page.details.count())]
    # 2 AutomatedProcess and 1 CloudIntegrationUser users (tests/helpers/salesforce_files.users_csv)
    assert details[-2:] == ["Skipped 2 rows: user type AutomatedProcess",
                            "Skipped 1 row: user type CloudIntegrationUser"]
    assert wizard.summary_page.tabs.tabText(2) == "New, duplicate and skipped records (2)"


def test_one_rates_file_imports_through_the_wizard_and_the_summary_lists_the_rates(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    from tests.helpers import salesforce_export as sf

    path = tmp_path / "CurrencyType.csv"
    path.write_bytes(sf.csv_bytes(sf.CURRENCY_TYPES))  # corporate USD; EUR 0.9 and CNY 7.2 per USD
    wizard = make_wizard(path)
    combo = wizard.choose_page.kind_combo
    assert combo.findData("stage_history") >= 0
    combo.setCurrentIndex(combo.findData("rates"))
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)  # the kind's presets are loading
    to_preview(qtbot, wizard)
    result = run(qtbot, wizard)
    assert {r.currency: str(r.rate) for r in result.rates_set} == {"USD": "7.2", "EUR": "8"}  # 7.2 / 0.9
    details = [wizard.summary_page.details.item(i).text() for i in range(wizard.summary_page.details.count())]
    assert [d for d in details if d.startswith("Rate set: ")] == [
        f"Rate set: 1 {r.currency} = {r.rate} CNY (as of {r.rated_on.isoformat()})" for r in result.rates_set]
