"""Per kind: from parsed field values to the entity's column values and the keys that find an existing row."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.exchange.imports.activity_kinds import activity_kind
from salesmgr.exchange.imports.lead_behaviours import BEHAVIOURS_KEY
from salesmgr.exchange.imports.resolvers import REP, AccountResolver, RepResolver, StageResolver, own_id
from salesmgr.exchange.imports.salesforce import is_salesperson, what_points_at
from salesmgr.exchange.imports.upsert import Key, KeyQuery
from salesmgr.models import Account, Activity, Contact, Lead, Opportunity, Quota, Rep, Team
from salesmgr.models.bonus.entities import CsatResponse, score_to_centi
from salesmgr.models.customers.entities import SupportTicket, UsageRecord
from salesmgr.models.errors import UserError, ValidationError
from salesmgr.models.goals.goals import NpsResponse
from salesmgr.models.identity import own_source
from salesmgr.models.leads.catalogue import BEHAVIOURS
from salesmgr.models.money import normalise_currency, to_minor

Values = dict[str, Any]
BEHAVIOUR_FIELDS = tuple(BEHAVIOURS)
_PERIOD = re.compile(r"^\s*(\d{4})\s*[-/ ]?\s*(?:Q([1-4])|(\d{1,2})|年第([1-4])季度?)?\s*$", re.IGNORECASE)
_PERIOD_QFIRST = re.compile(r"^\s*Q([1-4])\s*[-/ ]?\s*(\d{4})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class OpportunityFlags:
    """Which opportunity columns the file feeds, worked out once per import rather than once per row."""

    money: bool
    probability: bool
    owner: bool
    account: bool
    close: bool
    plain: tuple[str, ...]


@dataclass
class Context:
    session: Session
    source: str
    base_currency: str
    mapped: set[str]  # the kind's fields that some column feeds
    stages: StageResolver
    reps: RepResolver
    accounts: AccountResolver
    new_teams: list[str] = field(default_factory=list)
    # reps whose manager (by CRM id) is not in the database yet: (the rep's key, the manager's source and id)
    managers: list[tuple[Key, str, str]] = field(default_factory=list)
    unknown_kinds: dict[str, None] = field(default_factory=dict)  # activity types read as notes, in file order
    flags: OpportunityFlags = field(init=False)
    _own_source: str | None = None
    _teams: dict[str, int] | None = None
    _opportunities: dict[tuple[str, str], int] | None = None
    _stages: dict[tuple[Any, ...], tuple[int, bool, int | None]] = field(default_factory=dict)
    _percents: dict[Decimal | None, int | None] = field(default_factory=dict)
    _own_sources: dict[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.flags = OpportunityFlags(
            money=self.has("amount", "currency"), probability=self.has("probability"),
            owner=self.has("owner", "owner_email", "owner_external_id"),
            account=self.has("account", "account_external_id"), close=self.has("closed_date", "expected_close_date"),
            plain=tuple(name for name in OPPORTUNITY_PLAIN if name in self.mapped))

    def has(self, *names: str) -> bool:
        return not self.mapped.isdisjoint(names)

    @property
    def own_source(self) -> str:
        """``salesmgr:<this database's identity>``: the source of records this database exported."""
        if self._own_source is None:
            self._own_source = own_source(self.session)
        return self._own_source

    def is_own(self, source: str) -> bool:
        """Whether ``source`` is ``own_source`` (case-insensitively), worked out once per distinct source."""
        own = self._own_sources.get(source)
        if own is None:
            own = self._own_sources[source] = source.casefold() == self.own_source.casefold()
        return own

    def stage(self, values: Values) -> tuple[int, bool, int | None]:
        """The row's stage (``stages.resolve``) as ``(id, closed, default probability)``, worked out once per
        distinct stage value and won/closed/status flags."""
        key = (values["stage"], values.get("is_won"), values.get("is_closed"), values.get("status"))
        facts = self._stages.get(key)
        if facts is None:
            stage = self.stages.resolve(key[0], is_won=key[1], is_closed=key[2], status=key[3])
            facts = self._stages[key] = (stage.id, stage.kind != "open", stage.default_probability)
        return facts

    def percent(self, value: Decimal | None) -> int | None:
        """A fraction as whole percent (0.35 -> 35), worked out once per distinct value."""
        if value not in self._percents:
            self._percents[value] = _percent(value)
        return self._percents[value]

    def owner_id(self, values: Values) -> int | None:
        return self.reps.resolve(values.get("owner"), values.get("owner_email"), values.get("owner_external_id"),
                                 values.get("owner_source_system"))

    def account_id(self, values: Values, owner_id: int | None = None) -> int | None:
        """The account a row refers to: by its id when the row has one, else by its name (see resolvers)."""
        return self.accounts.resolve(values.get("account"), values.get("account_external_id"), owner_id,
                                     values.get("account_source_system"))

    def manager_id(self, values: Values, keys: list[tuple[Any, ...]]) -> int | None:
        """The rep's manager by CRM id when that rep is in the database already; else None for now, and the link
        is made once every row of the file is in (managers.link_managers), as a manager may come later."""
        external_id = values.get("manager_external_id")
        if not external_id:
            return None
        source = values.get("source_system") or self.source
        found = self.reps.find(None, None, external_id, source, role=REP)
        if found is None and keys:
            self.managers.append((keys[0], source, external_id))
        return found

    def team_id(self, name: str | None) -> int | None:
        if not name:
            return None
        if self._teams is None:
            self._teams = {t.name.casefold(): t.id for t in self.session.scalars(select(Team))}
        if name.casefold() not in self._teams:
            team = Team(name=name.strip(), active=True)
            self.session.add(team)
            self.session.flush()
            self._teams[name.casefold()] = team.id
            self.new_teams.append(team.name)
        return self._teams[name.casefold()]

    def opportunity_id(self, external_id: str | None, name: str | None) -> int | None:
        if self._opportunities is None:
            rows = self.session.execute(select(Opportunity.id, Opportunity.source_system, Opportunity.external_id,
                                               Opportunity.name))
            self._opportunities = {}
            for row in rows:
                if row.external_id:
                    self._opportunities[("ext", row.external_id)] = row.id
                else:  # created in salesmgr: exports refer to it by its own id
                    self._opportunities[("own", str(row.id))] = row.id
                self._opportunities.setdefault(("name", row.name.casefold()), row.id)
        for tag in ("ext", "own"):
            if external_id and (tag, external_id) in self._opportunities:
                return self._opportunities[(tag, external_id)]
        return self._opportunities.get(("name", name.casefold())) if name else None

    def currency(self, values: Values) -> str:
        code = values.get("currency")
        if code:
            return normalise_currency(code)
        amount = values.get("amount")
        return (amount[1] if amount and amount[1] else None) or self.base_currency


