"""Data exports: every importable kind as one sheet whose headers are the import's field names, so that
export -> edit in Excel -> import is a lossless round trip.

Ids: a record from a CRM keeps its external_id and source_system; a record created in salesmgr gets its own id
as external_id with source_system "salesmgr:<identity>", which the importer matches by primary key. The account
and owner a record refers to are written the same way (``account_external_id`` + ``account_source_system``,
``owner_external_id`` + ``owner_source_system``), so the import back finds them by id, not by name. Such an id
means "record N of the database it came from": loading the file into a new database recreates the records under
the same ids.
Values: dates and datetimes as real dates, money as a number beside a currency column, probability as a ratio
0..1 (shown as a percentage), yes/no as booleans. Rows are streamed from the database, never loaded at once.
Which filters apply to which kind: see ``queries``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType, ExportColumn
from salesmgr.exchange.export.queries import ID_FIELDS, OWN_SOURCE_PARAM, QUERIES, KindQuery
from salesmgr.exchange.export.table_writer import ExportResult, write_table
from salesmgr.exchange.export.workbook import ExportError
from salesmgr.exchange.imports.kinds import IMPORT_ONLY, KINDS, FieldType
from salesmgr.exchange.reports.request import period_label
from salesmgr.i18n import translate
from salesmgr.models import Rep, Team, clock
from salesmgr.models.bonus.entities import score_from_centi
from salesmgr.models.identity import own_source
from salesmgr.models.money import from_minor
from salesmgr.models.periods import Period
from salesmgr.progress import NO_PROGRESS, Progress

DATA_KINDS: tuple[str, ...] = tuple(kind for kind in KINDS if kind not in IMPORT_ONLY)
YIELD_PER = 2000
_COLUMN_TYPES = {FieldType.DATE: ColumnType.DATE, FieldType.DATETIME: ColumnType.DATETIME,
                 FieldType.MONEY: ColumnType.MONEY, FieldType.PERCENT: ColumnType.PERCENT,
                 FieldType.INTEGER: ColumnType.INTEGER, FieldType.EMPLOYEES: ColumnType.INTEGER,
                 FieldType.BOOLEAN: ColumnType.BOOLEAN, FieldType.BEHAVIOUR: ColumnType.DATE,
                 FieldType.MONTH: ColumnType.DATE}


def export_data(session: Session, kind: str, out: Path, *, team_id: int | None = None, rep_id: int | None = None,
                period: Period | None = None, progress: Progress = NO_PROGRESS) -> ExportResult:
    """Write the records of ``kind`` (narrowed by team, rep and period where the kind has them) to ``out``."""
    if kind not in DATA_KINDS:
        raise ExportError("unknown data kind {kind}; use one of {kinds}", kind=kind, kinds=", ".join(DATA_KINDS))
    query = QUERIES[kind]()
    own = own_source(session)
    statement = _filtered(query, team_id, rep_id, period.bounds if period else None).params({OWN_SOURCE_PARAM: own})
    total = session.scalar(select(func.count()).select_from(statement.order_by(None).subquery())) or 0
    columns = export_columns(kind, query, _single_currency(session, statement, query))
    rows = _stream(session, statement, row_converter(query, own))
    generated = translate("Reports", "Generated: {when}").format(when=f"{clock.now():%Y-%m-%d %H:%M}")
    notes = [_filter_note(session, team_id, rep_id, period), generated]
    return write_table(out, columns, rows, sheet=kind, title=kind_title(kind), notes=notes, total=total,
                       progress=progress)


def kind_title(kind: str) -> str:
    """The title of a data export, in the user's language."""
    titles = {
        "opportunities": translate("Reports", "Opportunities"), "accounts": translate("Reports", "Accounts"),
        "contacts": translate("Reports", "Contacts"), "leads": translate("Reports", "Leads"),
        "reps": translate("Reports", "Reps"), "activities": translate("Reports", "Activities"),
        "quotas": translate("Reports", "Quotas"), "csat": translate("Reports", "CSAT responses"),
        "nps": translate("Reports", "NPS responses"), "tickets": translate("Reports", "Support tickets"),
        "usage": translate("Reports", "Product usage"),
    }
    return titles.get(kind, kind)


