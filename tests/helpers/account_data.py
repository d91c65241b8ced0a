"""One account with everything the account view shows, and a second one, for the account tests.

Today is 2026-12-01. The figures the tests expect are worked out by hand in each test from the rows below."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.models.bonus.entities import CsatResponse
from salesmgr.models.crm import Account, Activity, Contact, Opportunity
from salesmgr.models.currency import set_rate
from salesmgr.models.customers.entities import CustomerPromise, Handoff, HandoffItem, SupportTicket, UsageRecord
from salesmgr.models.goals.goals import NpsResponse
from salesmgr.models.money import D
from salesmgr.models.org import Rep, Team
from salesmgr.models.pipeline.entities import StageDefinition, StageHistory

TODAY = date(2026, 12, 1)


def stage(s: Session, name: str) -> int:
    return int(s.scalar(select(StageDefinition.id).where(StageDefinition.name == name)))


def deal(s: Session, account: Account, name: str, stage_name: str, amount: str | None, currency: str = "CNY",
         **fields: object) -> Opportunity:
    opp = Opportunity(name=f"{account.name} - {name}", account_id=account.id, stage_id=stage(s, stage_name),
                      currency=currency, amount=None if amount is None else D(amount), **fields)
    s.add(opp)
    s.flush()
    return opp


def add_accounts(s: Session) -> dict[str, int]:
    """Acme (a customer since 2025-03-10 with every kind of row), Acme's twin branch (same name, no deals) and
    Bolt (never won: not a customer)."""
    set_rate(s, "USD", D("7.1"))
    team = Team(name="East")
    s.add(team)
    s.flush()
    ann = Rep(name="Ann Lee", team_id=team.id)
    s.add(ann)
    s.flush()
    acme = Account(name="Acme Ltd", industry="Retail", region="Shanghai", owner_id=ann.id,
                   contract_start=date(2026, 1, 1), renewal_date=date(2027, 1, 1), renewal_intent="unsure",
                   payment_status="late")
    twin = Account(name="ACME LTD")
    bolt = Account(name="Bolt GmbH", owner_id=ann.id)
    s.add_all([acme, twin, bolt])
    s.flush()
    s.add(Contact(account_id=acme.id, name="Cathy", title="CIO", email="cathy@acme.example"))
    first = deal(s, acme, "Start", "Won", "1000.00", closed_date=date(2025, 3, 10), created_date=date(2025, 1, 5),
                 owner_id=ann.id)
    deal(s, acme, "Grow", "Won", "2500.50", closed_date=date(2026, 6, 1), owner_id=ann.id)
    deal(s, acme, "Export", "Won", "100.00", "USD", closed_date=date(2026, 7, 1))
    deal(s, acme, "Euro", "Won", "50.00", "EUR", closed_date=date(2026, 8, 1))
    deal(s, acme, "Free", "Won", None, closed_date=date(2026, 9, 1))
    deal(s, acme, "Lost one", "Lost", "9999.00", closed_date=date(2026, 10, 1))
    upsell = deal(s, acme, "Upsell", "Negotiation", "3000.00", created_date=date(2026, 10, 5),
                  expected_close_date=date(2027, 2, 1))
    s.add_all([StageHistory(opportunity_id=upsell.id, stage_id=stage(s, "Lead identified"),
                            entered_at=datetime(2026, 10, 5, 9, 0)),
               StageHistory(opportunity_id=upsell.id, stage_id=stage(s, "Negotiation"),
                            entered_at=datetime(2026, 11, 20, 14, 30))])
    deal(s, bolt, "Try", "Lost", "500.00", closed_date=date(2026, 5, 1))
    s.add(Activity(account_id=acme.id, rep_id=ann.id, opportunity_id=upsell.id, kind="call", subject="Pricing call",
                   occurred_at=datetime(2026, 11, 25, 10, 0)))
    s.add(CsatResponse(account_id=acme.id, responded_on=date(2026, 11, 2), score_centi=450, comment="Good"))
    s.add(NpsResponse(account_id=acme.id, responded_on=date(2026, 10, 3), score=9))
    s.add_all([SupportTicket(account_id=acme.id, opened_on=date(2026, 11, 10), severity="high", subject="Down"),
               SupportTicket(account_id=acme.id, opened_on=date(2026, 10, 1), closed_on=date(2026, 10, 3),
                             severity="high", subject="Slow"),
               SupportTicket(account_id=acme.id, opened_on=date(2026, 9, 1), closed_on=date(2026, 9, 2),
                             severity="low")])
    s.add_all([UsageRecord(account_id=acme.id, month=date(2026, 10, 1), usage_count=120, active_users=8,
                           licensed_users=10),
               UsageRecord(account_id=acme.id, month=date(2026, 11, 1), usage_count=90, active_users=None)])
    handoff = Handoff(opportunity_id=first.id, account_id=acme.id, won_on=date(2025, 3, 10),
                      implementation_owner="Ivan")
    s.add(handoff)
    s.flush()
    s.add_all([HandoffItem(handoff_id=handoff.id, position=1, label="Kick-off held", department="service",
                           due_on=date(2025, 3, 17), done_on=date(2025, 3, 15)),
               HandoffItem(handoff_id=handoff.id, position=2, label="Owner introduced", department="service",
                           due_on=date(2025, 3, 24))])
    s.add(CustomerPromise(account_id=acme.id, handoff_id=handoff.id, text="SSO by June", made_on=date(2025, 3, 1),
                          status="kept", resolved_on=date(2025, 6, 1)))
    s.flush()
    return {"acme": acme.id, "twin": twin.id, "bolt": bolt.id, "ann": ann.id, "team": team.id,
            "upsell": upsell.id}
