"""Keeping the chosen row of a refilled list: shared by the article and competitor panels."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QTableWidget


def reselect(table: QTableWidget, ids: Sequence[int], shown: int | None, show_none: Callable[[], object]) -> None:
    """Select again the row whose id is ``shown`` (the one on screen before the rows were refilled), else the
    first row; with no rows, ``show_none`` clears what was on screen."""
    keep = next((index for index, row_id in enumerate(ids) if row_id == shown), 0 if ids else None)
    if keep is not None:
        table.selectRow(keep)
    else:
        show_none()
