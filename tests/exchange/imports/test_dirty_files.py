"""Importing exports as they come: control characters and mixed encodings become warnings, never refusals."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from salesmgr.exchange.imports.importer import preview_import, run_import
from salesmgr.exchange.imports.results import ImportOptions
from salesmgr.models import Account, Opportunity
from salesmgr.models.database import Database
from tests.helpers import dirty_files

REMOVED = "removed {count} control characters (NUL and the like) from the file's values"


def test_opportunities_with_nuls_import_every_row_with_clean_values(db: Database, tmp_path: Path) -> None:
    path = dirty_files.data_export_opportunities(tmp_path, 40)
    options = ImportOptions(kind="opportunities")
    with db.session() as session:
        preview = preview_import(session, path, options)
    assert preview.row_count == 40
    assert str(preview.problem_errors[0]) == preview.problems[0] == REMOVED.format(count=9)
    result = run_import(db, path, options)
    assert (result.rows, result.inserted, result.rejected) == (40, 40, 0), result.rejects
    # the two rich-text Descriptions (4 each) and the NUL inside the quoted Name of row 3
    assert result.warnings == [REMOVED.format(count=9)]
    assert [(w.template, w.fields) for w in result.warning_errors] == [(REMOVED, {"count": 9})]
    assert result.to_json()["warnings"] == [REMOVED.format(count=9)]
    with db.session() as s:
        names = set(s.scalars(select(Opportunity.name)))
    assert names == {f"Deal {number}" for number in range(40)}


def test_mixed_encodings_keep_every_account_name(db: Database, tmp_path: Path) -> None:
    result = run_import(db, dirty_files.mixed_encoding_csv(tmp_path), ImportOptions(kind="accounts"))
    assert (result.inserted, result.rejected) == (4, 0), result.rejects
    assert result.warnings == ["the file mixes encodings (lines read as UTF-8: 1; as Windows-1252: 2); check its "
                               "accented characters"]
    with db.session() as s:
        names = sorted(s.scalars(select(Account.name)))
    assert names == ["Acme Corp", "Café Lumière", "Café Müller", "Müller AG"]
