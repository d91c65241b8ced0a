"""The Leads page at the default window size (1200 x 760) over the demo, in English and Chinese: both tabs and
the lead dialog show their content with nothing clipped (tests/helpers/clipping.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from salesmgr.models.database import Database
from tests.helpers.clipping import clipped_widgets, report
from tests.helpers.default_window import LANGUAGES, TIMEOUT, default_window, fill_demo


def check(window: QWidget, where: str) -> None:
    QApplication.processEvents()
    offenders = clipped_widgets(window)
    assert not offenders, report(where, offenders)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_both_tabs_and_the_dialog_render_without_clipping(qtbot: QtBot, db: Database, tmp_path: Path,
                                                          lang: str) -> None:
    fill_demo(db)
    with default_window(qtbot, db, lang, tmp_path) as window:
        page = window.leads_page
        window.show_page("leads")
        qtbot.waitUntil(lambda: page.leads.data is not None and page.model.data is not None
                        and not window.runner.is_busy(), timeout=TIMEOUT)
        assert page.leads.model.rowCount() > 100
        check(window, f"the leads tab ({lang})")
        page.leads.view.selectRow(0)
        page.leads.edit_selected()
        qtbot.waitUntil(lambda: page.leads.dialog is not None, timeout=TIMEOUT)
        dialog = page.leads.dialog
        assert dialog is not None
        check(dialog, f"the lead dialog ({lang})")
        dialog.reject()
        page.tabs.setCurrentIndex(1)
        check(window, f"the scoring model tab ({lang})")
        assert [page.tabs.tabText(i) for i in range(2)] == (["Leads", "Scoring model"] if lang == "en"
                                                            else ["线索", "评分模型"])