def _external(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    """The record's CRM id and system (a source_system column overrides the file's). An id exported by this
    very database (source ``salesmgr:<its identity>``) is the record's own primary key; one exported by another
    salesmgr database is kept like any CRM's id, so it never overwrites a record that shares the number."""
    external_id = values.get("external_id")
    if not external_id:
        return {}, []
    source = values.get("source_system") or ctx.source
    if ctx.is_own(source):
        return {}, [("id", own_id(external_id))]
    return {"external_id": external_id, "source_system": source}, [("ext", source, external_id)]


def _pick(values: Values, ctx: Context, names: tuple[str, ...]) -> Values:
    return {name: values.get(name) for name in names if name in ctx.mapped}


OPPORTUNITY_PLAIN = ("created_date", "engaged_date", "expected_close_date", "lead_source", "opportunity_type",
                     "product")


def opportunity(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    flags = ctx.flags
    stage_id, closed, default_probability = ctx.stage(values)
    columns, keys = _external(values, ctx)
    columns["name"], columns["stage_id"] = values["name"], stage_id
    if flags.money:
        currency = ctx.currency(values)
        amount: tuple[Decimal, str | None] | None = values.get("amount")
        columns["amount_minor"] = to_minor(amount[0], currency) if amount else None
        columns["currency"] = currency
    for name in flags.plain:
        columns[name] = values.get(name)
    columns["probability"] = ctx.percent(values.get("probability")) if flags.probability else default_probability
    if flags.owner:
        columns["owner_id"] = ctx.owner_id(values)
    if flags.account:
        columns["account_id"] = ctx.account_id(values, columns.get("owner_id"))
    if flags.close:
        columns["closed_date"] = (values.get("closed_date") or values.get("expected_close_date")) if closed else None
    keys.append(("nat", columns.get("account_id"), values["name"]))
    return columns, keys


def _percent(value: Decimal | None) -> int | None:
    return None if value is None else int((value * 100).to_integral_value())


ACCOUNT_PLAIN = ("industry", "employees", "region", "contract_start", "renewal_date", "renewal_intent",
                 "payment_status", "churned_on")


def account(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    columns, keys = _external(values, ctx)
    columns |= {"name": values["name"], **_pick(values, ctx, ACCOUNT_PLAIN)}
    if ctx.has("owner", "owner_email", "owner_external_id"):
        columns["owner_id"] = ctx.owner_id(values)
    existing = None if keys else ctx.accounts.named(values["name"])  # no id: the one account of that name
    if existing is not None:
        keys.append(("id", existing))
    return columns, keys


def contact(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    columns, keys = _external(values, ctx)
    columns |= {"name": values["name"], **_pick(values, ctx, ("title", "email", "phone"))}
    if ctx.has("account", "account_external_id"):
        columns["account_id"] = ctx.account_id(values)
    keys.append(("nat", columns.get("account_id"), values["name"]))
    return columns, keys


LEAD_PLAIN = ("company", "title", "email", "phone", "industry", "company_size", "region", "lead_source", "status",
              "created_date")


def lead(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    """A lead's columns; the values of the behaviour columns the file has ride along under ``BEHAVIOURS_KEY``
    until the lead is stored (lead_behaviours.py)."""
    columns, keys = _external(values, ctx)
    columns |= {"name": values["name"], **_pick(values, ctx, LEAD_PLAIN)}
    if ctx.has("owner", "owner_email", "owner_external_id"):
        columns["owner_id"] = ctx.owner_id(values)
    behaviours = _pick(values, ctx, BEHAVIOUR_FIELDS)
    if behaviours:
        columns[BEHAVIOURS_KEY] = behaviours
    if values.get("email"):
        keys.append(("email", values["email"]))
    return columns, keys


def rep(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    columns, keys = _external(values, ctx)
    email = values.get("email")
    columns |= {"name": values["name"], **_pick(values, ctx, ("role", "hire_date", "active"))}
    if "email" in ctx.mapped:
        columns["email"] = email.casefold() if email else None
    if "team" in ctx.mapped:
        columns["team_id"] = ctx.team_id(values.get("team"))
    existing = None if keys else (ctx.reps.find(None, email) if email
                                  else ctx.reps.find(values["name"], role=REP))
    if existing is not None:
        keys.append(("id", existing))
    if "manager_external_id" in ctx.mapped:  # the manager's id wins over their name
        columns["manager_id"] = ctx.manager_id(values, keys)
    elif "manager" in ctx.mapped:
        columns["manager_id"] = ctx.reps.find(values.get("manager"), role=REP)
    if "mentor" in ctx.mapped:
        columns["mentor_id"] = ctx.reps.find(values.get("mentor"), role=REP)
    return columns, keys


def skip_user(values: Values) -> UserError | None:
    """Why a reps row is skipped: a CRM user who is no salesperson (salesforce.NOT_SALESPEOPLE); else None."""
    user_type: str | None = values.get("user_type")
    return None if not user_type or is_salesperson(user_type) else UserError("user type {type}",
                                                                             type=user_type.strip())


def skip_deleted(values: Values) -> UserError | None:
    """Why a row is skipped: deleted in the CRM (IsDeleted true); else None."""
    return UserError("deleted in the CRM") if values.get("is_deleted") else None


def activity(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    """An activity: its kind read from its type and subtype (activity_kinds), and its account and opportunity by
    name or id, a Salesforce WhatId standing in for the id it points at (salesforce.what_points_at)."""
    kind, unknown = activity_kind(values.get("kind"), values.get("subtype"))
    if unknown is not None:
        ctx.unknown_kinds.setdefault(unknown, None)
    columns, keys = _external(values, ctx)
    columns |= {"kind": kind, "occurred_at": values["occurred_at"],
                **_pick(values, ctx, ("subject", "logged_at", "notes"))}
    columns["rep_id"] = ctx.owner_id(values) if ctx.has("owner", "owner_email", "owner_external_id") else None
    what_id, what = values.get("what_id"), what_points_at(values.get("what_id"))
    if ctx.has("account", "account_external_id", "what_id"):
        if what == "account" and not values.get("account_external_id"):
            values = {**values, "account_external_id": what_id}
        columns["account_id"] = ctx.account_id(values)
    if ctx.has("opportunity", "opportunity_external_id", "what_id"):
        external_id = values.get("opportunity_external_id") or (what_id if what == "opportunity" else None)
        columns["opportunity_id"] = ctx.opportunity_id(external_id, values.get("opportunity"))
    keys.append(("nat", columns["rep_id"], values["occurred_at"], kind))
    return columns, keys


def quota(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    period = normalise_period(values["period"])
    rep_id = ctx.owner_id(values) if ctx.has("owner", "owner_email") else None
    team_id = None if rep_id is not None else ctx.team_id(values.get("team"))
    if rep_id is None and team_id is None:
        raise ValidationError("a quota needs a rep or a team")
    currency = ctx.currency(values)
    amount = values["amount"][0]
    columns = {"rep_id": rep_id, "team_id": team_id, "period": period, "amount_minor": to_minor(amount, currency),
               "currency": currency}
    key = ("rep", rep_id, period) if rep_id is not None else ("team", team_id, period)
    return columns, [key]


def csat(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    score, currency = values["score"]
    if currency or not 0 <= score <= 10:
        raise ValidationError("a CSAT score must be a number from 0 to 10, not {score}", score=score)
    columns, keys = _external(values, ctx)
    columns |= {"responded_on": values["responded_on"], "score_centi": score_to_centi(score),
                **_pick(values, ctx, ("comment",))}
    columns["rep_id"] = ctx.owner_id(values) if ctx.has("owner", "owner_email") else None
    if ctx.has("account", "account_external_id"):
        columns["account_id"] = ctx.account_id(values)
    if columns["rep_id"] is None and columns.get("account_id") is None:
        raise ValidationError("a CSAT response needs an account or a rep")
    keys.append(("nat", columns.get("account_id"), columns["rep_id"], values["responded_on"], columns["score_centi"]))
    return columns, keys


def nps(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    """An NPS answer: a whole number 0-10 (parsed as such by the row reader) about an account and/or a rep."""
    score = values["score"]
    if not 0 <= score <= 10:
        raise ValidationError("an NPS score must be a whole number from 0 to 10, not {score}", score=score)
    columns, keys = _external(values, ctx)
    columns |= {"responded_on": values["responded_on"], "score": score, **_pick(values, ctx, ("comment",))}
    columns["rep_id"] = ctx.owner_id(values) if ctx.has("owner", "owner_email") else None
    if ctx.has("account", "account_external_id"):
        columns["account_id"] = ctx.account_id(values)
    if columns["rep_id"] is None and columns.get("account_id") is None:
        raise ValidationError("an NPS response needs an account or a rep")
    keys.append(("nat", columns.get("account_id"), columns["rep_id"], values["responded_on"], score))
    return columns, keys


def ticket(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    """A support ticket about an account (required: a ticket about nobody tells nothing); closed on or after the
    day it was opened; severity ``normal`` when the file gives none."""
    columns, keys = _external(values, ctx)
    opened, closed = values["opened_on"], values.get("closed_on")
    if closed is not None and closed < opened:
        raise ValidationError("a ticket cannot be closed ({closed}) before it was opened ({opened})",
                              closed=closed.isoformat(), opened=opened.isoformat())
    account_id = ctx.account_id(values) if ctx.has("account", "account_external_id") else None
    if account_id is None:
        raise ValidationError("a ticket needs an account; add a column with the account's name or ID")
    columns |= {"account_id": account_id, "opened_on": opened, **_pick(values, ctx, ("closed_on", "subject"))}
    if "severity" in ctx.mapped:
        columns["severity"] = values.get("severity") or "normal"
    keys.append(("nat", account_id, opened, values.get("subject")))
    return columns, keys


USAGE_FIGURES = ("usage_count", "active_users", "licensed_users")


def usage(values: Values, ctx: Context) -> tuple[Values, list[tuple[Any, ...]]]:
    """One account's product use in one month; an empty cell is "not measured" (None), a figure whose column the
    file does not have is left as stored, a negative one is refused."""
    account_id = ctx.account_id(values) if ctx.has("account", "account_external_id") else None
    if account_id is None:
        raise ValidationError("a usage figure needs an account; add a column with the account's name or ID")
    figures = _pick(values, ctx, USAGE_FIGURES)
    negative = next((name for name, value in figures.items() if value is not None and value < 0), None)
    if negative is not None:
        raise ValidationError("{field} cannot be negative ({value})", field=negative, value=figures[negative])
    columns = {"account_id": account_id, "month": values["month"], **figures}
    return columns, [("nat", account_id, values["month"])]


def normalise_period(text: str) -> str:
    """``2026Q3``, ``2026 Q3``, ``Q3 2026``, ``2026-09``, ``2026``, ``2026年第3季度`` -> ``2026Q3`` / ``2026-09``."""
    if match := _PERIOD_QFIRST.match(str(text)):
        return f"{match[2]}Q{match[1]}"
    match = _PERIOD.match(str(text))
    if not match:
        raise ValidationError("{period} is not a period; write 2026Q3, 2026-09 or 2026", period=text)
    year, quarter, month, quarter_zh = match.groups()
    if quarter or quarter_zh:
        return f"{year}Q{quarter or quarter_zh}"
    if month:
        if not 1 <= int(month) <= 12:
            raise ValidationError("{period} is not a period; write 2026Q3, 2026-09 or 2026", period=text)
        return f"{year}-{int(month):02d}"
    return year


Builder = Callable[[Values, Context], tuple[Values, list[tuple[Any, ...]]]]


def _keep(values: Values) -> UserError | None:
    return None


@dataclass(frozen=True)
class KindPlan:
    entity: type[Any]
    build: Builder
    queries: Callable[[], list[KeyQuery]]
    # why a row is skipped, not stored and not rejected (a CRM's system user, a deleted record), or None
    skip: Callable[[Values], UserError | None] = _keep


def _ext(entity: type[Any]) -> KeyQuery:
    return KeyQuery("ext", [entity.source_system, entity.external_id])


def _own(entity: type[Any]) -> KeyQuery:
    return KeyQuery("id", [entity.id])


PLANS: dict[str, KindPlan] = {
    "opportunities": KindPlan(Opportunity, opportunity, lambda: [
        _ext(Opportunity), _own(Opportunity), KeyQuery("nat", [Opportunity.account_id, Opportunity.name])]),
    "accounts": KindPlan(Account, account, lambda: [_ext(Account), _own(Account)]),
    "contacts": KindPlan(Contact, contact, lambda: [
        _ext(Contact), _own(Contact), KeyQuery("nat", [Contact.account_id, Contact.name])]),
    "leads": KindPlan(Lead, lead, lambda: [_ext(Lead), _own(Lead), KeyQuery("email", [Lead.email])]),
    "reps": KindPlan(Rep, rep, lambda: [_ext(Rep), _own(Rep)], skip_user),
    "activities": KindPlan(Activity, activity, lambda: [
        _ext(Activity), _own(Activity), KeyQuery("nat", [Activity.rep_id, Activity.occurred_at, Activity.kind])],
        skip_deleted),
    "quotas": KindPlan(Quota, quota, lambda: [
        KeyQuery("rep", [Quota.rep_id, Quota.period]), KeyQuery("team", [Quota.team_id, Quota.period])]),
    "csat": KindPlan(CsatResponse, csat, lambda: [_ext(CsatResponse), _own(CsatResponse), KeyQuery("nat", [
        CsatResponse.account_id, CsatResponse.rep_id, CsatResponse.responded_on, CsatResponse.score_centi])]),
    "tickets": KindPlan(SupportTicket, ticket, lambda: [_ext(SupportTicket), _own(SupportTicket), KeyQuery("nat", [
        SupportTicket.account_id, SupportTicket.opened_on, SupportTicket.subject])]),
    "usage": KindPlan(UsageRecord, usage, lambda: [KeyQuery("nat", [UsageRecord.account_id, UsageRecord.month])]),
    "nps": KindPlan(NpsResponse, nps, lambda: [_ext(NpsResponse), _own(NpsResponse), KeyQuery("nat", [
        NpsResponse.account_id, NpsResponse.rep_id, NpsResponse.responded_on, NpsResponse.score])]),
}
