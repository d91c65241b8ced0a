"""The journey stage dialog's touchpoints (pytest-qt), over the journey data of tests/models/customers: adding,
editing and deleting a touchpoint of Onboarding (default: Kick-off meeting, Implementation and set-up, User
training) is written to the database and shown on the card; built-in names follow the interface language; the
dialog clips nothing in English and Chinese."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from salesmgr.models import clock
from salesmgr.models.customers.entities import JourneyStage, JourneyTouchpoint
from salesmgr.models.database import Database
from salesmgr.views.app import install_translator
from salesmgr.views.customers.journey_dialogs import StageDialog
from salesmgr.views.customers.journey_tab import JourneyTab
from tests.helpers.clipping import clipped_widgets, report
from tests.models.customers import test_journey

ONBOARDING = 3  # the fourth card: awareness, consideration, purchase, onboarding


def _tab(qtbot: Any, db: Database, runner: Any) -> JourneyTab:
    clock.set_today(test_journey.TODAY)
    with db.session() as s:
        test_journey.build(s)
    tab = JourneyTab(runner)
    qtbot.addWidget(tab)  # the tab loads itself
    qtbot.waitUntil(lambda: len(tab.cards) == 6, timeout=10_000)
    return tab


def _names(dialog: StageDialog) -> list[str]:
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def _stored(db: Database) -> list[tuple[str | None, str | None, str, str | None]]:
    """Onboarding's touchpoints in the database: (builtin key, name, department, requirement), in order."""
    with db.session() as s:
        stage = s.scalars(select(JourneyStage).where(JourneyStage.key == "onboarding")).one()
        return [(p.builtin_key, p.name, p.department, p.requirement) for p in s.scalars(
            select(JourneyTouchpoint).where(JourneyTouchpoint.stage_id == stage.id)
            .order_by(JourneyTouchpoint.position))]


def test_touchpoints_added_edited_and_deleted_through_the_dialog(qtbot: Any, db: Database, runner: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    tab = _tab(qtbot, db, runner)
    dialog = tab._edit(tab.cards[ONBOARDING].stage)
    assert _names(dialog) == ["Kick-off meeting", "Implementation and set-up", "User training"]

    added = dialog.add_point()
    assert added is not None
    added.accept()  # no name: refused inline
    qtbot.waitUntil(lambda: added.error_text() != "", timeout=10_000)
    assert "needs a name" in added.error_text()
    added.name_edit.setText("Welcome call")
    added.select_data(added.department_combo, "sales")
    added.requirement_edit.setPlainText("Account manager introduced")
    added.accept()
    qtbot.waitUntil(lambda: len(_names(dialog)) == 4, timeout=10_000)
    # the first edit wrote the default map: three built-in rows (texts None) and the new one at the end
    assert _stored(db) == [("kickoff", None, "service", None), ("implementation", None, "product", None),
                           ("training", None, "service", None),
                           (None, "Welcome call", "sales", "Account manager introduced")]

    dialog.table.selectRow(1)
    edited = dialog.edit_point()
    assert edited is not None and edited.name_edit.text() == "Implementation and set-up"
    edited.name_edit.setText("Go-live")
    edited.select_data(edited.department_combo, "service")
    edited.accept()  # the requirement saved unchanged stays the built-in one (None)
    qtbot.waitUntil(lambda: "Go-live" in _names(dialog), timeout=10_000)
    assert _stored(db)[1] == ("implementation", "Go-live", "service", None)

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.delete_point()
    qtbot.waitUntil(lambda: len(_names(dialog)) == 3, timeout=10_000)
    assert [row[0] for row in _stored(db)] == ["implementation", "training", None]
    assert _names(dialog) == ["Go-live", "User training", "Welcome call"]
    # the card reloads after every change
    qtbot.waitUntil(lambda: [p.name for p in tab.cards[ONBOARDING].stage.touchpoints]
                    == ["Go-live", "User training", "Welcome call"], timeout=10_000)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_dialog_in_both_languages(qtbot: Any, db: Database, runner: Any, language: str) -> None:
    app = QApplication.instance()
    assert app is not None
    install_translator(app, language)
    try:
        tab = _tab(qtbot, db, runner)
        dialog = tab._edit(tab.cards[ONBOARDING].stage)
        kickoff, training = ("启动会", "用户培训") if language == "zh_CN" else ("Kick-off meeting", "User training")
        assert _names(dialog)[0] == kickoff and _names(dialog)[2] == training
        dialog.table.selectRow(0)
        edited = dialog.edit_point()
        assert edited is not None
        edited.name_edit.setText("Kick-off call")  # typed: kept as typed in every language
        edited.accept()
        qtbot.waitUntil(lambda: _names(dialog)[0] == "Kick-off call", timeout=10_000)
        assert _names(dialog)[2] == training and _stored(db)[0][1] == "Kick-off call"
        for shown in (dialog, dialog.add_point()):
            assert shown is not None
            app.processEvents()
            offenders = clipped_widgets(shown)
            assert not offenders, report(f"{language} {shown.windowTitle()}", offenders)
    finally:
        install_translator(app, "en")
