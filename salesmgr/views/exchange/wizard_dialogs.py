"""The questions the import wizard asks in dialogs of their own: which file or folder to import, the name of a new
mapping preset, and where to save the rejected rows.

Each returns the answer, or None when the user cancels. The strings keep the context "ImportWizard", where
they were written before they moved here, so that the existing translations apply.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget


def ask_import_file(parent: QWidget, current: Path | None) -> str | None:
    """The spreadsheet, CSV file or ZIP of a whole export to import, chosen starting in the folder of ``current``."""
    folder = str(current.parent) if current else ""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportWizard", "Import a CRM export"), folder,
        QCoreApplication.translate("ImportWizard", "Spreadsheets, CSV and ZIP exports "
                                                   "(*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.zip)"))
    return name or None


def ask_import_folder(parent: QWidget, current: Path | None) -> str | None:
    """The folder of a whole export (one file per object), chosen starting at ``current`` (or its folder)."""
    start = "" if current is None else str(current if current.is_dir() else current.parent)
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ImportWizard", "Import the folder of a CRM export"), start)
    return name or None


def ask_preset_name(parent: QWidget) -> str | None:
    """The name to save the column mapping under, without surrounding blanks; None for a blank name too."""
    name, ok = QInputDialog.getText(parent, QCoreApplication.translate("ImportWizard", "Save mapping as preset"),
                                    QCoreApplication.translate("ImportWizard", "Preset name:"),
                                    QLineEdit.EchoMode.Normal, "")
    name = name.strip()
    return name if ok and name else None


def ask_rejects_file(parent: QWidget, source: Path) -> Path | None:
    """The workbook to write the rejected rows of ``source`` to (".xlsx" added when it has no suffix); the
    dialog proposes "{file} - rejected rows.xlsx" beside ``source``."""
    default = str(source.with_name(
        QCoreApplication.translate("ImportWizard", "{file} - rejected rows.xlsx").format(file=source.stem)))
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ImportWizard", "Save rejected rows"), default,
        QCoreApplication.translate("ImportWizard", "Excel workbook (*.xlsx)"))
    if not name:
        return None
    return Path(name) if Path(name).suffix else Path(name).with_suffix(".xlsx")
