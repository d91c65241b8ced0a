"""The demo's customers (issue 16), in parts over the accounts and deals already written: contracts, survey
answers, tickets and usage (``customer_signals``), hand-offs and promises (``handoffs``), competitors and the
knowledge base (``knowledge``), costs and the journey (``customer_value``). Each part has its own random
generator, seeded from the demo's seed and the part's fixed number, so that its figures do not depend on the
parts before it."""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from salesmgr.demo.customer_signals import add_customer_signals
from salesmgr.demo.names import DemoRandom
from salesmgr.demo.org import Calendar, DemoRep

Part = Callable[[Session, Calendar, list[DemoRep], DemoRandom], None]
PARTS: tuple[tuple[int, Part], ...] = (
    (1, add_customer_signals),
)  # (number, part): each part's module adds its line here


def add_demo_customers(session: Session, cal: Calendar, reps: list[DemoRep], seed: int) -> None:
    for number, part in PARTS:
        part(session, cal, reps, DemoRandom(seed * 100 + number))
        session.flush()
