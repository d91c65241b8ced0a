"""The import wizard on a whole CRM export (a Salesforce Data Export ZIP, or the folder it unpacks to): the files
page with each file's recognised kind, a kind changed to Skip, the run in one transaction, the summary.

The exports here hold Account.csv, Opportunity.csv, Task.csv and Campaign.csv of tests.helpers.salesforce_export
(4 accounts, 5 opportunities: USD 100,000 + 30,000, EUR 50,000 + 20,000, CNY 80,000; 3 tasks; 1 campaign), so the
figures do not depend on the kinds other files need (users, stage history, rates).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from salesmgr.exchange.imports import whole_export
from salesmgr.exchange.imports.results import ExportImportResult
from salesmgr.exchange.imports.whole_export import SKIP, ExportOptions
from salesmgr.models import Account, Opportunity
from salesmgr.models.database import Database
from salesmgr.progress import Progress
from salesmgr.views.exchange import export_steps
from salesmgr.views.exchange.export_files_model import FILE as FILE_COLUMN
from salesmgr.views.exchange.export_files_model import ROWS as ROWS_COLUMN
from salesmgr.views.exchange.import_wizard import CHOOSE, EXPORT_SUMMARY, FILES, RUN, ImportWizard
from salesmgr.views.main_window import MainWindow
from tests.helpers import salesforce_export as sf
from tests.helpers.clipping import clipped_widgets, report
from tests.helpers.default_window import LANGUAGES, default_window
from tests.views.exchange.test_import_wizard import TIMEOUT, MakeWizard, count, dialogs, drop, make_wizard, window

__all__ = ["dialogs", "make_wizard", "window"]  # the fixtures, from the single-file wizard's tests

SUBSET = ("Account.csv", "Opportunity.csv", "Task.csv", "Campaign.csv")
CAMPAIGN_REASON = "Skipped: no known kind of record; choose its kind to import it"


def subset(files: dict[str, list[list[str]]] | None = None) -> dict[str, list[list[str]]]:
    return {name: (files or sf.FILES)[name] for name in SUBSET}


def to_files(qtbot: QtBot, wizard: ImportWizard) -> None:
    with qtbot.waitSignal(wizard.scan_shown, timeout=TIMEOUT):
        wizard.next_button.click()
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
    assert wizard.current_step() == FILES


def run(qtbot: QtBot, wizard: ImportWizard) -> ExportImportResult:
    with qtbot.waitSignal(wizard.import_finished, timeout=TIMEOUT) as blocker:
        wizard.import_button.click()
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
    assert wizard.current_step() == EXPORT_SUMMARY
    return blocker.args[0]


def kinds_shown(wizard: ImportWizard) -> dict[str, str]:
    page = wizard.files_page
    return {row.name: page.combo(row.name).currentText() for row in page.model.rows()}


def notes(wizard: ImportWizard) -> dict[str, str]:
    model = wizard.files_page.model
    return {row.name: model.note(row) for row in model.rows()}


def skip_tasks(wizard: ImportWizard) -> None:
    combo = wizard.files_page.combo("Task.csv")
    combo.setCurrentIndex(combo.findData(SKIP))


def test_a_zip_export_is_scanned_changed_and_imported(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database) -> None:
    wizard = make_wizard(sf.export_zip(tmp_path / "WE_00D8a_1.ZIP", subset()))
    choose = wizard.choose_page
    assert not choose.kind_combo.isEnabled() and choose.export_label.isVisibleTo(wizard)
    to_files(qtbot, wizard)
    # the scan: sorted by name; Campaign.csv of no known kind (recognise.py, rule 3)
    assert kinds_shown(wizard) == {"Account.csv": "Accounts", "Campaign.csv": "Skip",
                                   "Opportunity.csv": "Opportunities", "Task.csv": "Activities"}
    assert notes(wizard)["Campaign.csv"] == CAMPAIGN_REASON
    assert notes(wizard)["Account.csv"] == "Recognised by its name"
    assert [row.rows for row in wizard.files_page.model.rows()] == [4, 1, 5, 3]
    assert "Salesforce" in wizard.files_page.info_label.text()
    skip_tasks(wizard)
    assert wizard.files_page.kinds() == {"Task.csv": SKIP} and notes(wizard)["Task.csv"] == "Skipped as you chose"
    assert "Accounts (Account.csv) → Opportunities (Opportunity.csv)." in wizard.files_page.order_label.text()
    assert wizard.import_button.text() == "Import" and wizard.import_button.isEnabled()
    result = run(qtbot, wizard)
    # 4 accounts + 5 opportunities, every row new; Task.csv and Campaign.csv skipped
    assert [f.file for f in result.files] == ["Account.csv", "Opportunity.csv"]
    assert count(db, Account) == 4 and count(db, Opportunity) == 5
    summary = wizard.export_summary_page
    assert [summary.total(key) for key in ("rows", "inserted", "updated", "unchanged", "rejected")] == [
        "9", "9", "0", "0", "0"]
    assert summary.file_line("Account.csv") == ["Account.csv", "Accounts", "4", str(count(db, Account)), "0", "0",
                                                "0"]
    assert summary.file_line("Opportunity.csv")[1:4] == ["Opportunities", "5", str(count(db, Opportunity))]
    assert "New stage: Negotiation/Review" in summary.file_details("Opportunity.csv")
    skipped = [summary.skipped.item(row).text() for row in range(summary.skipped.count())]
    assert skipped == ["Campaign.csv: no known kind of record; choose its kind to import it",
                       "Task.csv: skipped as you chose"]
    assert summary.title.text() == "Export imported" and wizard.close_button.text() == "Close"
    assert not summary.save_button.isEnabled()
    wizard.back_button.click()  # back to the files, as they were
    assert wizard.current_step() == FILES and wizard.files_page.kinds() == {"Task.csv": SKIP}


def test_a_folder_dropped_on_the_wizard_is_imported_as_a_dry_run(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database) -> None:
    folder = sf.export_folder(tmp_path / "export", subset())
    wizard = make_wizard()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(wizard.rect().center(), action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    wizard.dragEnterEvent(enter)
    wizard.dropEvent(QDropEvent(QPointF(wizard.rect().center()), action, mime, buttons,
                                Qt.KeyboardModifier.NoModifier))
    assert enter.isAccepted() and wizard.path() == folder
    assert not wizard.choose_page.kind_combo.isEnabled() and wizard.next_button.isEnabled()
    to_files(qtbot, wizard)
    assert kinds_shown(wizard)["Campaign.csv"] == "Skip" and notes(wizard)["Campaign.csv"] == CAMPAIGN_REASON
    skip_tasks(wizard)
    wizard.files_page.dry_run_check.setChecked(True)
    assert wizard.import_button.text() == "Dry run"
    result = run(qtbot, wizard)
    assert result.dry_run and result.totals()["inserted"] == 9  # 4 accounts + 5 opportunities, rolled back
    assert count(db, Account) == 0 and count(db, Opportunity) == 0
    assert wizard.export_summary_page.title.text() == "Dry run finished: nothing was written"


def test_dropping_a_folder_or_a_zip_on_the_window_opens_the_wizard_on_it(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = sf.export_folder(tmp_path / "export", subset())
    assert drop(window, folder) == (True, True)
    wizard = window.import_wizard
    assert wizard is not None and wizard.path() == folder
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
    archive = sf.export_zip(tmp_path / "export.zip", subset())
    assert drop(window, archive) == (True, True) and wizard.path() == archive  # the open wizard takes it
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
    assert not wizard.choose_page.kind_combo.isEnabled()
    wizard.reject()


def test_choose_folder_sets_the_path(qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path,
                                     monkeypatch: Any) -> None:
    folder = sf.export_folder(tmp_path / "export", subset())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(folder)))
    wizard = make_wizard()
    wizard.choose_page.folder_button.click()
    assert wizard.path() == folder and wizard.next_button.isEnabled()


def test_cancelling_an_export_writes_nothing(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database, monkeypatch: Any) -> None:
    def held(db_: Database, path: Path, options: ExportOptions, progress: Progress) -> ExportImportResult:
        """The real import, held when it reaches Opportunity.csv (Account.csv is in the transaction by then)
        until the user cancels (10 s at most)."""
        def report(done: int, total: int, message: str) -> None:
            assert progress.callback is not None
            progress.callback(done, total, message)
            deadline = time.monotonic() + 10
            while message == "Opportunity.csv" and not progress.is_cancelled() and time.monotonic() < deadline:
                time.sleep(0.01)
        return whole_export.run_export_import(db_, path, options, Progress(report, progress.is_cancelled))

    monkeypatch.setattr(export_steps, "run_export_import", held)
    wizard = make_wizard(sf.export_zip(tmp_path / "export.zip", subset()))
    to_files(qtbot, wizard)
    skip_tasks(wizard)
    wizard.import_button.click()
    assert wizard.current_step() == RUN and not wizard.close_button.isEnabled()
    # file 2 of 2: 1,000 per file (whole_export._within)
    qtbot.waitUntil(lambda: wizard.run_page.status_label.text() == "Opportunity.csv: file 2 of 2", timeout=TIMEOUT)
    assert (wizard.run_page.progress_bar.value(), wizard.run_page.progress_bar.maximum()) == (1000, 2000)
    with qtbot.waitSignal(wizard.import_stopped, timeout=TIMEOUT) as blocker:
        wizard.run_page.cancel_button.click()
    assert blocker.args == ["Import cancelled; nothing was written"]
    assert count(db, Account) == 0 and count(db, Opportunity) == 0
    wizard.back_button.click()
    assert wizard.current_step() == FILES


def test_the_rates_prompt_emits_the_missing_currencies(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    wizard = make_wizard(sf.export_zip(tmp_path / "export.zip", subset()))
    to_files(qtbot, wizard)
    skip_tasks(wizard)
    run(qtbot, wizard)
    summary = wizard.export_summary_page
    assert summary.rates_button.isVisibleTo(wizard)
    # a new database's base currency is CNY; EUR and USD have two deals each (50,000 + 20,000 and 100,000 + 30,000)
    assert summary.rates_label.text() == (
        "No exchange rate to CNY for 2 EUR deals (70,000.00 EUR), 2 USD deals (130,000.00 USD): their amounts "
        "are left out of the figures until you enter a rate.")
    with qtbot.waitSignal(wizard.rates_requested, timeout=TIMEOUT) as blocker:
        summary.rates_button.click()
    assert blocker.args == [["EUR", "USD"]]


def test_rejected_rows_of_an_export_are_saved_one_sheet_per_file(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, db: Database, monkeypatch: Any) -> None:
    opportunities = [list(row) for row in sf.OPPORTUNITIES]
    opportunities[2][4] = "lots"  # Globex expansion's amount: file row 3
    files = {"Account.csv": sf.ACCOUNTS, "Opportunity.csv": opportunities}
    out = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(out), "")))
    wizard = make_wizard(sf.export_zip(tmp_path / "export.zip", files))
    to_files(qtbot, wizard)
    result = run(qtbot, wizard)
    summary = wizard.export_summary_page
    assert summary.total("rejected") == "1" and count(db, Opportunity) == 4 == result.totals()["inserted"] - 4
    assert summary.reject_model.rows()[0].cells[:4] == ("Opportunity.csv", "3", "Amount", "lots")
    assert summary.tabs.tabText(2) == "Rejected rows (1)"
    summary.save_button.click()
    qtbot.waitUntil(lambda: str(out) in summary.saved_label.text(), timeout=TIMEOUT)
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Opportunity"]
    header = [cell.value for cell in next(workbook.active.iter_rows())]
    assert header[0] == "Id" and header[-1] == "Reason"


def test_a_file_that_is_not_an_export_keeps_the_kind_choice(
        qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    folder = sf.export_folder(tmp_path / "export", subset())
    wizard = make_wizard(folder)
    assert not wizard.choose_page.kind_combo.isEnabled()
    wizard.set_path(folder / "Opportunity.csv")
    qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
    assert wizard.choose_page.kind_combo.isEnabled() and not wizard.choose_page.export_label.isVisibleTo(wizard)
    assert wizard.current_step() == CHOOSE


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_export_pages_are_not_clipped(qtbot: QtBot, db: Database, tmp_path: Path, lang: str,
                                          dialogs: dict[str, Any]) -> None:
    """The files page and the summary of the whole fixture export (every reason shown), opened from the window at
    its default size: no text cut, no widget out of reach (tests.helpers.clipping)."""
    if lang == "zh_CN" and not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no Simplified Chinese font: Chinese text would be measured in boxes")
    with default_window(qtbot, db, lang, tmp_path) as window:
        wizard = window.import_file(sf.export_zip(tmp_path / "WE_00D8a000000XYZ_1.ZIP"))
        qtbot.waitUntil(lambda: not wizard.is_waiting(), timeout=TIMEOUT)
        try:
            to_files(qtbot, wizard)
            offenders = clipped_widgets(wizard)
            assert not offenders, report(f"the export files page ({lang})", offenders)
            for column in (FILE_COLUMN, ROWS_COLUMN):  # file names and row counts in full
                needed = max(wizard.files_page.view.sizeHintForColumn(column), 0)
                assert wizard.files_page.view.columnWidth(column) >= needed
            run(qtbot, wizard)
            for tab in range(wizard.export_summary_page.tabs.count()):
                wizard.export_summary_page.tabs.setCurrentIndex(tab)
                offenders = clipped_widgets(wizard)
                assert not offenders, report(f"the export summary, tab {tab} ({lang})", offenders)
        finally:
            wizard.close()
