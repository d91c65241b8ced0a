"""Per data kind: the SELECT that streams its rows for export, its columns (import field names) and its filters.

Each statement selects the record's id, external_id and source_system first (quotas: none), then one expression
per exported field after the two id fields, in the export's column order. A referenced account or owner is
exported as its name, its id and that id's system (``*_external_id``, ``*_source_system``): its CRM id and
CRM, or, made in salesmgr, its own id and this database's ``salesmgr:<identity>``, so an import back resolves
it by id even when two accounts share a name. Filters by kind:

- team / rep: opportunities, accounts and leads by owner, activities by their rep, quotas by their rep (a team
  filter also keeps the team's own quota), reps by their team / the rep itself, CSAT and NPS responses by the rep
  they count for (the one named, else the account's owner), tickets and usage by their account's owner;
  contacts have no owner and ignore both.
- period: opportunities by deal date (closed date, else expected close), activities by occurred_at, leads by
  created_date, CSAT and NPS responses by responded_on, tickets by opened_on, usage by month, quotas whose period
  lies inside it (2026 keeps 2026, 2026Q1-Q4 and 2026-01..12); accounts, contacts and reps have no such date
  and ignore it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, String, and_, bindparam, case, cast, func, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from salesmgr.models import Account, Activity, Contact, Lead, Opportunity, Quota, Rep, StageDefinition, Team
from salesmgr.models.bonus.entities import CsatResponse
from salesmgr.models.customers.entities import SupportTicket, UsageRecord
from salesmgr.models.goals.goals import NpsResponse
from salesmgr.models.identity import OWN_SOURCE
from salesmgr.models.leads.catalogue import BEHAVIOURS
from salesmgr.models.leads.entities import LeadBehaviour
from salesmgr.models.metrics.filters import deal_date

ID_FIELDS = ("external_id", "source_system")
OWN_SOURCE_PARAM = "own_source"
SURVEY_FIELDS = ("account", "account_external_id", "account_source_system", "owner", "owner_email", "responded_on",
                 "score", "comment")
Condition = ColumnElement[bool]


@dataclass(frozen=True)
class KindQuery:
    fields: tuple[str, ...]  # the export's headers: import field names of the kind
    statement: Select[Any]
    has_ids: bool = True  # the statement starts with id, external_id, source_system
    by_rep: Callable[[int], Condition] | None = None
    by_team: Callable[[int], Condition] | None = None
    by_period: Callable[[date, date], Condition] | None = None
    score_in_centi: bool = True  # a "score" column holds hundredths (CSAT); NPS scores are whole numbers


def _between(column: Any) -> Callable[[date, date], Condition]:
    return lambda first, last: column.between(first, last)


def _ref_id(entity: Any) -> Any:
    """A referenced record's id: its CRM id, or (made in salesmgr) its own id; empty for no record."""
    return case((entity.external_id.is_not(None), entity.external_id), else_=cast(entity.id, String))


def _ref_source(entity: Any) -> Any:
    """The system of ``_ref_id``: the CRM's, or this database's own (the ``own_source`` parameter, which
    ``export_data`` sets to ``salesmgr:<identity>``); empty for no record."""
    return case((entity.external_id.is_not(None), entity.source_system),
                (entity.id.is_not(None), bindparam(OWN_SOURCE_PARAM, OWN_SOURCE)), else_=None)


def _opportunities() -> KindQuery:
    owner, team = aliased(Rep), aliased(Team)
    o = Opportunity
    statement = (select(o.id, o.external_id, o.source_system, o.name, Account.name, _ref_id(Account),
                        _ref_source(Account), owner.name, owner.email, _ref_id(owner), _ref_source(owner),
                        team.name, StageDefinition.name, o.amount_minor, o.currency, o.probability,
                        o.created_date, o.engaged_date, o.expected_close_date, o.closed_date, o.lead_source,
                        o.opportunity_type, o.product)
                 .join(StageDefinition, StageDefinition.id == o.stage_id)
                 .outerjoin(Account, Account.id == o.account_id).outerjoin(owner, owner.id == o.owner_id)
                 .outerjoin(team, team.id == owner.team_id).order_by(o.id))
    fields = ("name", "account", "account_external_id", "account_source_system", "owner", "owner_email",
              "owner_external_id", "owner_source_system", "team", "stage", "amount", "currency", "probability",
              "created_date", "engaged_date", "expected_close_date", "closed_date", "lead_source", "opportunity_type",
              "product")
    return KindQuery(fields, statement, by_rep=lambda rep: o.owner_id == rep,
                     by_team=lambda t: owner.team_id == t, by_period=_between(deal_date()))


