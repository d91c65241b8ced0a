"""Exporting the nurturing list for marketing from the GUI: ask for a file, then write it on the runner with a
progress dialog (``ExportJob``) through ``exchange.export.nurturing``."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from salesmgr.exchange.export.nurturing import export_nurturing as write_list
from salesmgr.exchange.export.table_writer import ExportResult
from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.progress import Progress
from salesmgr.views.widgets.export_job import ExportJob, announce, ask_export_path, safe_file_name


def export_nurturing(parent: QWidget, runner: Any, path: Path | None = None) -> ExportJob | None:
    """Ask for a file name (unless ``path`` is given) and write the nurturing list to it; None when cancelled."""
    title = QCoreApplication.translate("NurturingExport", "Nurturing list")
    out = path or ask_export_path(parent, safe_file_name(f"{title} {clock.now():%Y-%m-%d}"), csv=True)
    if out is None:
        return None
    today = clock.today()

    def task(db: Database, progress: Progress) -> ExportResult:
        with db.session() as session:
            return write_list(session, out, today, progress=progress)
    job = ExportJob(parent, runner, QCoreApplication.translate("ExportJob", "Export to Excel"), out, task,
                    lambda written: announce(parent, written))
    job.start()
    return job
