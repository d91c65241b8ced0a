"""Writers of realistic CRM export files (and hostile ones) for tests and benchmarks; nothing binary is committed.

Each function writes into ``folder`` and returns the path. Content is deterministic.
"""
from __future__ import annotations

import csv
import io
import random
import struct
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

REFERENCE_DATE = date(2026, 11, 1)

SALESFORCE_REPORT_HEADERS = ["Opportunity ID", "Opportunity Name", "Account Name", "Opportunity Owner", "Stage",
                             "Amount", "Probability (%)", "Close Date", "Created Date", "Lead Source", "Type",
                             "Currency"]
SALESFORCE_API_HEADERS = ["Id", "Name", "StageName", "Amount", "CloseDate", "OwnerId", "AccountId",
                          "CurrencyIsoCode", "IsWon", "IsClosed", "CreatedDate", "Probability", "LeadSource"]
HUBSPOT_HEADERS = ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner", "Amount", "Create Date",
                   "Pipeline", "Associated Company"]
PIPEDRIVE_HEADERS = ["Deal - Title", "Deal - Stage", "Deal - Value", "Deal - Currency", "Deal - Owner",
                     "Deal - Expected close date", "Deal - Status", "Organization - Name"]
ODOO_HEADERS = ["Opportunity", "Customer", "Salesperson", "Sales Team", "Stage", "Expected Revenue",
                "Expected Closing", "Probability"]
FXIAOKE_HEADERS = ["商机名称", "客户名称", "销售阶段", "商机金额", "预计成交日期", "负责人", "赢率", "商机状态"]
XIAOSHOUYI_HEADERS = ["商机名称", "客户名称", "销售阶段", "商机金额", "预计结单日期", "负责人", "成交概率(%)"]
SNAKE_CASE_HEADERS = ["opportunity_id", "sales_agent", "deal_stage", "close_value", "engage_date", "account",
                      "close_date"]

STAGES = ["Prospecting", "Qualification", "Needs Analysis", "Proposal/Price Quote", "Negotiation/Review",
          "Closed Won", "Closed Lost"]
PROBABILITIES = [10, 20, 30, 60, 80, 100, 0]
REPS = [f"{first} {last}" for first in ("Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo")
        for last in ("Schmidt", "Martin", "Rossi", "Novak", "Garcia")]  # 40 reps
ACCOUNTS = ["Café Müller GmbH", "Acme Corp", "Globex", "Initech", "Umbrella plc"] + [
    f"Account {number:04d} Ltd" for number in range(1995)]  # 2000 accounts
SOURCES = ["Web", "Partner Referral", "Trade Show", "Cold Call", "Advertisement"]
CN_STAGES = ["赢单", "方案演示", "需求确认", "商务谈判", "输单"]
CN_PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静"]
CN_CUSTOMERS = ["北京华信科技有限公司", "上海东方贸易有限公司", "深圳创新电子有限公司", "广州南方物流有限公司"]


def _opportunity(number: int) -> list[object]:
    """One Salesforce-report row (12 columns) for ``number``; deterministic."""
    stage = number % len(STAGES)
    close = REFERENCE_DATE - timedelta(days=(number * 37) % 730)
    created = close - timedelta(days=15 + number % 120)
    return [f"006{number:012d}", f"{ACCOUNTS[number % len(ACCOUNTS)]} - Deal {number}", ACCOUNTS[number % 2000],
            REPS[number % len(REPS)], STAGES[stage], float(1000 + (number * 7919) % 250_000),
            PROBABILITIES[stage], close, created, SOURCES[number % len(SOURCES)],
            "New Business" if number % 3 else "Existing Business", "EUR"]


def _save(workbook: Workbook, path: Path) -> Path:
    workbook.save(path)
    return path


