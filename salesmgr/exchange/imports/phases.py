"""What each phase of an import cost, in seconds of wall-clock time: read for the benchmark
(``bench/import_bench.py``) and for anyone asking where an import's time goes. Measuring costs two clock reads
per phase."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from time import perf_counter


class Phases(dict[str, float]):
    """Phase name -> seconds, in the order the phases first ran; a phase that runs twice adds up."""

    @contextmanager
    def timed(self, name: str) -> Iterator[None]:
        start = perf_counter()
        try:
            yield
        finally:
            self[name] = self.get(name, 0.0) + perf_counter() - start
