"""Rules that learn from the data, in the open: the model the review's figures propose, beside the current one.

Definitions (over the leads created in [start, end], ``outcomes.lead_outcomes``):

* *points*: a rule whose review verdict is ``separates`` or ``does_not_separate`` (enough leads on both sides,
  some conversions) and whose lift is a positive number gets ``K x ln(lift)`` rounded to the nearest 5 (halves
  away from zero), with ``K = 20 / ln 2``: a rule that doubles conversion earns 20 points, one that halves it
  -20, one with lift 1 earns 0. Any other rule keeps its current points, with the reason (too few leads, no
  conversions, no other lead converted, or no matched lead converted: lift 0, whose log is undefined). Points
  stay within +/-1000; the decay of a behaviour rule is kept;
* *thresholds*: with the proposed points every lead of the period is scored again (today). The top grade's
  minimum is the candidate score ``t`` (each distinct score of those leads) that maximises Youden's
  ``J = TPR - FPR``, where a lead scoring ``t`` or more is predicted to convert, TPR = converted leads predicted
  / converted leads and FPR = other leads predicted / other leads; ties go to the higher score (fewer leads
  routed). The next grade's minimum is chosen the same way among the leads scoring below the grade above's
  minimum, and so on down to the last grade (which has no minimum). A grade keeps its current minimum (lowered
  to one below the grade above's when it would not be below it) when its leads hold no converted lead or no
  other lead, or the best ``J`` is not positive;
* the *comparison*: for the current and the proposed model, each grade's leads, converted leads and conversion
  over the period.

Nothing changes until ``accept_proposal`` saves the proposed model as a new version (origin ``suggestion``) and
rescores every lead.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.clock import today as current_day
from salesmgr.models.errors import ValidationError
from salesmgr.models.leads.bulk import rescore
from salesmgr.models.leads.labels import grade_label
from salesmgr.models.leads.outcomes import lead_outcomes
from salesmgr.models.leads.review import (
    DOES_NOT_SEPARATE,
    NO_CONVERSIONS,
    SEPARATES,
    TOO_FEW,
    Review,
    ratio,
    review_of,
)
from salesmgr.models.leads.scoring import score_facts
from salesmgr.models.leads.spec import POINTS_LIMIT, Rule, ScoringSpec
from salesmgr.models.leads.store import current_spec, save_spec

K = 20 / math.log(2)
STEP = 5
CONTEXT = "LeadReview"
REASONS = {
    "lift": QT_TRANSLATE_NOOP("LeadReview", "lift {lift}: 20 x log2({lift}) = {raw}, rounded to {points}"),
    TOO_FEW: QT_TRANSLATE_NOOP("LeadReview", "kept: fewer than 20 leads with or without it"),
    NO_CONVERSIONS: QT_TRANSLATE_NOOP("LeadReview", "kept: no lead converted"),
    "no_other": QT_TRANSLATE_NOOP("LeadReview", "kept: no lead without it converted, lift cannot be computed"),
    "zero": QT_TRANSLATE_NOOP("LeadReview", "kept: no lead with it converted (lift 0)"),
    "best_j": QT_TRANSLATE_NOOP("LeadReview", "best separation: J = {j}"),
    "one_side": QT_TRANSLATE_NOOP("LeadReview", "kept: the leads below hold no converted lead or no other lead"),
    "no_j": QT_TRANSLATE_NOOP("LeadReview", "kept: no score separates the leads below"),
    "last": QT_TRANSLATE_NOOP("LeadReview", "the rest"),
}


@dataclass(frozen=True)
class Reason:
    """Why a figure is what it is: a key of ``REASONS`` and the values it names."""

    key: str
    values: tuple[tuple[str, str], ...] = ()

    def text(self) -> str:
        return translate(CONTEXT, REASONS[self.key]).format(**dict(self.values))


@dataclass(frozen=True)
class RuleProposal:
    index: int
    label: str
    current: int
    proposed: int
    lift: float | None
    reason: Reason

    @property
    def changed(self) -> bool:
        return self.current != self.proposed


@dataclass(frozen=True)
class ThresholdProposal:
    rank: int
    name: str
    current: int | None
    proposed: int | None
    youden: float | None
    reason: Reason


@dataclass(frozen=True)
class GradeComparison:
    """A grade's leads and converted leads over the period under the current and the proposed model."""

    rank: int
    name: str
    current_leads: int
    current_converted: int
    proposed_leads: int
    proposed_converted: int

    @property
    def current_conversion(self) -> float | None:
        return ratio(self.current_converted, self.current_leads)

    @property
    def proposed_conversion(self) -> float | None:
        return ratio(self.proposed_converted, self.proposed_leads)


@dataclass(frozen=True)
class Proposal:
    start: date
    end: date
    current: ScoringSpec
    spec: ScoringSpec
    rules: tuple[RuleProposal, ...]
    thresholds: tuple[ThresholdProposal, ...]
    comparison: tuple[GradeComparison, ...]
    review: Review

    @property
    def leads(self) -> int:
        return self.review.leads

    @property
    def changes(self) -> bool:
        return self.spec.rules != self.current.rules or self.spec.grades != self.current.grades


def round_to_step(value: float) -> int:
    """``value`` rounded to the nearest multiple of 5, halves away from zero."""
    steps = (Decimal(repr(value)) / STEP).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return int(steps) * STEP


