"""`salesmgr funnel` and `salesmgr dashboard`: the metrics as text or JSON."""
from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from salesmgr.cli.support import UsageError, emit, open_db, owner_ids
from salesmgr.models import clock
from salesmgr.models.periods import Period


def cmd_funnel(args: argparse.Namespace) -> int:
    from salesmgr.models.metrics.filters import DateField, MetricFilter
    from salesmgr.models.metrics.summary import funnel_report

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError("--from is after --to; swap them")
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            team_id, rep_id = owner_ids(session, args)
            flt = MetricFilter(args.date_from, args.date_to, DateField(args.date_field), team_id, rep_id)
            report = funnel_report(session, flt)
    finally:
        db.close()
    return emit(args, report, _funnel_text(report))


def _funnel_text(report: dict[str, Any]) -> str:
    period = f"{report['from'] or 'start'} to {report['to'] or 'today'} by {report['date_field']} date"
    lines = [f"funnel, {period}, amounts in {report['currency']}",
             f"{'stage':<24} {'now':>7} {'amount':>16} {'reached':>8} {'conversion':>10}"]
    for s in report["stages"]:
        conversion = "" if s["conversion"] is None else f"{s['conversion']:.1%}"
        lines.append(f"{s['stage'][:24]:<24} {s['count']:>7,} {Decimal(s['amount']):>16,.2f} {s['reached']:>8,} "
                     f"{conversion:>10}")
    lines += [f"win rate: {_share(report['win_rate'])}", f"average cycle: {_days(report['avg_cycle_days'])}, "
              f"median: {_days(report['median_cycle_days'])}",
              f"weighted pipeline: {Decimal(report['weighted_pipeline']):,.2f} {report['currency']}",
              f"data completeness: {_share(report['data_completeness'])}"]
    return "\n".join(lines)


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _days(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f} days"


def cmd_dashboard(args: argparse.Namespace) -> int:
    from salesmgr.models.metrics.summary import dashboard_report

    period = Period.parse(args.period) if args.period else Period.quarter_of(clock.today())
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            team_id, rep_id = owner_ids(session, args)
            report = dashboard_report(session, period, team_id=team_id, rep_id=rep_id)
    finally:
        db.close()
    won = report["won"]
    text = "\n".join([
        f"{report['period']} ({report['from']} to {report['to']}), amounts in {report['currency']}",
        f"won: {Decimal(won['amount']):,.2f} of quota "
        f"{'n/a' if won['quota'] is None else format(Decimal(won['quota']), ',.2f')} "
        f"({_share(won['attainment'])})",
        f"win rate: {_share(report['win_rate'])}", f"average cycle: {_days(report['avg_cycle_days'])}",
        f"weighted pipeline: {Decimal(report['weighted_pipeline']):,.2f}",
        f"data completeness: {_share(report['data_completeness'])}", f"stalled deals: {report['stalled_deals']}",
    ])
    return emit(args, report, text)