def salesforce_report_xlsx(folder: Path, rows: int = 20) -> Path:
    """A Salesforce report export: 3 title rows, the header on row 4, data, a "Grand Totals" row and a sum row."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Opportunity Pipeline Report"
    sheet.append(["Opportunity Pipeline Report"])
    sheet.append(["Generated 2026-11-01 by Anna Schmidt (Acme Corp)"])
    sheet.append([])
    sheet.append(SALESFORCE_REPORT_HEADERS)
    data = [_opportunity(number) for number in range(1, rows + 1)]
    for row in data:
        sheet.append(row)
    sheet.append([f"Grand Totals ({rows} records)"])
    total = sum(float(1000 + (number * 7919) % 250_000) for number in range(1, rows + 1))
    sheet.append([None, None, None, None, None, total])  # the unlabelled sum line under the footer
    return _save(workbook, folder / "salesforce_report.xlsx")


def _write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str, delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def salesforce_api_csv(folder: Path, rows: int = 10) -> Path:
    """A Data Loader export in Windows-1252 with API field names; row 1 is "Café Müller GmbH"."""
    data: list[list[object]] = [list(SALESFORCE_API_HEADERS)]
    for number in range(rows):
        won, closed = number % 4 == 0, number % 4 in (0, 1)
        data.append([f"0065g00000{number:05d}AAA", ACCOUNTS[number % 5] if number else "Café Müller GmbH",
                     "Closed Won" if won else ("Closed Lost" if closed else "Prospecting"),
                     f"{12500 + number * 1000}.00",
                     f"2026-{1 + number % 12:02d}-15", f"0055g00000{number % 3:05d}AAA",
                     f"0015g00000{number:05d}AAA", "EUR", str(won).lower(), str(closed).lower(),
                     f"2025-0{1 + number % 9}-01T09:30:00.000+0000", "100" if won else "20", "Web"])
    return _write_csv(folder / "salesforce_api.csv", data, "cp1252")


def hubspot_csv(folder: Path, rows: int = 10) -> Path:
    """A HubSpot deals export, UTF-8 with BOM."""
    data: list[list[object]] = [list(HUBSPOT_HEADERS)]
    for number in range(rows):
        data.append([str(9_000_000 + number), f"Renewal {number} – Zürich", "closedwon" if number % 2 else
                     "appointmentscheduled", f"2026-0{1 + number % 9}-20 00:00", REPS[number], f"{5000 + number}",
                     "2025-12-01 10:00", "Sales Pipeline", "Société Générale" if number == 0 else ACCOUNTS[number]])
    return _write_csv(folder / "hubspot.csv", data, "utf-8-sig")


def pipedrive_csv(folder: Path, rows: int = 10) -> Path:
    """A Pipedrive export with semicolons."""
    data: list[list[object]] = [list(PIPEDRIVE_HEADERS)]
    for number in range(rows):
        data.append([f"Deal {number}, phase 2", "Proposal Made", f"{1200 + number}.5", "EUR", REPS[number],
                     f"2026-03-{1 + number:02d}", "open" if number % 3 else "won", ACCOUNTS[number]])
    return _write_csv(folder / "pipedrive.csv", data, "utf-8", delimiter=";")


def odoo_xlsx(folder: Path, rows: int = 10) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Pipeline"
    sheet.append(ODOO_HEADERS)
    for number in range(rows):
        sheet.append([f"Odoo deal {number}", ACCOUNTS[number], REPS[number], "Europe", STAGES[number % 7],
                      10_000.0 + number, date(2026, 1 + number % 12, 10), 50.0])
    return _save(workbook, folder / "odoo.xlsx")


def fxiaoke_xlsx(folder: Path, rows: int = 6) -> Path:
    """纷享销客 export: Chinese headers and formatted text values, a "合计" footer."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "商机"
    sheet.append(FXIAOKE_HEADERS)
    for number in range(rows):
        sheet.append([f"商机{number + 1}号", CN_CUSTOMERS[number % 4], CN_STAGES[number % 5], "¥1,200,000.00",
                      f"2025年{1 + number % 12}月1日", CN_PEOPLE[number % 5], "35%", "进行中"])
    sheet.append(["合计", None, None, "¥7,200,000.00"])
    return _save(workbook, folder / "fxiaoke.xlsx")


def xiaoshouyi_gb18030_csv(folder: Path, rows: int = 6) -> Path:
    """销售易 export saved by Chinese Excel: GB18030."""
    data: list[list[object]] = [list(XIAOSHOUYI_HEADERS)]
    for number in range(rows):
        data.append([f"销售易商机{number}", CN_CUSTOMERS[number % 4], CN_STAGES[number % 5], f"{300000 + number}",
                     f"2025/{1 + number % 12}/28", CN_PEOPLE[number % 5], "60"])
    return _write_csv(folder / "xiaoshouyi.csv", data, "gb18030")


