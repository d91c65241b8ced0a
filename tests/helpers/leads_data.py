"""Five hand-made leads on 2026-12-01 and their scores under the seed's model (industry in 科技, 金融 +15, size >
1000 +10, white paper +10, webinar +20, pricing page +20; MQL >= 50, SQL >= 30, else Lead):

* Ann: 科技, 2000 people, webinar            15 + 10 + 20       = 45  SQL
* Bob: 金融, 500, white paper, webinar, pricing   15 + 10 + 20 + 20 = 65  MQL
* Cat: 制造, 1500, white paper               10 + 10            = 20  Lead
* Dan: nothing known                                               0  Lead
* Eve: 零售, 100, webinar, pricing page      20 + 20            = 40  SQL

So MQL 1, SQL 2, Lead 2. With the webinar at 40 points: Ann 65, Bob 85, Eve 60 are MQL: MQL 3, SQL 0, Lead 2.
"""
from __future__ import annotations

from datetime import date

from salesmgr.models import Lead, Rep
from salesmgr.models.database import Session
from salesmgr.models.leads.entities import LeadBehaviour

TODAY = date(2026, 12, 1)
DAY = date(2026, 11, 1)
LEADS = (("Ann", "科技", 2000, ("webinar",)), ("Bob", "金融", 500, ("white_paper", "webinar", "pricing_page")),
         ("Cat", "制造", 1500, ("white_paper",)), ("Dan", None, None, ()),
         ("Eve", "零售", 100, ("webinar", "pricing_page")))
SCORES = {"Ann": 45, "Bob": 65, "Cat": 20, "Dan": 0, "Eve": 40}


def add_leads(session: Session) -> dict[str, int]:
    """The five leads (owned by rep Rita, created 2026-11-01, status nurturing); their ids by name."""
    rep = Rep(name="Rita")
    session.add(rep)
    session.flush()
    ids = {}
    for name, industry, size, behaviours in LEADS:
        lead = Lead(name=name, company=f"{name} Co", industry=industry, company_size=size, status="nurturing",
                    owner_id=rep.id, created_date=DAY)
        session.add(lead)
        session.flush()
        session.add_all(LeadBehaviour(lead_id=lead.id, behaviour=key, occurred_on=DAY, dated=True)
                        for key in behaviours)
        ids[name] = lead.id
    session.flush()
    return ids
