"""`salesmgr funnel` and `salesmgr dashboard`: the metrics as text or JSON."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from salesmgr.cli.support import UsageError, current_quarter, emit, open_db, owner_ids, period_option

if TYPE_CHECKING:  # the metrics load when a command runs, not at start-up
    from salesmgr.models.metrics.summary import DashboardReport, FunnelReport


def cmd_funnel(args: argparse.Namespace) -> int:
    from salesmgr.cli.reports_json import funnel_json
    from salesmgr.models.metrics.filters import DateField, MetricFilter
    from salesmgr.models.metrics.summary import funnel_report

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError("--from is after --to; swap them")
    if args.period is not None and (args.date_from or args.date_to):
        raise UsageError("give either --period or --from/--to, not both")
    if args.date_from or args.date_to:
        date_from, date_to = args.date_from, args.date_to
    else:
        period = period_option(args.period, current_quarter())
        date_from, date_to = period.bounds if period else (None, None)
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            team_id, rep_id = owner_ids(session, args)
            flt = MetricFilter(date_from, date_to, DateField(args.date_field), team_id, rep_id)
            report = funnel_report(session, flt)
    finally:
        db.close()
    return emit(args, funnel_json(report), _funnel_text(report))


def _funnel_text(report: FunnelReport) -> str:
    flt, kpis, currency = report.filter, report.kpis, report.currency
    start = flt.date_from.isoformat() if flt.date_from else "start"
    end = flt.date_to.isoformat() if flt.date_to else "today"
    lines = [f"funnel, {start} to {end} by {flt.date_field.value} date, amounts in {currency}",
             f"{'stage':<24} {'now':>7} {'amount':>16} {'reached':>8} {'conversion':>10}"]
    for s in report.stages:
        conversion = "" if s.conversion is None else f"{s.conversion:.1%}"
        lines.append(f"{s.stage[:24]:<24} {s.count:>7,} {s.amount:>16,.2f} {s.reached:>8,} {conversion:>10}")
    lines += [f"win rate: {_share(kpis.win_rate)}", f"average cycle: {_days(kpis.avg_cycle_days)}, "
              f"median: {_days(kpis.median_cycle_days)}",
              f"weighted pipeline: {kpis.weighted_pipeline:,.2f} {currency}",
              f"data completeness: {_share(kpis.data_completeness)}"]
    return "\n".join(lines)


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _days(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} days"


def cmd_dashboard(args: argparse.Namespace) -> int:
    from salesmgr.cli.reports_json import dashboard_json
    from salesmgr.models.metrics.summary import dashboard_report

    period = period_option(args.period, current_quarter())
    if period is None:
        raise UsageError("the dashboard needs a quarter, month or year (won is measured against its quota); "
                         "--period all works for funnel, export funnel and data exports")
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            team_id, rep_id = owner_ids(session, args)
            report = dashboard_report(session, period, team_id=team_id, rep_id=rep_id)
    finally:
        db.close()
    return emit(args, dashboard_json(report), _dashboard_text(report))


def _dashboard_text(report: DashboardReport) -> str:
    period, tiles = report.period, report.tiles
    won, kpis = tiles.won, tiles.kpis
    quota = "n/a" if won.quota is None else f"{won.quota:,.2f}"
    return "\n".join([
        f"{period.key} ({period.start.isoformat()} to {period.end.isoformat()}), amounts in {report.currency}",
        f"won: {won.amount:,.2f} of quota {quota} ({_share(won.attainment)})",
        f"win rate: {_share(kpis.win_rate)}", f"average cycle: {_days(kpis.avg_cycle_days)}",
        f"weighted pipeline: {kpis.weighted_pipeline:,.2f}",
        f"data completeness: {_share(kpis.data_completeness)}", f"stalled deals: {tiles.stalled_deals}",
    ])
