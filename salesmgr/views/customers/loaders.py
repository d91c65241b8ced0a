"""What the Accounts page reads and writes through the runner. No Qt here."""
from __future__ import annotations

from dataclasses import dataclass

from salesmgr.models import clock
from salesmgr.models.customers.account_view import AccountProfile, account_profile
from salesmgr.models.customers.accounts import AccountList, RelationshipEdit, list_accounts, set_relationship
from salesmgr.models.customers.timeline import TimelineEntry, timeline
from salesmgr.models.database import Session


@dataclass(frozen=True)
class ProfileData:
    """One account's profile, its timeline (newest first) and today (what overdue is measured against)."""

    profile: AccountProfile
    timeline: list[TimelineEntry]


def load_accounts(session: Session) -> AccountList:
    """Every account with its owner, team, renewal, lifetime revenue and health (the filters work on screen)."""
    return list_accounts(session, today=clock.today())


def load_profile(session: Session, account_id: int) -> ProfileData:
    profile = account_profile(session, account_id, clock.today())
    return ProfileData(profile, timeline(profile))


def save_relationship(session: Session, account_id: int, edit: RelationshipEdit) -> None:
    set_relationship(session, account_id, edit)