def snake_case_csv(folder: Path, rows: int = 10) -> Path:
    data: list[list[object]] = [list(SNAKE_CASE_HEADERS)]
    for number in range(rows):
        data.append([f"OPP{number:05d}", REPS[number], "Won" if number % 2 else "Engaging", str(1000 + number),
                     "2025-01-05", ACCOUNTS[number], "2025-03-01" if number % 2 else ""])
    return _write_csv(folder / "sales_pipeline.csv", data, "utf-8")


ZOHO_HEADERS = ["Record Id", "Deal Owner", "Deal Owner.id", "Deal Name", "Account Name", "Account Name.id",
                "Type", "Lead Source", "Amount", "Closing Date", "Stage", "Probability (%)", "Expected Revenue",
                "Currency", "Created Time", "Modified Time"]
ZOHO_STAGES = ["Qualification", "Needs Analysis", "Proposal/Price Quote", "Closed Won", "Closed Lost",
               "Closed Lost to Competition"]
ZOHO_ZH_HEADERS = ["商机所有者", "商机所有者.id", "商机名称", "客户名称", "客户名称.id", "金额", "结束日期", "阶段",
                   "可能性(%)", "创建时间", "修改时间"]
ZOHO_ZH_STAGES = ["资格审查", "需求分析", "赢单", "输单", "输单(竞争对手)", "输单（其他）"]


def zoho_deals_csv(folder: Path, rows: int = 12) -> Path:
    """A Zoho CRM deals export (English interface, UTF-8): row ``n`` is at stage ``ZOHO_STAGES[n % 6]``, owned
    by user ``n % 3`` and on account ``n % 4`` (ids 4876000000100 + n % 4), closing 2026-03-(13+n) (written
    month first, as Zoho's US format), created 2026-01-05."""
    data: list[list[object]] = [list(ZOHO_HEADERS)]
    for number in range(rows):
        stage = ZOHO_STAGES[number % 6]
        amount = 10_000 + 1000 * number
        data.append([f"4876000000{number:03d}", REPS[number % 3], f"487600000000{number % 3}",
                     f"Zoho deal {number}", ACCOUNTS[number % 4], f"4876000000{100 + number % 4}",
                     "New Business", "Web Download", f"{amount}.00", f"03/{number + 13:02d}/2026", stage, "50",
                     f"{amount // 2}.00", "USD", "2026-01-05 09:30:00", "2026-02-01 10:00:00"])
    return _write_csv(folder / "Deals_001.csv", data, "utf-8")


def zoho_deals_zh_xlsx(folder: Path, rows: int = 6) -> Path:
    """A Zoho CRM deals export from its Chinese interface: row ``n`` at stage ``ZOHO_ZH_STAGES[n % 6]``."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "商机"
    sheet.append(ZOHO_ZH_HEADERS)
    for number in range(rows):
        sheet.append([CN_PEOPLE[number % 5], f"48760000000{number % 5}", f"商机{number + 1}号",
                      CN_CUSTOMERS[number % 4], f"48760000002{number % 4}", 100_000 + number,
                      date(2026, 4, 1 + number), ZOHO_ZH_STAGES[number % 6], 40,
                      datetime(2026, 1, 2, 9, 0), datetime(2026, 2, 3, 9, 0)])
    return _save(workbook, folder / "商机.xlsx")


TWIN_ORGANISATION = "华润万家超市有限公司"
PIPEDRIVE_TWIN_HEADERS = ["Deal - ID", "Deal - Title", "Deal - Stage", "Deal - Value", "Deal - Currency",
                          "Deal - Status", "Organization - Name", "Organization - ID"]


def pipedrive_twin_organisations(folder: Path) -> Path:
    """Pipedrive organisations 700 and 701, both called ``TWIN_ORGANISATION`` (two branches), and 702 Globex."""
    data = [["Organization - ID", "Organization - Name", "Organization - Address"],
            ["700", TWIN_ORGANISATION, "深圳"], ["701", TWIN_ORGANISATION, "广州"], ["702", "Globex", "Berlin"]]
    return _write_csv(folder / "organizations.csv", data, "utf-8")


def pipedrive_twin_deals(folder: Path, with_ids: bool = True) -> Path:
    """40 Pipedrive deals of ``TWIN_ORGANISATION``: even ones name organisation 700, odd ones 701; then 5 deals of
    702 Globex. Without ids the "Organization - ID" column is left out."""
    headers = PIPEDRIVE_TWIN_HEADERS if with_ids else PIPEDRIVE_TWIN_HEADERS[:-1]
    data: list[list[object]] = [list(headers)]
    for number in range(45):
        organisation = ("Globex", "702") if number >= 40 else (TWIN_ORGANISATION, str(700 + number % 2))
        row = [str(5000 + number), f"Deal {number}", "Proposal Made", f"{1000 + number}", "CNY",
               "won" if number % 5 == 0 else "open", *organisation]
        data.append(row if with_ids else row[:-1])
    return _write_csv(folder / ("deals.csv" if with_ids else "deals_without_ids.csv"), data, "utf-8")


def multi_sheet_xlsx(folder: Path) -> Path:
    """Sheets "Summary" (a small pivot-like table) then "Deals" (12 rows)."""
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Summary"
    summary.append(["Stage", "Deals", "Amount"])
    for stage in STAGES[:3]:
        summary.append([stage, 4, 40_000.0])
    deals = workbook.create_sheet("Deals")
    deals.append(SALESFORCE_REPORT_HEADERS)
    for number in range(1, 13):
        deals.append(_opportunity(number))
    return _save(workbook, folder / "multi_sheet.xlsx")


def big_xlsx(path: Path, rows: int) -> Path:
    """A ``rows``-row Salesforce-labelled 12-column opportunity export, written fast (write-only mode)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Opportunities")
    sheet.append(SALESFORCE_REPORT_HEADERS)
    for number in range(1, rows + 1):
        sheet.append(_opportunity(number))
    workbook.save(path)
    return path


