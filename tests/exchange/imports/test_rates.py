"""Importing exchange rates (kind ``rates``) from Salesforce's CurrencyType.csv and DatedConversionRate.csv.

Salesforce quotes units of a currency per 1 unit of the corporate currency (USD here); salesmgr stores base
(CNY) units per 1 unit of the currency, so rate(X) = ConversionRate(CNY) / ConversionRate(X), rounded to 10
significant digits. The day is fixed to 2026-06-15.
"""
from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from salesmgr.cli import main
from salesmgr.exchange.imports.importer import import_table, run_import
from salesmgr.exchange.imports.results import ImportOptions, ImportResult
from salesmgr.exchange.read.readers import read_table
from salesmgr.exchange.read.table import ImportFileError
from salesmgr.models import clock
from salesmgr.models.config import ExchangeRate
from salesmgr.models.currency import set_base_currency, set_rate, to_base
from salesmgr.models.database import Database

TODAY = date(2026, 6, 15)
CURRENCY_TYPE = ["Id", "IsoCode", "ConversionRate", "DecimalPlaces", "IsActive", "IsCorporate"]
DATED = ["Id", "IsoCode", "StartDate", "NextStartDate", "ConversionRate"]


def _csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


@pytest.fixture(autouse=True)
def cny_base(db: Database) -> None:
    clock.set_today(TODAY)
    with db.session() as s:
        set_base_currency(s, "CNY")


def _rates(db: Database) -> dict[str, tuple[Decimal, date]]:
    with db.session() as s:
        return {r.currency: (r.rate, r.rated_on) for r in s.scalars(select(ExchangeRate))}


def _import(db: Database, path: Path) -> ImportResult:
    return run_import(db, path, ImportOptions(kind="rates"))


def test_currency_type_with_the_base_in_the_file_gives_exact_rates(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "CurrencyType.csv", CURRENCY_TYPE, [
        ["01L1", "USD", "1.000000", "2", "true", "true"], ["01L2", "EUR", "0.920000", "2", "true", "false"],
        ["01L3", "CNY", "7.200000", "2", "true", "false"], ["01L4", "GBP", "0.790000", "2", "false", "false"]])
    result = _import(db, path)
    # USD: 7.2 / 1 = 7.2; EUR: 7.2 / 0.92 = 7.82608695652... -> 7.826086957; CNY is the base; GBP is inactive
    assert _rates(db) == {"USD": (Decimal("7.2"), TODAY), "EUR": (Decimal("7.826086957"), TODAY)}
    assert (result.inserted, result.updated, result.unchanged, result.skipped) == (2, 0, 0, {"inactive in the CRM": 1})
    assert [r.to_json() for r in result.rates_set] == [
        {"currency": "USD", "rate": "7.2", "rated_on": "2026-06-15"},
        {"currency": "EUR", "rate": "7.826086957", "rated_on": "2026-06-15"}]
    with db.session() as s:
        # a EUR 1,000.00 deal: 1000.00 x 7.826086957 = 7826.086957 -> 7826.09 CNY
        assert to_base(s, Decimal("1000.00"), "EUR") == Decimal("7826.09")
    again = _import(db, path)
    assert (again.inserted, again.updated, again.unchanged, again.rates_set) == (0, 0, 2, [])


def test_without_a_rate_from_the_corporate_currency_to_the_base_nothing_is_set(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "CurrencyType.csv", CURRENCY_TYPE, [
        ["01L1", "USD", "1", "2", "true", "true"], ["01L2", "EUR", "0.92", "2", "true", "false"]])
    result = _import(db, path)
    assert _rates(db) == {} and result.rates_set == [] and result.inserted == 0
    assert result.warnings == [
        "the corporate currency USD has no rate to CNY, so no rate was set for USD, EUR; set it with 'salesmgr rate "
        "set USD RATE' (what 1 USD is worth in CNY) and import the file again"]
    with db.session() as s:
        set_rate(s, "USD", Decimal("7.1"), date(2026, 6, 1))
    result = _import(db, path)
    # EUR: 7.1 / 0.92 = 7.71739130434... -> 7.717391304; the database's USD rate (and its date) stays as it was
    assert _rates(db) == {"USD": (Decimal("7.1"), date(2026, 6, 1)), "EUR": (Decimal("7.717391304"), TODAY)}
    assert (result.inserted, result.warnings) == (1, [])


