"""`salesmgr accounts`: the account list and one account's profile with its timeline.

    salesmgr accounts list [--search TEXT] [--customers] [--team NAME | --rep NAME] [--json]
    salesmgr accounts show NAME|ID [--json]

Definitions are salesmgr.models.customers.accounts' and account_view's. An account is named by its id or its
name (ignoring case); a name that several accounts carry (the demo's twin branches) is refused listing them with
their ids (exit 2). Codes in the JSON (kinds, severities, intents) are in English whatever ``--lang`` says; the
timeline's titles and details and the text output are in the language of ``--lang``.
"""
from __future__ import annotations

import argparse
from typing import Any

from salesmgr.cli.support import emit, owner_ids, session_of
from salesmgr.cli.text import Column, count, table
from salesmgr.i18n import translate
from salesmgr.models.customers.account_labels import label
from salesmgr.models.customers.account_view import AccountProfile, DealLine
from salesmgr.models.customers.accounts import AccountList, AccountRow, LifetimeRevenue
from salesmgr.models.customers.health import AccountHealth, band_label
from salesmgr.models.customers.timeline import timeline
from salesmgr.models.money import format_money


def add_accounts_parser(commands: Any, add: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    accounts = add(commands, "accounts", "customer accounts: the list with owner, team, renewal, lifetime revenue "
                   "and health, and one account's profile with its timeline")
    actions = accounts.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class, required=True)
    listing = add(actions, "list", "every account with owner, team, customer since, renewal, lifetime revenue and "
                  "health")
    listing.add_argument("--search", default="", help="only accounts whose name, industry, region, owner or team "
                         "contains this text")
    listing.add_argument("--customers", action="store_true", help="only the customers of today")
    owners = listing.add_mutually_exclusive_group()
    owners.add_argument("--team", help="only the accounts of this team's reps")
    owners.add_argument("--rep", help="only this rep's accounts (name or e-mail)")
    show = add(actions, "show", "one account's profile: contacts, deals with stage history, activities, surveys, "
               "tickets, usage, contract and renewal, lifetime revenue, hand-offs, promises, health and timeline")
    show.add_argument("account", metavar="NAME|ID", help="the account's name (ignoring case) or id")


def cmd_accounts(args: argparse.Namespace) -> int:
    return _list(args) if args.action == "list" else _show(args)


