"""The catalogue of goal metrics (issue 12, point 5), each computed from the data for an owner and a period.

Every metric returns a ``Measured``: an exact ``Decimal`` in the metric's unit, or None with the reason (no data
in the period), never 0 for "nothing to measure". Deals are those of ``metrics.filters.period_filter``: filed by
close date (closed date, else expected close date) inside the period, of the team's current reps or the rep.

* ``won_revenue`` (money): ``metrics.ranking.won_amount``; no deal at all in the period: no data.
* ``revenue_growth`` (ratio): won revenue / won revenue of the same period a year earlier - 1; no won revenue
  a year earlier: no data.
* ``high_margin_share`` (share): won revenue of the deals whose ``product`` is one of the ``products``
  parameter (the opportunity's product column, compared ignoring case and surrounding blanks) / won revenue.
* ``average_deal_size`` (money): won revenue / won deals that have an amount.
* ``win_rate`` (share): ``metrics.funnel.win_rate``. ``sales_cycle_days`` (days): ``metrics.funnel.sales_cycle``
  average. ``crm_completeness`` (share): ``metrics.completeness.data_completeness`` overall.
* ``stage_conversion`` (share): deals that reached ``to_stage`` / deals that reached ``from_stage``, as
  ``metrics.funnel.funnel`` counts "reached" (a won stage: the deals now in it). Stages are named by built-in
  key (``lead_identified`` ...) or name in any language.
* ``churn_rate``, ``retention_rate`` and ``healthy_share`` (shares): see ``goals.customer_metrics`` (churn and
  retention per period from ``customers.retention``, the healthy band of ``customers.health``).
* ``average_csat`` (the survey's scale), ``top_accounts_satisfaction`` (share; parameters
  ``top``, default 20, and ``satisfied_at``, default 4), ``nps`` (points) and ``certification_pass_rate``
  (share): see ``goals.surveys``.
* ``cross_department_projects`` (count) and ``manual`` (number) are entered by hand (``goals.record_actual``):
  the actual is the latest entry dated inside the period.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.crm import Opportunity
from salesmgr.models.errors import ValidationError
from salesmgr.models.goals import customer_metrics, surveys
from salesmgr.models.goals.goals import Owner, latest_actual
from salesmgr.models.metrics.completeness import FIELDS, data_completeness
from salesmgr.models.metrics.conversion import Converter
from salesmgr.models.metrics.filters import apply
from salesmgr.models.metrics.funnel import funnel, pipeline_stages, sales_cycle, stage_totals, win_rate
from salesmgr.models.metrics.ranking import won_amount
from salesmgr.models.periods import Period, PeriodKind
from salesmgr.models.pipeline.builtin import stage_aliases
from salesmgr.models.pipeline.entities import StageDefinition

UNITS = ("money", "share", "ratio", "days", "points", "score", "count", "number")
NO_DEALS = QT_TRANSLATE_NOOP("Goals", "no deals in the period")
NO_WON = QT_TRANSLATE_NOOP("Goals", "no won deals in the period")


@dataclass(frozen=True)
class Measured:
    value: Decimal | None
    reason: str | None = None


@dataclass(frozen=True)
class MeasureInput:
    session: Session
    owner: Owner
    period: Period
    parameters: dict[str, Any]
    goal_id: int | None = None


@dataclass(frozen=True)
class MetricDef:
    key: str
    label_text: str  # English, marked for the "Goals" context
    unit: str
    direction: str = "higher"
    measure: Callable[[MeasureInput], Measured] | None = None  # None: a manual metric
    parameters: tuple[str, ...] = ()

    @property
    def manual(self) -> bool:
        return self.measure is None

    def label(self) -> str:
        return translate("Goals", self.label_text)

    def check_value(self, value: Decimal) -> None:
        """Refuse a baseline, target or actual outside the unit's range."""
        if self.unit == "share" and not 0 <= value <= 1:
            raise ValidationError("{metric} is a share from 0 to 1 (0.95 = 95 %), not {value}", metric=self.key,
                                  value=value)
        if self.unit == "points" and not -100 <= value <= 100:
            raise ValidationError("an NPS is from -100 to 100 points, not {value}", value=value)
        if self.unit in ("money", "days", "count", "score") and value < 0:
            raise ValidationError("{metric} cannot be negative, not {value}", metric=self.key, value=value)


def _filter(given: MeasureInput) -> Any:
    return surveys.deal_filter(given.owner, given.period)


def _deal_count(given: MeasureInput) -> int:
    return sum(t.count for t in stage_totals(given.session, _filter(given)))


def _won_revenue(given: MeasureInput) -> Measured:
    if not _deal_count(given):
        return Measured(None, NO_DEALS)
    return Measured(won_amount(given.session, _filter(given)))


def _growth(given: MeasureInput) -> Measured:
    before = won_amount(given.session, surveys.deal_filter(given.owner, year_earlier(given.period)))
    if not before:
        return Measured(None, QT_TRANSLATE_NOOP("Goals", "no won revenue in the same period last year"))
    return Measured(won_amount(given.session, _filter(given)) / before - 1)


