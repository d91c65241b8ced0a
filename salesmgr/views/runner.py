"""Database work for the GUI: one operation at a time on a single worker thread, results back by signal.

Each operation gets its own Session (committed when it returns, rolled back when it raises). Callbacks run
on the UI thread, so they may touch widgets; the operation itself never does.
"""
from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot
from shiboken6 import isValid

from salesmgr.models.database import Database, Session
from salesmgr.models.metrics.cache import MetricCache
from salesmgr.progress import Progress
from salesmgr.views.messages import user_message

T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class DbRunner(QObject):
    """Runs ``op(session)`` off the UI thread; ``busy_changed`` tells the window when work starts and ends."""

    busy_changed = Signal(bool)
    failed = Signal(str)  # an error no caller handled: the window shows it
    changed = Signal()  # an edit was committed: pages reload what they show
    _finished = Signal(int, object)
    _errored = Signal(int, object)
    _progressed = Signal(int, int, int, str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="salesmgr-db")
        self._callbacks: dict[int, tuple[Done | None, Failed | None, Callable[[int, int, str], None] | None]] = {}
        self._ids = itertools.count(1)
        self._cancel = threading.Event()
        self._shut_down = False
        #: filter-independent figures the metrics keep between operations; cleared after every edit
        self.cache = MetricCache()
        self._finished.connect(self._on_finished)
        self._errored.connect(self._on_errored)
        self._progressed.connect(self._on_progress)

    def run(self, op: Callable[[Session], T], on_done: Callable[[T], None] | None = None,
            on_error: Failed | None = None, *, edits: bool = False) -> None:
        """Run ``op`` with a fresh Session; ``edits=True`` announces ``changed`` after it commits."""
        def work() -> T:
            with self.db.session() as session:
                return op(session)
        self._submit(work, on_done, on_error, None, edits)

    def run_task(self, task: Callable[[Database, Progress], T], on_done: Callable[[T], None] | None = None,
                 on_error: Failed | None = None,
                 on_progress: Callable[[int, int, str], None] | None = None, *, edits: bool = True) -> None:
        """Run a long job that manages its own transactions and reports progress; ``cancel()`` stops it."""
        self._cancel.clear()
        job_id = next(self._ids)
        progress = Progress(lambda done, total, msg: self._progressed.emit(job_id, done, total, msg),
                            self._cancel.is_set)
        self._submit(lambda: task(self.db, progress), on_done, on_error, on_progress, edits, job_id)

    def cancel(self) -> None:
        self._cancel.set()

    def is_busy(self) -> bool:
        return bool(self._callbacks)

    def shutdown(self) -> None:
        """Finish the queued work and join the worker thread (call before the window closes). Work asked for
        afterwards (a page answering a result that arrived during the shutdown) is dropped."""
        self._shut_down = True
        self._cancel.set()
        self._executor.shutdown(wait=True)

    def _submit(self, work: Callable[[], Any], on_done: Done | None, on_error: Failed | None,
                on_progress: Callable[[int, int, str], None] | None, edits: bool,
                job_id: int | None = None) -> None:
        if self._shut_down:
            return
        job_id = job_id if job_id is not None else next(self._ids)
        self._callbacks[job_id] = (on_done, on_error, on_progress)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)

        def execute() -> None:
            try:
                result = work()
            except Exception as exc:  # delivered to the UI thread, never swallowed
                self._errored.emit(job_id, exc)
            else:
                if edits:  # before the next operation starts: it must not see figures of the old data
                    self.cache.clear()
                self._finished.emit(job_id, (result, edits))
        self._executor.submit(execute)

    @Slot(int, object)
    def _on_finished(self, job_id: int, payload: tuple[Any, bool]) -> None:
        on_done, _, _ = self._pop(job_id)
        result, edits = payload
        if on_done is not None:
            on_done(result)
        if edits:
            self.changed.emit()

    @Slot(int, object)
    def _on_errored(self, job_id: int, exc: Exception) -> None:
        _, on_error, _ = self._pop(job_id)
        if on_error is not None:
            on_error(exc)
        else:
            self.failed.emit(user_message(exc))

    @Slot(int, int, int, str)
    def _on_progress(self, job_id: int, done: int, total: int, message: str) -> None:
        callbacks = self._callbacks.get(job_id)
        if callbacks and callbacks[2] is not None:
            callbacks[2](done, total, message)

    def _pop(self, job_id: int) -> tuple[Done | None, Failed | None, Callable[[int, int, str], None] | None]:
        callbacks = self._callbacks.pop(job_id, (None, None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        return callbacks


def while_alive(widget: QObject, callback: Callable[[T], object]) -> Callable[[T], None]:
    """``callback`` for a runner result, skipped when ``widget`` was deleted while the job ran."""
    def deliver(result: T) -> None:
        if isValid(widget):
            callback(result)
    return deliver
