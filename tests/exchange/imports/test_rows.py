"""The row reader's columns that repeat their values: each distinct value parsed once, the same results as
parsing every cell."""
from __future__ import annotations

from decimal import Decimal

from salesmgr.exchange.imports.kinds import KINDS
from salesmgr.exchange.imports.rows import RowReader, plan_columns


def _reader(rows: list[tuple[int, list[object]]]) -> RowReader:
    spec = KINDS["opportunities"]
    mapping = {"Name": "name", "Stage": "stage", "Probability": "probability"}
    return RowReader(spec, plan_columns(spec, ["Name", "Stage", "Probability"], mapping, rows))  # type: ignore[arg-type]


def test_a_repeating_column_tells_one_from_true_and_rejects_every_bad_cell() -> None:
    # Probability cycles 1, 1.0, True, "x" over 1,200 rows (4 distinct values, so it repeats). The column also
    # holds 35 (> 1), so it is read in whole percent: 1 and 1.0 are 1 % (Decimal 0.01); True and "x" are no
    # percentage, and each of their 600 cells is a problem of its own row.
    cycle: list[object] = [1, 1.0, True, "x"]
    rows = [(n + 2, [f"Deal {n}", "Won", 35 if n == 0 else cycle[n % 4]]) for n in range(1200)]
    read = list(_reader(rows).read_all(rows))  # type: ignore[arg-type]
    assert read[0][2]["probability"] == Decimal("0.35")
    assert [read[n][2]["probability"] for n in (1, 2, 5, 6)] == [Decimal("0.01"), None, Decimal("0.01"), None]
    bad = [row for row, _, _, problems in read if problems]
    assert bad == [n + 2 for n in range(1, len(rows)) if n % 4 in (2, 3)]
    assert read[3][3][0].column == "Probability" and read[3][3][0].value == "x"
