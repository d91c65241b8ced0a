"""The command line: ``main`` and the parser. Each command group has its module (``database``: init, info, stats,
demo; ``settings``: settings and rate; ``imports``; ``export``; ``reports``: funnel and dashboard; ``bonus``;
``goals``; ``quotas``; ``roadmap``; ``onboarding``; ``leads``; ``customers``: health; ``customers_accounts``:
accounts; ``customers_value``: ltv, costs and journey; ``customers_kb``: kb and competitors;
``customers_handoffs``: handoffs and committee; ``gui``), and ``support`` holds what they share.
Qt is imported only when the GUI starts (no command, or ``gui``).

Exit status: 0 done, 1 refused by a rule, 2 unusable input (one line on stderr, nothing written).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, NoReturn

from salesmgr import __version__
from salesmgr.cli.bonus import add_bonus_parser, cmd_bonus
from salesmgr.cli.customers import add_health_parser, cmd_health
from salesmgr.cli.customers_accounts import add_accounts_parser, cmd_accounts
from salesmgr.cli.customers_handoffs import add_handoffs_parser, cmd_committee, cmd_handoffs
from salesmgr.cli.customers_kb import add_kb_parsers, cmd_competitors, cmd_kb
from salesmgr.cli.customers_value import add_value_parsers, cmd_costs, cmd_journey, cmd_ltv
from salesmgr.cli.database import cmd_demo, cmd_info, cmd_init, cmd_stats
from salesmgr.cli.export import cmd_export
from salesmgr.cli.goals import add_goals_parser, cmd_goals
from salesmgr.cli.gui import cmd_gui
from salesmgr.cli.imports import cmd_import
from salesmgr.cli.leads import add_leads_parser, cmd_leads
from salesmgr.cli.onboarding import add_onboarding_parser, cmd_onboarding
from salesmgr.cli.quotas import add_quotas_parser, cmd_quotas
from salesmgr.cli.reports import cmd_dashboard, cmd_funnel
from salesmgr.cli.roadmap import add_roadmap_parser, cmd_roadmap
from salesmgr.cli.settings import add_settings_parser, cmd_rate, cmd_settings
from salesmgr.cli.support import EXIT_BAD_INPUT, PERIOD_RULE, UsageError
from salesmgr.cli.text import error_message
from salesmgr.i18n import set_language, translate
from salesmgr.models import clock
from salesmgr.models.errors import UserError
from salesmgr.progress import Cancelled


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see 'salesmgr --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="salesmgr", description="Sales management for quotas, funnel, bonuses and onboarding.")
    parser.add_argument("--version", action="version", version=f"salesmgr {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or SQLAlchemy URL (default: "
                        "$SALESMGR_DB, else salesmgr.sqlite in the per-user data folder)")
    parser.add_argument("--lang", choices=["en", "zh_CN"],
                        help="language of the GUI and of the reports' text (commands default to English)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("gui", help="start the desktop application (the default)")
    _add(commands, "init", "create the database, or upgrade it to this version's schema")
    _add(commands, "info", "show the database in use, its schema version and base currency")
    demo = _add(commands, "demo", "fill an empty database with realistic, reproducible demo data")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument("--reps", type=_positive_int, default=25, help="number of reps (default 25)")
    demo.add_argument("--opportunities", type=_positive_int, default=3000,
                      help="number of opportunities (default 3000)")
    demo.add_argument("--force", action="store_true", help="replace the data already in the database")
    _add(commands, "stats", "row count of every table")
    imp = _add(commands, "import", "import a CRM export: one file (xlsx, xlsm, xls, ods or CSV), or a whole export "
               "(a ZIP or folder of such files) in one transaction")
    imp.add_argument("file", help="the export file, ZIP or folder")
    imp.add_argument("--kind", help="opportunities, accounts, contacts, leads, reps, activities, quotas, csat "
                     "(customer survey responses), nps (NPS survey answers, 0-10), tickets (support tickets), usage "
                     "(product usage per account and month), stage_history (a CRM's stage "
                     "changes, e.g. OpportunityHistory.csv) or rates (Salesforce CurrencyType.csv or "
                     "DatedConversionRate.csv); default: recognised from the file's name and headers")
    imp.add_argument("--file-kind", action="append", metavar="NAME=KIND",
                     help="in a ZIP or folder: the kind of the file NAME (or skip), where it is not recognised")
    imp.add_argument("--sheet", help="the sheet to read (default: the first with data)")
    imp.add_argument("--preset", help="a saved or built-in column mapping")
    imp.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    imp.add_argument("--strict", action="store_true", help="write nothing if any row would be rejected")
    imp.add_argument("--rejects", metavar="OUT.xlsx", help="save the rejected rows with a reason column")
    fun = _add(commands, "funnel", "the funnel: per stage count, amount, reached and conversion, with win rate, "
               "cycle, weighted pipeline and data completeness")
    fun.add_argument("--period", help="2026Q3, 2026-09, 2026 or all (every date); default: the current fiscal "
                     "quarter; not together with --from/--to")
    fun.add_argument("--from", dest="date_from", type=_date,
                     help="first day (YYYY-MM-DD) instead of --period; without --to: every date from it on")
    fun.add_argument("--to", dest="date_to", type=_date,
                     help="last day (YYYY-MM-DD) instead of --period; without --from: every date up to it")
    fun.add_argument("--date-field", choices=["close", "created"], default="close",
                     help="which date --period or --from/--to apply to (default: close)")
    _add_owner_filters(fun)
    dash = _add(commands, "dashboard", "the dashboard's KPI tiles for a period (default: the current fiscal "
                "quarter)")
    dash.add_argument("--period", help="2026Q3, 2026-09 or 2026 (default: the current fiscal quarter)")
    _add_owner_filters(dash)
    exp = _add(commands, "export", "write a data kind (opportunities, accounts, contacts, leads, reps, activities, "
               "quotas, csat, nps, tickets, usage) to .xlsx or .csv, or a report (funnel, quotas, dashboard, "
               "bonus) to .xlsx")
    exp.add_argument("kind", metavar="KIND", help="a data kind or a report name; quotas is the report unless "
                     "--out is .csv (data:quotas and report:quotas choose explicitly)")
    exp.add_argument("--out", required=True, metavar="FILE", help="the file to write: .xlsx or .csv for data, "
                     ".xlsx for a report (another suffix is refused)")
    exp.add_argument("--period", help="2026Q3, 2026-09, 2026 or all; a report: default the current fiscal "
                     "quarter (all: the funnel report only); data: only that period's records, default all")
    _add_owner_filters(exp)
    for sub in (fun, dash, exp):
        sub.epilog = PERIOD_RULE
    add_bonus_parser(commands, _add)
    add_quotas_parser(commands, _add, _Parser)
    add_settings_parser(commands, _add, _Parser)
    add_goals_parser(commands, _add)
    add_roadmap_parser(commands, _add, _Parser)
    add_onboarding_parser(commands, _add, _Parser)
    add_leads_parser(commands, _add, _Parser)
    add_value_parsers(commands, _add, _Parser)
    add_health_parser(commands, _add, _Parser)
    add_kb_parsers(commands, _add, _Parser)
    add_handoffs_parser(commands, _add, _Parser)
    add_accounts_parser(commands, _add, _Parser)
    return parser


def _add(commands: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
    sub.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    return sub


def _add_owner_filters(parser: argparse.ArgumentParser) -> None:
    owners = parser.add_mutually_exclusive_group()
    owners.add_argument("--team", help="only the deals of this team's reps")
    owners.add_argument("--rep", help="only this rep's deals (name or e-mail)")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} must be at least 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(str(exc))
    if args.command not in (None, "gui"):
        set_language(args.lang or "en")  # the GUI sets it with its Qt translator
    try:
        clock.fixed_today()  # a bad SALESMGR_TODAY is refused before anything runs
    except UserError as exc:
        return _fail(error_message(exc))
    if args.command in (None, "gui"):
        return cmd_gui(args)  # Qt is loaded only here
    handler = COMMANDS[args.command]
    try:
        return handler(args)
    except (UserError, UsageError) as exc:
        return _fail(error_message(exc))
    except Cancelled:
        return _fail(translate("Cli", "cancelled; nothing was written"))


def _fail(message: str) -> int:
    print(f"salesmgr: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init, "info": cmd_info, "demo": cmd_demo, "stats": cmd_stats, "rate": cmd_rate,
    "import": cmd_import, "funnel": cmd_funnel, "dashboard": cmd_dashboard, "export": cmd_export,
    "bonus": cmd_bonus, "settings": cmd_settings, "goals": cmd_goals, "quotas": cmd_quotas,
    "roadmap": cmd_roadmap, "onboarding": cmd_onboarding, "leads": cmd_leads,
    "ltv": cmd_ltv, "costs": cmd_costs, "journey": cmd_journey,
    "health": cmd_health, "kb": cmd_kb, "competitors": cmd_competitors,
    "handoffs": cmd_handoffs, "committee": cmd_committee, "accounts": cmd_accounts,
}
