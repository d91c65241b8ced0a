"""What the Import/Export page and the import wizard read through the runner. No Qt here."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from salesmgr.exchange.imports.mapping import Preset, list_presets
from salesmgr.exchange.imports.plan_file import is_plan_workbook
from salesmgr.exchange.read.export_files import is_export
from salesmgr.exchange.read.readers import list_sheets
from salesmgr.models import settings
from salesmgr.models.database import Session


def all_presets(session: Session) -> list[Preset]:
    """The built-in and saved mapping presets, as the page lists them."""
    return list_presets(session)


def load_fiscal_start(session: Session) -> int:
    """The database's first month of the fiscal year (1-12): the period combo's quarters follow it."""
    return settings.fiscal_start(session)


@dataclass(frozen=True)
class PathLook:
    """What the wizard's first page needs to know of the chosen path: a whole export (a folder, or a ZIP that is
    not a workbook), else a file's sheets and whether it is a quota plan workbook."""

    export: bool
    sheets: list[str] = field(default_factory=list)
    plan: bool = False


def look_at(path: Path) -> PathLook:
    """Reads as little of ``path`` as tells which it is (a ZIP's list of members, a workbook's sheet names)."""
    if is_export(path):
        return PathLook(export=True)
    return PathLook(export=False, sheets=list_sheets(path), plan=is_plan_workbook(path))
