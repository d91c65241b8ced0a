"""`salesmgr leads` actions (see ``cli.leads``)."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}


def add_actions(actions: Any, add: Any) -> None:
    """Add this module's actions to ``salesmgr leads``."""
    del actions, add