def _filtered(query: KindQuery, team_id: int | None, rep_id: int | None,
              bounds: tuple[date, date] | None) -> Select[Any]:
    statement = query.statement
    if team_id is not None and query.by_team is not None:
        statement = statement.where(query.by_team(team_id))
    if rep_id is not None and query.by_rep is not None:
        statement = statement.where(query.by_rep(rep_id))
    if bounds is not None and query.by_period is not None:
        statement = statement.where(query.by_period(*bounds))
    return statement


def _headers(query: KindQuery) -> tuple[str, ...]:
    return (*ID_FIELDS, *query.fields) if query.has_ids else query.fields


def export_columns(kind: str, query: KindQuery, currency: str | None) -> list[ExportColumn]:
    spec = KINDS[kind]
    types = [_COLUMN_TYPES.get(spec.field(name).type, ColumnType.TEXT) for name in _headers(query)]
    return [ExportColumn(name, type_, currency if type_ == ColumnType.MONEY else None)
            for name, type_ in zip(_headers(query), types, strict=True)]


def _single_currency(session: Session, statement: Select[Any], query: KindQuery) -> str | None:
    """The currency of every amount when there is only one, so the money column can show it."""
    if "currency" not in query.fields:
        return None
    rows = statement.order_by(None).subquery()
    found = session.scalars(select(rows.c.currency).distinct().limit(2)).all()
    return found[0] if len(found) == 1 else None


def row_converter(query: KindQuery, own: str) -> Callable[[Sequence[Any]], list[Any]]:
    """From a result row to the export's values: the id pair (records made here: their id with source ``own``),
    money in units, probability as a ratio, a CSAT score from hundredths."""
    headers = _headers(query)
    amount = headers.index("amount") if "amount" in headers else None
    currency = headers.index("currency") if "currency" in headers else None
    probability = headers.index("probability") if "probability" in headers else None
    # CSAT: stored in hundredths; NPS: a whole number, exported as it is
    score = headers.index("score") if "score" in headers and query.score_in_centi else None

    def convert(row: Sequence[Any]) -> list[Any]:
        if query.has_ids:
            key, external_id, source = row[0], row[1], row[2]
            values = [external_id or str(key), (source or "") if external_id else own, *row[3:]]
        else:
            values = list(row)
        if amount is not None and currency is not None and values[amount] is not None:
            values[amount] = from_minor(values[amount], values[currency])
        if probability is not None and values[probability] is not None:
            values[probability] = Decimal(values[probability]).scaleb(-2)
        if score is not None and values[score] is not None:
            values[score] = score_from_centi(values[score])
        return values
    return convert


def _stream(session: Session, statement: Select[Any], convert: Callable[[Sequence[Any]], list[Any]]
            ) -> Iterator[list[Any]]:
    for row in session.execute(statement, execution_options={"yield_per": YIELD_PER}):
        yield convert(row)


def _filter_note(session: Session, team_id: int | None, rep_id: int | None, period: Period | None) -> str:
    team = _name(session, Team, team_id)
    rep = _name(session, Rep, rep_id)
    parts = [translate("Reports", "Period: {period}").format(period=period_label(period)) if period else "",
             translate("Reports", "Team: {name}").format(name=team) if team else "",
             translate("Reports", "Rep: {name}").format(name=rep) if rep else ""]
    shown = [part for part in parts if part]
    return " · ".join(shown) if shown else translate("Reports", "All records")


def _name(session: Session, entity: type[Team] | type[Rep], key: int | None) -> str | None:
    return session.scalar(select(entity.name).where(entity.id == key)) if key is not None else None
