"""The monthly lead review report: a Review sheet (per grade, per rule, the score distribution by outcome with a
chart) and, with a proposal, a Proposal sheet (each rule's current and proposed points and why, the thresholds,
and each grade's leads and conversion under the current and the proposed model).

Definitions are the domain's (``models.leads.review`` and ``models.leads.suggest``). Live formulas: every
conversion and win rate (``IF(leads>0, converted/leads, "–")``) and the grade table's totals; lift, verdicts,
points and thresholds are salesmgr's values. A figure that cannot be computed is "–", never 0.
"""
from __future__ import annotations

from pathlib import Path

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import (
    SUM,
    BarChart,
    CellValue,
    Colour,
    Column,
    KeyValue,
    KeyValues,
    Report,
    Sheet,
    Table,
    TextColours,
    total_formula,
    total_label,
)
from salesmgr.exchange.reports.request import generated_now, unconverted_lines
from salesmgr.exchange.reports.writer import write_report
from salesmgr.i18n import translate
from salesmgr.models.leads.review import (
    DOES_NOT_SEPARATE,
    OUTCOMES,
    SEPARATES,
    Review,
    outcome_label,
    verdict_label,
)
from salesmgr.models.leads.suggest import Proposal
from salesmgr.progress import NO_PROGRESS, Progress

DASH = "–"
INTEGER, PERCENT = ColumnType.INTEGER, ColumnType.PERCENT


def _share(expression_parts: tuple[str, str]) -> str:
    part, whole = expression_parts
    return f'IF({{{whole}}}>0,{{{part}}}/{{{whole}}},"{DASH}")'


def _shown(value: float | None) -> CellValue:
    """A ratio for a formula column: the figure, or the dash when there is none (the formula gives the same)."""
    return DASH if value is None else value


def _grade_table(review: Review) -> Table:
    columns = (
        Column("grade", translate("Reports", "Grade"), width=12),
        Column("leads", translate("Reports", "Leads"), INTEGER),
        Column("converted", translate("Reports", "Converted"), INTEGER),
        Column("conversion", translate("Reports", "Conversion"), PERCENT, formula=_share(("converted", "leads"))),
        Column("won", translate("Reports", "Won"), INTEGER),
        Column("win_rate", translate("Reports", "Win rate"), PERCENT, formula=_share(("won", "leads"))),
        Column("average_deal", translate("Reports", "Average won deal"), ColumnType.MONEY, review.currency),
    )
    rows = [(line.name, line.leads, line.converted, _shown(line.conversion), line.won, _shown(line.win_rate),
             line.average_deal) for line in review.grades]
    totals = {"grade": total_label(translate("Reports", "Total")), "leads": SUM, "converted": SUM, "won": SUM,
              "conversion": total_formula(_share(("converted", "leads"))),
              "win_rate": total_formula(_share(("won", "leads")))}
    return Table("lead_grades", columns, rows, title=translate("Reports", "Per grade"), totals=totals)


def _verdict_colours() -> TextColours:
    return TextColours("verdict", ((verdict_label(SEPARATES), Colour.GREEN),
                                   (verdict_label(DOES_NOT_SEPARATE), Colour.AMBER)))


def _rule_table(review: Review) -> Table:
    columns = (
        Column("rule", translate("Reports", "Rule"), width=30),
        Column("points", translate("Reports", "Points"), INTEGER),
        Column("leads", translate("Reports", "Leads matched"), INTEGER),
        Column("converted", translate("Reports", "Converted"), INTEGER),
        Column("conversion", translate("Reports", "Conversion"), PERCENT, formula=_share(("converted", "leads"))),
        Column("other_leads", translate("Reports", "Other leads"), INTEGER),
        Column("other_converted", translate("Reports", "Other converted"), INTEGER),
        Column("other_conversion", translate("Reports", "Other conversion"), PERCENT,
               formula=_share(("other_converted", "other_leads"))),
        Column("lift", translate("Reports", "Lift"), ColumnType.NUMBER, places=2),
        Column("verdict", translate("Reports", "Separates good from bad leads?"), width=22),
    )
    rows = [(line.label, line.rule.points, line.leads, line.converted, _shown(line.conversion), line.other_leads,
             line.other_converted, _shown(line.other_conversion), _shown(line.lift), verdict_label(line.verdict))
            for line in review.rules]
    return Table("lead_rules", columns, rows, title=translate("Reports", "Per rule"),
                 text_colours=(_verdict_colours(),))


