from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salesmgr.models.money import D, MoneyError, format_money, from_minor, quantize, to_minor


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
