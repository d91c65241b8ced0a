"""salesmgr: an offline desktop application for sales managers."""
from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "salesmgr"
APP_AUTHOR = "salesmgr"
