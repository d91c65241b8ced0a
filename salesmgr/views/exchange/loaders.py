"""What the Import/Export page reads through the runner. No Qt here."""
from __future__ import annotations

from salesmgr.exchange.imports.mapping import Preset, list_presets
from salesmgr.models.database import Session


def all_presets(session: Session) -> list[Preset]:
    """The built-in and saved mapping presets, as the page lists them."""
    return list_presets(session)
