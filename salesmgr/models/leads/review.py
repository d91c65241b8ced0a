"""The monthly review (the seed's joint sales-marketing meeting): how the leads created in a period turned out,
per grade and per rule, and how their scores spread by outcome.

Every lead of the period (``outcomes.lead_outcomes``: created in [start, end], converted, won) is scored with the
model under review (the current one by default) on today, in Python (``scoring.score_facts``), so the figures
always match the model shown, whatever the stored scores are. Definitions:

* per grade: *leads*; *converted* to an opportunity; *conversion* = converted / leads; *won*; *win rate* =
  won / leads; *average deal* = the won deals' amounts in the base currency / the won deals counted. A won deal
  without an amount, or in a currency without an exchange rate, is left out of the average (those currencies
  are named in ``Review.left_out``, as ``metrics.unconverted`` does);
* per rule: the leads it *matched* (an attribute rule whose condition holds; a behaviour rule: the lead has the
  behaviour, even when decay has taken its points to zero) and the *other* leads; the conversion of each side;
  *lift* = conversion(matched) / conversion(other);
* a rule's *verdict*: ``too_few`` when either side has fewer than ``MIN_LEADS`` (20) leads; ``no_conversions``
  when no lead on either side converted; ``separates`` when lift is outside [``LIFT_LOW``, ``LIFT_HIGH``] =
  [0.8, 1.25] (matched leads convert at least a quarter more, or a fifth less, than the others; also when no
  other lead converted but some matched ones did); otherwise ``does_not_separate`` (the flag of the review);
* the score distribution: bins of ``BIN_WIDTH`` (10) points (a bin [40, 50) holds scores 40 to 49) from the
  lowest score's bin to the highest's, each counting the leads that were *won*, *converted not won* and *not
  converted*.

A ratio whose denominator is zero is None (shown as "–"), never zero.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.clock import today as current_day
from salesmgr.models.currency import base_currency
from salesmgr.models.leads.labels import grade_label, rule_text
from salesmgr.models.leads.outcomes import LeadOutcome, lead_outcomes
from salesmgr.models.leads.scoring import score_facts
from salesmgr.models.leads.spec import Grade, Rule, ScoringSpec
from salesmgr.models.leads.store import current_spec
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.unconverted import Unconverted, currencies_needing_rates
from salesmgr.models.money import quantize

MIN_LEADS = 20
LIFT_LOW, LIFT_HIGH = 0.8, 1.25
BIN_WIDTH = 10
SEPARATES, DOES_NOT_SEPARATE, TOO_FEW, NO_CONVERSIONS = "separates", "does_not_separate", "too_few", "no_conversions"
OUTCOMES = ("won", "converted_not_won", "not_converted")
OUTCOME_LABELS = {"won": QT_TRANSLATE_NOOP("LeadReview", "won"),
                  "converted_not_won": QT_TRANSLATE_NOOP("LeadReview", "converted, not won"),
                  "not_converted": QT_TRANSLATE_NOOP("LeadReview", "not converted")}
VERDICT_LABELS = {SEPARATES: QT_TRANSLATE_NOOP("LeadReview", "separates"),
                  DOES_NOT_SEPARATE: QT_TRANSLATE_NOOP("LeadReview", "does not separate"),
                  TOO_FEW: QT_TRANSLATE_NOOP("LeadReview", "too few leads to tell"),
                  NO_CONVERSIONS: QT_TRANSLATE_NOOP("LeadReview", "no conversions to tell")}


def outcome_label(outcome: str) -> str:
    return translate("LeadReview", OUTCOME_LABELS[outcome])


def verdict_label(verdict: str) -> str:
    return translate("LeadReview", VERDICT_LABELS[verdict])


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``; None when ``whole`` is zero."""
    return part / whole if whole else None


@dataclass(frozen=True)
class GradeLine:
    """The review's figures of one grade (module definitions); ``deals_counted`` won deals are in the average."""

    rank: int
    grade: Grade
    leads: int
    converted: int
    won: int
    won_total: Decimal
    deals_counted: int
    currency: str

    @property
    def name(self) -> str:
        return grade_label(self.grade)

    @property
    def conversion(self) -> float | None:
        return ratio(self.converted, self.leads)

    @property
    def win_rate(self) -> float | None:
        return ratio(self.won, self.leads)

    @property
    def average_deal(self) -> Decimal | None:
        if not self.deals_counted:
            return None
        return quantize(self.won_total / self.deals_counted, self.currency)


