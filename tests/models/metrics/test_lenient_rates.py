"""The Converter's two modes: strict raises for a currency without a rate, lenient leaves it out and records it;
the bonus's ``strict=True`` and ``strict_rates()`` stay strict inside a lenient block."""
from __future__ import annotations

from decimal import Decimal

import pytest

from salesmgr.models.currency import MissingRateError, set_rate
from salesmgr.models.database import Database
from salesmgr.models.metrics.conversion import Converter, lenient_rates, strict_rates
from salesmgr.models.metrics.filters import MetricFilter
from salesmgr.models.metrics.unconverted import Unconverted, unconverted_deals
from tests.helpers import rates_data

# 1,000.00 CNY + 20.00 USD (x 7.10 = 142.00) + 5,000.00 COP (no rate), in minor units
SUMS = [("CNY", 100000), ("USD", 2000), ("COP", 500000)]


def test_strict_raises_lenient_leaves_out_and_records(db: Database) -> None:
    with db.session() as s:
        set_rate(s, "USD", Decimal("7.10"))
        with pytest.raises(MissingRateError, match="COP"):
            Converter.load(s).total(SUMS)
        with lenient_rates() as left_out:
            convert = Converter.load(s)
            assert convert.total(SUMS) == Decimal("1142.00")
            assert convert.maybe_to_base(500000, "COP") is None and convert.maybe_to_base(None, "USD") is None
            assert convert.maybe_to_base(2000, "USD") == Decimal("142.00")
            with pytest.raises(MissingRateError):
                Converter.load(s, strict=True).total(SUMS)
            with strict_rates(), pytest.raises(MissingRateError):
                Converter.load(s).total(SUMS)
            assert Converter.load(s).lenient  # lenient again after the strict block
        assert left_out.codes == ["COP"]
        assert not Converter.load(s).lenient  # only inside the block


def test_unconverted_deals_counts_the_deals_with_amounts_in_currencies_without_a_rate(db: Database) -> None:
    rates_data.build(db)
    with db.session() as s:
        assert unconverted_deals(s, MetricFilter()) == [Unconverted("COP", 2, Decimal("1234567.00")),
                                                         Unconverted("EUR", 1, Decimal("100.00"))]
        set_rate(s, "EUR", Decimal("7.8"))
        assert unconverted_deals(s, MetricFilter()) == [Unconverted("COP", 2, Decimal("1234567.00"))]
