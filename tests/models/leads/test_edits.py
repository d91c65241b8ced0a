"""Editing a lead rescoring it, and its status, over tests/helpers/leads_data.py's leads."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from salesmgr.models import Lead
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.leads.edits import set_status, update_lead
from salesmgr.models.leads.entities import LeadBehaviour, LeadScore


def _score(db: Database, lead_id: int) -> tuple[int, int]:
    with db.session() as session:
        row = session.get(LeadScore, lead_id)
        assert row is not None
        return row.score, row.grade_rank


def test_fields_and_behaviours_rescore_the_lead(db: Database, ids: dict[str, int]) -> None:
    # Cat (制造, 1500, white paper: 20, Lead) becomes 金融 and attended a webinar: 15 + 10 + 10 + 20 = 55, MQL;
    # her white paper removed: 45, SQL.
    with db.session() as session:
        update_lead(session, ids["Cat"], {"industry": " 金融 "}, {"webinar": date(2026, 11, 20)})
    assert _score(db, ids["Cat"]) == (55, 0)
    with db.session() as session:
        update_lead(session, ids["Cat"], {}, {"white_paper": None})
        days = dict(session.execute(select(LeadBehaviour.behaviour, LeadBehaviour.dated)
                                    .where(LeadBehaviour.lead_id == ids["Cat"])).tuples().all())
        assert session.get(Lead, ids["Cat"]).industry == "金融"  # type: ignore[union-attr]
    assert days == {"webinar": True}
    assert _score(db, ids["Cat"]) == (45, 1)


def test_an_undated_behaviour_kept_on_its_day_stays_undated(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        row = session.get(LeadBehaviour, (ids["Ann"], "webinar"))
        assert row is not None
        row.dated = False
    with db.session() as session:
        update_lead(session, ids["Ann"], {}, {"webinar": date(2026, 11, 1)})
        assert session.get(LeadBehaviour, (ids["Ann"], "webinar")).dated is False  # type: ignore[union-attr]
        update_lead(session, ids["Ann"], {}, {"webinar": date(2026, 11, 2)})
        assert session.get(LeadBehaviour, (ids["Ann"], "webinar")).dated is True  # type: ignore[union-attr]


@pytest.mark.parametrize(("fields", "behaviours"), [
    ({"company_size": -1}, {}), ({"company_size": "many"}, {}), ({"name": "  "}, {}),
    ({"owner_id": 3}, {}), ({}, {"newsletter": date(2026, 11, 1)})])
def test_bad_edits_are_refused_and_nothing_written(db: Database, ids: dict[str, int], fields: dict[str, object],
                                                   behaviours: dict[str, date | None]) -> None:
    with db.session() as session, pytest.raises(ValidationError):
        update_lead(session, ids["Dan"], {"industry": "科技", **fields}, behaviours)
    with db.session() as session:
        assert session.get(Lead, ids["Dan"]).industry is None  # type: ignore[union-attr]


def test_size_text_with_thousands_separator(db: Database, ids: dict[str, int]) -> None:
    # Dan at "1,200" people: size > 1000, +10.
    with db.session() as session:
        update_lead(session, ids["Dan"], {"company_size": "1,200"})
    assert _score(db, ids["Dan"]) == (10, 2)


def test_status_changes(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        assert set_status(session, [ids["Ann"], ids["Bob"]], "disqualified") == 2
        assert set_status(session, [ids["Ann"]], "nurturing") == 1
        assert set_status(session, [ids["Ann"]], "nurturing") == 0
        with pytest.raises(ValidationError):
            set_status(session, [ids["Ann"]], "assigned")
        session.get(Lead, ids["Cat"]).status = "converted"  # type: ignore[union-attr]
        with pytest.raises(ValidationError):
            set_status(session, [ids["Cat"]], "disqualified")
