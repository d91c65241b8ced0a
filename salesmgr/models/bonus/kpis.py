"""The catalogue of further process KPIs a bonus plan can add to CRM timeliness and training (issue 6).

A plan lists the KPIs it uses with a target each (``BonusPlan.extra_kpis``); each counts in the process score as
min(actual / target, 1), like the two built-in ones, and is left out of the average when it has no data.

* ``data_completeness`` (share): the filled share of the key fields of the rep's opportunities filed (by close
  date, see ``metrics.filters.deal_date``) in the quarter, as ``metrics.completeness.data_completeness``
  defines it; no deal: no data.
* ``activities`` (count): the activities the rep logged that happened in the quarter; always measured (none
  logged is 0, not "no data").
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.i18n import translate
from salesmgr.models.crm import Activity
from salesmgr.models.metrics.completeness import FIELDS, data_completeness
from salesmgr.models.metrics.filters import DateField, MetricFilter

KpiKind = Literal["share", "count"]


@dataclass(frozen=True)
class ProcessKpi:
    """One catalogue KPI. ``kind`` "share": the actual is a ratio 0..1 (target at most 1); "count": a number per
    quarter. Subclasses give the translated ``label`` and ``measure`` (None: no data for the rep)."""

    key: str
    kind: KpiKind
    default_target: Decimal

    def label(self) -> str:
        raise NotImplementedError

    def measure(self, session: Session, rep_id: int, start: date, end: date) -> Decimal | None:
        raise NotImplementedError


@dataclass(frozen=True)
class DataCompletenessKpi(ProcessKpi):
    def label(self) -> str:
        return translate("Bonus", "CRM data completeness")

    def measure(self, session: Session, rep_id: int, start: date, end: date) -> Decimal | None:
        found = data_completeness(session, MetricFilter(start, end, DateField.CLOSE, rep_id=rep_id))
        if found.overall is None:
            return None
        # The same share as ``found.overall``, but exact: filled values / (fields x deals).
        values = len(FIELDS) * found.deals
        return Decimal(values - sum(found.missing.values())) / values


@dataclass(frozen=True)
class ActivitiesKpi(ProcessKpi):
    def label(self) -> str:
        return translate("Bonus", "Activities logged")

    def measure(self, session: Session, rep_id: int, start: date, end: date) -> Decimal | None:
        first, after = datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1), time.min)
        count = session.scalar(select(func.count(Activity.id)).where(
            Activity.rep_id == rep_id, Activity.occurred_at >= first, Activity.occurred_at < after))
        return Decimal(count or 0)


PROCESS_KPIS: dict[str, ProcessKpi] = {kpi.key: kpi for kpi in (
    DataCompletenessKpi("data_completeness", "share", Decimal("0.90")),
    ActivitiesKpi("activities", "count", Decimal("60")),
)}


def measure_all(session: Session, keys: list[str], rep_id: int, start: date, end: date
                ) -> tuple[tuple[str, Decimal | None], ...]:
    """(key, actual) of each KPI in ``keys``, in that order; a key no longer in the catalogue (a plan saved by a
    newer or older salesmgr) has no data."""
    return tuple((key, kpi.measure(session, rep_id, start, end) if (kpi := PROCESS_KPIS.get(key)) else None)
                 for key in keys)


def kpi_label(key: str) -> str:
    """The KPI's translated label; the key itself for a KPI no longer in the catalogue (an old snapshot)."""
    kpi = PROCESS_KPIS.get(key)
    return key if kpi is None else kpi.label()


def format_actual(key: str, value: Decimal | None) -> str:
    """A share as a percentage, a count as a number; "no data" for None."""
    if value is None:
        return translate("Bonus", "no data")
    kpi = PROCESS_KPIS.get(key)
    return f"{value * 100:.2f}%" if kpi is None or kpi.kind == "share" else f"{value:,.0f}"
