"""The money helper every metric shares.

Every metric loads the rate table once (``Converter.load``), sums integer minor units in SQL grouped by
currency, converts each per-currency sum with ``to_base(..., known_rates=...)`` and rounds the total to the base
currency's smallest unit. A currency without a rate raises ``MissingRateError`` naming it; it is never counted
as zero.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.models.currency import base_currency, rates, to_base
from salesmgr.models.money import exponent, quantize


@dataclass(frozen=True)
class Converter:
    """The base currency and the rate table, loaded once per metric call."""

    session: Session
    base: str
    table: dict[str, Decimal]

    @classmethod
    def load(cls, session: Session) -> Converter:
        return cls(session, base_currency(session), rates(session))

    def total(self, sums: Iterable[tuple[str, int | None]], extra_places: int = 0) -> Decimal:
        """Sum of per-currency totals in the base currency.

        Each item is ``(currency, integer)`` where the integer is in minor units times ``10**extra_places``
        (``extra_places=2`` for amount x percent). None sums (no amounts at all) are skipped; a currency that has
        a sum but no rate raises ``MissingRateError``.
        """
        result = Decimal(0)
        for currency, value in sums:
            if value is None:
                continue
            amount = Decimal(int(value)).scaleb(-(exponent(currency) + extra_places))
            result += to_base(self.session, amount, currency, base=self.base, known_rates=self.table)
        return quantize(result, self.base)

    def one(self, minor: int, currency: str) -> Decimal:
        return self.total([(currency, minor)])

    def minor_to_base(self, minor: int | None, currency: str) -> Decimal:
        """``minor`` units of ``currency`` in the base currency; None (no amounts at all) is zero."""
        return Decimal(0) if minor is None else self.one(minor, currency)
