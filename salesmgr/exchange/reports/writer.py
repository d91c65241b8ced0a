"""The one writer that turns a report description (``model.py``) into a formatted xlsx workbook."""
from __future__ import annotations

from collections import defaultdict
from math import ceil
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from salesmgr.exchange.export.columns import number_format
from salesmgr.exchange.export.workbook import ExportError, save_atomically
from salesmgr.exchange.reports import styles
from salesmgr.exchange.reports.layout import Resolver, SheetLayout, TablePlace, ValuesPlace, lay_out
from salesmgr.exchange.reports.model import Colour, Column, Report, Total, TotalKind
from salesmgr.i18n import translate
from salesmgr.progress import NO_PROGRESS, Progress

CREATOR = "salesmgr"
Widths = dict[int, list[str]]


def write_report(report: Report, out: Path, progress: Progress = NO_PROGRESS) -> Path:
    """Write ``report`` to ``out`` atomically (an existing file is replaced only by a complete workbook); a name
    that does not end in .xlsx is refused (``require_xlsx``)."""
    require_xlsx(out)
    workbook = build_workbook(report, progress)
    progress.step(len(report.sheets), len(report.sheets) + 1, "Saving")
    return save_atomically(workbook, out)


def require_xlsx(out: Path) -> None:
    """Refuse a report path that does not end in .xlsx: a report is an xlsx workbook, never one named .csv."""
    if out.suffix.lower() != ".xlsx":
        raise ExportError("cannot write {path}: a report is written as .xlsx only; give a name ending in .xlsx",
                          path=out)


def build_workbook(report: Report, progress: Progress = NO_PROGRESS) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    workbook.properties.title = report.title
    workbook.properties.creator = CREATOR
    titles = styles.sheet_names([sheet.name for sheet in report.sheets])
    layouts = lay_out(report, titles)
    resolver = Resolver(layouts)
    for index, (sheet, layout) in enumerate(zip(report.sheets, layouts, strict=True)):
        progress.step(index, len(report.sheets) + 1, sheet.name)
        worksheet = workbook.create_sheet(layout.title)
        _write_sheet(worksheet, report, layout, resolver)
        if sheet.protected:
            _protect(worksheet, layout)
        _page_setup(worksheet, report)
    for name in resolver.names:
        workbook.defined_names[name] = DefinedName(name, attr_text=resolver.named_cell(name))
    return workbook


def _write_sheet(sheet: Worksheet, report: Report, layout: SheetLayout, resolver: Resolver) -> None:
    _write_heading(sheet, report)
    widths: Widths = defaultdict(list)
    for place in layout.places:
        if isinstance(place, TablePlace):
            _write_table(sheet, place, resolver, widths)
        else:
            _write_values(sheet, place, resolver, widths)
    _finish(sheet, layout, widths)


def _write_heading(sheet: Worksheet, report: Report) -> None:
    styles.put_text(sheet.cell(1, 1), report.title)
    sheet.cell(1, 1).font = styles.TITLE
    generated = report.generated_at.isoformat(sep=" ", timespec="minutes")
    lines = [translate("Reports", "Period: {period}").format(period=report.period), *report.filters,
             translate("Reports", "Generated: {when}").format(when=generated)]
    for offset, line in enumerate(lines, start=2):
        styles.put_text(sheet.cell(offset, 1), line)


def _block_title(sheet: Worksheet, row: int, title: str) -> None:
    if title:
        styles.put_text(sheet.cell(row, 1), title)
        sheet.cell(row, 1).font = styles.BOLD


def _write_values(sheet: Worksheet, place: ValuesPlace, resolver: Resolver, widths: Widths) -> None:
    _block_title(sheet, place.first_row - 1, place.block.title)
    for index, item in enumerate(place.block.items):
        row, column = place.value_cell(index)
        styles.put_text(sheet.cell(row, 1), item.label)
        widths[1].append(item.label)
        cell = sheet.cell(row, column)
        if item.formula:
            cell.value = resolver.formula(item.formula, place.sheet)
            cell.number_format = number_format(item.type, item.currency, places=item.places)
        else:
            styles.put(cell, item.value, item.type, item.currency, item.places)
        widths[column].append(styles.shown_text(item.value, item.type, item.currency, item.places))
        if item.note:
            styles.put_text(sheet.cell(row, column + 1), item.note)


def _write_table(sheet: Worksheet, place: TablePlace, resolver: Resolver, widths: Widths) -> None:
    table = place.table
    _block_title(sheet, place.header_row - 1, table.title)
    for number, column in enumerate(table.columns, start=1):
        cell = sheet.cell(place.header_row, number)
        styles.put_text(cell, column.header)
        cell.font, cell.fill = styles.BOLD, styles.HEADER_FILL
        widths[number].append(column.header)
    for index, (values, row) in enumerate(zip(table.rows, place.data_rows, strict=True)):
        for number, (column, value) in enumerate(zip(table.columns, values, strict=True), start=1):
            cell = sheet.cell(row, number)
            expression = column.formula_for(index)
            if expression and value is not None:
                cell.value = resolver.formula(expression, place.sheet, place, row, index)
                cell.number_format = number_format(column.type, column.currency, places=column.places)
            elif not column.formula:
                styles.put(cell, value, column.type, column.currency, column.places)
            widths[number].append(styles.shown_text(value, column.type, column.currency, column.places))
    _write_totals(sheet, place, resolver, widths)
    _grey_locked(sheet, place)
    _add_thresholds(sheet, place)
    _add_text_colours(sheet, place)
    _add_chart(sheet, place)


