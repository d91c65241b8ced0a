"""Demo data, knowledge part (customers part 3): the default knowledge base, four competitors with their
strengths, weaknesses and our answers, linked to closed and open deals so that the win rate against each is
believable and different (about 35 % against the market leader up to about 70 % against a small local vendor), a
battle card per competitor and won-deal stories linked to the account and deal they tell of, their texts in
Chinese and English.

Links: each competitor appears in its own share of the closed deals (the market leader in most, the small vendor
in fewest; won and lost drawn to its win rate) and in half that share of the open deals; deals are drawn without
repeats per competitor, so one deal may name two competitors.
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

# name, share of the closed deals it appears in, win rate against it, strengths, weaknesses, our answers; the texts
# are bilingual (Chinese, then English), like the demo's team names, so either interface reads them
COMPETITORS = (
    ("CloudCRM Pro", 0.11, 0.35,
     "市场领导者，董事会都知道的品牌 · Market leader; brand known to every board\n"
     "合作伙伴网络庞大 · Large partner network",
     "许可和顾问费用昂贵 · Expensive licences and consultants\n适应国内流程慢 · Slow to adapt to Chinese processes",
     "展示三年总成本 · Show the total cost over three years\n"
     "问客户上一次变更需求花了多久 · Ask how long their last change request took"),
    ("销售通 SalesTong", 0.08, 0.55,
     "便宜，小团队常用 · Cheap; popular with small teams\n微信集成好 · Good WeChat integration",
     "没有指标规划和预测 · No quota planning or forecast\n管理报表弱 · Weak reporting for managers",
     "演示指标规划和漏斗评审 · Demo the quota plan and the funnel review\n"
     "提供单团队试点 · Offer a pilot with one team"),
    ("Apex Suite", 0.06, 0.48, "ERP 与财务一体化 · All-in-one with ERP and finance",
     "实施周期长（6-12 个月） · Long implementations (6-12 months)\n销售不爱用 · Hard to use for reps",
     "承诺 6 周上线并指定实施负责人 · Promise a 6-week roll-out and name the implementation owner\n"
     "让销售试用漏斗页面 · Let reps try the pipeline page"),
    ("快客 QuickCRM", 0.04, 0.70, "上手快，移动优先 · Fast to start, mobile first",
     "签约后支持少 · Little support after signing\n没有到服务的交接 · No hand-off to service",
     "讲解我们的交接清单 · Walk through our hand-off checklist\n"
     "分享同行业的成功案例 · Share a won-deal story from the same industry"),
)
OPEN_SHARE = 0.5  # of a competitor's share, in the open deals
STORIES = 3
STORY_BODY = """## 客户背景 · Customer background
{account}：长期跟进的潜在客户，销售总监与财务总监共同决策。 · A long-standing prospect; the sales director and the
CFO decided together.

## 需求 · The need
每个季度的预测都不准，经理手工做报表（需求：一个统一的漏斗视图）。 · The forecast was wrong every quarter and
managers built reports by hand (one view of the funnel).

## 沟通策略 · Communication strategy
以需求确认阶段的 SPIN 问题开场，用客户自己导出的数据演示漏斗。 · Opened with the SPIN questions of the needs stage;
demonstrated the funnel with their own exported data.

## 异议及应对 · Objections and how we overcame them
与 {rival} 比价格：我们展示了三年总成本和 6 周上线计划。 · Price against {rival}: we showed the three-year cost and
a 6-week roll-out plan.

## 结果 · Result
{deal} 签约；一周内完成了到服务的交接。 · {deal} signed; the hand-off to service was held within a week.
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
    for name, share, rate, strengths, weaknesses, answers in COMPETITORS:
        rival = save_competitor(session, CompetitorEdit(name, None, _list(strengths), _list(weaknesses),
                                                        _list(answers)))
        rivals[name] = rival
        count = round(closed * share)
        won = min(round(count * rate), len(pools["won"]))
        picked = (_sample(rng, pools["won"], won) + _sample(rng, pools["lost"], count - won)
                  + _sample(rng, pools["open"], round(len(pools["open"]) * share * OPEN_SHARE)))
        rows += [{"opportunity_id": deal, "competitor_id": rival} for deal in picked]
        card = _card(name, strengths, weaknesses, answers)
        save_article(session, ArticleEdit("battle_card", f"竞品对战卡 Battle card: {name}", card,
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
            "story", f"成功案例 How we won: {account}", STORY_BODY.format(account=account, deal=deal, rival=rival),
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
    return (f"## 对方优势 · Their strengths\n{_list(strengths)}\n\n## 对方劣势 · Their weaknesses\n"
            f"{_list(weaknesses)}\n\n## 我们的应对 · Our answers\n{_list(answers)}\n\n## 埋雷问题 · Landmines\n"
            f"- {name} 签约前如何确认交付可行性？ · How will {name} confirm delivery feasibility before signing?\n")
