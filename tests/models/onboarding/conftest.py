"""The hand-made team of tests/helpers/onboarding_data.py on 2026-12-01."""
from __future__ import annotations

import pytest

from salesmgr.models import clock
from salesmgr.models.database import Database
from tests.helpers import onboarding_data


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    clock.set_today(onboarding_data.TODAY)
    return onboarding_data.build(db)


@pytest.fixture
def plan_id(db: Database, ids: dict[str, int]) -> int:
    return onboarding_data.nia_plan(db, ids)
