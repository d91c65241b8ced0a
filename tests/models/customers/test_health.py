"""Health scores against values worked out by hand (the data: tests/helpers/health_data.py)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from salesmgr.i18n import set_language
from salesmgr.models.customers.health import band_label, churn_watch, distribution, score_accounts
from salesmgr.models.customers.health_model import (
    DEFAULT_MODEL,
    HealthModel,
    load_model,
    model_from_json,
    reset_model,
    save_model,
)
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from tests.helpers.health_data import TODAY, build

D = Decimal


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return build(db)


def test_alpha_with_every_input(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        alpha = score_accounts(s, TODAY, [ids["alpha"]])[0]
    parts = {part.key: part for part in alpha.parts}
    # usage: earlier (100+100+100)/3 = 100, recent (90+80)/2 = 85 (November not measured, not 0): -15 % ->
    # 100 + 200 x -0.15 = 70
    assert (parts["usage_trend"].value, parts["usage_trend"].points) == ("-15% (85 vs 100 a month)", D("70.0"))
    # tickets from 09-03: high 4 + normal 2 + normal 2 = 8 (the low one on 09-02 is outside) -> 100 - 40 = 60
    assert (parts["tickets"].value, parts["tickets"].points) == ("3 in 90 days, 1 high or urgent", D("60.0"))
    # CSAT (4 + 5) / 2 = 4.5 -> 3.5 x 25 = 87.5; NPS 8 -> 80; average 83.75 -> 83.8
    assert (parts["satisfaction"].value, parts["satisfaction"].points) == ("CSAT 4.5, NPS 8.0", D("83.8"))
    # last activity 10-02: 60 days -> 100 x (180 - 60) / 150 = 80
    assert (parts["last_contact"].value, parts["last_contact"].points) == ("60 days ago", D("80.0"))
    assert (parts["renewal_intent"].points, parts["payment"].points) == (D(50), D(100))
    # (70 x 25 + 60 x 15 + 83.8 x 20 + 80 x 10 + 50 x 20 + 100 x 10) / 100 = 71.26 -> 71, healthy (>= 70)
    assert (alpha.score, alpha.band, alpha.owner) == (71, "healthy", "Ann")


def test_missing_inputs_are_left_out_not_counted_as_zero(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        beta, gamma = score_accounts(s, TODAY, [ids["beta"], ids["gamma"]])
    missing = {part.key for part in beta.parts if part.missing}
    assert missing == {"usage_trend", "satisfaction", "last_contact"}
    assert all(part.value is None and part.points is None for part in beta.parts if part.missing)
    # Beta has no ticket while the database holds some: 0 tickets -> 100 (weight 15); unlikely 0 (20); overdue 0
    # (10): 1500 / 45 = 33.3 -> 33, at risk (below 40). Counting the missing ones as 0 would give 15.
    assert (beta.score, beta.band) == (33, "at_risk")
    # Gamma: last contact 10 days ago (100) and no ticket (100) are known: 2 parts meet min_parts 2 ->
    # (100 x 10 + 100 x 15) / 25 = 100, healthy
    assert (gamma.score, gamma.band) == (100, "healthy")


def test_who_is_scored_distribution_and_churn_watch(db: Database, ids: dict[str, int]) -> None:
    with db.session() as s:
        healths = score_accounts(s, TODAY)
        watch = churn_watch(s, TODAY)
        later = churn_watch(s, TODAY, days=200)
    # Delta churned and Zeta never won: not customers; by name
    assert [h.account for h in healths] == ["Alpha", "Beta", "Epsilon", "Gamma"]
    # Epsilon: 3 urgent = 24 -> 100 - 120 -> 0 (15); unlikely 0 (20); late 40 (10): 400 / 45 = 8.9 -> 9 at risk
    epsilon = next(h for h in healths if h.account == "Epsilon")
    assert (epsilon.score, epsilon.band) == (9, "at_risk")
    assert distribution(healths) == {"healthy": 2, "watch": 0, "at_risk": 2, "none": 0}
    # at risk and renewing by 2027-03-01: Beta (01-15); Epsilon renews 06-01, inside 200 days (by 2027-06-19)
    assert [h.account for h in watch] == ["Beta"]
    assert [h.account for h in later] == ["Beta", "Epsilon"]


def test_a_saved_model_changes_weights_bands_and_parts_needed(db: Database, ids: dict[str, int]) -> None:
    model = HealthModel((("usage_trend", 0), ("tickets", 0), ("satisfaction", 0), ("last_contact", 50),
                         ("renewal_intent", 50), ("payment", 0)), healthy_min=80, watch_min=30, min_parts=2)
    with db.session() as s:
        save_model(s, model)
    with db.session() as s:
        assert load_model(s) == model
        healths = {h.account: h for h in score_accounts(s, TODAY)}
    # Alpha: contact 80 and unsure 50 -> (80 + 50) / 2 = 65: watch (30..79); only the two used parts are shown
    assert (healths["Alpha"].score, healths["Alpha"].band) == (65, "watch")
    assert [p.key for p in healths["Alpha"].parts] == ["last_contact", "renewal_intent"]
    # Gamma: only contact known -> below min_parts 2: no score
    assert (healths["Gamma"].score, healths["Gamma"].band) == (None, None)
    assert distribution(healths.values()) == {"healthy": 0, "watch": 1, "at_risk": 0, "none": 3}
    with db.session() as s:
        assert reset_model(s) == DEFAULT_MODEL
    with db.session() as s:
        assert load_model(s) == DEFAULT_MODEL


@pytest.mark.parametrize(("data", "message"), [
    ({"weights": {"usage_trend": 120}, "healthy_min": 70, "watch_min": 40}, "between 0 and 100"),
    ({"weights": {"payment": 10}, "healthy_min": 40, "watch_min": 70}, "0 < watch < healthy"),
    ({"weights": {}, "healthy_min": 70, "watch_min": 40}, "at least one health input"),
    ({"weights": {"payment": 10}, "healthy_min": 70, "watch_min": 40, "min_parts": 2}, "between 1 and 1"),
    ({"weights": {"mood": 10}, "healthy_min": 70, "watch_min": 40}, "Unknown health input mood"),
    ({"weights": {"payment": "10"}, "healthy_min": 70, "watch_min": 40}, "whole number"),
])
def test_bad_models_are_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        model_from_json(data)


def test_band_labels_are_translated() -> None:
    set_language("zh_CN")
    try:
        assert band_label("at_risk") != "At risk"
    finally:
        set_language("en")
    assert band_label("at_risk") == "At risk"
    assert band_label(None) == "No score"


def test_tickets_never_imported_are_missing_for_everyone(db: Database, ids: dict[str, int]) -> None:
    from sqlalchemy import delete

    from salesmgr.models.customers.entities import SupportTicket

    with db.session() as s:
        s.execute(delete(SupportTicket))
    with db.session() as s:
        beta = score_accounts(s, TODAY, [ids["beta"]])[0]
    assert next(p for p in beta.parts if p.key == "tickets").missing
    # only unlikely 0 (20) and overdue 0 (10) are left: 0 / 30 = 0, at risk
    assert (beta.score, beta.band) == (0, "at_risk")
