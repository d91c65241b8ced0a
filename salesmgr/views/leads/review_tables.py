"""The tables of the review and suggestion panels, over ``review_loaders.Row`` rows of the domain's lines.
Numbers are right-aligned; a figure that cannot be computed shows "–"; a rule that does not separate good from
bad leads is marked in amber."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from salesmgr.i18n import language
from salesmgr.models.leads.review import DOES_NOT_SEPARATE, SEPARATES, GradeLine, RuleLine, verdict_label
from salesmgr.models.leads.suggest import GradeComparison, RuleProposal, ThresholdProposal
from salesmgr.models.money import format_money, format_money_short
from salesmgr.views.leads.review_loaders import Row
from salesmgr.views.widgets.row_table_model import ALIGN_RIGHT, RowTableModel

DASH = "–"
AMBER, GREEN = QColor("#fff2cc"), QColor("#e2f0d9")


def percent(value: float | None) -> str:
    return DASH if value is None else f"{value:.1%}"


def number(value: float | int | None, places: int = 2) -> str:
    return DASH if value is None else f"{value:,.{places}f}"


def sortable(value: float | int | Decimal | None) -> float:
    return float("-inf") if value is None else float(value)


class FigureTable(RowTableModel[Row[Any]]):
    """Column 0 is text, the others figures (right-aligned); ``values`` gives a row's (shown, sort) pairs."""

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return ALIGN_RIGHT if column and column not in self.text_columns() else super().alignment(column)

    def text_columns(self) -> tuple[int, ...]:
        return ()

    def values(self, line: Any) -> list[tuple[str, Any]]:
        raise NotImplementedError

    def display(self, row: Row[Any], column: int) -> str:
        return str(self.values(row.line)[column][0])

    def sort_value(self, row: Row[Any], column: int) -> Any:
        return self.values(row.line)[column][1]


class GradeTable(FigureTable):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = "CNY"

    def column_titles(self) -> list[str]:
        return [self.tr("Grade"), self.tr("Leads"), self.tr("Converted"), self.tr("Conversion"), self.tr("Won"),
                self.tr("Win rate"), self.tr("Average\nwon deal")]

    def values(self, line: GradeLine) -> list[tuple[str, Any]]:
        average = line.average_deal
        shown = DASH if average is None else format_money_short(average, self.currency, language())
        return [(line.name, line.rank), (f"{line.leads:,}", line.leads), (f"{line.converted:,}", line.converted),
                (percent(line.conversion), sortable(line.conversion)), (f"{line.won:,}", line.won),
                (percent(line.win_rate), sortable(line.win_rate)), (shown, sortable(average))]

    def tooltip(self, row: Row[Any], column: int) -> str | None:
        line: GradeLine = row.line
        if column == 6 and line.average_deal is not None:
            return self.tr("{amount}, the average of {n} won deals").format(
                amount=format_money(line.average_deal, self.currency), n=line.deals_counted)
        return None


class RuleTable(FigureTable):
    VERDICT = 8

    def column_titles(self) -> list[str]:
        return [self.tr("Rule"), self.tr("Points"), self.tr("Leads\nmatched"), self.tr("Conversion"),
                self.tr("Other\nleads"), self.tr("Other\nconversion"), self.tr("Lift"), self.tr("Won"),
                self.tr("Separates good\nfrom bad leads?")]

    def text_columns(self) -> tuple[int, ...]:
        return (self.VERDICT,)

    def values(self, line: RuleLine) -> list[tuple[str, Any]]:
        return [(line.label, line.index), (f"{line.rule.points:+d}", line.rule.points), (f"{line.leads:,}", line.leads),
                (percent(line.conversion), sortable(line.conversion)), (f"{line.other_leads:,}", line.other_leads),
                (percent(line.other_conversion), sortable(line.other_conversion)),
                (number(line.lift), sortable(line.lift)), (f"{line.won:,}", line.won),
                (verdict_label(line.verdict), line.verdict)]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == self.VERDICT:
            verdict = self.row_at(index).line.verdict
            return QBrush({DOES_NOT_SEPARATE: AMBER, SEPARATES: GREEN}[verdict]) if verdict in (
                DOES_NOT_SEPARATE, SEPARATES) else None
        return super().data(index, role)

    def tooltip(self, row: Row[Any], column: int) -> str | None:
        if column == self.VERDICT:
            return self.tr("Lift = conversion of the leads it matched / conversion of the other leads. Between 0.8 "
                           "and 1.25 the rule does not separate good from bad leads; fewer than 20 leads on either "
                           "side is too few to tell.")
        return None


class ProposedRuleTable(FigureTable):
    def column_titles(self) -> list[str]:
        return [self.tr("Rule"), self.tr("Current\npoints"), self.tr("Proposed\npoints"), self.tr("Lift"),
                self.tr("Why")]

    def text_columns(self) -> tuple[int, ...]:
        return (4,)

    def values(self, line: RuleProposal) -> list[tuple[str, Any]]:
        return [(line.label, line.index), (f"{line.current:+d}", line.current), (f"{line.proposed:+d}", line.proposed),
                (number(line.lift), sortable(line.lift)), (line.reason.text(), line.reason.key)]

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == 2 \
                and self.row_at(index).line.changed:
            font = QFont()
            font.setBold(True)  # a proposed change stands out
            return font
        return super().data(index, role)


class ThresholdTable(FigureTable):
    def column_titles(self) -> list[str]:
        return [self.tr("Grade"), self.tr("Current\nminimum"), self.tr("Proposed\nminimum"), self.tr("Youden's J"),
                self.tr("Why")]

    def text_columns(self) -> tuple[int, ...]:
        return (4,)

    def values(self, line: ThresholdProposal) -> list[tuple[str, Any]]:
        return [(line.name, line.rank), (number(line.current, 0), sortable(line.current)),
                (number(line.proposed, 0), sortable(line.proposed)), (number(line.youden), sortable(line.youden)),
                (line.reason.text(), line.reason.key)]


class ComparisonTable(FigureTable):
    def column_titles(self) -> list[str]:
        return [self.tr("Grade"), self.tr("Leads\n(current)"), self.tr("Conversion\n(current)"),
                self.tr("Leads\n(proposed)"), self.tr("Conversion\n(proposed)")]

    def values(self, line: GradeComparison) -> list[tuple[str, Any]]:
        return [(line.name, line.rank), (f"{line.current_leads:,}", line.current_leads),
                (percent(line.current_conversion), sortable(line.current_conversion)),
                (f"{line.proposed_leads:,}", line.proposed_leads),
                (percent(line.proposed_conversion), sortable(line.proposed_conversion))]
