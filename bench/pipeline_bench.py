"""Benchmark of the Pipeline page over a big demo database, offscreen.

Measures (1) constructing ``PipelinePage`` until the first page of rows is on screen (goal: under a second
with a million deals) and (2) changing the filter or the sort until the rows are shown again. As a same-run
baseline it times the SQL alone with ``sqlite3`` directly: a plain ``SELECT ... LIMIT 200``, and the very
statements (count and first page) the page runs for each change, and prints the ratios.

    .venv/bin/python bench/pipeline_bench.py [--opportunities N] [--db PATH] [--repeat N]

``--db`` reuses (or creates, then keeps) a database file, so that the ~70 s million-deal load is paid once.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from demo_db import demo_database
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import Select
from sqlalchemy.dialects import sqlite as sqlite_dialect

from salesmgr.models.pipeline import opportunities as service
from salesmgr.models.pipeline.opportunities import OpportunityFilter
from salesmgr.views.pipeline.page import PipelinePage
from salesmgr.views.pipeline.table_model import PAGE_SIZE, PipelineModel
from salesmgr.views.runner import DbRunner

TODAY = date(2026, 11, 27)
PLAIN_SQL = ("SELECT o.id, o.name, a.name, r.name, t.name, s.name, s.kind, o.amount_minor, o.currency, o.probability, "
             "o.created_date, o.expected_close_date, o.closed_date FROM opportunity o "
             "JOIN stage_definition s ON o.stage_id = s.id LEFT JOIN account a ON o.account_id = a.id "
             "LEFT JOIN rep r ON o.owner_id = r.id LEFT JOIN team t ON r.team_id = t.id "
             "ORDER BY o.expected_close_date, o.id LIMIT 200")


def wait_for(signal: Any, action: Callable[[], object], timeout_ms: int = 120_000) -> float:
    """Seconds from ``action()`` until ``signal`` fires (and the events it queued are processed)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    start = time.perf_counter()
    action()
    loop.exec()
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    signal.disconnect(loop.quit)
    return elapsed


def open_page(runner: DbRunner) -> tuple[PipelinePage, float]:
    """Construct the page and show it; seconds until the first row's name is on screen."""
    holder: list[PipelinePage] = []

    def build() -> None:
        page = PipelinePage(runner)
        page.resize(1400, 800)
        page.show()
        holder.append(page)
    loop = QEventLoop()
    start = time.perf_counter()
    build()
    page = holder[0]
    page.loaded.connect(loop.quit)
    if page.model.rowCount() == 0:
        loop.exec()
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    assert page.model.index(0, PipelineModel.NAME).data() not in (None, "Loading…")
    return page, elapsed


def sql_of(query: Select[Any]) -> tuple[str, list[Any]]:
    compiled = query.compile(dialect=sqlite_dialect.dialect())
    params = [compiled.params[name] for name in compiled.positiontup or []]
    return str(compiled), [value.isoformat() if isinstance(value, date) else value for value in params]


def direct_seconds(path: Path, flt: OpportunityFilter, sort: str, descending: bool) -> float:
    """The count and first-page statements the page runs for ``flt``, timed with sqlite3 directly."""
    count, page = service.count_query(flt), service.page_query(flt, sort, descending, 0, PAGE_SIZE)
    connection = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        connection.execute(*sql_of(count)).fetchall()
        connection.execute(*sql_of(page)).fetchall()
        return time.perf_counter() - start
    finally:
        connection.close()


def plain_seconds(path: Path) -> float:
    connection = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        rows = connection.execute(PLAIN_SQL).fetchall()
        assert len(rows) == 200
        return time.perf_counter() - start
    finally:
        connection.close()


def changes(page: PipelinePage) -> list[tuple[str, Callable[[], object]]]:
    team_index = 1 if page.team_combo.count() > 1 else 0
    stage_index = 2 if page.stage_combo.count() > 2 else 0

    def search() -> None:
        page.search_edit.setText("ltd")
        page.apply_filter()
    return [
        ("team filter", lambda: page.team_combo.setCurrentIndex(team_index)),
        ("+ stage filter", lambda: page.stage_combo.setCurrentIndex(stage_index)),
        ("+ text search 'ltd'", search),
        ("+ this quarter (close date)", lambda: page.all_dates_check.setChecked(False)),
        ("clear all filters", lambda: clear(page)),
        ("sort by amount, descending", lambda: page.view.sortByColumn(PipelineModel.AMOUNT,
                                                                        Qt.SortOrder.DescendingOrder)),
        ("sort by stage", lambda: page.view.sortByColumn(PipelineModel.STAGE, Qt.SortOrder.AscendingOrder)),
        ("scroll to the middle", lambda: scroll_middle(page)),
    ]


def clear(page: PipelinePage) -> None:
    for combo in (page.team_combo, page.stage_combo, page.rep_combo):
        combo.blockSignals(True)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
    page.search_edit.clear()
    page.all_dates_check.blockSignals(True)
    page.all_dates_check.setChecked(True)
    page.all_dates_check.blockSignals(False)
    page.apply_filter()


def scroll_middle(page: PipelinePage) -> None:
    bar = page.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    page.view.viewport().repaint()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--opportunities", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="database file to reuse or create and keep")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "pipeline.sqlite"
        db = demo_database(path, args.opportunities, TODAY)
        runner = DbRunner(db)
        try:
            report(path, runner)
        finally:
            runner.shutdown()
            db.close()
    del app


def report(path: Path, runner: DbRunner) -> None:
    plain = plain_seconds(path)
    page, first = open_page(runner)
    total = page.model.total()
    print(f"\n{total:,} opportunities; baseline: plain sqlite3 SELECT ... LIMIT 200 = {plain * 1000:.1f} ms\n")
    print(f"{'step':32} {'page (ms)':>10} {'sqlite3 same SQL (ms)':>22} {'ratio':>7} {'rows':>10}")
    first_direct = direct_seconds(path, page.model.filter(), *page.model.sort_key())
    print(f"{'open page, first rows shown':32} {first * 1000:10.1f} {first_direct * 1000:22.1f} "
          f"{first / first_direct:7.1f} {total:10,}   (goal < 1000 ms; vs plain LIMIT 200: x{first / plain:.0f})")
    for label, action in changes(page):
        signal = page.model.dataChanged if label.startswith("scroll") else page.loaded
        seconds = wait_for(signal, action)
        if label.startswith("scroll"):
            print(f"{label:32} {seconds * 1000:10.1f} {'':>22} {'':>7} {'':>10}   (page fetched with OFFSET)")
            continue
        direct = direct_seconds(path, page.model.filter(), *page.model.sort_key())
        print(f"{label:32} {seconds * 1000:10.1f} {direct * 1000:22.1f} {seconds / direct:7.1f} "
              f"{page.model.total():10,}")
    print(f"\npages fetched by the model: {page.model.fetches}; pages held: {len(page.model.loaded_pages())}")
    page.close()
    page.deleteLater()


if __name__ == "__main__":
    main()