def _distribution_table(review: Review) -> Table:
    columns = (Column("bin", translate("Reports", "Score"), width=10),
               *(Column(outcome, outcome_label(outcome), INTEGER) for outcome in OUTCOMES))
    rows = [(line.label, line.won, line.converted_not_won, line.not_converted) for line in review.distribution]
    chart = BarChart(translate("Reports", "Score distribution by outcome"), "bin", OUTCOMES,
                     translate("Reports", "Leads"))
    return Table("lead_distribution", columns, rows, title=translate("Reports", "Score distribution by outcome"),
                 chart=chart)


def _review_sheet(review: Review) -> Sheet:
    figures = KeyValues((
        KeyValue(translate("Reports", "Scoring model version"), review.spec.version, INTEGER),
        KeyValue(translate("Reports", "Leads created"), review.leads, INTEGER),
        KeyValue(translate("Reports", "From"), review.start, ColumnType.DATE),
        KeyValue(translate("Reports", "To"), review.end, ColumnType.DATE),
    ))
    return Sheet(translate("Reports", "Review"), (figures, _grade_table(review), _rule_table(review),
                                                   _distribution_table(review)))


def _proposal_sheet(proposal: Proposal) -> Sheet:
    rules = Table("proposal_rules", (
        Column("rule", translate("Reports", "Rule"), width=30),
        Column("current", translate("Reports", "Current points"), INTEGER),
        Column("proposed", translate("Reports", "Proposed points"), INTEGER),
        Column("lift", translate("Reports", "Lift"), ColumnType.NUMBER, places=2),
        Column("why", translate("Reports", "Why"), width=40),
    ), [(line.label, line.current, line.proposed, _shown(line.lift), line.reason.text()) for line in proposal.rules],
        title=translate("Reports", "Points per rule"))
    thresholds = Table("proposal_thresholds", (
        Column("grade", translate("Reports", "Grade"), width=12),
        Column("current", translate("Reports", "Current minimum"), INTEGER),
        Column("proposed", translate("Reports", "Proposed minimum"), INTEGER),
        Column("youden", translate("Reports", "Youden's J"), ColumnType.NUMBER, places=2),
        Column("why", translate("Reports", "Why"), width=40),
    ), [(line.name, _minimum(line.current), _minimum(line.proposed), _shown(line.youden), line.reason.text())
        for line in proposal.thresholds], title=translate("Reports", "Grade thresholds"))
    return Sheet(translate("Reports", "Proposal"), (rules, thresholds, _comparison_table(proposal)))


def _minimum(value: int | None) -> CellValue:
    return DASH if value is None else value


def _comparison_table(proposal: Proposal) -> Table:
    columns = (
        Column("grade", translate("Reports", "Grade"), width=12),
        Column("current_leads", translate("Reports", "Leads (current)"), INTEGER),
        Column("current_converted", translate("Reports", "Converted (current)"), INTEGER),
        Column("current_conversion", translate("Reports", "Conversion (current)"), PERCENT,
               formula=_share(("current_converted", "current_leads"))),
        Column("proposed_leads", translate("Reports", "Leads (proposed)"), INTEGER),
        Column("proposed_converted", translate("Reports", "Converted (proposed)"), INTEGER),
        Column("proposed_conversion", translate("Reports", "Conversion (proposed)"), PERCENT,
               formula=_share(("proposed_converted", "proposed_leads"))),
    )
    rows = [(line.name, line.current_leads, line.current_converted, _shown(line.current_conversion),
             line.proposed_leads, line.proposed_converted, _shown(line.proposed_conversion))
            for line in proposal.comparison]
    return Table("proposal_grades", columns, rows, title=translate("Reports", "What each model gives the period"))


def build(review: Review, proposal: Proposal | None = None) -> Report:
    """The report of a review and, when given, its proposal (see the module)."""
    period = translate("Reports", "leads created {start} to {end}").format(start=review.start.isoformat(),
                                                                           end=review.end.isoformat())
    filters = (translate("Reports", "Scoring model version {version}").format(version=review.spec.version),
               *unconverted_lines(list(review.left_out)))
    sheets = (_review_sheet(review),) + ((_proposal_sheet(proposal),) if proposal is not None else ())
    return Report(translate("Reports", "Monthly lead review"), period, filters, generated_now(), sheets)


def write_lead_review(review: Review, proposal: Proposal | None, out: Path,
                      progress: Progress = NO_PROGRESS) -> Path:
    """Write the report to ``out`` (a name ending in .xlsx, replaced atomically); returns the path written."""
    return write_report(build(review, proposal), out, progress)
