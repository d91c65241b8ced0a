"""Where salesmgr keeps its files: the per-user data folder and the bundled resources.

The data folder comes from platformdirs so that the CLI (no Qt) and the GUI use the same folder.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from salesmgr import APP_AUTHOR, APP_NAME

DB_ENV_VAR = "SALESMGR_DB"
DATA_DIR_ENV_VAR = "SALESMGR_DATA_DIR"
DEFAULT_DB_NAME = "salesmgr.sqlite"


def data_dir() -> Path:
    """The per-user folder for the database and settings (``SALESMGR_DATA_DIR`` overrides it)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def resources_dir() -> Path:
    """The ``resources/`` folder, from a source checkout or from inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