def _write_totals(sheet: Worksheet, place: TablePlace, resolver: Resolver, widths: Widths) -> None:
    for group in place.groups:
        rows = [place.data_rows[i] for i in group.members]
        template = place.table.subtotal_label or translate("Reports", "{group} total")
        label = template.replace("{group}", str(group.value or ""))
        _totals_row(sheet, place, resolver, group.row, rows, label, widths)
    rows = [group.row for group in place.groups] or place.data_rows
    if place.total_row is not None:
        _totals_row(sheet, place, resolver, place.total_row, rows, None, widths)
    for spec, row in zip(place.table.more_totals, place.more_total_rows, strict=True):
        _totals_row(sheet, place, resolver, row, rows, None, widths, spec)


def _totals_row(sheet: Worksheet, place: TablePlace, resolver: Resolver, row: int, summed: list[int],
                group_label: str | None, widths: Widths, spec: dict[str, Total] | None = None) -> None:
    """A subtotal row (``group_label`` goes in the group column, labels are left out), the grand total or, with
    ``spec``, one of the further totals rows."""
    totals = place.table.totals if spec is None else spec
    for number, column in enumerate(place.table.columns, start=1):
        cell = sheet.cell(row, number)
        cell.font, cell.fill = styles.BOLD, styles.TOTAL_FILL
        total = (totals or {}).get(column.key)
        label = group_label if column.key == place.table.group_by else None
        if label is None and total is not None and total.kind is TotalKind.LABEL and group_label is None:
            label = total.text
        if label is not None:
            styles.put_text(cell, label)
            widths[number].append(label)
        if total is None or total.kind is TotalKind.LABEL:
            continue
        if total.kind is TotalKind.SUM:
            cell.value = _sum_formula(number, summed)
        else:
            cell.value = resolver.formula(total.text, place.sheet, place, row)
        cell.number_format = number_format(column.type, column.currency, places=column.places)


def _sum_formula(column: int, rows: list[int]) -> str:
    """SUM over a contiguous range when the rows are consecutive, else over the listed cells."""
    letter = get_column_letter(column)
    if not rows:
        return "=0"
    if rows == list(range(rows[0], rows[-1] + 1)):
        return f"=SUM({letter}{rows[0]}:{letter}{rows[-1]})"
    return "=SUM(" + ",".join(f"{letter}{row}" for row in rows) + ")"


def _value_range(place: TablePlace, key: str) -> str:
    letter = get_column_letter(place.column(key))
    last = place.total_row or place.last_row
    return f"{letter}{place.header_row + 1}:{letter}{last}"


def _add_thresholds(sheet: Worksheet, place: TablePlace) -> None:
    for rule in place.table.thresholds:
        cells = _value_range(place, rule.column)
        first = cells.split(":")[0]
        number = f"ISNUMBER({first})"
        sheet.conditional_formatting.add(cells, FormulaRule(
            formula=[f"AND({number},{first}<{rule.amber_from})"], fill=styles.RED, stopIfTrue=True))
        sheet.conditional_formatting.add(cells, FormulaRule(
            formula=[f"AND({number},{first}>={rule.amber_from},{first}<{rule.green_from})"], fill=styles.AMBER,
            stopIfTrue=True))
        sheet.conditional_formatting.add(cells, FormulaRule(
            formula=[f"AND({number},{first}>={rule.green_from})"], fill=styles.GREEN, stopIfTrue=True))


def _locked_columns(place: TablePlace) -> list[int]:
    return [number for number, column in enumerate(place.table.columns, start=1) if column.locked]


def _grey_locked(sheet: Worksheet, place: TablePlace) -> None:
    """The header, data and totals cells of a locked column are grey."""
    for number in _locked_columns(place):
        for row in range(place.header_row, place.last_row + 1):
            sheet.cell(row, number).fill = styles.GREY


_COLOUR_FILLS: dict[Colour, PatternFill] = {Colour.RED: styles.RED, Colour.AMBER: styles.AMBER,
                                            Colour.GREEN: styles.GREEN, Colour.GREY: styles.GREY}


def _add_text_colours(sheet: Worksheet, place: TablePlace) -> None:
    for rule in place.table.text_colours:
        cells = _value_range(place, rule.column)
        first = cells.split(":")[0]
        for text, colour in rule.colours:
            quoted = text.replace('"', '""')
            sheet.conditional_formatting.add(cells, FormulaRule(formula=[f'{first}="{quoted}"'],
                                                                fill=_COLOUR_FILLS[colour], stopIfTrue=True))


