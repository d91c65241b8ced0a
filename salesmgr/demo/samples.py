"""Sample CRM exports made from the demo data, so that a new user can try an import on realistic files.

Three files, written beside the database in ``samples/``: a Salesforce opportunity report (English labels, title
rows, a "Grand Totals" footer) in which every fifth open deal moved on a stage, three deals moved on from the last
open stage to ``NEW_STAGE`` (a stage the pipeline does not have yet) and five deals are new, and a 纷享销客 export
(Chinese headers, amounts in 万, Chinese dates, a 合计 footer) with every seventh budget revised and two amounts
that read 待定. Importing them shows updates with stage history, new deals, a new stage and rejected rows (in
the Salesforce report, which names accounts only, also the deals of the demo's two same-named accounts: the
reason says to add the account id column). The third is a whole Salesforce Data Export of a newly acquired team
(``sample_export``: a ZIP of one CSV per object, with system users, real stage history and its own rates).
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from salesmgr.demo.sample_export import write_sample_export
from salesmgr.exchange.export.workbook import append_literal, save_atomically
from salesmgr.models import Account, Opportunity, Rep, StageDefinition, clock
from salesmgr.models.database import Database
from salesmgr.models.money import from_minor
from salesmgr.paths import data_dir

SALESFORCE_FILE = "Salesforce report - open pipeline.xlsx"
FXIAOKE_FILE = "纷享销客 商机导出.xlsx"
SALESFORCE_HEADERS = ["Opportunity Name", "Account Name", "Opportunity Owner", "Stage", "Amount",
                      "Probability (%)", "Close Date", "Created Date", "Lead Source", "Type", "Currency"]
FXIAOKE_HEADERS = ["商机名称", "客户名称", "销售阶段", "商机金额", "预计成交日期", "负责人", "赢率"]
ROWS_PER_FILE = 150
NEW_STAGE = "Contract review"  # a stage of the Salesforce pipeline that the demo pipeline does not have
NEW_STAGE_DEALS = 3


def samples_folder(db: Database) -> Path:
    """``samples/`` beside the database file (in the data folder for a database that is not a file)."""
    return (db.path.parent if db.path else data_dir()) / "samples"


def list_samples(db: Database) -> list[Path]:
    folder = samples_folder(db)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".xlsx", ".zip") and not p.name.startswith("."))


def write_samples(db: Database, today: date | None = None) -> list[Path]:
    """Write the sample exports (two from the open deals in the database, and the whole export); their paths."""
    folder = samples_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    with db.session() as session:
        deals = _open_deals(session)
        stages = list(session.scalars(select(StageDefinition.name).where(StageDefinition.kind == "open")
                                      .order_by(StageDefinition.position)))
    today = today or clock.today()
    half = len(deals) // 2
    return [_salesforce(folder / SALESFORCE_FILE, deals[:half], stages, today),
            _fxiaoke(folder / FXIAOKE_FILE, deals[half:]), write_sample_export(folder, today)]


Deal = tuple[str, str, str, str, Decimal, int, date | None, date | None, str | None, str | None, str]


def _open_deals(session: Session) -> list[Deal]:
    """Open CNY deals whose account and name identify them (these files, like many exports, carry no ID)."""
    owner = aliased(Rep)
    unique = (select(Opportunity.account_id, Opportunity.name).group_by(Opportunity.account_id, Opportunity.name)
              .having(func.count() == 1).subquery())
    query = (select(Opportunity.name, Account.name, owner.name, StageDefinition.name, Opportunity.amount_minor,
                    Opportunity.probability, Opportunity.expected_close_date, Opportunity.created_date,
                    Opportunity.lead_source, Opportunity.opportunity_type, Opportunity.currency)
             .join(Account, Opportunity.account_id == Account.id).join(owner, Opportunity.owner_id == owner.id)
             .join(StageDefinition)
             .join(unique, (unique.c.account_id == Opportunity.account_id) & (unique.c.name == Opportunity.name))
             .where(StageDefinition.kind == "open", Opportunity.amount_minor.is_not(None),
                    Opportunity.currency == "CNY")
             .order_by(Opportunity.id).limit(2 * ROWS_PER_FILE))
    return [(r[0], r[1], r[2], r[3], from_minor(r[4], r[10]), r[5] or 0, *r[6:]) for r in session.execute(query)]


def _salesforce(path: Path, deals: list[Deal], stages: list[str], today: date) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Opportunity Pipeline"
    for line in ("Opportunity Pipeline Report", f"Generated {today.isoformat()} by Sales Operations", ""):
        append_literal(sheet, [line])
    append_literal(sheet, SALESFORCE_HEADERS)
    total = Decimal(0)
    in_review = _in_review(deals, stages)
    for number, (name, account, owner, stage, amount, probability, close, created, source, kind, currency) \
            in enumerate(deals):
        if number in in_review:
            stage = NEW_STAGE
        elif number % 5 == 0 and stage in stages[:-1]:  # every fifth deal moved on a stage in the CRM
            stage = stages[stages.index(stage) + 1]
        append_literal(sheet, [name, account, owner, stage, float(amount), probability, close, created, source,
                               kind, currency])
        total += amount
    for number in range(1, 6):
        account = deals[number][1] if len(deals) > number else "Northwind Logistics Ltd"
        append_literal(sheet, [f"Expansion {today.year} #{number}", account, deals[0][2] if deals else "Sales Ops",
                               stages[0], 50_000.0 * number, 10, today + timedelta(days=60), today, "Website",
                               "Upsell", "CNY"])
    append_literal(sheet, [f"Grand Totals ({len(deals) + 5} records)", None, None, None, float(total)])
    return save_atomically(workbook, path)


def _in_review(deals: list[Deal], stages: list[str]) -> set[int]:
    """The rows that moved on from the last open stage to ``NEW_STAGE``: the first ``NEW_STAGE_DEALS`` deals in
    that stage (the first deal when none is)."""
    last = [number for number, deal in enumerate(deals) if stages and deal[3] == stages[-1]]
    return set(last[:NEW_STAGE_DEALS] or [0])


def _fxiaoke(path: Path, deals: list[Deal]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "商机"
    append_literal(sheet, FXIAOKE_HEADERS)
    unfilled = {len(deals) // 8, len(deals) * 5 // 8}  # two rows whose amount reads 待定 ("to be decided")
    for number, (name, account, owner, stage, amount, probability, close, *_rest) in enumerate(deals):
        if number % 7 == 3:  # the customer revised the budget
            amount = (amount * Decimal("1.1")).quantize(Decimal("0.01"))
        money = "待定" if number in unfilled else f"{amount.scaleb(-4).normalize():f}万"  # 4.9万
        day = f"{close.year}年{close.month}月{close.day}日" if close else None
        append_literal(sheet, [name, account, stage, money, day, owner, f"{probability}%"])
    append_literal(sheet, ["合计", None, None, None])
    return save_atomically(workbook, path)
