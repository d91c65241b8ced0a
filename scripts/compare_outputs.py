"""Prove that a change left salesmgr's behaviour alone: the same commands on a fresh demo database give the same
JSON, text and workbook cells before and after.

    python scripts/compare_outputs.py record OUT_DIR [--src DIR] [--today 2026-11-30]
    python scripts/compare_outputs.py compare OLD_DIR NEW_DIR
    python scripts/compare_outputs.py against REV [--today 2026-11-30] [--keep DIR]

``record`` runs every command (``--json`` where it has it, text otherwise) on a new demo database
(``salesmgr demo --seed 1``), exports every data kind and report, and writes what they printed and the exported
workbooks' cells (value and number format of every cell, formulas as text) to OUT_DIR as JSON. ``--src`` runs
the salesmgr found in DIR (a checkout) instead of the one this Python imports. ``against REV`` checks REV out into
a temporary git worktree, records it and the working tree, and compares: exit 0 when identical, 1 with a diff.

The day is set with ``SALESMGR_TODAY`` (default: the real date, which is also what a revision from before the
clock existed uses). Temporary paths and the times of day of "now" (a report's generation time, rows created by
the demo) are replaced by placeholders before comparing; everything else must match exactly.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA_KINDS = ("opportunities", "accounts", "contacts", "leads", "reps", "activities", "quotas", "csat")
REPORTS = ("funnel", "quotas", "dashboard", "bonus")


def commands(today: dt.date) -> Iterator[tuple[str, list[str]]]:
    """(name, arguments) of every command recorded, in the order they run (the last ones write)."""
    quarter = f"{today.year}Q{(today.month - 1) // 3 + 1}"
    last = _previous_quarter(quarter)
    yield "info", ["info", "--json"]
    yield "stats", ["stats", "--json"]
    yield "stats_text", ["stats"]
    yield "rate_list", ["rate", "list", "--json"]
    for name, extra in _funnel_variants(today):
        yield f"funnel_{name}", ["funnel", "--json", *extra]
    yield "funnel_text", ["funnel"]
    for name, extra in (("default", []), ("last", ["--period", last]), ("month", ["--period", f"{today.year}-03"]),
                        ("year", ["--period", str(today.year - 1)]), ("team", ["--period", last, "--team", "@team"]),
                        ("rep", ["--period", last, "--rep", "@rep"])):
        yield f"dashboard_{name}", ["dashboard", "--json", *extra]
    yield "dashboard_text", ["dashboard", "--period", last]
    yield "bonus", ["bonus", "--period", last, "--json"]
    yield "bonus_text", ["bonus", "--period", last]
    yield "bonus_current", ["bonus", "--period", quarter, "--json"]
    yield "bonus_report", ["bonus", "--period", last, "--out", "@out/bonus_report.xlsx", "--json"]
    for kind in DATA_KINDS:
        yield f"export_{kind}_xlsx", ["export", f"data:{kind}", "--out", f"@out/data_{kind}.xlsx", "--json"]
        yield f"export_{kind}_csv", ["export", f"data:{kind}", "--out", f"@out/data_{kind}.csv", "--json"]
    yield "export_opportunities_period", ["export", "opportunities", "--period", last, "--team", "@team",
                                          "--out", "@out/data_opportunities_team.xlsx", "--json"]
    for report in REPORTS:
        yield f"report_{report}", ["export", f"report:{report}", "--period", last, "--out",
                                   f"@out/report_{report}.xlsx", "--json"]
        yield f"report_{report}_zh", ["--lang", "zh_CN", "export", f"report:{report}", "--period", last, "--out",
                                      f"@out/report_{report}_zh.xlsx", "--json"]
    yield "report_funnel_rep", ["export", "funnel", "--period", last, "--rep", "@rep", "--out",
                                "@out/report_funnel_rep.xlsx", "--json"]
    yield "errors_unknown_kind", ["export", "nonsense", "--out", "@out/x.xlsx"]
    yield "errors_bad_period", ["dashboard", "--period", "2026Q5"]
    yield "errors_unknown_team", ["funnel", "--team", "Nowhere at all"]
    for sample in ("@sample0", "@sample1"):
        yield f"import_dry_{sample[1:]}", ["import", sample, "--kind", "opportunities", "--dry-run", "--json"]
    for sample in ("@sample0", "@sample1"):
        yield f"import_{sample[1:]}", ["import", sample, "--kind", "opportunities", "--json",
                                       "--rejects", f"@out/rejects_{sample[1:]}.xlsx"]
    yield "import_again", ["import", "@sample0", "--kind", "opportunities", "--json"]
    yield "reimport_accounts", ["import", "@out/data_accounts.xlsx", "--kind", "accounts", "--json"]
    yield "reimport_opportunities", ["import", "@out/data_opportunities.csv", "--kind", "opportunities", "--json"]
    yield "funnel_after_import", ["funnel", "--json"]
    yield "rate_set", ["rate", "set", "USD", "7.10", "--json"]
    yield "bonus_approve", ["bonus", "approve", "--period", last, "--json"]
    yield "bonus_approved", ["bonus", "--period", last, "--json"]
    yield "bonus_unapprove", ["bonus", "unapprove", "--period", last, "--reason", "recheck", "--json"]
    yield "stats_end", ["stats", "--json"]


def _funnel_variants(today: dt.date) -> Iterator[tuple[str, list[str]]]:
    year = today.year - 1
    yield "all", []
    yield "range", ["--from", f"{year}-01-01", "--to", f"{year}-12-31"]
    yield "created", ["--from", f"{year}-04-01", "--to", f"{year}-09-30", "--date-field", "created"]
    yield "team", ["--team", "@team"]
    yield "rep", ["--rep", "@rep"]


def _previous_quarter(quarter: str) -> str:
    year, number = int(quarter[:4]), int(quarter[-1])
    return f"{year - 1}Q4" if number == 1 else f"{year}Q{number - 1}"


def record(out_dir: Path, src: Path | None, today: dt.date) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="salesmgr-compare-") as tmp:
        work = Path(tmp)
        env = _environment(work, src, today)
        results: dict[str, Any] = {"demo": _run(["demo", "--seed", "1", "--json"], env, work)}
        samples = sorted((work / "data" / "samples").iterdir())
        names = _names(env, work)
        files: dict[str, Any] = {"samples": {p.name: _file_cells(p) for p in samples}}
        for name, argv in commands(today):
            argv = [_fill(arg, work, names, samples) for arg in argv]
            results[name] = _run(argv, env, work)
        files.update({p.name: _file_cells(p) for p in sorted((work / "out").iterdir())})
        recorded = _normalise({"commands": results, "files": files}, work, today)
    (out_dir / "outputs.json").write_text(json.dumps(recorded, ensure_ascii=False, indent=1, sort_keys=True),
                                          encoding="utf-8")
    print(f"recorded {len(results)} commands and {len(files)} files in {out_dir / 'outputs.json'}")


def _environment(work: Path, src: Path | None, today: dt.date) -> dict[str, str]:
    (work / "out").mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SALESMGR_")}
    env.update(SALESMGR_DATA_DIR=str(work / "data"), SALESMGR_TODAY=today.isoformat(), PYTHONHASHSEED="0",
               TZ=os.environ.get("TZ", "UTC"))
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(src), *filter(None, [env.get("PYTHONPATH")])])
    return env


def _names(env: dict[str, str], work: Path) -> dict[str, str]:
    """A team and a rep of the demo, read from its own export so both sides pick the same."""
    _run(["export", "data:reps", "--out", str(work / "reps.csv")], env, work)
    with (work / "reps.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    team_column = next(key for key in rows[0] if "team" in key.lower())
    name_column = next(key for key in rows[0] if key.lower() in ("name", "rep", "full name"))
    (work / "reps.csv").unlink()
    return {"@team": rows[0][team_column], "@rep": rows[3][name_column]}


def _fill(arg: str, work: Path, names: dict[str, str], samples: list[Path]) -> str:
    if arg.startswith("@out/"):
        return str(work / "out" / arg.removeprefix("@out/"))
    if arg.startswith("@sample"):
        return str(samples[int(arg.removeprefix("@sample"))])
    return names.get(arg, arg)


def _run(argv: list[str], env: dict[str, str], cwd: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "salesmgr", *argv], env=env, cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8", timeout=600, check=False)
    output: Any = done.stdout
    if "--json" in argv and done.returncode in (0, 1) and done.stdout.strip():
        output = json.loads(done.stdout)
    return {"argv": argv, "exit": done.returncode, "stdout": output, "stderr": done.stderr}


def _file_cells(path: Path) -> Any:
    if path.suffix.lower() == ".csv":
        return path.read_bytes().decode("utf-8-sig").splitlines()
    from openpyxl import load_workbook

    book = load_workbook(path)
    sheets = {}
    for sheet in book.worksheets:
        cells = [[cell.coordinate, _cell_value(cell.value), cell.number_format]
                 for row in sheet.iter_rows() for cell in row if cell.value is not None]
        sheets[sheet.title] = {"cells": cells, "merged": sorted(map(str, sheet.merged_cells.ranges)),
                               "freeze": str(sheet.freeze_panes), "print_area": str(sheet.print_area),
                               "charts": len(sheet._charts)}
    return {"sheets": sheets, "defined_names": sorted(book.defined_names.keys()),
            "title": book.properties.title, "creator": book.properties.creator}


def _cell_value(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return value if isinstance(value, (int, float, str, bool)) else str(value)


def _normalise(value: Any, work: Path, today: dt.date) -> Any:
    if isinstance(value, dict):
        return {key: _normalise(item, work, today) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalise(item, work, today) for item in value]
    if isinstance(value, str):
        text = value.replace(str(work), "<tmp>")
        text = re.sub(r"salesmgr:[0-9a-f]{12}", "salesmgr:<database id>", text)  # random per database
        text = re.sub(r"salesmgr\.backup-[^ \"']*\.sqlite", "salesmgr.backup-<time>.sqlite", text)
        days = "|".join(re.escape(d.isoformat()) for d in (today, today - dt.timedelta(days=1),
                                                           today + dt.timedelta(days=1)))
        return re.sub(rf"({days})([ T])\d{{2}}:\d{{2}}(:\d{{2}}(\.\d+)?)?([+-]\d{{2}}:\d{{2}}|Z)?",
                      r"\1\2<now>", text)
    return value


def compare(old_dir: Path, new_dir: Path) -> int:
    old = json.loads((old_dir / "outputs.json").read_text(encoding="utf-8"))
    new = json.loads((new_dir / "outputs.json").read_text(encoding="utf-8"))
    differences = list(_differences(old, new, ""))
    for where, before, after in differences[:60]:
        print(f"{where}:\n  before: {before!r:.300}\n  after:  {after!r:.300}")
    if differences:
        print(f"DIFFERENT: {len(differences)} values differ")
        return 1
    print(f"identical: {len(old['commands'])} commands and {len(old['files'])} files")
    return 0


def _differences(old: Any, new: Any, where: str) -> Iterator[tuple[str, Any, Any]]:
    """(path, old, new) of every leaf that differs; a missing key or a different length is one difference."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new)):
            if key not in old or key not in new:
                yield f"{where}/{key}", old.get(key, "<missing>"), new.get(key, "<missing>")
            else:
                yield from _differences(old[key], new[key], f"{where}/{key}")
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from _differences(a, b, f"{where}[{index}]")
    elif old != new:
        yield where, old, new


def against(rev: str, today: dt.date, keep: Path | None) -> int:
    with tempfile.TemporaryDirectory(prefix="salesmgr-before-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev], check=True,
                       capture_output=True)
        try:
            base = keep or Path(tmp)
            record(base / "before", tree, today)
            record(base / "after", ROOT, today)
            return compare(base / "before", base / "after")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out_dir", type=Path)
    rec.add_argument("--src", type=Path, help="a checkout whose salesmgr to run")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("old_dir", type=Path)
    cmp_.add_argument("new_dir", type=Path)
    rev = sub.add_parser("against")
    rev.add_argument("rev")
    rev.add_argument("--keep", type=Path, help="keep both recordings in this folder")
    for p in (rec, rev):
        p.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args(argv)
    if args.action == "record":
        record(args.out_dir, args.src, args.today)
        return 0
    if args.action == "compare":
        return compare(args.old_dir, args.new_dir)
    return against(args.rev, args.today, args.keep)


if __name__ == "__main__":
    sys.exit(main())
