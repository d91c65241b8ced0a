"""Benchmark of the quota planning grid with 200 reps in 10 teams and the 12 months shown (18 columns), offscreen.

Measures, in a QTableView at the default page size: (1) loading the grid (``set_grid`` with the months shown) until
it is painted, (2) typing one cell (through the undo stack; the team subtotal, the company total, the year and
the gap follow) until it is painted again, (3) pasting a block of 20 reps x 12 months and undoing it. As the
same-run baseline it does the same with a plain ``QStandardItemModel`` of the same size holding the same texts,
where an edit changes one item and nothing adds up, and prints each ratio (ours / the plain model's). A ratio of
a few means the totals cost little over what any Qt grid pays to show the cells.

    .venv/bin/python bench/plan_grid_bench.py [--repeat N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from salesmgr.models.goals.plan import PlanGrid, PlanRep, PlanTeam
from salesmgr.models.periods import Period, PeriodKind
from salesmgr.views.goals.edits import GridEditor
from salesmgr.views.goals.plan_model import PlanModel

TEAMS, REPS_PER_TEAM = 10, 20
SIZE = (760, 600)  # the grid's share of the page at 1200 x 760


def plan_grid() -> PlanGrid:
    quarters = tuple(Period(PeriodKind.QUARTER, 2027, n) for n in range(1, 5))
    teams = tuple(PlanTeam(t, f"Team {t}", tuple(PlanRep(t * 100 + r, f"Rep {t}-{r}", t, date(2020, 1, 1), True)
                                                for r in range(REPS_PER_TEAM))) for t in range(TEAMS))
    quotas: dict[tuple[int, str], Decimal] = {}
    for rep in (rep for team in teams for rep in team.reps):
        for quarter in quarters:
            quotas[rep.rep_id, quarter.key] = Decimal(3000)
            quotas.update({(rep.rep_id, month.key): Decimal(1000) for month in quarter.months()})
    return PlanGrid(2027, 1, "CNY", quarters, teams, quotas, {}, {}, Decimal(2400000), None, None, frozenset())


def painted(app: QApplication, view: QTableView) -> None:
    view.viewport().repaint()
    app.processEvents()


def timed(action: Callable[[], None], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ours(app: QApplication, repeat: int) -> dict[str, float]:
    grid, model = plan_grid(), PlanModel()
    editor = GridEditor(model)
    view = QTableView()
    view.setModel(model)
    view.resize(*SIZE)
    view.show()

    def load() -> None:
        model.set_grid(grid)
        model.set_show_months(True)
        painted(app, view)

    load()
    values = iter(range(10**6))

    def type_cell() -> None:
        model.setData(model.index(5, 2), str(1000 + next(values)))
        painted(app, view)

    block = "\n".join("\t".join(["2000"] * 12) for _ in range(REPS_PER_TEAM))

    def paste_and_undo() -> None:
        editor.paste(model.index(1, 2), block)
        painted(app, view)
        editor.stack.undo()
        painted(app, view)

    result = {"load": timed(load, repeat), "type": timed(type_cell, repeat * 5),
              "paste": timed(paste_and_undo, repeat)}
    view.close()
    return result


def plain(app: QApplication, repeat: int) -> dict[str, float]:
    rows, columns = TEAMS * (REPS_PER_TEAM + 1) + 1, 18
    model = QStandardItemModel()
    view = QTableView()
    view.setModel(model)
    view.resize(*SIZE)
    view.show()

    def load() -> None:
        model.clear()
        model.setRowCount(rows)
        model.setColumnCount(columns)
        for row in range(rows):
            for column in range(columns):
                model.setItem(row, column, QStandardItem(f"{3000 if column % 4 == 1 else 1000:,}"))
        painted(app, view)

    load()
    values = iter(range(10**6))

    def type_cell() -> None:
        model.setData(model.index(5, 2), f"{1000 + next(values):,}")
        painted(app, view)

    def paste_and_undo() -> None:
        for text in ("2,000", "1,000"):
            for row in range(1, 1 + REPS_PER_TEAM):
                for column in range(2, 14):
                    model.setData(model.index(row, column), text)
            painted(app, view)

    result = {"load": timed(load, repeat), "type": timed(type_cell, repeat * 5),
              "paste": timed(paste_and_undo, repeat)}
    view.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    mine, baseline = ours(app, args.repeat), plain(app, args.repeat)
    print(f"quota grid: {TEAMS * REPS_PER_TEAM} reps in {TEAMS} teams, 4 quarters + 12 months + year shown")
    for key, label in (("load", "load and paint"), ("type", "type one cell, totals follow, repaint"),
                       ("paste", "paste 20 x 12 block, undo, repaint twice")):
        print(f"  {label:42s} {mine[key] * 1000:8.1f} ms   plain model {baseline[key] * 1000:8.1f} ms   "
              f"ratio {mine[key] / baseline[key]:5.2f}x")


if __name__ == "__main__":
    main()
