"""A small CRM for the knowledge-base tests: two accounts, five deals (two won, two lost, one open) and two
competitors linked to them; ids by name."""
from __future__ import annotations

from sqlalchemy import select

from salesmgr.models import Account, Opportunity, StageDefinition
from salesmgr.models.customers.competitors import CompetitorEdit, link_opportunity, save_competitor
from salesmgr.models.database import Database

# deal, account, stage; then which competitors appeared in it
DEALS = [("Won A", "Acme", "Won", ("Rival",)), ("Won B", "Bolt", "Won", ("Rival", "Other")),
         ("Lost C", "Acme", "Lost", ("Rival",)), ("Lost D", "Bolt", "Lost", ("Other",)),
         ("Open E", "Acme", "Negotiation", ("Rival",))]


def kb_crm(db: Database) -> dict[str, int]:
    with db.session() as s:
        stages = {name: id_ for id_, name in s.execute(select(StageDefinition.id, StageDefinition.name))}
        accounts = {name: Account(name=name) for name in ("Acme", "Bolt")}
        s.add_all(accounts.values())
        deals = {name: Opportunity(name=name, account=accounts[account], stage_id=stages[stage], currency="CNY")
                 for name, account, stage, _ in DEALS}
        s.add_all(deals.values())
        s.flush()
        found = {name: deal.id for name, deal in deals.items()} | {n: a.id for n, a in accounts.items()}
        for name in ("Rival", "Other"):
            found[name] = save_competitor(s, CompetitorEdit(name, strengths="cheap", weaknesses="slow",
                                                            answers="show the roll-out plan"))
        for deal, _account, _stage, rivals in DEALS:
            for rival in rivals:
                link_opportunity(s, found[rival], found[deal])
        found |= {f"stage:{name}": id_ for name, id_ in stages.items()}
    return found
