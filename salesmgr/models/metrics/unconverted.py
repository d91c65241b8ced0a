"""What a lenient figure left out: the deals whose amounts could not be converted to the base currency.

Definition: the *unconverted deals* of a filter are the deals it selects that have an amount in a currency
other than the base currency and without an exchange rate. Per such currency: how many deals and the sum of
their amounts in that currency (exact, at its places). A figure computed in lenient mode
(``conversion.lenient_rates``) over the same filter leaves exactly these deals out of its amounts; every count
still includes them.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.models.crm import Opportunity
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import MetricFilter, apply
from salesmgr.models.money import format_money, from_minor


@dataclass(frozen=True)
class Unconverted:
    """``deals`` deals with amounts in ``currency`` (no rate), worth ``amount`` in that currency."""

    currency: str
    deals: int
    amount: Decimal

    def to_json(self) -> dict[str, object]:
        return {"currency": self.currency, "deals": self.deals, "amount": str(self.amount)}

    def amount_text(self) -> str:
        """``1,234,567.00 COP``."""
        return format_money(self.amount, self.currency)


def unconverted_deals(session: Session, flt: MetricFilter, converter: Converter | None = None) -> list[Unconverted]:
    """The unconverted deals of ``flt`` (module definition), one entry per currency in code order."""
    convert = converter or Converter.load(session, strict=True)
    known = [convert.base, *convert.table]
    query = apply(select(Opportunity.currency, func.count(), func.sum(Opportunity.amount_minor))
                  .where(Opportunity.amount_minor.is_not(None), Opportunity.currency.not_in(known))
                  .group_by(Opportunity.currency).order_by(Opportunity.currency), flt)
    return [Unconverted(currency, int(count), from_minor(int(minor), currency))
            for currency, count, minor in session.execute(query)]


def currencies_needing_rates(session: Session, pairs: list[tuple[str, int | None]]) -> list[Unconverted]:
    """``(currency, minor amount or None)`` of some records (e.g. what an import wrote) -> the currencies among
    them that have amounts but no rate to the base currency, with the number of records and their sum."""
    convert = Converter.load(session, strict=True)
    counts: dict[str, int] = {}
    sums: dict[str, int] = {}
    for currency, minor in pairs:
        if minor is None or convert.convertible(currency):
            continue
        counts[currency] = counts.get(currency, 0) + 1
        sums[currency] = sums.get(currency, 0) + int(minor)
    return [Unconverted(code, counts[code], from_minor(sums[code], code)) for code in sorted(counts)]


__all__ = ["Unconverted", "currencies_needing_rates", "unconverted_deals"]
