"""The import summary shows reject reasons in the interface language."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from salesmgr.exchange.imports.results import ImportResult, Reject
from salesmgr.models.errors import ValidationError
from salesmgr.views.app import install_translator
from salesmgr.views.exchange.summary_page import SummaryPage


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")


def _result() -> ImportResult:
    empty = ValidationError("the required field is empty")
    return ImportResult("deals.csv", "opportunities", rows=2, rejected=2, rejects=[
        Reject(4, "Stage", "", "the required field is empty", empty),
        Reject(5, "Amount", "lots", "a reason kept as it was given"),  # no template: shown as it is
    ])


def _reasons(page: SummaryPage) -> list[str]:
    return [row.cells[3] for row in page.reject_model.rows()]


def test_reject_reasons_follow_the_interface_language(qtbot: QtBot, chinese: None) -> None:
    page = SummaryPage()
    qtbot.addWidget(page)
    page.show_result(_result())
    assert _reasons(page) == ["必填字段为空", "a reason kept as it was given"]


def test_reject_reasons_in_english(qtbot: QtBot) -> None:
    page = SummaryPage()
    qtbot.addWidget(page)
    page.show_result(_result())
    assert _reasons(page) == ["the required field is empty", "a reason kept as it was given"]
