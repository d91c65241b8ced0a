"""Importing exchange rates from a CRM (kind ``rates``): Salesforce's CurrencyType.csv and DatedConversionRate.csv.
The table is imported as a whole, not row by row.

Definitions:

* Salesforce's ConversionRate of a currency X is how many units of X one unit of the org's corporate currency C
  is worth (C's own is 1). salesmgr's rate of X is how many units of the base currency B one unit of X is worth
  (``models.currency``). So rate(X) = k / ConversionRate(X), where k (B per C) is 1 when B is C, else B's
  ConversionRate when the file lists B, else the database's rate of C. Without k no rate is set and a warning
  names the corporate currency, the command that gives it a rate and the currencies left without one. B's own
  rate is never stored (it is 1); when k is the database's rate of C, that rate is left as it is.
* The corporate currency: the row marked IsCorporate; else the one a CurrencyType table imported earlier in the
  same transaction marked (a whole export: CurrencyType.csv before DatedConversionRate.csv); else the one
  currency whose ConversionRate is exactly 1, when only one is; else the file is refused (``ImportFileError``).
* Dated rates (a file with a StartDate column): per currency the period covering today (``clock.today()``;
  StartDate inclusive, NextStartDate exclusive, none = open-ended), else the latest one that started before
  today, else the earliest; ``rated_on`` is its StartDate. Without dates each currency has one row, rated today;
  a second row of a currency is a duplicate.
* Inactive currencies (IsActive false) are skipped and counted (``skipped``); a rate that is not a positive
  number, or an unknown currency code, rejects its row.
* Exactness: Decimal throughout; the quotient is worked out to 28 significant digits, then stored rounded to
  RATE_DIGITS (10) significant digits, half to even, without trailing zeros (7.2 / 0.92 -> 7.826086957).
* Written with ``models.currency.set_rate``. Counts are of currencies: inserted (no rate before), updated
  (another rate or date), unchanged; ``rates_set`` lists the inserted and updated rates.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation, localcontext

from sqlalchemy.orm import Session

from salesmgr.exchange.imports.results import ImportResult, RateSet
from salesmgr.exchange.imports.tables import ParsedRow, ParsedTable
from salesmgr.exchange.read.table import ImportFileError
from salesmgr.models import clock
from salesmgr.models.config import ExchangeRate
from salesmgr.models.currency import base_currency, check_rate, set_rate
from salesmgr.models.errors import UserError, ValidationError
from salesmgr.models.money import normalise_currency

RATE_DIGITS = 10
WORKING_DIGITS = 28
CORPORATE_KEY = "salesmgr.imports.corporate_currency"  # in Session.info: what a CurrencyType table marked
_ROUNDING = Context(prec=RATE_DIGITS, rounding=ROUND_HALF_EVEN)


@dataclass(frozen=True)
class _Quote:
    """One row: 1 corporate unit = ``rate`` units of ``currency`` (from ``start`` until ``next_start``)."""

    row: ParsedRow
    currency: str
    rate: Decimal
    corporate: bool
    start: date | None
    next_start: date | None


def import_rates(session: Session, table: ParsedTable, result: ImportResult) -> None:
    """Set the rates ``table`` gives (see the module), filling in ``result``."""
    quotes = _quotes(table, result)
    current = _current(quotes, table, result)
    if not current:
        return
    corporate = _corporate(session, quotes, current)
    base = result.base_currency = base_currency(session)
    factor, from_database = _factor(session, corporate, base, current)
    targets = [q for code, q in current.items() if code != base and not (from_database and code == corporate)]
    if factor is None:
        result.warn(ValidationError(
            "the corporate currency {corporate} has no rate to {base}, so no rate was set for {currencies}; set it "
            "with 'salesmgr rate set {corporate} RATE' (what 1 {corporate} is worth in {base}) and import the file "
            "again", corporate=corporate, base=base, currencies=", ".join(q.currency for q in targets)))
        return
    for quote in targets:
        with localcontext(Context(prec=WORKING_DIGITS)):
            rate = rounded(factor / quote.rate)
        _store(session, quote.currency, rate, quote.start or clock.today(), result)


def rounded(rate: Decimal) -> Decimal:
    """``rate`` to RATE_DIGITS significant digits (half to even), without trailing zeros: 9.000 -> 9."""
    value = _ROUNDING.create_decimal(rate)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def _quotes(table: ParsedTable, result: ImportResult) -> list[_Quote]:
    quotes = []
    for row in table.rows:
        values = row.values
        if values.get("is_active") is False:
            result.skip(UserError("inactive in the CRM"))
            continue
        try:
            code = normalise_currency(values["currency"])
        except UserError as exc:
            table.reject(result, row, exc, "currency")
            continue
        try:
            rate = _rate(values["rate"])
        except UserError as exc:
            table.reject(result, row, exc, "rate")
            continue
        quotes.append(_Quote(row, code, rate, bool(values.get("is_corporate")), values.get("start_date"),
                             values.get("next_start_date")))
    return quotes


def _rate(text: str) -> Decimal:
    try:
        rate = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation:
        raise ValidationError("an exchange rate must be positive, not {rate}", rate=text) from None
    check_rate(rate)
    return rate


def _current(quotes: list[_Quote], table: ParsedTable, result: ImportResult) -> dict[str, _Quote]:
    """Per currency the quote that applies (see the module), in file order."""
    per_currency: dict[str, list[_Quote]] = {}
    for quote in quotes:
        per_currency.setdefault(quote.currency, []).append(quote)
    dated = "start_date" in table.headers
    chosen: dict[str, _Quote] = {}
    for code, found in per_currency.items():
        if dated and all(q.start is not None for q in found):
            chosen[code] = _period(found, clock.today())
            continue
        chosen[code] = found[0]
        for repeat in found[1:]:
            result.duplicate_rows.append(repeat.row.row)
            result.duplicates.append(f"row {repeat.row.row} repeats an earlier row")
    return chosen


def _period(quotes: list[_Quote], today: date) -> _Quote:
    """The period covering ``today``, else the latest that started before it, else the earliest."""
    ordered = sorted(quotes, key=lambda q: q.start or date.min)
    started = [q for q in ordered if q.start is not None and q.start <= today]
    covering = [q for q in started if q.next_start is None or today < q.next_start]
    if covering:
        return covering[-1]
    return started[-1] if started else ordered[0]


def _corporate(session: Session, quotes: list[_Quote], current: dict[str, _Quote]) -> str:
    marked = {q.currency for q in quotes if q.corporate}
    if len(marked) == 1:
        session.info[CORPORATE_KEY] = next(iter(marked))
        return next(iter(marked))
    remembered = session.info.get(CORPORATE_KEY)
    if isinstance(remembered, str):
        return remembered
    ones = [code for code, q in current.items() if q.rate == 1]
    if len(ones) == 1:
        return ones[0]
    if not ones:
        raise ImportFileError("cannot tell the corporate currency: no row is marked IsCorporate and no currency has "
                              "a conversion rate of exactly 1; include CurrencyType.csv, which marks it, in the "
                              "import")
    raise ImportFileError("cannot tell the corporate currency: no row is marked IsCorporate and {currencies} all "
                          "have a conversion rate of exactly 1; include CurrencyType.csv, which marks it, in the "
                          "import", currencies=", ".join(ones))


def _factor(session: Session, corporate: str, base: str, current: dict[str, _Quote]
            ) -> tuple[Decimal | None, bool]:
    """(base units per corporate unit or None, whether it is the database's rate of the corporate currency)."""
    if corporate == base:
        return Decimal(1), False
    if base in current:
        with localcontext(Context(prec=WORKING_DIGITS)):
            return current[base].rate / current[corporate].rate if corporate in current else current[base].rate, False
    stored = session.get(ExchangeRate, corporate)
    return (stored.rate, True) if stored is not None else (None, False)


def _store(session: Session, currency: str, rate: Decimal, rated_on: date, result: ImportResult) -> None:
    before = session.get(ExchangeRate, currency)
    if before is not None and before.rate == rate and before.rated_on == rated_on:
        result.unchanged += 1
        return
    set_rate(session, currency, rate, rated_on)
    result.rates_set.append(RateSet(currency, rate, rated_on))
    if before is None:
        result.inserted += 1
    else:
        result.updated += 1


__all__ = ["RATE_DIGITS", "import_rates", "rounded"]