@dataclass(frozen=True)
class RuleLine:
    """The review's figures of one rule (``index`` in the model): matched leads vs the other leads."""

    index: int
    rule: Rule
    leads: int
    converted: int
    won: int
    other_leads: int
    other_converted: int

    @property
    def label(self) -> str:
        return rule_label(self.rule)

    @property
    def conversion(self) -> float | None:
        return ratio(self.converted, self.leads)

    @property
    def other_conversion(self) -> float | None:
        return ratio(self.other_converted, self.other_leads)

    @property
    def lift(self) -> float | None:
        """conversion / other conversion; None when either is None or the other conversion is zero."""
        if self.conversion is None or not self.other_conversion:
            return None
        return self.conversion / self.other_conversion

    @property
    def verdict(self) -> str:
        if min(self.leads, self.other_leads) < MIN_LEADS:
            return TOO_FEW
        if not self.converted and not self.other_converted:
            return NO_CONVERSIONS
        lift = self.lift
        if lift is None or not LIFT_LOW <= lift <= LIFT_HIGH:
            return SEPARATES
        return DOES_NOT_SEPARATE

    @property
    def separates(self) -> bool | None:
        """True or False; None when there is not enough to tell (too few leads, no conversions)."""
        return {SEPARATES: True, DOES_NOT_SEPARATE: False}.get(self.verdict)


@dataclass(frozen=True)
class ScoreBin:
    """Leads scoring from ``low`` to ``low + BIN_WIDTH - 1`` by outcome."""

    low: int
    won: int
    converted_not_won: int
    not_converted: int

    @property
    def label(self) -> str:
        return f"{self.low}–{self.low + BIN_WIDTH - 1}"


@dataclass(frozen=True)
class Review:
    start: date
    end: date
    spec: ScoringSpec
    currency: str
    grades: tuple[GradeLine, ...]
    rules: tuple[RuleLine, ...]
    distribution: tuple[ScoreBin, ...]
    left_out: tuple[Unconverted, ...]

    @property
    def leads(self) -> int:
        return sum(line.leads for line in self.grades)


def rule_label(rule: Rule) -> str:
    """A rule as shown: "industry in 科技, 金融", "attended webinar" (``labels.rule_text``)."""
    return rule_text(rule)


def lead_review(session: Session, start: date, end: date, spec: ScoringSpec | None = None) -> Review:
    """The review of the leads created in [start, end] under ``spec`` (the current model); see the module."""
    spec = spec or current_spec(session)
    return review_of(session, lead_outcomes(session, start, end), spec, start, end)


def review_of(session: Session, outcomes: Sequence[LeadOutcome], spec: ScoringSpec, start: date,
              end: date) -> Review:
    day = current_day()
    results = [score_facts(spec, outcome.facts, day) for outcome in outcomes]
    currency = base_currency(session)
    converter = Converter.load(session, strict=True)
    pairs = [(o.currency, o.amount_minor) for o in outcomes if o.won and o.currency is not None]
    left_out = tuple(currencies_needing_rates(session, pairs))
    grades = tuple(_grade_line(rank, grade, [(o, r.grade_rank) for o, r in zip(outcomes, results, strict=True)],
                               converter, currency) for rank, grade in enumerate(spec.grades))
    matched = [{part.rule for part in result.parts} for result in results]
    rules = tuple(_rule_line(index, rule, outcomes, matched) for index, rule in enumerate(spec.rules))
    distribution = _distribution([r.score for r in results], outcomes)
    return Review(start, end, spec, currency, grades, rules, distribution, left_out)


def _grade_line(rank: int, grade: Grade, graded: list[tuple[LeadOutcome, int]], converter: Converter,
                currency: str) -> GradeLine:
    members = [outcome for outcome, lead_rank in graded if lead_rank == rank]
    amounts = [converter.one(o.amount_minor, o.currency) for o in members
               if o.won and o.amount_minor is not None and o.currency and converter.convertible(o.currency)]
    total = quantize(sum(amounts, Decimal(0)), currency)
    return GradeLine(rank, grade, len(members), sum(o.converted for o in members), sum(o.won for o in members),
                     total, len(amounts), currency)


def _rule_line(index: int, rule: Rule, outcomes: Sequence[LeadOutcome], matched: list[set[int]]) -> RuleLine:
    hits = [o for o, rules in zip(outcomes, matched, strict=True) if index in rules]
    others = [o for o, rules in zip(outcomes, matched, strict=True) if index not in rules]
    return RuleLine(index, rule, len(hits), sum(o.converted for o in hits), sum(o.won for o in hits),
                    len(others), sum(o.converted for o in others))


def outcome_of(outcome: LeadOutcome) -> str:
    """``won``, ``converted_not_won`` or ``not_converted``."""
    if outcome.won:
        return "won"
    return "converted_not_won" if outcome.converted else "not_converted"


def _distribution(scores: list[int], outcomes: Sequence[LeadOutcome]) -> tuple[ScoreBin, ...]:
    if not scores:
        return ()
    counts: dict[int, dict[str, int]] = {}
    for score, outcome in zip(scores, outcomes, strict=True):
        low = (score // BIN_WIDTH) * BIN_WIDTH
        bucket = counts.setdefault(low, dict.fromkeys(OUTCOMES, 0))
        bucket[outcome_of(outcome)] += 1
    first, last = min(counts), max(counts)
    empty = dict.fromkeys(OUTCOMES, 0)
    return tuple(ScoreBin(low, **counts.get(low, empty)) for low in range(first, last + BIN_WIDTH, BIN_WIDTH))
