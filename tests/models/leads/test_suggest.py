"""The proposal against ``tests/helpers/leads_review_data`` (lifts as in test_review: 8/3, 8/3, 10/11, 5.6, 5)."""
from __future__ import annotations

import math

import pytest
from sqlalchemy import select

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.leads.entities import LeadScore, ScoringModel
from salesmgr.models.leads.spec import DEFAULT_SPEC
from salesmgr.models.leads.store import current_spec, save_spec
from salesmgr.models.leads.suggest import accept_proposal, best_threshold, propose, proposed_points, round_to_step
from tests.helpers import leads_review_data as data


@pytest.fixture(autouse=True)
def _today() -> object:
    previous = clock.set_today(data.TODAY)
    yield
    clock.set_today(previous)


@pytest.mark.parametrize(("lift", "points"), [
    (2.0, 20), (4.0, 40), (0.5, -20), (1.0, 0),
    (8 / 3, 30),    # 20 x log2(2.667) = 28.30
    (10 / 11, -5),  # 20 x log2(0.909) = -2.75
    (5.6, 50),      # 49.71
    (5.0, 45),      # 46.44
    (2 ** 0.125, 5),  # exactly 2.5 points: halves away from zero
    (1e300, 1000),  # capped
])
def test_points_from_lift(lift: float, points: int) -> None:
    assert proposed_points(lift) == points


def test_rounding_halves_away_from_zero() -> None:
    assert (round_to_step(2.5), round_to_step(-2.5), round_to_step(7.49), round_to_step(-12.6)) == (5, -5, 5, -15)


def test_proposal(db: Database) -> None:
    data.build(db)
    with db.session() as session:
        proposal = propose(session, data.START, data.END)
    assert [(r.current, r.proposed) for r in proposal.rules] == [(15, 30), (10, 30), (10, -5), (20, 50), (20, 45)]
    assert proposal.rules[3].reason.text() == "lift 5.60: 20 x log2(5.60) = 49.7, rounded to +50"
    # Proposed scores: A 30+30+50+45 = 155, D 30+30+50 = 110, B -5+50 = 45, C 0; 15 converted, 55 not.
    # Top grade: t = 155 gives TPR 10/15, FPR 10/55, J = 0.485 (t = 110: 10/15 - 20/55 = 0.303; t = 45:
    # 14/15 - 36/55 = 0.279). Below 155 (B, D, C: 5 converted, 45 not): t = 45 gives 4/5 - 26/45 = 0.222
    # (t = 110: 0 - 10/45 < 0).
    assert [(t.current, t.proposed) for t in proposal.thresholds] == [(50, 155), (30, 45), (None, None)]
    assert [t.youden for t in proposal.thresholds[:2]] == pytest.approx([10 / 15 - 10 / 55, 4 / 5 - 26 / 45])
    # Current: MQL A (20, 10), SQL B + D (30, 4), Lead C (20, 1); proposed: A >= 155, B and D >= 45, C below.
    assert [(c.current_leads, c.current_converted, c.proposed_leads, c.proposed_converted)
            for c in proposal.comparison] == [(20, 10, 20, 10), (30, 4, 30, 4), (20, 1, 20, 1)]
    assert proposal.comparison[0].proposed_conversion == 0.5
    assert proposal.changes


def test_not_enough_data_keeps_points(db: Database) -> None:
    # October: one lead only, so every rule has fewer than 20 leads on a side and keeps its points; no
    # conversions, so every threshold is kept too.
    data.build(db)
    with db.session() as session:
        proposal = propose(session, data.START.replace(month=10), data.END.replace(month=10, day=31))
    assert [r.proposed for r in proposal.rules] == [r.points for r in DEFAULT_SPEC.rules]
    assert {r.reason.key for r in proposal.rules} == {"too_few"}
    assert [t.proposed for t in proposal.thresholds] == [50, 30, None]
    assert not proposal.changes


def test_best_threshold_ties_go_up() -> None:
    # scores 10 (converted), 5 (not), 1 (converted), 0 (not): t=10: 1/2 - 0 = 0.5; t=1: 1 - 1/2 = 0.5 -> 10.
    assert best_threshold([10, 5, 1, 0], [True, False, True, False]) == (10, 0.5)
    assert best_threshold([1, 2], [True, True]) is None


def test_accept_saves_a_version_and_rescores(db: Database) -> None:
    data.build(db)
    with db.session() as session:
        before = current_spec(session).version
        proposal = propose(session, data.START, data.END)
        saved = accept_proposal(session, proposal, "Lin", "November review")
    with db.session() as session:
        model = session.scalar(select(ScoringModel).where(ScoringModel.version == saved.version))
        assert model is not None and (model.origin, model.changed_by, model.note) == (
            "suggestion", "Lin", "November review")
        assert saved.version == (before or 0) + 1
        assert [rule.points for rule in current_spec(session).rules] == [30, 30, -5, 50, 45]
        # Rescored: an A lead scores 155 (top grade), 72 leads in all (the two outside November too).
        scores = session.scalars(select(LeadScore.score)).all()
        assert len(scores) == 72 and scores.count(155) == 20
        assert math.isclose(sum(1 for s in scores if s >= 155) / len(scores), 20 / 72)


def test_accept_refused_when_the_model_changed(db: Database) -> None:
    data.build(db)
    with db.session() as session:
        proposal = propose(session, data.START, data.END)
        save_spec(session, DEFAULT_SPEC, "Someone")
        with pytest.raises(ValidationError):
            accept_proposal(session, proposal, "Lin")