def test_dated_rates_take_the_period_covering_today(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "DatedConversionRate.csv", DATED, [
        ["04w1", "USD", "2026-01-01", "", "1"],
        ["04w2", "EUR", "2026-01-01", "2026-04-01", "0.90"],
        ["04w3", "EUR", "2026-04-01", "2026-07-01", "0.92"],  # covers 06-15
        ["04w4", "EUR", "2026-07-01", "", "0.95"],  # not started yet
        ["04w5", "CNY", "2026-01-01", "2026-06-15", "7.0"],  # ends the day before today (NextStartDate exclusive)
        ["04w6", "CNY", "2026-06-15", "", "7.2"],
        ["04w7", "JPY", "2026-01-01", "2026-03-01", "150"],
        ["04w8", "JPY", "2026-03-01", "2026-05-01", "155"],  # none covers today: the latest started
    ])
    result = _import(db, path)
    # corporate: the one currency at exactly 1 (USD); k = 7.2. JPY: 7.2 / 155 = 0.046451612903... -> 0.0464516129
    assert _rates(db) == {"USD": (Decimal("7.2"), date(2026, 1, 1)), "EUR": (Decimal("7.826086957"), date(2026, 4, 1)),
                          "JPY": (Decimal("0.0464516129"), date(2026, 3, 1))}
    assert (result.inserted, result.duplicates) == (3, [])


def test_dated_rates_with_two_currencies_at_one_are_refused(db: Database, tmp_path: Path) -> None:
    path = _csv(tmp_path / "DatedConversionRate.csv", DATED, [
        ["04w1", "USD", "2026-01-01", "", "1"], ["04w2", "USN", "2026-01-01", "", "1"],
        ["04w3", "CNY", "2026-01-01", "", "7.2"]])
    with pytest.raises(ImportFileError) as raised:
        _import(db, path)
    assert str(raised.value) == ("cannot tell the corporate currency: no row is marked IsCorporate and USD, USN all "
                                 "have a conversion rate of exactly 1; include CurrencyType.csv, which marks it, in "
                                 "the import")
    assert _rates(db) == {}


def test_a_whole_export_remembers_the_corporate_currency_of_its_currency_type(db: Database, tmp_path: Path) -> None:
    """In one transaction CurrencyType.csv (USD marked corporate) and then DatedConversionRate.csv, where USD and
    USN both stand at 1: the dated table uses the corporate currency the first one marked."""
    types = _csv(tmp_path / "CurrencyType.csv", CURRENCY_TYPE, [
        ["01L1", "USD", "1", "2", "true", "true"], ["01L2", "USN", "1", "2", "true", "false"],
        ["01L3", "CNY", "7.1", "2", "true", "false"]])
    dated = _csv(tmp_path / "DatedConversionRate.csv", DATED, [
        ["04w1", "USD", "2026-01-01", "", "1"], ["04w2", "USN", "2026-01-01", "", "1"],
        ["04w3", "CNY", "2026-05-01", "", "7.2"]])
    with db.session() as s:
        for path in (types, dated):
            import_table(s, read_table(path), ImportOptions(kind="rates"), ImportResult(str(path), "rates"))
    assert _rates(db) == {"USD": (Decimal("7.2"), date(2026, 1, 1)), "USN": (Decimal("7.2"), date(2026, 1, 1))}


def test_bad_rows_are_rejected_and_the_cli_lists_the_rates_set(db: Database, db_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _csv(tmp_path / "CurrencyType.csv", CURRENCY_TYPE, [
        ["01L1", "USD", "1", "2", "true", "true"], ["01L2", "EUR", "0", "2", "true", "false"],
        ["01L3", "XX", "3", "2", "true", "false"], ["01L4", "CNY", "7.2", "2", "true", "false"]])
    db.close()
    assert main(["--db", str(db_path), "import", str(path), "--kind", "rates", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(r["row"], r["column"]) for r in out["rejects"]] == [(3, "ConversionRate"), (4, "IsoCode")]
    assert out["rates_set"] == [{"currency": "USD", "rate": "7.2", "rated_on": "2026-06-15"}]
    _csv(path, CURRENCY_TYPE, [["01L1", "USD", "1", "2", "true", "true"], ["01L4", "CNY", "7.25", "2", "true", ""]])
    assert main(["--db", str(db_path), "import", str(path), "--kind", "rates"]) == 0
    assert "rate set: 1 USD = 7.25 CNY (as of 2026-06-15)" in capsys.readouterr().out.splitlines()