def proposed_points(lift: float) -> int:
    """``K x ln(lift)`` rounded to 5, within +/-1000 (module definition)."""
    return max(-POINTS_LIMIT, min(POINTS_LIMIT, round_to_step(K * math.log(lift))))


def propose(session: Session, start: date, end: date) -> Proposal:
    """The proposal from the leads created in [start, end] (module definitions)."""
    current = current_spec(session)
    outcomes = lead_outcomes(session, start, end)
    review = review_of(session, outcomes, current, start, end)
    rules = tuple(_rule_proposal(line.index, line.label, line.rule, line.verdict, line.lift)
                  for line in review.rules)
    with_points = replace(current, rules=tuple(replace(rule, points=proposal.proposed)
                                               for rule, proposal in zip(current.rules, rules, strict=True)),
                          version=None, model_id=None, changed_by=None, note=None)
    day = current_day()
    scores = [score_facts(with_points, outcome.facts, day).score for outcome in outcomes]
    thresholds = _thresholds(with_points, scores, [o.converted for o in outcomes])
    grades = tuple(replace(grade, min_score=line.proposed) for grade, line in zip(with_points.grades, thresholds,
                                                                                   strict=True))
    spec = replace(with_points, grades=grades)
    comparison = _comparison(review, spec, scores, [o.converted for o in outcomes])
    return Proposal(start, end, current, spec, rules, thresholds, comparison, review)


def _rule_proposal(index: int, label: str, rule: Rule, verdict: str, lift: float | None) -> RuleProposal:
    def kept(key: str) -> RuleProposal:
        return RuleProposal(index, label, rule.points, rule.points, lift, Reason(key))

    if verdict in (TOO_FEW, NO_CONVERSIONS):
        return kept(verdict)
    assert verdict in (SEPARATES, DOES_NOT_SEPARATE)
    if lift is None:
        return kept("no_other")
    if lift <= 0:
        return kept("zero")
    points = proposed_points(lift)
    values = (("lift", f"{lift:.2f}"), ("raw", f"{K * math.log(lift):.1f}"), ("points", f"{points:+d}"))
    return RuleProposal(index, label, rule.points, points, lift, Reason("lift", values))


def best_threshold(scores: Sequence[int], converted: Sequence[bool]) -> tuple[int, float] | None:
    """The score ``t`` maximising J = TPR - FPR for "score >= t predicts converted", ties to the higher score,
    with that J; None when the leads hold no converted lead or no other lead."""
    positives = sum(converted)
    negatives = len(converted) - positives
    if not positives or not negatives:
        return None
    best: tuple[int, float] | None = None
    for candidate in sorted(set(scores), reverse=True):
        true = sum(1 for s, c in zip(scores, converted, strict=True) if c and s >= candidate)
        false = sum(1 for s, c in zip(scores, converted, strict=True) if not c and s >= candidate)
        j = true / positives - false / negatives
        if best is None or j > best[1] + 1e-12:
            best = (candidate, j)
    return best


def _thresholds(spec: ScoringSpec, scores: list[int], converted: list[bool]) -> tuple[ThresholdProposal, ...]:
    lines: list[ThresholdProposal] = []
    ceiling: int | None = None  # the minimum of the grade above
    last = len(spec.grades) - 1
    for rank, grade in enumerate(spec.grades):
        name = grade_label(grade)
        if rank == last:
            lines.append(ThresholdProposal(rank, name, None, None, None, Reason("last")))
            break
        below = [(s, c) for s, c in zip(scores, converted, strict=True) if ceiling is None or s < ceiling]
        best = best_threshold([s for s, _ in below], [c for _, c in below])
        if best is not None and best[1] > 0:
            minimum, reason, j = best[0], Reason("best_j", (("j", f"{best[1]:.2f}"),)), best[1]
        else:
            minimum = grade.min_score if grade.min_score is not None else 0
            if ceiling is not None and minimum >= ceiling:
                minimum = ceiling - 1
            reason, j = Reason("one_side" if best is None else "no_j"), None
        lines.append(ThresholdProposal(rank, name, grade.min_score, minimum, j, reason))
        ceiling = minimum
    return tuple(lines)


def _comparison(review: Review, proposed: ScoringSpec, scores: list[int],
                converted: list[bool]) -> tuple[GradeComparison, ...]:
    """Each grade's leads and conversions under the current model (the review's) and under the proposed one
    (its points gave ``scores``; only its minimums differ)."""
    new_leads, new_converted = [0] * len(proposed.grades), [0] * len(proposed.grades)
    for score, was_converted in zip(scores, converted, strict=True):
        rank = proposed.grade_rank(score)
        new_leads[rank] += 1
        new_converted[rank] += was_converted
    return tuple(GradeComparison(line.rank, grade_label(line.grade), line.leads, line.converted, new_leads[line.rank],
                                 new_converted[line.rank]) for line in review.grades)


def accept_proposal(session: Session, proposal: Proposal, changed_by: str, note: str | None = None) -> ScoringSpec:
    """Save the proposed model as the next version (origin ``suggestion``) and rescore every lead; refused when
    the current model is no longer the one the proposal was made from."""
    if current_spec(session).version != proposal.current.version:
        raise ValidationError("The scoring model changed since this proposal was made; make the proposal again.")
    saved = save_spec(session, proposal.spec, changed_by, note, origin="suggestion")
    rescore(session, saved)
    return saved
