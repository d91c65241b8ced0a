"""The database's settings: base currency with re-expressed rates, rate dates, the fiscal year's first month."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from salesmgr.models import clock
from salesmgr.models.config import ExchangeRate
from salesmgr.models.currency import base_currency, remove_rate, set_rate, to_base
from salesmgr.models.database import Database, migrate
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.settings import (
    BaseCurrencyRefused,
    DatabaseSettings,
    RateEntry,
    change_base_currency,
    fiscal_start,
    load_settings,
    round_rate,
    save_settings,
    set_fiscal_start,
)

D = Decimal
JUNE, JULY = date(2026, 6, 30), date(2026, 7, 15)


def _cny_with_usd_and_eur(db: Database) -> None:
    with db.session() as session:
        set_rate(session, "USD", D("7.2"), JUNE)
        set_rate(session, "EUR", D("7.8"), JULY)


def test_changing_the_base_re_expresses_the_rates(db: Database) -> None:
    _cny_with_usd_and_eur(db)
    with db.session() as session:
        change_base_currency(session, "usd")
    with db.session() as session:
        settings = load_settings(session)
    assert settings.base_currency == "USD"
    # EUR: 7.8 / 7.2 = 1.083333333... -> 1.0833333 (8 significant digits), keeps its own date.
    # CNY (the old base): 1 / 7.2 = 0.138888888... -> 0.13888889, dated like the USD rate it comes from.
    assert settings.rates == (RateEntry("CNY", D("0.13888889"), JUNE), RateEntry("EUR", D("1.0833333"), JULY))


def test_a_converted_amount_barely_moves_with_the_base(db: Database) -> None:
    _cny_with_usd_and_eur(db)
    with db.session() as session:
        before = to_base(session, D("1000.00"), "EUR")  # 1000 EUR = 7800.00 CNY
        change_base_currency(session, "USD")
        after = to_base(session, D("1000.00"), "EUR")  # 1000 * 1.0833333 = 1083.3333 -> 1083.33 USD
    assert (before, after) == (D("7800.00"), D("1083.33"))


def test_a_base_without_a_rate_is_refused_and_nothing_changes(db: Database) -> None:
    _cny_with_usd_and_eur(db)
    refusal = "cannot make JPY the base currency: it has no exchange rate to CNY"
    with pytest.raises(BaseCurrencyRefused, match=refusal), db.session() as session:
        change_base_currency(session, "JPY")
    with db.session() as session:
        assert base_currency(session) == "CNY"
        assert len(load_settings(session).rates) == 2


def test_without_rates_the_base_just_changes(db: Database) -> None:
    with db.session() as session:
        change_base_currency(session, "EUR")
    with db.session() as session:
        assert load_settings(session) == DatabaseSettings("EUR", 1, ())


def test_rounding_to_eight_significant_digits() -> None:
    assert round_rate(D(1) / D(3)) == D("0.33333333")
    assert round_rate(D("123456789")) == D("123456790")  # 9 digits: the last one rounds away
    assert round_rate(D("7.10000000000")) == D("7.1")
    assert round_rate(D("0.0000123456785")) == D("0.000012345679")  # half-up


def test_rates_have_a_date_today_by_default_and_a_given_one(db: Database) -> None:
    clock.set_today(date(2026, 11, 30))
    with db.session() as session:
        set_rate(session, "USD", D("7.1"))
        set_rate(session, "EUR", D("7.7"), JULY)
    with db.session() as session:
        assert load_settings(session).rates == (RateEntry("EUR", D("7.7"), JULY),
                                               RateEntry("USD", D("7.1"), date(2026, 11, 30)))


def test_the_base_has_no_rate_and_rates_are_positive(db: Database) -> None:
    with pytest.raises(ValidationError, match="CNY is the base currency"), db.session() as session:
        set_rate(session, "cny", D(1))
    with pytest.raises(ValidationError, match="must be positive"), db.session() as session:
        set_rate(session, "USD", D(0))
    with pytest.raises(NotFoundError), db.session() as session:
        remove_rate(session, "USD")


def test_save_settings_adds_edits_and_removes_rates_then_changes_the_base(db: Database) -> None:
    _cny_with_usd_and_eur(db)
    wanted = DatabaseSettings("USD", 4, (RateEntry("USD", D("7.0"), JULY), RateEntry("HKD", D("0.91"), JULY)))
    with db.session() as session:
        saved = save_settings(session, wanted)
    # EUR removed; USD edited to 7.0; HKD added at 0.91 CNY; then base USD:
    # HKD 0.91 / 7.0 = 0.13 exactly; CNY 1 / 7.0 = 0.142857142857... -> 0.14285714 (dated like USD: July).
    assert saved == DatabaseSettings("USD", 4, (RateEntry("CNY", D("0.14285714"), JULY),
                                                RateEntry("HKD", D("0.13"), JULY)))
    with db.session() as session:
        assert fiscal_start(session) == 4


def test_save_settings_is_all_or_nothing(db: Database) -> None:
    _cny_with_usd_and_eur(db)
    wanted = DatabaseSettings("JPY", 4, (RateEntry("USD", D("7.0"), JULY),))
    with pytest.raises(BaseCurrencyRefused), db.session() as session:
        save_settings(session, wanted)
    with db.session() as session:
        assert load_settings(session) == DatabaseSettings("CNY", 1, (RateEntry("EUR", D("7.8"), JULY),
                                                                     RateEntry("USD", D("7.2"), JUNE)))


def test_a_currency_given_twice_is_refused(db: Database) -> None:
    twice = DatabaseSettings("CNY", 1, (RateEntry("USD", D("7"), JULY), RateEntry("usd", D("7.1"), JULY)))
    with pytest.raises(ValidationError, match="USD has more than one"), db.session() as session:
        save_settings(session, twice)


def test_fiscal_start_defaults_to_january_and_is_checked(db: Database) -> None:
    with db.session() as session:
        assert fiscal_start(session) == 1
        set_fiscal_start(session, 10)
        assert fiscal_start(session) == 10
    with pytest.raises(ValidationError, match="1 to 12"), db.session() as session:
        set_fiscal_start(session, 13)


def test_the_migration_dates_existing_rates_by_their_updated_at(db: Database) -> None:
    migrate(db, "downgrade", "0008")
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO exchange_rate (currency, rate, updated_at) VALUES "
                                "('USD', '7.1', :at)"), {"at": datetime(2025, 3, 4, 22, 15)})
    migrate(db, "upgrade", "head")
    with db.session() as session:
        row = session.get(ExchangeRate, "USD")
        assert row is not None and (row.rate, row.rated_on) == (D("7.1"), date(2025, 3, 4))
