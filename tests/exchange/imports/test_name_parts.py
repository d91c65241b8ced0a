"""Names in two parts: first + last name (姓 + 名 for Chinese names) make the name when a file has no full name."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from salesmgr.exchange.imports.importer import run_import
from salesmgr.exchange.imports.names import full_name
from salesmgr.exchange.imports.results import ImportOptions
from salesmgr.models import Contact, Lead
from salesmgr.models.database import Database
from tests.helpers.salesforce_files import write_csv


@pytest.mark.parametrize(("first", "last", "name"), [
    ("Anna", "Schmidt", "Anna Schmidt"),
    ("伟", "张", "张伟"),  # both Chinese: the family name first, no space
    ("娜娜", "欧阳", "欧阳娜娜"),
    ("Fang", "王", "Fang 王"),  # mixed scripts: first + " " + last
    ("美咲", "佐藤", "佐藤美咲"),  # Japanese (kanji)
    ("민준", "김", "김민준"),  # Korean (hangul)
    ("", "Müller", "Müller"), (" Jo ", None, "Jo"),  # one part alone is the name
    (None, None, None), ("  ", "", None),
])
def test_full_name(first: str | None, last: str | None, name: str | None) -> None:
    assert full_name(first, last) == name


def _names(db: Database, entity: type[Contact] | type[Lead]) -> list[str]:
    with db.session() as s:
        return sorted(s.scalars(select(entity.name)))


def test_a_salesforce_contacts_file_takes_its_names_from_first_and_last(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "Contact.csv", ["Id", "AccountId", "LastName", "FirstName", "Email", "Title"], [
        ["0038a0000001AAA", "0018a00000ACME1AAA", "Schmidt", "Anna", "anna@acme.example", "CFO"],
        ["0038a0000002AAA", "0018a00000ACME1AAA", "Müller", "", "mueller@acme.example", "CTO"],
        ["0038a0000003AAA", "0018a00000ACME1AAA", "", "", "nobody@acme.example", ""],
    ])
    result = run_import(db, path, ImportOptions(kind="contacts"))
    # rows 2 and 3 stored ("Anna Schmidt", and "Müller" alone); row 4 has no name in any part: rejected
    assert (result.inserted, result.rejected) == (2, 1)
    assert [(r.row, r.column, r.reason) for r in result.rejects] == [
        (4, "", "the required field name is empty, and so are FirstName, LastName")]
    assert _names(db, Contact) == ["Anna Schmidt", "Müller"]
    again = run_import(db, path, ImportOptions(kind="contacts"))
    assert (again.inserted, again.updated, again.unchanged, again.rejected) == (0, 0, 2, 1)


def test_a_chinese_leads_file_puts_the_family_name_first(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "线索.csv", ["姓", "名", "公司", "邮箱"], [
        ["张", "伟", "北京华信科技有限公司", "zhang.wei@example.cn"],
        ["欧阳", "娜娜", "上海东方贸易有限公司", "ouyang@example.cn"],
        ["Smith", "John", "Northwind Ltd", "john@example.com"],
    ])
    result = run_import(db, path, ImportOptions(kind="leads"))
    assert result.mapping == {"姓": "last_name", "名": "first_name", "公司": "company", "邮箱": "email"}
    assert (result.inserted, result.rejected) == (3, 0), result.rejects
    assert _names(db, Lead) == ["John Smith", "张伟", "欧阳娜娜"]


def test_a_full_name_column_wins_over_the_parts(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "contacts.csv", ["Full Name", "First Name", "Last Name", "Email"], [
        ["Dr. Anna Schmidt", "Anna", "Schmidt", "anna@acme.example"],
        ["", "Ben", "Martin", "ben@acme.example"],  # the full name empty on this row: the parts stand in
    ])
    result = run_import(db, path, ImportOptions(kind="contacts"))
    assert (result.inserted, result.rejected) == (2, 0)
    assert _names(db, Contact) == ["Ben Martin", "Dr. Anna Schmidt"]


def test_a_rep_file_with_only_name_parts_passes_the_required_name(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "reps.csv", ["First Name", "Last Name", "Email"], [["Anna", "Schmidt", "a@x.example"]])
    result = run_import(db, path, ImportOptions(kind="reps"))
    assert (result.inserted, result.rejected, result.new_reps) == (1, 0, [])
