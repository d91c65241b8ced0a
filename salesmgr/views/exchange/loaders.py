"""What the Import/Export page reads through the runner. No Qt here."""
from __future__ import annotations

from salesmgr.exchange.imports.mapping import Preset, list_presets
from salesmgr.models import settings
from salesmgr.models.database import Session


def all_presets(session: Session) -> list[Preset]:
    """The built-in and saved mapping presets, as the page lists them."""
    return list_presets(session)


def load_fiscal_start(session: Session) -> int:
    """The database's first month of the fiscal year (1-12): the period combo's quarters follow it."""
    return settings.fiscal_start(session)
