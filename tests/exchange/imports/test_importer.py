"""Importing CRM exports end to end: counts, idempotent re-import, updates, rejects, strict, dry run, atomicity."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.rejects import write_rejects
from salesmgr.exchange.imports.results import ImportOptions
from salesmgr.models import Account, Opportunity, Rep, StageDefinition, StageHistory
from salesmgr.models.database import Database
from salesmgr.progress import Cancelled, Progress
from tests.helpers import crm_files


def _count(db: Database, entity: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(entity)) or 0


def _opps(db: Database) -> dict[str, tuple[str, Decimal | None, str]]:
    with db.session() as s:
        rows = s.execute(select(Opportunity.name, StageDefinition.name, Opportunity.amount_minor,
                                Opportunity.currency).join(StageDefinition)).all()
    return {r[0]: (r[1], None if r[2] is None else Decimal(r[2]) / 100, r[3]) for r in rows}


def _write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_salesforce_report_imports_every_deal_and_skips_titles_and_totals(db: Database, tmp_path: Path) -> None:
    path = crm_files.salesforce_report_xlsx(tmp_path, rows=20)
    result = run_import(db, path, ImportOptions(kind="opportunities"))
    assert (result.rows, result.inserted, result.rejected) == (20, 20, 0), result.rejects
    assert _count(db, Opportunity) == 20
    assert _count(db, StageHistory) == 20  # one entry per new deal
    assert result.new_reps and _count(db, Rep) == len(result.new_reps)
    assert result.mapping["Opportunity Name"] == "name" and result.mapping["Stage"] == "stage"


def test_reimporting_the_same_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = crm_files.salesforce_report_xlsx(tmp_path, rows=20)
    run_import(db, path, ImportOptions(kind="opportunities"))
    before = (_opps(db), _count(db, StageHistory), _count(db, Rep), _count(db, Account))
    again = run_import(db, path, ImportOptions(kind="opportunities"))
    assert (again.inserted, again.updated, again.unchanged, again.rejected) == (0, 0, 20, 0)
    assert not again.new_reps and not again.new_accounts and not again.new_stages
    assert (_opps(db), _count(db, StageHistory), _count(db, Rep), _count(db, Account)) == before


def _snake(tmp_path: Path, name: str, rows: list[list[str]]) -> Path:
    header = ["opportunity_id", "opportunity", "account", "sales_agent", "deal_stage", "close_value", "engage_date",
              "close_date"]
    return _write_csv(tmp_path / name, header, rows)


BASE_ROWS = [
    ["D-1", "ERP rollout", "华创科技", "Li Lei", "Needs confirmed", "120,000.00", "2026-01-05", ""],
    ["D-2", "CRM seats", "Northwind Ltd", "Ann Lee", "Solution demo", "¥45,500.50", "2026-02-10", ""],
    ["D-3", "Renewal 2026", "华创科技", "Li Lei", "Won", "80000", "2025-11-01", "2026-03-01"],
]


def test_a_modified_file_updates_only_changed_rows_and_records_the_stage_move(db: Database, tmp_path: Path) -> None:
    run_import(db, _snake(tmp_path, "v1.csv", BASE_ROWS), ImportOptions(kind="opportunities"))
    changed = [row[:] for row in BASE_ROWS]
    changed[0][4] = "Negotiation"
    changed[1][5] = "46,000.00"
    result = run_import(db, _snake(tmp_path, "v2.csv", changed), ImportOptions(kind="opportunities"))
    assert (result.inserted, result.updated, result.unchanged) == (0, 2, 1)
    opps = _opps(db)
    assert opps["ERP rollout"][0] == "Negotiation"
    assert opps["CRM seats"][1] == Decimal("46000.00")
    assert opps["Renewal 2026"] == ("Won", Decimal("80000.00"), "CNY")
    with db.session() as s:
        moves = s.execute(select(StageDefinition.name).join(StageHistory).join(Opportunity)
                          .where(Opportunity.name == "ERP rollout").order_by(StageHistory.id)).scalars().all()
    assert moves == ["Needs confirmed", "Negotiation"]


def test_unknown_stages_are_added_in_order_of_first_appearance(db: Database, tmp_path: Path) -> None:
    rows = [["A", "Deal A", "Acme", "Bo", "Proposal sent", "1", "2026-01-01", ""],
            ["B", "Deal B", "Acme", "Bo", "Legal review", "1", "2026-01-01", ""],
            ["C", "Deal C", "Acme", "Bo", "Proposal sent", "1", "2026-01-01", ""]]
    result = run_import(db, _snake(tmp_path, "s.csv", rows), ImportOptions(kind="opportunities"))
    assert result.new_stages == ["Proposal sent", "Legal review"]
    with db.session() as s:
        order = s.scalars(select(StageDefinition.name).order_by(StageDefinition.position)).all()
    assert order == ["Lead identified", "Needs confirmed", "Solution demo", "Negotiation", "Proposal sent",
                     "Legal review", "Won", "Lost"]


def test_bad_rows_are_rejected_with_row_column_value_and_reason(db: Database, tmp_path: Path) -> None:
    rows = [BASE_ROWS[0], ["D-9", "No stage", "Acme", "Bo", "", "12", "2026-01-01", "2026-02-01"],
            ["D-8", "Broken amount", "Acme", "Bo", "Won", "twelve", "2026-01-01", "2026-02-01"], BASE_ROWS[1]]
    path = _snake(tmp_path, "bad.csv", rows)
    result = run_import(db, path, ImportOptions(kind="opportunities"))
    assert (result.inserted, result.rejected) == (2, 2)
    assert [(r.row, r.column) for r in result.rejects] == [(3, "deal_stage"), (4, "close_value")]
    assert result.rejects[1].value == "twelve"
    out = write_rejects(result, tmp_path / "rejected.xlsx")
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][-2:] == ["Row in file", "Reason"] and values[0][:8] == list(_header_of(path))
    assert [v[1] for v in values[1:]] == ["No stage", "Broken amount"]


def test_the_rejected_rows_workbook_speaks_the_interface_language(db: Database, tmp_path: Path) -> None:
    from salesmgr.i18n import set_language

    rows = [BASE_ROWS[0], ["D-8", "Broken amount", "Acme", "Bo", "Won", "twelve", "2026-01-01", "2026-02-01"]]
    result = run_import(db, _snake(tmp_path, "bad.csv", rows), ImportOptions(kind="opportunities"))
    set_language("zh_CN")  # the conftest sets English again afterwards
    sheet = load_workbook(write_rejects(result, tmp_path / "rejected.xlsx")).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert sheet.title == "被拒绝的行" and values[0][-2:] == ["文件中的行号", "原因"]
    assert values[0][0] == "opportunity_id"  # the file's own headers stay, so the file imports again
    assert values[1][-2:] == [3, "close_value: twelve 不是有效的金额"]


def _header_of(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return next(csv.reader(handle))


def test_strict_and_dry_run_write_nothing(db: Database, tmp_path: Path) -> None:
    rows = [BASE_ROWS[0], ["D-8", "Broken", "Acme", "Bo", "Won", "twelve", "2026-01-01", "2026-02-01"]]
    path = _snake(tmp_path, "bad.csv", rows)
    strict = run_import(db, path, ImportOptions(kind="opportunities", strict=True))
    assert strict.refused and strict.rejected == 1 and _count(db, Opportunity) == 0 and _count(db, Rep) == 0
    dry = run_import(db, _snake(tmp_path, "ok.csv", BASE_ROWS), ImportOptions(kind="opportunities", dry_run=True))
    assert dry.inserted == 3 and not dry.refused and _count(db, Opportunity) == 0


def test_cancelling_leaves_the_database_as_it_was(db: Database, tmp_path: Path) -> None:
    run_import(db, _snake(tmp_path, "v1.csv", BASE_ROWS), ImportOptions(kind="opportunities"))
    before = (_opps(db), _count(db, Rep), _count(db, StageHistory))
    path = crm_files.salesforce_report_xlsx(tmp_path, rows=50)
    calls = []
    with pytest.raises(Cancelled):
        run_import(db, path, ImportOptions(kind="opportunities"),
                   Progress(lambda *a: calls.append(a), is_cancelled=lambda: len(calls) >= 1))
    assert (_opps(db), _count(db, Rep), _count(db, StageHistory)) == before


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_the_process_midway_leaves_the_database_intact(db: Database, db_path: Path, tmp_path: Path) -> None:
    run_import(db, _snake(tmp_path, "v1.csv", BASE_ROWS), ImportOptions(kind="opportunities"))
    db.close()
    big = tmp_path / "big.xlsx"
    crm_files.big_xlsx(big, 6000)
    # The child dies by SIGKILL (no cleanup at all) as it starts the bulk insert, with reps and accounts
    # already written in the open transaction.
    script = (
        "import os, signal\n"
        "from pathlib import Path\n"
        "import salesmgr.exchange.imports.upsert as upsert\n"
        "from salesmgr.exchange.imports.importer import run_import\n"
        "from salesmgr.exchange.imports.results import ImportOptions\n"
        "from salesmgr.models.database import open_database\n"
        "original, calls = upsert.bulk_load, []\n"
        "def dying_insert(*args, **kwargs):\n"
        "    calls.append(1)\n"
        "    if len(calls) == 1:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return original(*args, **kwargs)\n"
        "upsert.bulk_load = dying_insert\n"
        f"db = open_database({str(db_path)!r})\n"
        f"run_import(db, Path({str(big)!r}), ImportOptions(kind='opportunities'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                            check=False, env={**os.environ})
    assert result.returncode == -9, result.stderr
    from salesmgr.models.database import open_database

    reopened = open_database(db_path)
    try:
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert _count(reopened, Opportunity) == 3 and _count(reopened, StageHistory) == 3
    finally:
        reopened.close()


@pytest.mark.parametrize("maker", ["hubspot_csv", "pipedrive_csv", "odoo_xlsx", "fxiaoke_xlsx",
                                   "xiaoshouyi_gb18030_csv", "salesforce_api_csv", "snake_case_csv"])
def test_every_crm_style_imports_without_rejects(db: Database, tmp_path: Path, maker: str) -> None:
    path = getattr(crm_files, maker)(tmp_path)
    result = run_import(db, path, ImportOptions(kind="opportunities"))
    assert result.rows > 0 and result.rejected == 0, result.rejects
    assert result.inserted == _count(db, Opportunity) == result.rows - len(result.duplicates)
    again = run_import(db, path, ImportOptions(kind="opportunities"))
    assert again.inserted == again.updated == 0


def test_chinese_export_values(db: Database, tmp_path: Path) -> None:
    result = run_import(db, crm_files.fxiaoke_xlsx(tmp_path), ImportOptions(kind="opportunities"))
    assert result.rejected == 0
    with db.session() as s:
        won = s.scalars(select(Opportunity).join(StageDefinition).where(StageDefinition.kind == "won")).all()
    assert won and all(o.closed_date is not None for o in won)


def test_other_kinds_import_and_reimport_unchanged(db: Database, tmp_path: Path) -> None:
    reps = _write_csv(tmp_path / "reps.csv", ["姓名", "邮箱", "团队", "入职日期"],
                      [["王芳", "wang.fang@example.com", "华东大区", "2024年3月1日"],
                       ["Li Lei", "li.lei@example.com", "华东大区", "2026/10/08"]])
    quotas = _write_csv(tmp_path / "quotas.csv", ["Rep", "Period", "Quota"],
                        [["王芳", "2026 Q3", "1,200,000"], ["li.lei@example.com", "Q3 2026", "12.5万"]])
    accounts = _write_csv(tmp_path / "accounts.csv", ["Account Name", "Industry", "Employees"],
                          [["上海华创科技有限公司", "科技", "1,200"], ["Northwind Ltd", "Retail", "80"]])
    for kind, path, rows in (("reps", reps, 2), ("quotas", quotas, 2), ("accounts", accounts, 2)):
        first = run_import(db, path, ImportOptions(kind=kind))
        assert (first.inserted, first.rejected) == (rows, 0), (kind, first.rejects, first.mapping)
        again = run_import(db, path, ImportOptions(kind=kind))
        assert (again.inserted, again.updated, again.unchanged) == (0, 0, rows), kind
    with db.session() as s:
        from salesmgr.models import Quota

        amounts = sorted(q.amount for q in s.scalars(select(Quota)))
    assert amounts == [Decimal("125000.00"), Decimal("1200000.00")]


def test_rows_read_in_chunks_keep_the_cells_of_their_rejects(db: Database, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 2 rows: the ambiguous "Renewal" (row 4, second chunk) and the unreadable amount (row 6, third
    chunk) are rejected with their own cells, the other 3 rows of the second file update their deals."""
    monkeypatch.setattr("salesmgr.exchange.imports.importer.CHUNK", 2)
    header = ["opportunity", "account", "deal_stage", "close_value"]
    deals = [["A", "Acme", "Won", "1"], ["Renewal", "Acme", "Won", "2"], ["B", "Acme", "Won", "3"],
             ["C", "Acme", "Won", "4"]]
    run_import(db, _write_csv(tmp_path / "a.csv", header, deals), ImportOptions(kind="opportunities"))
    with db.session() as s:  # a second "Renewal" at Acme: account + name no longer identify one deal
        first = s.scalars(select(Opportunity).where(Opportunity.name == "Renewal")).one()
        s.add(Opportunity(name="Renewal", account_id=first.account_id, stage_id=first.stage_id, currency="CNY"))
    again = [["A", "Acme", "Won", "10"], ["B", "Acme", "Won", "30"], ["Renewal", "Acme", "Won", "20"],
             ["C", "Acme", "Won", "40"], ["D", "Acme", "Won", "lots"]]
    result = run_import(db, _write_csv(tmp_path / "b.csv", header, again), ImportOptions(kind="opportunities"))
    assert (result.updated, result.inserted, result.rejected) == (3, 0, 2)
    assert sorted((row, cells) for row, cells, _ in result.rejected_rows) == [
        (4, ["Renewal", "Acme", "Won", "20"]), (6, ["D", "Acme", "Won", "lots"])]


