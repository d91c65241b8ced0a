"""The monthly review against ``tests/helpers/leads_review_data`` (its table gives each group's score, grade,
conversions and won deals under the default model)."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from salesmgr.models import clock
from salesmgr.models.database import Database
from salesmgr.models.leads.review import (
    DOES_NOT_SEPARATE,
    NO_CONVERSIONS,
    SEPARATES,
    TOO_FEW,
    Review,
    RuleLine,
    lead_review,
)
from salesmgr.models.leads.spec import DEFAULT_SPEC, Grade, Rule, ScoringSpec
from tests.helpers import leads_review_data as data


@pytest.fixture
def review(db: Database) -> Iterator[Review]:
    previous = clock.set_today(data.TODAY)
    data.build(db)
    with db.session() as session:
        yield lead_review(session, data.START, data.END)
    clock.set_today(previous)


def test_grades(review: Review) -> None:
    # MQL = group A: 20 leads, 10 converted, 5 won; the COP deal has no rate, so the average is over the four CNY
    # deals: (8,000 + 12,000 + 10,000 + 14,000) / 4 = 11,000. SQL = B + D: 30 leads, 4 converted, 1 won of
    # 20,000. Lead = C: 20 leads, 1 converted (status only), none won, so no average.
    rows = [(g.name, g.leads, g.converted, g.conversion, g.won, g.win_rate, g.average_deal) for g in review.grades]
    assert rows == [("MQL", 20, 10, 0.5, 5, 0.25, Decimal("11000.00")),
                    ("SQL", 30, 4, pytest.approx(4 / 30), 1, pytest.approx(1 / 30), Decimal("20000.00")),
                    ("Lead", 20, 1, 0.05, 0, 0.0, None)]
    assert review.leads == 70  # the October lead and the undated one are left out
    assert [(u.currency, u.deals, u.amount) for u in review.left_out] == [("COP", 1, Decimal("5000000.00"))]


def test_rules(review: Review) -> None:
    # industry in [科技, 金融]: A + D = 30 leads, 10 converted, vs B + C = 40 leads, 5 converted:
    # lift (10/30) / (5/40) = 2.667. White paper: B (4/20 = 0.2) vs the other 50 (11/50 = 0.22): lift 0.909,
    # inside [0.8, 1.25]. Webinar: A + B + D (14/50) vs C (1/20): 5.6. Pricing page: A (10/20) vs 5/50: 5.
    rows = [(r.leads, r.converted, r.other_leads, r.other_converted, r.verdict) for r in review.rules]
    assert rows == [(30, 10, 40, 5, SEPARATES), (30, 10, 40, 5, SEPARATES), (20, 4, 50, 11, DOES_NOT_SEPARATE),
                    (50, 14, 20, 1, SEPARATES), (20, 10, 50, 5, SEPARATES)]
    assert [r.lift for r in review.rules] == pytest.approx([8 / 3, 8 / 3, 10 / 11, 5.6, 5.0])
    assert [r.separates for r in review.rules] == [True, True, False, True, True]
    assert review.rules[0].label == "industry in 科技, 金融"


def test_distribution(review: Review) -> None:
    # C scores 0 (1 converted not won, 19 not), B 30 (1 won, 3 converted, 16 not), D 45 (10 not), A 65 (5 won,
    # 5 converted not won, 10 not); bins of 10 from 0 to 60 with the empty ones between.
    bins = [(b.low, b.won, b.converted_not_won, b.not_converted) for b in review.distribution]
    assert bins == [(0, 0, 1, 19), (10, 0, 0, 0), (20, 0, 0, 0), (30, 1, 3, 16), (40, 0, 0, 10), (50, 0, 0, 0),
                    (60, 5, 5, 10)]
    assert review.distribution[-1].label == "60–69"


def test_another_spec_too_few_and_no_separation(db: Database) -> None:
    # region East: even i: A 10 (5 converted), B 10 (2), C 10 (1), D 5 (0) = 35 leads, 8 converted, vs West 35
    # leads, 7 converted: lift 8/7 = 1.14, no separation. Source Fair: A0..A4, 5 leads (< 20): too few. A
    # minimum of 1 point puts the 35 East leads and the two Fair West leads (A1, A3, both converted) in the top
    # grade: 37 leads, 10 converted; the other 33 hold 5.
    previous = clock.set_today(data.TODAY)
    data.build(db)
    spec = ScoringSpec((Rule("attribute", "region", 1, "equals", "east"),
                        Rule("attribute", "lead_source", 5, "equals", "Fair")),
                       (Grade("Hot", 1, "route"), Grade("Cold", None, "nurture")))
    with db.session() as session:
        review = lead_review(session, data.START, data.END, spec)
    clock.set_today(previous)
    east, fair = review.rules
    assert (east.leads, east.converted, east.other_leads, east.other_converted) == (35, 8, 35, 7)
    assert east.lift == pytest.approx(8 / 7) and east.verdict == DOES_NOT_SEPARATE
    assert (fair.leads, fair.verdict, fair.separates) == (5, TOO_FEW, None)
    assert [(g.name, g.leads, g.converted) for g in review.grades] == [("Hot", 37, 10), ("Cold", 33, 5)]


@pytest.mark.parametrize(("converted", "other", "lift", "verdict"), [
    (0, 0, None, NO_CONVERSIONS),    # nobody converted: nothing to tell
    (5, 0, None, SEPARATES),         # no other lead converted: lift cannot be computed, but it separates
    (0, 5, 0.0, SEPARATES),          # no matched lead converted: lift 0
    (8, 10, 0.8, DOES_NOT_SEPARATE),  # 8/20 vs 10/20: the band's lower edge is inside it
    (10, 8, 1.25, DOES_NOT_SEPARATE),  # and its upper edge
    (11, 8, 1.375, SEPARATES),
])
def test_verdict_edges(converted: int, other: int, lift: float | None, verdict: str) -> None:
    line = RuleLine(0, DEFAULT_SPEC.rules[0], 20, converted, 0, 20, other)
    assert line.lift == (None if lift is None else pytest.approx(lift))
    assert line.verdict == verdict


def test_empty_period(db: Database) -> None:
    data.build(db)
    with db.session() as session:
        review = lead_review(session, data.START.replace(year=2020), data.END.replace(year=2020))
    assert review.leads == 0 and review.distribution == ()
    assert [(g.conversion, g.win_rate, g.average_deal) for g in review.grades] == [(None, None, None)] * 3
    assert all(r.lift is None and r.verdict == TOO_FEW for r in review.rules)
