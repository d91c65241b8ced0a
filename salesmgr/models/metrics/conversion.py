"""The money helper every metric shares.

Every metric loads the rate table once (``Converter.load``), sums integer minor units in SQL grouped by
currency, converts each per-currency sum with ``to_base(..., known_rates=...)`` and rounds the total to the base
currency's smallest unit.

Two modes:

* *strict* (the default, and always for the bonus: ``Converter.load(session, strict=True)``): a currency that
  has a sum but no rate raises ``MissingRateError`` naming it; it is never counted as zero.
* *lenient* (inside ``with lenient_rates() as left_out:``, for the figures shown to a user: the funnel, the
  dashboard, the pages, the reports): such a sum is left out of the total and its currency recorded in
  ``left_out``, so the figure still shows what could be converted, exactly. Whoever shows the figure says what
  was left out (``metrics.unconverted``).

The mode travels in a context variable, so every metric called inside the ``with`` block (on the same thread)
is lenient without passing it down; ``strict_rates()`` makes a block strict again inside a lenient one.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.models.currency import base_currency, rates, to_base
from salesmgr.models.money import exponent, normalise_currency, quantize


@dataclass
class LeftOut:
    """The currencies a lenient converter left out of its totals because they have no rate (sorted codes in
    ``codes``)."""

    currencies: set[str] = field(default_factory=set)

    @property
    def codes(self) -> list[str]:
        return sorted(self.currencies)

    def __bool__(self) -> bool:
        return bool(self.currencies)


_LENIENT: ContextVar[LeftOut | None] = ContextVar("salesmgr_lenient_rates", default=None)


@contextmanager
def lenient_rates() -> Iterator[LeftOut]:
    """Converters loaded inside the block leave out what has no rate instead of raising; the ``LeftOut`` yielded
    collects the currencies they left out (those of a block nested in it are added to it too)."""
    outer = _LENIENT.get()
    left_out = outer if outer is not None else LeftOut()
    token = _LENIENT.set(left_out)
    try:
        yield left_out
    finally:
        _LENIENT.reset(token)


@contextmanager
def strict_rates() -> Iterator[None]:
    """Converters loaded inside the block raise ``MissingRateError`` again, even inside ``lenient_rates``."""
    token = _LENIENT.set(None)
    try:
        yield
    finally:
        _LENIENT.reset(token)


@dataclass(frozen=True)
class Converter:
    """The base currency and the rate table, loaded once per metric call; ``left_out`` is set in lenient mode."""

    session: Session
    base: str
    table: dict[str, Decimal]
    left_out: LeftOut | None = None

    @classmethod
    def load(cls, session: Session, *, strict: bool = False) -> Converter:
        """A converter in the mode of the current block (see the module), or strict whatever the block when
        ``strict``."""
        return cls(session, base_currency(session), rates(session), None if strict else _LENIENT.get())

    @property
    def lenient(self) -> bool:
        return self.left_out is not None

    def convertible(self, currency: str) -> bool:
        """True when amounts in ``currency`` can be converted: it is the base currency or has a rate."""
        code = normalise_currency(currency)
        return code == self.base or code in self.table

    def total(self, sums: Iterable[tuple[str, int | None]], extra_places: int = 0) -> Decimal:
        """Sum of per-currency totals in the base currency.

        Each item is ``(currency, integer)`` where the integer is in minor units times ``10**extra_places``
        (``extra_places=2`` for amount x percent). None sums (no amounts at all) are skipped; a currency that has
        a sum but no rate raises ``MissingRateError`` (strict) or is left out and recorded (lenient).
        """
        result = Decimal(0)
        for currency, value in sums:
            if value is None:
                continue
            if self.left_out is not None and not self.convertible(currency):
                self.left_out.currencies.add(normalise_currency(currency))
                continue
            amount = Decimal(int(value)).scaleb(-(exponent(currency) + extra_places))
            result += to_base(self.session, amount, currency, base=self.base, known_rates=self.table)
        return quantize(result, self.base)

    def one(self, minor: int, currency: str) -> Decimal:
        return self.total([(currency, minor)])

    def minor_to_base(self, minor: int | None, currency: str) -> Decimal:
        """``minor`` units of ``currency`` in the base currency; None (no amounts at all) is zero, and so is an
        amount left out in lenient mode."""
        return Decimal(0) if minor is None else self.one(minor, currency)

    def maybe_to_base(self, minor: int | None, currency: str) -> Decimal | None:
        """One deal's amount in the base currency; None when it has none, or (lenient) when it cannot be
        converted (recorded in ``left_out``)."""
        if minor is None:
            return None
        if self.left_out is not None and not self.convertible(currency):
            self.left_out.currencies.add(normalise_currency(currency))
            return None
        return self.one(minor, currency)