def test_workbook_rejects_keep_formula_like_text_literal(tmp_path: Path) -> None:
    from salesmgr.exchange.imports.results import ImportResult

    result = ImportResult(file="x", kind="opportunities", headers=["Name"],
                          rejected_rows=[(2, ["=HYPERLINK(\"http://x\")"], "bad")])
    sheet = load_workbook(write_rejects(result, tmp_path / "r.xlsx")).active
    assert sheet["A2"].value == "=HYPERLINK(\"http://x\")" and sheet["A2"].data_type == "s"


def test_a_key_that_fits_several_existing_deals_is_rejected_not_guessed(db: Database, tmp_path: Path) -> None:
    header = ["opportunity", "account", "deal_stage", "close_value"]
    twice = [["Renewal", "Acme", "Needs confirmed", "100"], ["Other", "Acme", "Needs confirmed", "5"]]
    run_import(db, _write_csv(tmp_path / "a.csv", header, twice), ImportOptions(kind="opportunities"))
    with db.session() as s:  # a second "Renewal" at Acme, entered by hand: account + name no longer identify one
        first = s.scalars(select(Opportunity).where(Opportunity.name == "Renewal")).one()
        s.add(Opportunity(name="Renewal", account_id=first.account_id, stage_id=first.stage_id, currency="CNY"))
    result = run_import(db, _write_csv(tmp_path / "c.csv", header, [["Renewal", "Acme", "Lost", "1"]]),
                        ImportOptions(kind="opportunities"))
    assert (result.updated, result.inserted, result.rejected) == (0, 0, 1)
    assert "several existing records" in result.rejects[0].reason
