"""What salesmgr knows of Salesforce's own values, for its Data Export files (User.csv, Task.csv, Event.csv).

* ``NOT_SALESPEOPLE``: the User.UserType values of users who are no salespeople: system and integration users
  (AutomatedProcess, LicenseManager, CloudIntegrationUser), site guests (Guest), Chatter-only users (CsnOnly) and
  the portal and community users of partners and customers (PowerPartner, PowerCustomerSuccess, CustomerSuccess,
  SelfService, CspLitePortal, Partner). Their rows in a reps import are skipped; Standard (a licensed internal
  user) and any other value are reps.
* ``OPPORTUNITY_PREFIX``, ``ACCOUNT_PREFIX``: the key prefixes of Salesforce ids ("006..." an Opportunity, "001..."
  an Account), which tell what a Task's or Event's WhatId points at.
"""
from __future__ import annotations

NOT_SALESPEOPLE = frozenset(name.casefold() for name in (
    "AutomatedProcess", "LicenseManager", "CloudIntegrationUser", "Guest", "CsnOnly", "PowerPartner",
    "PowerCustomerSuccess", "CustomerSuccess", "SelfService", "CspLitePortal", "Partner",
))
OPPORTUNITY_PREFIX, ACCOUNT_PREFIX = "006", "001"


def is_salesperson(user_type: str | None) -> bool:
    """False for a user type of ``NOT_SALESPEOPLE`` (ignoring case), True otherwise (and when there is none)."""
    return not user_type or user_type.strip().casefold() not in NOT_SALESPEOPLE


def what_points_at(what_id: str | None) -> str | None:
    """"opportunity" or "account" for a WhatId of that object, None for any other (a campaign, a case...)."""
    if not what_id:
        return None
    if what_id.startswith(OPPORTUNITY_PREFIX):
        return "opportunity"
    return "account" if what_id.startswith(ACCOUNT_PREFIX) else None