def year_earlier(period: Period) -> Period:
    """The same quarter, month or year one year before."""
    return period.shifted({PeriodKind.YEAR: -1, PeriodKind.QUARTER: -4, PeriodKind.MONTH: -12}[period.kind])


def _won_of_products(given: MeasureInput, products: list[str]) -> Decimal:
    wanted = [name.strip().casefold() for name in products]
    query = apply(select(Opportunity.currency, func.sum(Opportunity.amount_minor))
                  .where(surveys.won_condition(), func.lower(func.trim(Opportunity.product)).in_(wanted))
                  .group_by(Opportunity.currency), _filter(given))
    return Converter.load(given.session).total((row[0], row[1]) for row in given.session.execute(query))


def _high_margin_share(given: MeasureInput) -> Measured:
    total = won_amount(given.session, _filter(given))
    if not total:
        return Measured(None, QT_TRANSLATE_NOOP("Goals", "no won revenue in the period"))
    return Measured(_won_of_products(given, list(given.parameters["products"])) / total)


def _average_deal_size(given: MeasureInput) -> Measured:
    query = apply(select(func.count()).where(surveys.won_condition(), Opportunity.amount_minor.is_not(None)),
                  _filter(given))
    count = given.session.scalar(query) or 0
    if not count:
        return Measured(None, NO_WON)
    return Measured(won_amount(given.session, _filter(given)) / count)


def _float(value: float | None, reason: str) -> Measured:
    return Measured(None, reason) if value is None else Measured(Decimal(str(value)))


def _win_rate(given: MeasureInput) -> Measured:
    return _float(win_rate(given.session, _filter(given)),
                  QT_TRANSLATE_NOOP("Goals", "no won or lost deals in the period"))


def _cycle(given: MeasureInput) -> Measured:
    return _float(sales_cycle(given.session, _filter(given)).average_days,
                  QT_TRANSLATE_NOOP("Goals", "no won deals with both dates in the period"))


def _completeness(given: MeasureInput) -> Measured:
    found = data_completeness(given.session, _filter(given))
    if not found.deals:
        return Measured(None, NO_DEALS)
    values = len(FIELDS) * found.deals
    return Measured(Decimal(values - sum(found.missing.values())) / values)


def find_stage(session: Session, text: str) -> tuple[int, str] | None:
    """(id, kind) of the stage named ``text``: its built-in key or any of its names, ignoring case."""
    wanted = str(text).strip().casefold()
    for row in session.execute(select(StageDefinition.id, StageDefinition.name, StageDefinition.builtin_key,
                                      StageDefinition.kind)):
        names = [row.builtin_key or "", *stage_aliases(row.name, row.builtin_key)]
        if wanted in (name.casefold() for name in names if name):
            return row.id, row.kind
    return None


def _conversion(given: MeasureInput) -> Measured:
    session = given.session
    first = find_stage(session, given.parameters["from_stage"])
    second = find_stage(session, given.parameters["to_stage"])
    if first is None or second is None:
        return Measured(None, QT_TRANSLATE_NOOP("Goals", "a stage of the goal is no longer in the pipeline"))
    open_ids = [s.id for s in pipeline_stages(session) if s.kind == "open"]
    steps = funnel(session, _filter(given))
    reached = {stage_id: steps[i].reached for i, stage_id in enumerate(open_ids)}
    totals = {t.stage_id: t.count for t in stage_totals(session, _filter(given))}
    start = reached.get(first[0], 0)
    if not start:
        return Measured(None, QT_TRANSLATE_NOOP("Goals", "no deal reached the first stage in the period"))
    end = reached[second[0]] if second[1] == "open" else totals.get(second[0], 0)
    return Measured(Decimal(end) / start)


def _survey(function: Callable[..., surveys.Result], *names: str) -> Callable[[MeasureInput], Measured]:
    def measure(given: MeasureInput) -> Measured:
        extra = [given.parameters[name] for name in names]
        return Measured(*function(given.session, given.owner, given.period, *extra))
    return measure


def _top(given: MeasureInput) -> Measured:
    return Measured(*surveys.top_accounts_satisfaction(
        given.session, given.owner, given.period, int(given.parameters.get("top", 20)),
        Decimal(str(given.parameters.get("satisfied_at", 4)))))