def _list(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.accounts import list_accounts

    with session_of(args, write=False) as session:
        team_id, rep_id = owner_ids(session, args)
        result = list_accounts(session, search=args.search, owner_id=rep_id, team_id=team_id,
                               customers_only=args.customers)
    payload = {"currency": result.currency, "left_out_currencies": result.left_out,
               "accounts": [row.to_json() for row in result.rows]}
    return emit(args, payload, "\n".join(_list_text(result)))


def _show(args: argparse.Namespace) -> int:
    from salesmgr.models.customers.account_view import account_profile
    from salesmgr.models.customers.accounts import find_account

    with session_of(args, write=False) as session:
        profile = account_profile(session, find_account(session, args.account))
    payload = profile_json(profile)
    return emit(args, payload, "\n".join(_show_text(profile, payload)))


def profile_json(profile: AccountProfile) -> dict[str, Any]:
    """The profile as ``accounts show --json`` prints it."""
    def iso(day: Any) -> str | None:
        return day.isoformat() if day else None
    return {
        "id": profile.id, "name": profile.name, "industry": profile.industry, "region": profile.region,
        "employees": profile.employees, "owner": profile.owner, "team": profile.team, "customer": profile.customer,
        "customer_since": iso(profile.customer_since), "contract_start": iso(profile.contract_start),
        "renewal_date": iso(profile.renewal_date), "renewal_intent": profile.renewal_intent,
        "payment_status": profile.payment_status, "churned_on": iso(profile.churned_on),
        "lifetime_revenue": profile.revenue.to_json(),
        "contacts": [vars(contact) for contact in profile.contacts],
        "open_deals": [_deal_json(deal) for deal in profile.open_deals],
        "closed_deals": [_deal_json(deal) for deal in profile.closed_deals],
        "activities": [{"occurred_at": a.occurred_at.isoformat(), "kind": a.kind, "subject": a.subject,
                        "rep": a.rep, "deal": a.deal} for a in profile.activities],
        "surveys": [{"kind": s.kind, "responded_on": s.responded_on.isoformat(), "score": str(s.score),
                     "comment": s.comment} for s in profile.surveys],
        "tickets": {"by_severity": profile.ticket_counts.total, "open_by_severity": profile.ticket_counts.open,
                    "total": profile.ticket_counts.all_count, "open": profile.ticket_counts.open_count},
        "usage": [{"month": u.month.strftime("%Y-%m"), "usage_count": u.usage_count, "active_users": u.active_users,
                   "licensed_users": u.licensed_users} for u in profile.usage],
        "handoffs": [{"deal": h.deal, "won_on": h.won_on.isoformat(), "implementation_owner": h.implementation_owner,
                      "success_owner": h.success_owner, "items": len(h.items), "done": h.done,
                      "overdue": h.overdue, "open": h.is_open} for h in profile.handoffs],
        "promises": [{"text": p.text, "made_on": p.made_on.isoformat(), "due_on": iso(p.due_on),
                      "status": p.status, "resolved_on": iso(p.resolved_on)} for p in profile.promises],
        "health": _health_json(profile.health),
        "timeline": [entry.to_json() for entry in timeline(profile)],
    }


def _deal_json(deal: DealLine) -> dict[str, Any]:
    return {"id": deal.id, "name": deal.name, "stage": deal.stage, "kind": deal.kind,
            "amount": None if deal.amount is None else str(deal.amount), "currency": deal.currency,
            "owner": deal.owner, "created": deal.created.isoformat() if deal.created else None,
            "expected_close": deal.expected_close.isoformat() if deal.expected_close else None,
            "closed": deal.closed.isoformat() if deal.closed else None,
            "stage_history": [{"stage": step.stage, "entered_at": step.entered_at.isoformat()}
                              for step in deal.history]}


def _health_json(health: AccountHealth | None) -> dict[str, Any] | None:
    if health is None:
        return None
    return {"score": health.score, "band": health.band,
            "parts": {part.key: {"label": part.label, "weight": part.weight, "value": part.value,
                                 "points": None if part.points is None else str(part.points)}
                      for part in health.parts}}


def revenue_text(revenue: LifetimeRevenue) -> str:
    """"161,000.00 CNY", with "(COP left out: no rate)" when some currencies could not be converted."""
    text = format_money(revenue.amount, revenue.currency)
    if revenue.left_out:
        text += " " + translate("Cli", "({currencies} left out: no rate)").format(
            currencies=", ".join(entry.amount_text() for entry in revenue.left_out))
    return text


def _list_text(result: AccountList) -> list[str]:
    columns = [Column(translate("Cli", "Id"), right=True), Column(translate("Cli", "Account")),
               Column(translate("Cli", "Owner")), Column(translate("Cli", "Team")),
               Column(translate("Cli", "Customer since")), Column(translate("Cli", "Renewal")),
               Column(translate("Cli", "Lifetime revenue"), right=True), Column(translate("Cli", "Health"), right=True)]
    lines = table(columns, [_list_cells(row) for row in result.rows])
    lines.append(translate("Cli", "{count} accounts; amounts in {currency}").format(
        count=count(len(result.rows)), currency=result.currency))
    if result.left_out:
        lines.append(translate("Cli", "Left out of the revenue (no exchange rate): {currencies}").format(
            currencies=", ".join(result.left_out)))
    return lines


def _list_cells(row: AccountRow) -> list[str]:
    since = row.customer_since.isoformat() if row.customer and row.customer_since else "-"
    renewal = row.renewal_date.isoformat() if row.renewal_date else "-"
    health = f"{row.score} {band_label(row.band)}" if row.score is not None else "-"
    return [str(row.id), row.name, row.owner or "-", row.team or "-", since, renewal,
            f"{row.revenue.amount:,.2f}" + (" *" if row.revenue.left_out else ""), health]


def _show_text(profile: AccountProfile, payload: dict[str, Any]) -> list[str]:
    def day(value: Any) -> str:
        return value.isoformat() if value else "-"
    lines = [f"{profile.name} (id {profile.id})",
             translate("Cli", "Owner: {owner}; team: {team}").format(owner=profile.owner or "-",
                                                                     team=profile.team or "-"),
             translate("Cli", "Customer since: {since}; churned: {churned}").format(
                 since=day(profile.customer_since) if profile.customer else "-", churned=day(profile.churned_on)),
             translate("Cli", "Contract start: {start}; renewal: {renewal} ({intent}); payment: {payment}").format(
                 start=day(profile.contract_start), renewal=day(profile.renewal_date),
                 intent=label(profile.renewal_intent) or "-", payment=label(profile.payment_status) or "-"),
             translate("Cli", "Lifetime revenue: {revenue} from {deals} won deals").format(
                 revenue=revenue_text(profile.revenue), deals=count(profile.revenue.won_deals)),
             translate("Cli", "Contacts: {contacts}; deals: {open} open, {closed} closed; activities: {activities}")
             .format(contacts=len(profile.contacts), open=len(profile.open_deals), closed=len(profile.closed_deals),
                 activities=len(profile.activities)),
             translate("Cli", "Tickets: {total} ({open} open)").format(
                 total=profile.ticket_counts.all_count, open=profile.ticket_counts.open_count)]
    if profile.health is not None and profile.health.score is not None:
        lines.append(translate("Cli", "Health: {score} ({band})").format(
            score=profile.health.score, band=band_label(profile.health.band)))
    lines.append("")
    lines.append(translate("Cli", "Timeline:"))
    lines.extend(f"  {entry['day']}  {label(entry['kind'])}  {entry['title']}"
                 + (f"  ({entry['detail']})" if entry["detail"] else "") for entry in payload["timeline"])
    return lines
