"""`salesmgr funnel` and `salesmgr dashboard`: the metrics as text or JSON."""
from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from salesmgr.cli.support import UsageError, emit, open_db, owner_ids, period_option
from salesmgr.cli.text import Column, count, days, money, share, table
from salesmgr.i18n import translate

if TYPE_CHECKING:  # the metrics load when a command runs, not at start-up
    from salesmgr.models.metrics.summary import DashboardReport, FunnelReport, PipelineKpis
    from salesmgr.models.metrics.unconverted import Unconverted


def cmd_funnel(args: argparse.Namespace) -> int:
    from salesmgr.cli.reports_json import funnel_json
    from salesmgr.models.metrics.filters import DateField, MetricFilter
    from salesmgr.models.metrics.summary import funnel_report

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError(translate("Cli", "--from is after --to; swap them"))
    if args.period is not None and (args.date_from or args.date_to):
        raise UsageError(translate("Cli", "give either --period or --from/--to, not both"))
    option = period_option(args.period, current_by_default=True)
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            if args.date_from or args.date_to:
                date_from, date_to = args.date_from, args.date_to
            else:
                period = option.resolve(session)  # under the database's fiscal start
                date_from, date_to = period.bounds if period else (None, None)
            team_id, rep_id = owner_ids(session, args)
            flt = MetricFilter(date_from, date_to, DateField(args.date_field), team_id, rep_id)
            report = funnel_report(session, flt)
    finally:
        db.close()
    return emit(args, funnel_json(report), _funnel_text(report))


def _funnel_text(report: FunnelReport) -> str:
    flt, kpis, currency = report.filter, report.kpis, report.currency
    by_field = {"close": translate("Cli", "close date"), "created": translate("Cli", "created date")}
    heading = translate("Cli", "funnel, {start} to {end} by {field}, amounts in {currency}").format(
        start=flt.date_from.isoformat() if flt.date_from else translate("Cli", "start"),
        end=flt.date_to.isoformat() if flt.date_to else translate("Cli", "today"),
        field=by_field.get(flt.date_field.value, flt.date_field.value), currency=currency)
    columns = [Column(translate("Cli", "stage"), limit=24), Column(translate("Cli", "now"), right=True),
               Column(translate("Cli", "amount"), right=True), Column(translate("Cli", "reached"), right=True),
               Column(translate("Cli", "conversion"), right=True)]
    rows = [[s.stage, count(s.count), money(s.amount), count(s.reached),
             "" if s.conversion is None else share(s.conversion)] for s in report.stages]
    return "\n".join([heading, *table(columns, rows), *_kpi_lines(kpis, currency, median=True),
                      *unconverted_lines(report.unconverted)])


def unconverted_lines(unconverted: list[Unconverted]) -> list[str]:
    """One line per currency whose deals are left out of the amounts, with the command that adds its rate."""
    return [(translate("Cli", "left out of the amounts: {deals} {currency} deals ({amount}), no exchange rate; "
                              "add one with: salesmgr rate set {currency} RATE") if entry.deals != 1 else
             translate("Cli", "left out of the amounts: {deals} {currency} deal ({amount}), no exchange rate; "
                              "add one with: salesmgr rate set {currency} RATE")).format(
        deals=count(entry.deals), currency=entry.currency, amount=entry.amount_text()) for entry in unconverted]


def _kpi_lines(kpis: PipelineKpis, currency: str, *, median: bool) -> list[str]:
    """The pipeline KPIs under a funnel or a dashboard: win rate, cycle, weighted pipeline, completeness."""
    cycle = translate("Cli", "average cycle: {days}").format(days=days(kpis.avg_cycle_days))
    if median:
        cycle = translate("Cli", "average cycle: {days}, median: {median}").format(
            days=days(kpis.avg_cycle_days), median=days(kpis.median_cycle_days))
    return [translate("Cli", "win rate: {share}").format(share=share(kpis.win_rate)), cycle,
            translate("Cli", "weighted pipeline: {amount} {currency}").format(
                amount=money(kpis.weighted_pipeline), currency=currency),
            translate("Cli", "data completeness: {share}").format(share=share(kpis.data_completeness))]


def cmd_dashboard(args: argparse.Namespace) -> int:
    from salesmgr.cli.reports_json import dashboard_json
    from salesmgr.models.metrics.summary import dashboard_report

    option = period_option(args.period, current_by_default=True)
    if option.all_dates:
        raise UsageError(translate("Cli", "the dashboard needs a quarter, month or year (won is measured against "
                                   "its quota); --period all works for funnel, export funnel and data exports"))
    db = open_db(args, write=False)
    try:
        with db.session() as session:
            period = option.resolve(session)
            assert period is not None  # not all dates: refused above
            team_id, rep_id = owner_ids(session, args)
            report = dashboard_report(session, period, team_id=team_id, rep_id=rep_id)
    finally:
        db.close()
    return emit(args, dashboard_json(report), _dashboard_text(report))


def _dashboard_text(report: DashboardReport) -> str:
    period, tiles = report.period, report.tiles
    won = tiles.won
    return "\n".join([
        translate("Cli", "{period} ({start} to {end}), amounts in {currency}").format(
            period=period.key, start=period.start.isoformat(), end=period.end.isoformat(), currency=report.currency),
        translate("Cli", "won: {amount} of quota {quota} ({share})").format(
            amount=money(won.amount), quota=money(won.quota), share=share(won.attainment)),
        *_kpi_lines(tiles.kpis, report.currency, median=False),
        translate("Cli", "stalled deals: {count}").format(count=count(tiles.stalled_deals)),
        *unconverted_lines(report.unconverted),
    ])