def _accounts() -> KindQuery:
    owner = aliased(Rep)
    a = Account
    statement = (select(a.id, a.external_id, a.source_system, a.name, a.industry, a.employees, a.region,
                        owner.name, owner.email, _ref_id(owner), _ref_source(owner), a.contract_start,
                        a.renewal_date, a.renewal_intent, a.payment_status, a.churned_on)
                 .outerjoin(owner, owner.id == a.owner_id).order_by(a.id))
    fields = ("name", "industry", "employees", "region", "owner", "owner_email", "owner_external_id",
              "owner_source_system", "contract_start", "renewal_date", "renewal_intent", "payment_status",
              "churned_on")
    return KindQuery(fields, statement,
                     by_rep=lambda rep: a.owner_id == rep, by_team=lambda t: owner.team_id == t)


def _contacts() -> KindQuery:
    c = Contact
    statement = (select(c.id, c.external_id, c.source_system, c.name, Account.name, _ref_id(Account),
                        _ref_source(Account), c.title, c.email, c.phone)
                 .outerjoin(Account, Account.id == c.account_id).order_by(c.id))
    return KindQuery(("name", "account", "account_external_id", "account_source_system", "title", "email", "phone"),
                     statement)


def _leads() -> KindQuery:
    owner = aliased(Rep)
    lead = Lead
    # each behaviour as the day it happened (a column per behaviour, empty when the lead has none), so that an
    # export imported again keeps the behaviours and their decay
    behaviours = [select(LeadBehaviour.occurred_on).where(LeadBehaviour.lead_id == lead.id,
                                                          LeadBehaviour.behaviour == key).scalar_subquery()
                  for key in BEHAVIOURS]
    statement = (select(lead.id, lead.external_id, lead.source_system, lead.name, lead.company, lead.title,
                        lead.email, lead.phone, lead.industry, lead.company_size, lead.region, lead.lead_source,
                        lead.status, owner.name, owner.email, lead.created_date, *behaviours)
                 .outerjoin(owner, owner.id == lead.owner_id).order_by(lead.id))
    fields = ("name", "company", "title", "email", "phone", "industry", "company_size", "region", "lead_source",
              "status", "owner", "owner_email", "created_date", *BEHAVIOURS)
    return KindQuery(fields, statement, by_rep=lambda rep: lead.owner_id == rep,
                     by_team=lambda t: owner.team_id == t, by_period=_between(lead.created_date))


def _reps() -> KindQuery:
    manager, mentor = aliased(Rep), aliased(Rep)
    r = Rep
    statement = (select(r.id, r.external_id, r.source_system, r.name, r.email, Team.name, r.role, r.hire_date,
                        manager.name, mentor.name, r.active)
                 .outerjoin(Team, Team.id == r.team_id).outerjoin(manager, manager.id == r.manager_id)
                 .outerjoin(mentor, mentor.id == r.mentor_id).order_by(r.id))
    return KindQuery(("name", "email", "team", "role", "hire_date", "manager", "mentor", "active"), statement,
                     by_rep=lambda rep: r.id == rep, by_team=lambda t: r.team_id == t)


def _activities() -> KindQuery:
    owner, deal = aliased(Rep), aliased(Opportunity)
    a = Activity
    statement = (select(a.id, a.external_id, a.source_system, a.kind, a.subject, owner.name, owner.email,
                        Account.name, _ref_id(Account), _ref_source(Account), deal.name,
                        func.coalesce(deal.external_id, cast(deal.id, String)), a.occurred_at, a.logged_at, a.notes)
                 .outerjoin(owner, owner.id == a.rep_id).outerjoin(Account, Account.id == a.account_id)
                 .outerjoin(deal, deal.id == a.opportunity_id).order_by(a.id))
    # a deal created in salesmgr is referred to by its own id (the importer looks it up that way)
    fields = ("kind", "subject", "owner", "owner_email", "account", "account_external_id", "account_source_system",
              "opportunity", "opportunity_external_id", "occurred_at", "logged_at", "notes")
    return KindQuery(fields, statement, by_rep=lambda rep: a.rep_id == rep, by_team=lambda t: owner.team_id == t,
                     by_period=lambda first, last: and_(
                         a.occurred_at >= datetime.combine(first, time()),
                         a.occurred_at < datetime.combine(last + timedelta(days=1), time())))


