""""Export to Excel…" for the tables of the pages: what the table shows, in its current filter and sort order,
with a title and a line saying which filters were on.

A table whose model holds its rows (every ``RowTableModel``) is exported from the rows on screen, read through
the view's proxy so the order and the filter are the user's; each model says its columns' types with
``export_columns()`` and typed values under ``EXPORT_ROLE``. A table that pages from the database (the
Pipeline) passes ``stream``: a function that writes the file from a Session in the background.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView, QWidget

from salesmgr.exchange.export.columns import ExportColumn
from salesmgr.exchange.export.table_writer import ExportResult, write_table
from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.progress import Progress
from salesmgr.views.widgets.export_job import ExportJob, announce, ask_export_path, safe_file_name
from salesmgr.views.widgets.row_table_model import EXPORT_ROLE

Stream = Callable[[Path, str, list[str], Database, Progress], ExportResult]


def source_model(model: QAbstractItemModel | None) -> QAbstractItemModel | None:
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    return model


def shown_columns(view: QTableView) -> list[int]:
    """The visible columns in the order the user sees them (sections may have been dragged)."""
    header = view.horizontalHeader()
    model = view.model()
    count = model.columnCount() if model is not None else 0
    logical = [header.logicalIndex(visual) for visual in range(count)]
    return [column for column in logical if not view.isColumnHidden(column)]


def table_columns(view: QTableView, given: Sequence[ExportColumn] = ()) -> list[ExportColumn]:
    """Each shown column's header and type: ``given`` (one per model column), else the model's
    ``export_columns()``, else text under the header shown."""
    model = view.model()
    source = source_model(model)
    exported = getattr(source, "export_columns", None)
    typed = list(given) or (exported() if callable(exported) else [])
    found = []
    for column in shown_columns(view):
        if column < len(typed):
            found.append(typed[column])
        else:
            found.append(ExportColumn(str(model.headerData(column, Qt.Orientation.Horizontal))))
    return found


def table_rows(view: QTableView) -> list[list[Any]]:
    """The rows on screen, top to bottom, as typed values (``EXPORT_ROLE``, else the text shown)."""
    model = view.model()
    columns = shown_columns(view)
    typed = hasattr(source_model(model), "export_columns")
    rows = []
    for row in range(model.rowCount()):
        values = []
        for column in columns:
            index = model.index(row, column)
            value = index.data(EXPORT_ROLE)
            values.append(value if typed or value is not None else index.data(Qt.ItemDataRole.DisplayRole))
        rows.append(values)
    return rows


def generated_line(widget: QWidget) -> str:
    text = QCoreApplication.translate("ExportJob", "Generated {when}")
    return text.format(when=clock.now().strftime("%Y-%m-%d %H:%M"))


def export_table(view: QTableView, runner: Any, title: str, notes: Sequence[str] = (),
                 stream: Stream | None = None, *, columns: Sequence[ExportColumn] = (),
                 path: Path | None = None) -> ExportJob | None:
    """Ask for a file (unless ``path`` is given) and write the table to it in the background."""
    out = path or ask_export_path(view, safe_file_name(f"{title} {clock.now():%Y-%m-%d}"), csv=True)
    if out is None:
        return None
    lines = [*notes, generated_line(view)]
    if stream is not None:
        def task(db: Database, progress: Progress) -> ExportResult:
            return stream(out, title, lines, db, progress)
    else:
        typed, rows = table_columns(view, columns), table_rows(view)  # read on the UI thread, written on the worker

        def task(db: Database, progress: Progress) -> ExportResult:
            return write_table(out, typed, rows, sheet=title, title=title, notes=lines, total=len(rows),
                               progress=progress)
    caption = QCoreApplication.translate("ExportJob", "Export to Excel")
    job = ExportJob(view, runner, caption, out, task, lambda written: announce(view, written))
    job.start()
    return job


def install_export_action(view: QTableView, runner: Any, title: Callable[[], str],
                          notes: Callable[[], list[str]] = list,
                          make_stream: Callable[[], Stream] | None = None,
                          columns: Callable[[], list[ExportColumn]] = list) -> QAction:
    """Add "Export to Excel…" to the table's right-click menu; returns the action (pages also put it on a
    button). ``title``, ``notes``, ``make_stream`` and ``columns`` are called on the UI thread when the user
    asks."""
    action = QAction(QCoreApplication.translate("ExportJob", "Export to Excel…"), view)
    action.triggered.connect(lambda: export_table(view, runner, title(), notes(),
                                                  make_stream() if make_stream is not None else None,
                                                  columns=columns()))
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)
    return action


__all__ = ["export_table", "install_export_action", "table_columns", "table_rows"]