def _protect(sheet: Worksheet, layout: SheetLayout) -> None:
    """Sheet protection on, every written cell unlocked except the cells of locked columns; columns may still be
    resized, rows filtered and sorted."""
    unlocked, locked = Protection(locked=False), Protection(locked=True)
    for row in sheet.iter_rows():
        for cell in row:
            cell.protection = unlocked
    for place in layout.places:
        if isinstance(place, TablePlace):
            for number in _locked_columns(place):
                for row_number in range(place.header_row, place.last_row + 1):
                    sheet.cell(row_number, number).protection = locked
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = protection.formatRows = protection.autoFilter = protection.sort = False


def _add_chart(sheet: Worksheet, place: TablePlace) -> None:
    spec = place.table.chart
    if spec is None or not place.data_rows:
        return
    if place.groups:
        raise ValueError(f"table {place.table.key}: a chart needs a table without subtotal rows")
    chart = BarChart()
    chart.type, chart.title, chart.y_axis.title = "col", spec.title, spec.y_title
    first, last = min(place.data_rows), max(place.data_rows)
    for key in spec.values:
        column = place.column(key)
        chart.add_data(Reference(sheet, min_col=column, min_row=place.header_row, max_row=last), titles_from_data=True)
    category = place.column(spec.category)
    chart.set_categories(Reference(sheet, min_col=category, min_row=first, max_row=last))
    chart.width, chart.height = 18, 9
    anchor_column = get_column_letter(len(place.table.columns) + 2)
    sheet.add_chart(chart, f"{anchor_column}{place.header_row}")


def _finish(sheet: Worksheet, layout: SheetLayout, widths: Widths) -> None:
    tables = [p for p in layout.places if isinstance(p, TablePlace)]
    if tables:
        first = tables[0]
        sheet.freeze_panes = f"A{first.header_row + 1}"
        last_data = max([*first.data_rows, *(g.row for g in first.groups)], default=first.header_row)
        last_letter = get_column_letter(len(first.table.columns))
        sheet.auto_filter.ref = f"A{first.header_row}:{last_letter}{last_data}"
    for number, texts in widths.items():
        sheet.column_dimensions[get_column_letter(number)].width = styles.column_width(texts, _minimum(layout, number))
    if tables:
        _fold(sheet, tables[0].table.columns)
    last_column, last_row = _chart_extent(sheet)
    sheet.print_area = (f"A1:{get_column_letter(max(sheet.max_column, last_column, 1))}"
                        f"{max(sheet.max_row, last_row)}")
    if tables:
        sheet.print_title_rows = f"{tables[0].header_row}:{tables[0].header_row}"


def _fold(sheet: Worksheet, columns: tuple[Column, ...]) -> None:
    """The ``folded`` columns of the sheet's first table, in a collapsed outline group summarised on its left."""
    folded = [number for number, column in enumerate(columns, start=1) if column.folded]
    for number in folded:
        dimension = sheet.column_dimensions[get_column_letter(number)]
        dimension.outlineLevel, dimension.hidden = 1, True
    if folded:
        sheet.sheet_properties.outlinePr.summaryRight = False
        sheet.sheet_format.outlineLevelCol = 1


def _page_setup(sheet: Worksheet, report: Report) -> None:
    """Printed on A4 landscape, one page wide (as many pages down as it takes) with the first table's header row
    repeated; the page header names the report and its period, the footer numbers the pages."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddHeader.left.text = _header_text(report.title)
    sheet.oddHeader.right.text = _header_text(translate("Reports", "Period: {period}").format(period=report.period))
    sheet.oddFooter.left.text = "&A"  # the sheet's name
    sheet.oddFooter.right.text = translate("Reports", "Page {page} of {pages}").format(page="&P", pages="&N")


def _header_text(text: str) -> str:
    """``&`` starts a code in a page header or footer; a literal one is written twice."""
    return text.replace("&", "&&")


CM_PER_COLUMN, CM_PER_ROW = 1.9, 0.53  # a default-width column and a default-height row, roughly


def _chart_extent(sheet: Worksheet) -> tuple[int, int]:
    """The last column and row the sheet's charts cover, so that the print area takes them in."""
    last_column = last_row = 0
    for chart in sheet._charts:
        anchor = chart.anchor if isinstance(chart.anchor, str) else None
        if anchor is None:
            continue
        letters, row = coordinate_from_string(anchor)
        last_column = max(last_column, column_index_from_string(letters) + ceil(chart.width / CM_PER_COLUMN))
        last_row = max(last_row, row + ceil(chart.height / CM_PER_ROW))
    return last_column, last_row


def _minimum(layout: SheetLayout, number: int) -> int | None:
    hints = [_hint(p.table.columns, number) for p in layout.places if isinstance(p, TablePlace)]
    found = [hint for hint in hints if hint]
    return max(found) if found else None


def _hint(columns: tuple[Column, ...], number: int) -> int | None:
    return columns[number - 1].width if number <= len(columns) else None


__all__ = ["CREATOR", "build_workbook", "require_xlsx", "write_report"]
