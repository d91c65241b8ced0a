"""A small hand-made customer base for LTV, CAC and the journey (2026Q3 = Jul-Sep 2026, January fiscal start).

Teams East (Ann) and West (Bob). Accounts, each with its first won deal (close day, lead source, amount):

* A (Ann): 2026-03-10, "Webinar", 1,000 CNY; in Q3 won 2,000 CNY on 08-01. Still a customer.
* B (Ann): 2026-05-01, "Referral", 500 CNY; churned 2026-08-15. Nothing won in Q3.
* C (Bob): 2026-04-01, "webinar", 800 CNY; in Q3 won 600 USD (no rate: left out) on 07-10 and 400 CNY on 09-01.
* D (Bob): 2026-07-20, "Referral", 1,500 CNY (a new customer in Q3).
* E (Bob): 2026-09-05, no lead source, 300 CNY (a new customer in Q3).
* F (Bob): only a lost deal (closed 2026-08-20): never a customer.

Cost entries: 2026Q3 company 1,000; 2026-07 East 600; 2026Q3 West on "Referral" 2,400; 2026-08 "Webinar" (no
team) 200; 2026 (the year, company) 5,000: uncounted in a quarter; 2026Q2 company 999: another quarter.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.models import Account, Opportunity
from salesmgr.models.customers.costs import CostInput, add_cost
from tests.models.metrics.test_funnel import deal, rep, team

D = Decimal


def account(s: Session, name: str, owner: int | None, churned: date | None = None) -> int:
    row = Account(name=name, owner_id=owner, churned_on=churned)
    s.add(row)
    s.flush()
    return row.id


def won(s: Session, account_id: int, owner: int, closed: date, amount: str, source: str | None = None,
        currency: str = "CNY") -> int:
    opp_id = deal(s, "Won", amount, currency, owner=owner, account=account_id, created=closed, closed=closed)
    s.get_one(Opportunity, opp_id).lead_source = source
    return opp_id


def build(s: Session) -> dict[str, int]:
    east, west = team(s, "East"), team(s, "West")
    ann, bob = rep(s, "Ann", east), rep(s, "Bob", west)
    ids = {"east": east, "west": west, "ann": ann, "bob": bob}
    ids["A"] = a = account(s, "A", ann)
    ids["B"] = b = account(s, "B", ann, churned=date(2026, 8, 15))
    ids["C"] = c = account(s, "C", bob)
    ids["D"] = d = account(s, "D", bob)
    ids["E"] = e = account(s, "E", bob)
    ids["F"] = f = account(s, "F", bob)
    won(s, a, ann, date(2026, 3, 10), "1000.00", "Webinar")
    won(s, a, ann, date(2026, 8, 1), "2000.00", "Existing customer")
    won(s, b, ann, date(2026, 5, 1), "500.00", "Referral")
    won(s, c, bob, date(2026, 4, 1), "800.00", "webinar")
    won(s, c, bob, date(2026, 7, 10), "600.00", currency="USD")
    won(s, c, bob, date(2026, 9, 1), "400.00")
    won(s, d, bob, date(2026, 7, 20), "1500.00", "Referral")
    won(s, e, bob, date(2026, 9, 5), "300.00")
    deal(s, "Lost", "900.00", owner=bob, account=f, created=date(2026, 7, 1), closed=date(2026, 8, 20))
    for period, amount, team_id, source in (("2026Q3", "1000", None, None), ("2026-07", "600", east, None),
                                            ("2026Q3", "2400", west, "Referral"), ("2026-08", "200", None, "Webinar"),
                                            ("2026", "5000", None, None), ("2026Q2", "999", None, None)):
        add_cost(s, CostInput(period, D(amount), "CNY", team_id, source))
    return ids
