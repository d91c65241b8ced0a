"""Excel reports: each report builds a description (``model.py``) that the one writer (``writer.py``) formats.

Adding a report = one module with ``build(session, request) -> Report`` and one line in ``_BUILDERS``.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from salesmgr.exchange.reports import bonus, dashboard, funnel, goals, onboarding, plan, quotas
from salesmgr.exchange.reports.model import Report
from salesmgr.exchange.reports.request import ReportRequest
from salesmgr.exchange.reports.writer import require_xlsx, write_report
from salesmgr.models.errors import ValidationError
from salesmgr.models.fiscal import check_fiscal_start
from salesmgr.progress import NO_PROGRESS, Progress

Builder = Callable[[Session, ReportRequest], Report]
#: the reports that can cover every date (``ReportRequest.all_dates``): the deals of every date, every planned
#: fiscal year, every goal, every onboarding plan (not only the active ones); the others need a period
ALL_DATES_REPORTS: tuple[str, ...] = ("funnel", "plan", "goals", "onboarding")
_BUILDERS: dict[str, Builder] = {
    "funnel": funnel.build,
    "quotas": quotas.build,
    "dashboard": dashboard.build,
    "bonus": bonus.build,
    "plan": plan.build,
    "goals": goals.build,
    "onboarding": onboarding.build,
}
REPORT_NAMES: tuple[str, ...] = tuple(_BUILDERS)


def build_report(session: Session, name: str, request: ReportRequest) -> Report:
    """The description of report ``name`` (case-insensitive); an unknown name is refused listing the known ones,
    and so is ``all_dates`` for a report outside ``ALL_DATES_REPORTS``."""
    key = name.strip().lower()
    builder = _BUILDERS.get(key)
    if builder is None:
        raise ValidationError("there is no report called {name}; choose one of {names}", name=name,
                              names=", ".join(REPORT_NAMES))
    if request.all_dates and key not in ALL_DATES_REPORTS:
        raise ValidationError("the {name} report needs a quarter, a month or a year, not all dates", name=key)
    check_fiscal_start(session, request.period)  # its months are the database's fiscal quarter's
    return builder(session, request)


def export_report(session: Session, name: str, request: ReportRequest, out: Path,
                  progress: Progress = NO_PROGRESS) -> Path:
    """Build report ``name`` and write it to ``out`` (a name ending in .xlsx); returns the path written."""
    require_xlsx(out)
    return write_report(build_report(session, name, request), out, progress)


__all__ = ["ALL_DATES_REPORTS", "REPORT_NAMES", "Report", "ReportRequest", "build_report", "export_report",
           "write_report"]
