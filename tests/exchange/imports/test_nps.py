"""Importing NPS survey answers (kind ``nps``): English and Chinese headers, the 0-10 whole-number rule, and the
goals catalogue's NPS over the imported answers.

The data: Ann owns Acme and 上海华创, Bob owns Globex and has the e-mail bob@example.com; every answer is dated
in 2026Q3.
"""
from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.results import ImportOptions, ImportResult
from salesmgr.models import Account, Rep
from salesmgr.models.database import Database
from salesmgr.models.goals.catalogue import measure
from salesmgr.models.goals.goals import COMPANY, NpsResponse, Owner
from salesmgr.models.periods import Period

Q3 = Period.parse("2026Q3")
ENGLISH = (["Response ID", "Account", "Rep Email", "Date", "Likelihood to recommend", "Comment"],
           [["R1", "Acme", "", "2026-07-03", "10", "Great support"],
            ["R2", "Acme", "", "2026-07-20", "9", ""],
            ["R3", "Globex", "", "2026-08-01", "6", "Slow delivery"],
            ["R4", "Acme", "", "2026-08-15", "8", ""],
            ["R5", "", "bob@example.com", "2026-09-01", "0", "Never again"]])
CHINESE = (["客户", "日期", "净推荐值得分", "备注"],
           [["上海华创", "2026年8月5日", "9", "服务很好"],
            ["上海华创", "2026年9月2日", "7", ""],
            ["上海华创", "2026年9月20日", "10", "会推荐给同行"]])


def _csv(path: Path, table: tuple[list[str], list[list[str]]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(table[0])
        writer.writerows(table[1])
    return path


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.session() as s:
        ann, bob = Rep(name="Ann"), Rep(name="Bob", email="bob@example.com")
        s.add_all([ann, bob])
        s.flush()
        s.add_all([Account(name="Acme", owner_id=ann.id), Account(name="Globex", owner_id=bob.id),
                   Account(name="上海华创", owner_id=ann.id)])
        return {"ann": ann.id, "bob": bob.id}


def _import(db: Database, path: Path) -> ImportResult:
    return run_import(db, path, ImportOptions(kind="nps"))


def _answers(db: Database) -> list[tuple[str | None, str | None, date, int, str | None]]:
    with db.session() as s:
        rows = s.execute(select(Account.name, Rep.name, NpsResponse.responded_on, NpsResponse.score,
                                NpsResponse.comment)
                         .outerjoin(Account, Account.id == NpsResponse.account_id)
                         .outerjoin(Rep, Rep.id == NpsResponse.rep_id).order_by(NpsResponse.responded_on)).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_english_headers_import_every_answer_and_reimport_changes_nothing(db: Database, people: dict[str, int],
                                                                          tmp_path: Path) -> None:
    path = _csv(tmp_path / "nps.csv", ENGLISH)
    first = _import(db, path)
    assert (first.inserted, first.rejected) == (5, 0), first.rejects
    assert first.mapping["Likelihood to recommend"] == "score" and first.mapping["Rep Email"] == "owner_email"
    assert _answers(db) == [
        ("Acme", None, date(2026, 7, 3), 10, "Great support"), ("Acme", None, date(2026, 7, 20), 9, None),
        ("Globex", None, date(2026, 8, 1), 6, "Slow delivery"), ("Acme", None, date(2026, 8, 15), 8, None),
        (None, "Bob", date(2026, 9, 1), 0, "Never again")]  # a score of 0 is an answer, not an empty cell
    again = _import(db, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 5)


def test_chinese_headers_import_and_reimport_unchanged(db: Database, people: dict[str, int], tmp_path: Path) -> None:
    path = _csv(tmp_path / "nps-zh.csv", CHINESE)
    first = _import(db, path)
    assert (first.inserted, first.rejected) == (3, 0), first.rejects
    assert {first.mapping[h] for h in CHINESE[0]} == {"account", "responded_on", "score", "comment"}
    assert _answers(db) == [("上海华创", None, date(2026, 8, 5), 9, "服务很好"),
                            ("上海华创", None, date(2026, 9, 2), 7, None),
                            ("上海华创", None, date(2026, 9, 20), 10, "会推荐给同行")]
    again = _import(db, path)  # no ID column: found again by account, rep, date and score
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)


def test_a_score_that_is_not_a_whole_number_from_0_to_10_rejects_the_row(db: Database, people: dict[str, int],
                                                                         tmp_path: Path) -> None:
    path = _csv(tmp_path / "bad.csv", (["Account", "Date", "推荐意愿"],
                                       [["Acme", "2026-07-01", "11"], ["Acme", "2026-07-02", "7.5"],
                                        ["Acme", "2026-07-03", "-1"], ["Acme", "2026-07-04", "ten"],
                                        ["Acme", "2026-07-05", "7"]]))
    result = _import(db, path)
    assert (result.inserted, result.rejected) == (1, 4)
    assert [r.row for r in result.rejects] == [2, 3, 4, 5]
    reasons = [r.reason for r in result.rejects]
    assert reasons[0] == "an NPS score must be a whole number from 0 to 10, not 11"
    assert reasons[2] == "an NPS score must be a whole number from 0 to 10, not -1"
    assert "is not a whole number" in reasons[1] and "is not a whole number" in reasons[3]
    assert [a[3] for a in _answers(db)] == [7]


def test_an_answer_without_account_or_rep_is_rejected(db: Database, people: dict[str, int], tmp_path: Path) -> None:
    path = _csv(tmp_path / "nobody.csv", (["Account", "Date", "NPS"], [["", "2026-07-01", "9"]]))
    result = _import(db, path)
    assert result.rejected == 1 and result.rejects[0].reason == "an NPS response needs an account or a rep"


def test_the_goals_nps_over_imported_answers_is_promoters_minus_detractors(db: Database, people: dict[str, int],
                                                                           tmp_path: Path) -> None:
    for name, table in (("en.csv", ENGLISH), ("zh.csv", CHINESE)):
        assert _import(db, _csv(tmp_path / name, table)).rejected == 0
    with db.session() as s:
        company = measure(s, "nps", COMPANY, Q3, {}).value
        ann = measure(s, "nps", Owner(rep_id=people["ann"]), Q3, {}).value
        bob = measure(s, "nps", Owner(rep_id=people["bob"]), Q3, {}).value
    # 8 answers 10, 9, 6, 8, 0 | 9, 7, 10: promoters (9-10) 4, detractors (0-6) 2 (6 and 0): (4 - 2) / 8 = +25
    assert company == Decimal(25)
    # Ann (Acme, 上海华创): 10, 9, 8, 9, 7, 10 -> 4 promoters, 0 detractors of 6: 400 / 6
    assert ann == Decimal(400) / 6
    # Bob: Globex's 6 and his own 0 -> 2 detractors of 2: -100
    assert bob == Decimal(-100)
