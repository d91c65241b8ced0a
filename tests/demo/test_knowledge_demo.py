"""Demo part 3: the default knowledge base, competitors with different win rates, articles linked to deals; and
a forced reload over a database whose search index exists (the index's own tables are not cleared by hand)."""
from __future__ import annotations

from decimal import Decimal

from salesmgr.demo import load_demo
from salesmgr.models.customers import competitors, knowledge
from salesmgr.models.customers.knowledge_files import default_articles
from salesmgr.models.database import Database


def test_the_demo_knowledge_survives_a_forced_reload(db: Database) -> None:
    with db.session() as s:
        knowledge.list_articles(s)  # the defaults and the search index exist before the demo
    for force in (False, True):
        load_demo(db, opportunities=400, force=force)
    with db.session() as s:
        rows = competitors.competitor_rows(s)
        articles = knowledge.list_articles(s)
        hits = knowledge.search(s, "竞品")
    assert len(rows) == 4
    rates = sorted(row.win_rate for row in rows if row.win_rate is not None)
    # drawn to 35 %, 48 %, 55 % and 70 % of each competitor's closed deals (rounding on small counts)
    assert len(rates) == 4 and rates[0] < Decimal("0.45") < Decimal("0.6") < rates[-1]
    kinds = [a.kind for a in articles]
    assert len(articles) == len(default_articles()) + 4 + 3  # the defaults once, 4 battle cards, 3 stories
    assert kinds.count("story") == 4 and kinds.count("battle_card") == 5
    titles = [hit.title for hit in hits]
    assert len(titles) == len(set(titles)) and "竞品对战卡 Battle card: CloudCRM Pro" in titles
