from __future__ import annotations

import pytest

from salesmgr.models import clock
from salesmgr.models.database import Database
from tests.helpers.leads_data import TODAY, add_leads


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    clock.set_today(TODAY)
    with db.session() as session:
        return add_leads(session)