def _quotas() -> KindQuery:
    owner = aliased(Rep)
    q = Quota
    statement = (select(owner.name, owner.email, Team.name, q.period, q.amount_minor, q.currency)
                 .outerjoin(owner, owner.id == q.rep_id).outerjoin(Team, Team.id == q.team_id)
                 .order_by(q.period, q.team_id.is_(None), Team.name, owner.name, q.id))
    return KindQuery(("owner", "owner_email", "team", "period", "amount", "currency"), statement, has_ids=False,
                     by_rep=lambda rep: q.rep_id == rep,
                     by_team=lambda t: or_(q.team_id == t, owner.team_id == t),
                     by_period=lambda first, last: q.period.in_(periods_within(first, last)))


def _csat() -> KindQuery:
    named, credited = aliased(Rep), aliased(Rep)
    c = CsatResponse
    statement = (select(c.id, c.external_id, c.source_system, Account.name, _ref_id(Account),
                        _ref_source(Account), named.name, named.email, c.responded_on, c.score_centi, c.comment)
                 .outerjoin(Account, Account.id == c.account_id).outerjoin(named, named.id == c.rep_id)
                 .outerjoin(credited, credited.id == func.coalesce(c.rep_id, Account.owner_id)).order_by(c.id))
    # the rep a response counts for: the one it names, else the account's owner (as the bonus counts it)
    return KindQuery(SURVEY_FIELDS, statement, by_rep=lambda rep: credited.id == rep,
                     by_team=lambda t: credited.team_id == t,
                     by_period=_between(c.responded_on))


def _nps() -> KindQuery:
    named, credited = aliased(Rep), aliased(Rep)
    n = NpsResponse
    statement = (select(n.id, n.external_id, n.source_system, Account.name, _ref_id(Account),
                        _ref_source(Account), named.name, named.email, n.responded_on, n.score, n.comment)
                 .outerjoin(Account, Account.id == n.account_id).outerjoin(named, named.id == n.rep_id)
                 .outerjoin(credited, credited.id == func.coalesce(n.rep_id, Account.owner_id)).order_by(n.id))
    # the rep an answer counts for: the one it names, else the account's owner (as the goals' NPS counts it)
    return KindQuery(SURVEY_FIELDS, statement, by_rep=lambda rep: credited.id == rep,
                     by_team=lambda t: credited.team_id == t,
                     by_period=_between(n.responded_on), score_in_centi=False)


def _tickets() -> KindQuery:
    t, owner = SupportTicket, aliased(Rep)
    statement = (select(t.id, t.external_id, t.source_system, Account.name, _ref_id(Account), _ref_source(Account),
                        t.opened_on, t.closed_on, t.severity, t.subject)
                 .join(Account, Account.id == t.account_id).outerjoin(owner, owner.id == Account.owner_id)
                 .order_by(t.id))
    # by the account's owner; by the day the ticket was opened
    return KindQuery(("account", "account_external_id", "account_source_system", "opened_on", "closed_on",
                      "severity", "subject"), statement, by_rep=lambda rep: Account.owner_id == rep,
                     by_team=lambda team: owner.team_id == team, by_period=_between(t.opened_on))


def _usage() -> KindQuery:
    u, owner = UsageRecord, aliased(Rep)
    statement = (select(Account.name, _ref_id(Account), _ref_source(Account), u.month, u.usage_count,
                        u.active_users, u.licensed_users)
                 .join(Account, Account.id == u.account_id).outerjoin(owner, owner.id == Account.owner_id)
                 .order_by(Account.name, Account.id, u.month))
    return KindQuery(("account", "account_external_id", "account_source_system", "month", "usage_count",
                      "active_users", "licensed_users"), statement, has_ids=False,
                     by_rep=lambda rep: Account.owner_id == rep, by_team=lambda team: owner.team_id == team,
                     by_period=_between(u.month))


def periods_within(first: date, last: date) -> list[str]:
    """Every period (year, quarter, month) that lies inside [first, last]; both are period bounds."""
    found: list[str] = []
    for year in range(first.year, last.year + 1):
        if first <= date(year, 1, 1) and date(year, 12, 31) <= last:
            found.append(str(year))
        for month in range(1, 13):
            start = date(year, month, 1)
            if first <= start <= last:
                found.append(f"{year}-{month:02d}")
                if month % 3 == 1 and date(year, month + 2, 1) <= last:
                    found.append(f"{year}Q{month // 3 + 1}")
    return found


QUERIES: dict[str, Callable[[], KindQuery]] = {
    "opportunities": _opportunities, "accounts": _accounts, "contacts": _contacts, "leads": _leads,
    "reps": _reps, "activities": _activities, "quotas": _quotas, "csat": _csat,
    "nps": _nps, "tickets": _tickets, "usage": _usage,
}
