"""Progress and cancellation for long jobs, shared by the CLI, the GUI and the tests (no Qt here)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """The user asked a long job to stop; whatever it was writing is rolled back."""


@dataclass
class Progress:
    """Passed to a long job: ``step(done, total, message)`` reports and raises ``Cancelled`` when asked to stop."""

    callback: Callable[[int, int, str], None] | None = None
    is_cancelled: Callable[[], bool] = field(default=lambda: False)

    def step(self, done: int, total: int, message: str = "") -> None:
        if self.is_cancelled():
            raise Cancelled()
        if self.callback is not None:
            self.callback(done, total, message)


NO_PROGRESS = Progress()
