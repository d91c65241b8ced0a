"""Which stage (or status) names mean a won or a lost deal, whatever CRM wrote them.

The rule, applied to a name no stage of the pipeline is called (a stored name always wins, see StageResolver):

1. As a whole word list, ignoring case, spaces and punctuation (``normalise``): won is ``won``, ``closedwon``
   (Salesforce's, HubSpot's and Zoho's "Closed Won", HubSpot's internal ``closedwon``, "Closed (Won)",
   "Closed-Won"), 赢单, 赢, 成交, 已成交, 签约, 已签约 (纷享销客, 销售易); lost is ``lost``, ``closedlost``, 输单,
   丢单, 已输单, 已丢单, 输, 失败. Pipedrive's and Odoo's ``won``/``lost`` status or stage is the same word.
2. As a prefix: a name that starts with "won" or "lost", after an optional "closed" or "deal" and separators,
   and where the word ends there (not "Wonderful", not "Won't"), is won or lost: "Closed Lost to Competition"
   (Zoho), "Lost - no budget", "Won - signed", "Closed Won - renewal", "Deal Lost". In Chinese, a name that
   starts with 赢单/赢得 or 输单/丢单/丢失, after an optional 已, 成交, 关闭 or 结束 and separators, and where
   a separator, a bracket or the end follows, is won or lost: "输单(竞争对手)", "输单（其他）", "已成交-赢得",
   "已关闭-丢失" (not "赢单率评估").

Anything else is an open stage.
"""
from __future__ import annotations

import re

WON_WORDS = {"closedwon", "won", "赢单", "成交", "已成交", "赢", "签约", "已签约"}
LOST_WORDS = {"closedlost", "lost", "输单", "丢单", "已输单", "输", "失败", "已丢单"}
_PUNCTUATION = re.compile(r"[\s\-_/.,:;()（）【】\[\]'\"]+")
_SEPARATORS = r"[\s\-_/:.,;(（\[【]*"
_ENGLISH = re.compile(rf"^\s*(?:closed|deal)?{_SEPARATORS}(won|lost)(?![\w'’])", re.IGNORECASE)
_CHINESE = re.compile(rf"^\s*已?(?:成交|关闭|结束)?{_SEPARATORS}(赢单|赢得|输单|丢单|丢失)(?:$|[\s\-_/:.,;(（\[【])")
_WON_MARKS = {"won", "赢单", "赢得"}


def normalise(text: str) -> str:
    """A key that ignores case, spaces and punctuation: "Closed (Lost)" -> "closedlost"."""
    return _PUNCTUATION.sub("", text).casefold()


def closed_kind(value: str) -> str | None:
    """``"won"``, ``"lost"``, or None for an open stage; the rule is in the module docstring."""
    key = normalise(value)
    if key in WON_WORDS:
        return "won"
    if key in LOST_WORDS:
        return "lost"
    match = _ENGLISH.match(value) or _CHINESE.match(value)
    if match is None:
        return None
    return "won" if match[1].casefold() in _WON_MARKS else "lost"