def big_csv(path: Path, rows: int) -> Path:
    """The rows of ``big_xlsx`` as a UTF-8 CSV (dates ISO, amounts as Python writes floats), written row by row so
    that a million rows never sit in memory."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(SALESFORCE_REPORT_HEADERS)
        for number in range(1, rows + 1):
            writer.writerow(_opportunity(number))
    return path


def _rewrite_zip(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change.get(info.filename, old.read(info.filename)))
    return target


def _with_entities(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as old:
        xml = old.read("xl/worksheets/sheet1.xml").decode()
    declaration, rest = xml.split("?>", 1) if xml.startswith("<?") else ("<?xml version=\"1.0\"", xml)
    dtd = '<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    return _rewrite_zip(source, target, {"xl/worksheets/sheet1.xml": (declaration + "?>" + dtd + rest).encode()})


def _zip_bomb(target: Path) -> Path:
    """An xlsx-shaped zip whose sheet declares 3 GB unpacked: the central directory size field is patched, so
    writing it costs nothing and a reader that trusts the declared size must refuse it."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (1 << 20))
    data = bytearray(target.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                struct.pack_into("<I", data, at + size_offset, 3 << 30)
            at = data.find(signature, at + 4)
    target.write_bytes(bytes(data))
    return target


def _million_columns(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as old:
        xml = old.read("xl/worksheets/sheet1.xml").decode()
    head, tail = xml.split("<dimension ref=\"", 1)
    tail = tail.split("\"", 1)[1]
    return _rewrite_zip(source, target, {"xl/worksheets/sheet1.xml": f'{head}<dimension ref="A1:XFD5"{tail}'.encode()})


def hostile_files(folder: Path) -> dict[str, Path]:
    """Broken and hostile files by case name; every one must give an ImportFileError."""
    real = odoo_xlsx(folder)
    data = real.read_bytes()
    files = {
        "not_a_spreadsheet": folder / "picture.xlsx",
        "truncated": folder / "truncated.xlsx",
        "encrypted": folder / "encrypted.xlsx",
        "empty": folder / "empty.csv",
        "binary_csv": folder / "binary.csv",
    }
    files["not_a_spreadsheet"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    files["truncated"].write_bytes(data[: len(data) // 2])
    files["encrypted"].write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode(
        "utf-16-le") + b"\0" * 512)
    files["empty"].write_bytes(b"")
    files["binary_csv"].write_bytes(random.Random(7).randbytes(20_000))
    files["xml_entities"] = _with_entities(real, folder / "entities.xlsx")
    files["zip_bomb"] = _zip_bomb(folder / "bomb.xlsx")
    files["million_columns"] = _million_columns(real, folder / "wide.xlsx")
    header_only = Workbook()
    header_only.active.title = "Deals"
    header_only.active.append(ODOO_HEADERS)
    files["header_only"] = _save(header_only, folder / "header_only.xlsx")
    files["header_only_csv"] = _write_csv(folder / "header_only.csv", [list(SNAKE_CASE_HEADERS)], "utf-8")
    return files

