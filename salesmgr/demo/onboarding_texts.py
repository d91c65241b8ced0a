"""Word lists for the onboarding demo: what reviews say in each phase of a 90-day plan, and notes on ticked tasks.

A review is written in its author's language: Chinese by an author with a Chinese name, English by one with an
English name (as the demo's reps are named, ``demo.names``). Each phase has lines for what went well, what to
improve and the next steps (each next step becomes a task of the plan, so they are short and doable in a week).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReviewTexts:
    went_well: tuple[str, ...]
    to_improve: tuple[str, ...]
    next_steps: tuple[str, ...]


# phase -> language -> texts; the phases: week 1, the month-1 and month-2 reviews, month 3's weekly reviews and
# the 90-day review
REVIEWS: dict[str, dict[str, ReviewTexts]] = {
    "week1": {
        "zh": ReviewTexts(
            ("产品培训听得很认真，笔记整理得清楚", "很快熟悉了团队和 CRM 的基本操作", "主动向同事请教行业情况"),
            ("价格体系和折扣规则还不熟", "行业术语需要多积累", "提问前可以先查一下知识库"),
            ("整理一页产品卖点总结", "读完两个行业客户案例", "跟导师约好下周的陪访时间")),
        "en": ReviewTexts(
            ("Took careful notes in the product sessions", "Got around the CRM quickly",
             "Asked good questions about our customers"),
            ("Not yet sure of the price list and discount rules", "Still learning the industry vocabulary",
             "Check the knowledge base before asking"),
            ("Write a one-page summary of our product's selling points", "Read two customer case studies",
             "Book the first joint visit with the mentor")),
    },
    "month1": {
        "zh": ReviewTexts(
            ("认证考试顺利通过，产品知识扎实", "SPIN 提问练习进步明显", "目标客户清单做得很用心"),
            ("电话开场白还比较生硬", "活动记录有时隔天才录入 CRM", "对竞争对手的了解还不够"),
            ("每天当天录入所有客户活动", "准备三个竞品对比要点", "练习电话开场白并录音给导师听")),
        "en": ReviewTexts(
            ("Passed the certification with a solid score", "SPIN questions are getting much better",
             "A well-researched target account list"),
            ("Opening lines on calls still sound scripted", "Some activities logged a day late",
             "Needs to know the competitors better"),
            ("Log every customer activity on the day", "Prepare three points against our main competitor",
             "Record a practice call and go through it with the mentor")),
    },
    "month2": {
        "zh": ReviewTexts(
            ("陪访中能主动提出需求问题", "第一个商机已经建立", "客户对方案演示反馈不错"),
            ("异议处理时容易急于降价", "拜访后的跟进邮件不够及时", "商机阶段更新不够及时"),
            ("拜访后 24 小时内发跟进邮件", "和导师再做一次异议处理演练", "把所有商机的下一步写进 CRM")),
        "en": ReviewTexts(
            ("Asked the need questions on the joint visits", "Created the first opportunity",
             "The customer liked the demo"),
            ("Offers a discount too quickly when pushed", "Follow-up e-mails after visits are slow",
             "Opportunity stages not kept up to date"),
            ("Send the follow-up e-mail within 24 hours of a visit", "One more objection role play with the mentor",
             "Write the next step of every opportunity in the CRM")),
    },
    "month3": {
        "zh": ReviewTexts(
            ("独立完成了两次客户拜访", "本周新增两个商机", "客户主动约了第二次会议", "提案写得结构清楚",
             "商机阶段都已更新"),
            ("商机推进到方案阶段后停住了", "需要多找决策人而不是只找使用者", "本周拜访量偏少",
             "报价前要先确认预算"),
            ("约见停滞商机的决策人", "本周完成五次客户拜访", "为最大的商机准备报价方案", "复盘一次丢单原因",
             "邀请导师参加下周的重要会议")),
        "en": ReviewTexts(
            ("Ran two customer meetings alone", "Two new opportunities this week",
             "The customer asked for a second meeting", "A well-structured proposal", "Every stage is up to date"),
            ("A deal has stalled at the proposal stage", "Talks to users but not yet to the decision makers",
             "Too few visits this week", "Confirm the budget before quoting"),
            ("Meet the decision maker of the stalled deal", "Five customer visits this week",
             "Prepare the quote for the biggest opportunity", "Go through one lost deal and why",
             "Bring the mentor to next week's key meeting")),
    },
    "day90": {
        "zh": ReviewTexts(
            ("90 天计划基本按时完成，已能独立跟进客户", "已经赢得第一单", "客户关系维护得很好"),
            ("大客户的多部门推进还需要练习", "赢单率还有提升空间"),
            ("制定下季度个人目标", "每月和经理做一次一对一")),
        "en": ReviewTexts(
            ("Finished the 90-day plan and now runs accounts alone", "Won the first deal",
             "Customers like working with them"),
            ("Selling across departments of a large account needs practice", "Win rate can still improve"),
            ("Set personal goals for next quarter", "A monthly one-to-one with the manager")),
    },
}
NOTES: dict[str, tuple[str, ...]] = {
    "zh": ("已完成", "和导师一起完成", "笔记已上传到共享盘", "比预期多花了一点时间", "效果不错"),
    "en": ("Done", "Done together with the mentor", "Notes are on the shared drive", "Took a little longer",
           "Went well"),
}
CERTIFICATION = "CRM 与产品认证 CRM and product certification"
RETAKE_NOTE = "补考 Retake"
FIRST_CALL = {"zh": "新客户介绍电话", "en": "Introduction call"}
FIRST_VISIT = {"zh": "陪同导师拜访客户", "en": "Joint visit with the mentor"}
