from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesmgr.models.money import D, MoneyError, format_money, format_money_short, from_minor, quantize, to_minor


def test_minor_units_follow_the_currency() -> None:
    assert to_minor(Decimal("1234.56"), "CNY") == 123456
    assert to_minor(Decimal(1234), "JPY") == 1234
    assert to_minor(Decimal("1.234"), "KWD") == 1234
    assert from_minor(123456, "usd") == Decimal("1234.56")


def test_rounding_is_half_up_to_the_smallest_unit() -> None:
    assert quantize(Decimal("0.125"), "CNY") == Decimal("0.13")
    assert quantize(Decimal("2.5"), "JPY") == Decimal(3)
    assert to_minor(Decimal("-0.005"), "CNY") == -1


def test_floats_and_bad_codes_are_refused() -> None:
    with pytest.raises(MoneyError):
        D(0.1)  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        to_minor(Decimal(1), "yuan")


def test_format_money() -> None:
    assert format_money(Decimal("1234567.5"), "CNY") == "1,234,567.50 CNY"
    assert format_money(Decimal(1000), "JPY") == "1,000 JPY"


@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2))
def test_round_trip_through_minor_units(amount: Decimal) -> None:
    assert from_minor(to_minor(amount, "CNY"), "CNY") == amount


@pytest.mark.parametrize(("amount", "chinese", "english"), [
    # under 10,000 the exact figure, as format_money writes it
    ("0", "0.00 CNY", "0.00 CNY"),
    ("9999.99", "9,999.99 CNY", "9,999.99 CNY"),
    ("-9999.99", "-9,999.99 CNY", "-9,999.99 CNY"),
    # 10,000 = 1 万 = 10 K
    ("10000", "1.00万 CNY", "10.0 K CNY"),
    ("-10000", "-1.00万 CNY", "-10.0 K CNY"),
    # 626,100 / 10^4 = 62.61; / 10^3 = 626.1
    ("626100", "62.61万 CNY", "626.1 K CNY"),
    # 6,260,693.50 / 10^4 = 626.069 -> 626.07; / 10^6 = 6.2607 -> 6.26
    ("6260693.50", "626.07万 CNY", "6.26 M CNY"),
    ("-6260693.50", "-626.07万 CNY", "-6.26 M CNY"),
    # 99,999,999 / 10^8 = 0.99999999 rounds to 1.00, so 亿 rather than "10,000.00万"; / 10^6 = 99.999999 -> 100.00
    ("99999999", "1.00亿 CNY", "100.00 M CNY"),
    ("100000000", "1.00亿 CNY", "100.00 M CNY"),
    # 123,456,789 / 10^8 = 1.23456789 -> 1.23; / 10^6 = 123.456789 -> 123.46
    ("123456789", "1.23亿 CNY", "123.46 M CNY"),
    # 1,234,567,890 / 10^9 = 1.23456789 -> 1.23 B
    ("1234567890", "12.35亿 CNY", "1.23 B CNY"),
    # 999,950: / 10^4 = 99.995 -> 100.00 (万 is the largest unit reaching 1); / 10^6 = 0.99995 -> 1.00 M
    ("999950", "100.00万 CNY", "1.00 M CNY"),
])
def test_short_money_rounds_to_the_largest_unit(amount: str, chinese: str, english: str) -> None:
    assert format_money_short(Decimal(amount), "CNY", "zh_CN") == chinese
    assert format_money_short(Decimal(amount), "cny", "en") == english


def test_short_money_keeps_the_currency_and_small_amounts_exact() -> None:
    assert format_money_short(Decimal("1234.5"), "USD") == "1,234.50 USD"  # English by default
    assert format_money_short(Decimal(9999), "JPY", "zh_CN") == "9,999 JPY"
    assert format_money_short(Decimal(15000), "JPY", "zh_CN") == "1.50万 JPY"
