"""fit_header_texts: a section too narrow for its title (and the sort arrow) is widened, the others are kept."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget
from pytestqt.qtbot import QtBot

from salesmgr.views.widgets.headers import fit_header_texts
from tests.helpers.clipping import clipped_widgets, header_section_needed


def test_narrow_sections_grow_to_their_title_and_sort_arrow(qtbot: QtBot) -> None:
    table = QTableWidget(1, 3)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Expected close", "Id", "Notes"])
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.resizeSection(0, 40)  # far too narrow for "Expected close"
    header.resizeSection(1, 300)  # wider than "Id" needs: kept
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    fit_header_texts(header)
    assert header.sectionSize(0) == header.sectionSizeHint(0) > 40
    # the style's width for the text with the arrow (what the clipping check asks) fits in what was given
    assert header.sectionSize(0) >= header_section_needed(header, 0)
    assert header.sectionSize(1) == 300
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    table.resize(900, 200)
    table.show()
    qtbot.waitExposed(table)
    assert clipped_widgets(table) == []