METRICS: dict[str, MetricDef] = {m.key: m for m in (
    MetricDef("won_revenue", QT_TRANSLATE_NOOP("Goals", "Won revenue"), "money", measure=_won_revenue),
    MetricDef("revenue_growth", QT_TRANSLATE_NOOP("Goals", "Revenue growth vs a year earlier"), "ratio",
              measure=_growth),
    MetricDef("high_margin_share", QT_TRANSLATE_NOOP("Goals", "High-margin products' share of revenue"), "share",
              measure=_high_margin_share, parameters=("products",)),
    MetricDef("average_deal_size", QT_TRANSLATE_NOOP("Goals", "Average deal size"), "money",
              measure=_average_deal_size),
    MetricDef("win_rate", QT_TRANSLATE_NOOP("Goals", "Win rate"), "share", measure=_win_rate),
    MetricDef("sales_cycle_days", QT_TRANSLATE_NOOP("Goals", "Average sales cycle"), "days", "lower", _cycle),
    MetricDef("stage_conversion", QT_TRANSLATE_NOOP("Goals", "Conversion between two stages"), "share",
              measure=_conversion, parameters=("from_stage", "to_stage")),
    MetricDef("crm_completeness", QT_TRANSLATE_NOOP("Goals", "CRM data completeness"), "share",
              measure=_completeness),
    MetricDef("churn_rate", QT_TRANSLATE_NOOP("Goals", "Customer churn rate"), "share", "lower",
              _survey(customer_metrics.churn_rate)),
    MetricDef("retention_rate", QT_TRANSLATE_NOOP("Goals", "Customer retention rate"), "share",
              measure=_survey(customer_metrics.retention_rate)),
    MetricDef("healthy_share", QT_TRANSLATE_NOOP("Goals", "Share of healthy customers"), "share",
              measure=_survey(customer_metrics.healthy_share)),
    MetricDef("average_csat", QT_TRANSLATE_NOOP("Goals", "Average CSAT"), "score",
              measure=_survey(surveys.average_csat)),
    MetricDef("top_accounts_satisfaction", QT_TRANSLATE_NOOP("Goals", "Top accounts' satisfaction"), "share",
              measure=_top),
    MetricDef("nps", QT_TRANSLATE_NOOP("Goals", "Net promoter score"), "points", measure=_survey(surveys.nps)),
    MetricDef("certification_pass_rate", QT_TRANSLATE_NOOP("Goals", "Certification pass rate"), "share",
              measure=_survey(surveys.certification_pass_rate)),
    MetricDef("cross_department_projects", QT_TRANSLATE_NOOP("Goals", "Cross-department projects"), "count"),
    MetricDef("manual", QT_TRANSLATE_NOOP("Goals", "Manual metric"), "number"),
)}
OPTIONAL_PARAMETERS = {"top_accounts_satisfaction": ("top", "satisfied_at")}


def metric_def(key: str) -> MetricDef:
    metric = METRICS.get(key)
    if metric is None:
        raise ValidationError("unknown metric {metric}; use one of {metrics}", metric=key,
                              metrics=", ".join(METRICS))
    return metric


def measure(session: Session, metric_key: str, owner: Owner, period: Period, parameters: dict[str, Any],
            goal_id: int | None = None) -> Measured:
    """The metric's actual for the owner over the period (a manual one: the goal's latest entry in it)."""
    metric = metric_def(metric_key)
    if metric.measure is None:
        value = None if goal_id is None else latest_actual(session, goal_id, period)
        return Measured(value, None if value is not None else QT_TRANSLATE_NOOP(
            "Goals", "no actual entered in the period"))
    return metric.measure(MeasureInput(session, owner, period, parameters, goal_id))


def check_parameters(session: Session, metric: MetricDef, given: dict[str, Any]) -> dict[str, Any]:
    """The parameters in stored form; refuses a missing, unknown or unusable one."""
    allowed = metric.parameters + OPTIONAL_PARAMETERS.get(metric.key, ())
    for name in given:
        if name not in allowed:
            raise ValidationError("the metric {metric} takes no parameter {parameter}", metric=metric.key,
                                  parameter=name)
    for name in metric.parameters:
        if given.get(name) in (None, "", []):
            raise ValidationError("the metric {metric} needs the parameter {parameter}", metric=metric.key,
                                  parameter=name)
    checked = dict(given)
    if "products" in checked:
        products = checked["products"]
        items = products.split(",") if isinstance(products, str) else list(products)
        checked["products"] = [str(item).strip() for item in items if str(item).strip()]
    if metric.key == "stage_conversion":
        _check_stages(session, str(checked["from_stage"]), str(checked["to_stage"]))
    if "top" in checked:
        checked["top"] = _whole(checked["top"])
    if "satisfied_at" in checked:
        checked["satisfied_at"] = str(Decimal(str(checked["satisfied_at"])))
    return checked


def _whole(value: Any) -> int:
    try:
        number = int(str(value))
    except ValueError:
        number = 0
    if number < 1:
        raise ValidationError("the number of top accounts must be a whole number of at least 1, not {value}",
                              value=value)
    return number


def _check_stages(session: Session, first: str, second: str) -> None:
    found = [find_stage(session, first), find_stage(session, second)]
    for text, stage in zip((first, second), found, strict=True):
        if stage is None:
            raise ValidationError("no pipeline stage called {stage}", stage=text)
    order = {s.id: i for i, s in enumerate(pipeline_stages(session))}
    (a, kind_a), (b, kind_b) = found[0] or (0, ""), found[1] or (0, "")
    if kind_a != "open" or kind_b == "lost" or order[b] <= order[a]:
        raise ValidationError("a conversion goes from an open stage to a later open or won stage, not from {first} "
                              "to {second}", first=first, second=second)
