"""Demo data, knowledge part (customers part 3): the default knowledge base, four competitors with their
strengths, weaknesses and our answers, linked to closed and open deals so that the win rate against each is
believable and different (``WIN_RATES``: about 35 % against the market leader up to about 70 % against a small
local vendor), a battle card per competitor and won-deal stories linked to the account and deal they tell of.

Links: each competitor appears in ``SHARE`` of the closed deals (won and lost drawn to its win rate) and in a
few open deals; deals are drawn without repeats per competitor, so one deal may name two competitors.
"""
from __future__ import annotations

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from salesmgr.demo.names import DemoRandom
from salesmgr.demo.org import Calendar, DemoRep
from salesmgr.models import dialect
from salesmgr.models.crm import Account, Opportunity
from salesmgr.models.customers import kb_search
from salesmgr.models.customers.competitors import CompetitorEdit, save_competitor
from salesmgr.models.customers.kb_entities import OpportunityCompetitor
from salesmgr.models.customers.knowledge import ArticleEdit, ArticleLink, ensure_defaults, save_article
from salesmgr.models.pipeline.entities import StageDefinition

SHARE = 0.08  # of the closed deals, per competitor
OPEN_SHARE = 0.04
STORIES = 3
# name, win rate against it, strengths, weaknesses, our answers
COMPETITORS = (
    ("CloudCRM Pro", 0.35, "Market leader; brand known to every board\nLarge partner network",
     "Expensive licences and consultants\nSlow to adapt to Chinese processes",
     "Show the total cost over three years\nAsk how long their last change request took"),
    ("销售通 SalesTong", 0.55, "Cheap; popular with small teams\nGood WeChat integration",
     "No quota planning or forecast\nWeak reporting for managers",
     "Demo the quota plan and the funnel review\nOffer a pilot with one team"),
    ("Apex Suite", 0.48, "All-in-one with ERP and finance", "Long implementations (6-12 months)\nHard to use for reps",
     "Promise a 6-week roll-out and name the implementation owner\nLet reps try the pipeline page"),
    ("快客 QuickCRM", 0.70, "Fast to start, mobile first", "Little support after signing\nNo hand-off to service",
     "Walk through our hand-off checklist\nShare a won-deal story from the same industry"),
)
STORY_BODY = """## Customer background
{account}: a long-standing prospect; the sales director and the CFO decided together.

## The need
The forecast was wrong every quarter and managers built reports by hand (需求: one view of the funnel).

## Communication strategy
Opened with the SPIN questions of the needs stage; demonstrated the funnel with their own exported data.

## Objections and how we overcame them
Price against {rival}: we showed the three-year cost and a 6-week roll-out plan.

## Result
{deal} signed; the hand-off to service was held within a week.
"""


def add_demo_knowledge(session: Session, cal: Calendar, reps: list[DemoRep], rng: DemoRandom) -> None:
    del cal, reps
    ensure_defaults(session, again=True)
    deals = session.execute(select(Opportunity.id, StageDefinition.kind)
                            .join(StageDefinition, StageDefinition.id == Opportunity.stage_id)
                            .order_by(Opportunity.id)).tuples().all()
    pools = {kind: [deal_id for deal_id, deal_kind in deals if deal_kind == kind] for kind in ("won", "lost", "open")}
    closed = len(pools["won"]) + len(pools["lost"])
    rows, rivals = [], {}
    for name, rate, strengths, weaknesses, answers in COMPETITORS:
        rival = save_competitor(session, CompetitorEdit(name, None, _list(strengths), _list(weaknesses),
                                                        _list(answers)))
        rivals[name] = rival
        count = round(closed * SHARE)
        won = min(round(count * rate), len(pools["won"]))
        picked = (_sample(rng, pools["won"], won) + _sample(rng, pools["lost"], count - won)
                  + _sample(rng, pools["open"], round(len(pools["open"]) * OPEN_SHARE)))
        rows += [{"opportunity_id": deal, "competitor_id": rival} for deal in picked]
        save_article(session, ArticleEdit("battle_card", f"Battle card: {name}", _card(name, strengths, weaknesses,
                                                                                        answers),
                                          ("competitors", "竞品"), [ArticleLink("competitor", rival)]))
    dialect.bulk_insert(session.connection(), Table("opportunity_competitor", OpportunityCompetitor.metadata), rows)
    _stories(session, rng, pools["won"], rivals)
    kb_search.reindex(session)  # clearing the data for the demo leaves the index to us


def _stories(session: Session, rng: DemoRandom, won: list[int], rivals: dict[str, int]) -> None:
    query = (select(Opportunity.id, Opportunity.name, Opportunity.account_id, Account.name)
             .join(Account, Account.id == Opportunity.account_id)
             .where(Opportunity.id.in_(won), Opportunity.account_id.is_not(None))
             .order_by(Opportunity.amount_minor.desc().nulls_last(), Opportunity.id).limit(STORIES))
    largest = session.execute(query).tuples().all()
    for deal_id, deal, account_id, account in largest:
        assert account_id is not None  # joined on it
        rival = rng.pick(list(rivals))
        save_article(session, ArticleEdit(
            "story", f"How we won {account}", STORY_BODY.format(account=account, deal=deal, rival=rival),
            ("best practice", "成功案例"), [ArticleLink("account", account_id), ArticleLink("opportunity", deal_id),
                                          ArticleLink("competitor", rivals[rival])]))


def _sample(rng: DemoRandom, pool: list[int], count: int) -> list[int]:
    chosen: dict[int, None] = {}
    while pool and len(chosen) < min(count, len(pool)):
        chosen[rng.pick(pool)] = None
    return list(chosen)


def _list(lines: str) -> str:
    return "\n".join(f"- {line}" for line in lines.splitlines())


def _card(name: str, strengths: str, weaknesses: str, answers: str) -> str:
    return (f"## Their strengths\n{_list(strengths)}\n\n## Their weaknesses\n{_list(weaknesses)}\n\n"
            f"## Our answers\n{_list(answers)}\n\n## Landmines\n- How will {name} confirm delivery feasibility "
            f"before signing?\n")
