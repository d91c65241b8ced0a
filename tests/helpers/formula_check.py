"""A tiny evaluator for the formulas the report writer emits, so tests can check them without a spreadsheet.

Supports numbers, "text", dates (as their serial numbers), cell references (``B4``, ``$B$4``,
``'Sheet name'!B4``), ranges inside functions, ``+ - * /``, unary minus, comparisons (``= <> < > <= >=``) and
SUM, COUNT, MIN, MAX, IF, ROUND. Blank cells are 0 in arithmetic and comparisons and are skipped by
SUM/COUNT/MIN/MAX, as in Excel; text compares greater than any number.
Anything else raises, so a formula outside the subset fails the test instead of passing silently.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import range_boundaries
from openpyxl.utils.datetime import to_excel

_TOKEN = re.compile(r"""
    (?P<string>"(?:[^"]|"")*")
  | (?P<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_]\w*)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])
  | (?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
  | (?P<function>[A-Z]+)(?=\()
  | (?P<op><=|>=|<>|[-+*/=<>(),])
  | (?P<space>\s+)
""", re.VERBOSE)
Value = float | str | None


class FormulaCheckError(ValueError):
    pass


def tokens(formula: str) -> list[tuple[str, str]]:
    found, position = [], 0
    while position < len(formula):
        match = _TOKEN.match(formula, position)
        if match is None:
            raise FormulaCheckError(f"cannot read {formula[position:]!r} in {formula!r}")
        kind = match.lastgroup or ""
        if kind != "space":
            found.append((kind, match.group(kind)))
        position = match.end()
    return found


class Evaluator:
    """Evaluates formula cells of a workbook loaded with formulas (not cached values)."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self.cache: dict[tuple[str, str], Value] = {}
        self._active: set[tuple[str, str]] = set()

    def cell(self, sheet: str, coordinate: str) -> Value:
        key = (sheet, coordinate.replace("$", ""))
        if key in self.cache:
            return self.cache[key]
        if key in self._active:
            raise FormulaCheckError(f"circular reference at {key}")
        self._active.add(key)
        raw = self.workbook[sheet][key[1]]
        if raw.data_type == "f":
            value = _Parser(self, sheet, tokens(str(raw.value)[1:])).run()
        elif raw.value is None or isinstance(raw.value, str):
            value = raw.value
        elif isinstance(raw.value, date | datetime):
            value = float(to_excel(raw.value))  # a date is its serial number, as in Excel
        else:
            value = float(raw.value)
        self._active.discard(key)
        self.cache[key] = value
        return value

    def formulas(self) -> Iterator[tuple[str, str, str, Value]]:
        """(sheet, coordinate, formula, value) for every formula cell."""
        for sheet in self.workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f":
                        yield sheet.title, cell.coordinate, str(cell.value), self.cell(sheet.title, cell.coordinate)


def evaluate_file(path: Path) -> dict[tuple[str, str], Value]:
    """``{(sheet, coordinate): value}`` of every formula cell of the xlsx at ``path``."""
    evaluator = Evaluator(load_workbook(path))
    return {(sheet, coordinate): value for sheet, coordinate, _, value in evaluator.formulas()}


class _Parser:
    def __init__(self, evaluator: Evaluator, sheet: str, items: list[tuple[str, str]]) -> None:
        self.evaluator, self.sheet, self.items, self.at = evaluator, sheet, items, 0

    def run(self) -> Value:
        value = self.comparison()
        if self.at != len(self.items):
            raise FormulaCheckError(f"unexpected {self.items[self.at]}")
        return _single(value)

    def peek(self) -> str | None:
        return self.items[self.at][1] if self.at < len(self.items) else None

    def take(self, expected: str | None = None) -> tuple[str, str]:
        if self.at >= len(self.items):
            raise FormulaCheckError("formula ends too early")
        item = self.items[self.at]
        if expected is not None and item[1] != expected:
            raise FormulaCheckError(f"expected {expected}, found {item[1]}")
        self.at += 1
        return item

    def comparison(self) -> Any:
        left = self.additive()
        if self.peek() in ("=", "<>", "<", ">", "<=", ">="):
            operator = self.take()[1]
            return _compare(operator, _single(left), _single(self.additive()))
        return left

    def additive(self) -> Any:
        value = self.term()
        while self.peek() in ("+", "-"):
            operator = self.take()[1]
            right = _number(self.term())
            value = _number(value) + right if operator == "+" else _number(value) - right
        return value

    def term(self) -> Any:
        value = self.unary()
        while self.peek() in ("*", "/"):
            operator = self.take()[1]
            right = _number(self.unary())
            if operator == "/" and right == 0:
                raise FormulaCheckError("#DIV/0!")
            value = _number(value) * right if operator == "*" else _number(value) / right
        return value

    def unary(self) -> Any:
        if self.peek() in ("-", "+"):
            sign = -1.0 if self.take()[1] == "-" else 1.0
            return sign * _number(self.unary())
        return self.primary()

    def primary(self) -> Any:
        kind, text = self.take()
        if kind == "number":
            return float(text)
        if kind == "string":
            return text[1:-1].replace('""', '"')
        if kind == "ref":
            return self.reference(text)
        if kind == "function":
            return self.function(text)
        if text == "(":
            value = self.comparison()
            self.take(")")
            return value
        raise FormulaCheckError(f"unexpected {text}")

    def reference(self, text: str) -> Any:
        sheet = self.sheet
        if "!" in text:
            sheet, text = text.rsplit("!", 1)
            sheet = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
        if ":" not in text:
            return self.evaluator.cell(sheet, text)
        min_col, min_row, max_col, max_row = range_boundaries(text.replace("$", ""))
        worksheet = self.evaluator.workbook[sheet]
        return [self.evaluator.cell(sheet, worksheet.cell(r, c).coordinate)
                for r in range(min_row, max_row + 1) for c in range(min_col, max_col + 1)]

    def arguments(self) -> list[Any]:
        self.take("(")
        found: list[Any] = []
        while self.peek() != ")":
            found.append(self.comparison())
            if self.peek() == ",":
                self.take(",")
        self.take(")")
        return found

    def function(self, name: str) -> Any:
        if name == "IF":
            return self.conditional()
        numbers = [v for arg in self.arguments() for v in (arg if isinstance(arg, list) else [arg])
                   if isinstance(v, float)]
        if name == "SUM":
            return sum(numbers, 0.0)
        if name == "COUNT":
            return float(len(numbers))
        if name in ("MIN", "MAX"):
            return (min if name == "MIN" else max)(numbers) if numbers else 0.0
        if name == "ROUND" and len(numbers) == 2:
            return _round(numbers[0], int(numbers[1]))
        raise FormulaCheckError(f"function {name} is not in the checked subset")

    def conditional(self) -> Value:
        """IF evaluates only the branch it takes (the other may divide by zero)."""
        self.take("(")
        condition = _single(self.comparison())
        self.take(",")
        chosen: Value = None
        if _truth(condition):
            chosen = _single(self.comparison())
            self._skip_to_end()
        else:
            self._skip_argument()
            self.take(",")
            chosen = _single(self.comparison())
            self.take(")")
        return chosen

    def _skip_argument(self) -> None:
        depth = 0
        while True:
            text = self.peek()
            if text is None or (depth == 0 and text in (",", ")")):
                return
            depth += text == "("
            depth -= text == ")"
            self.at += 1

    def _skip_to_end(self) -> None:
        if self.peek() == ",":
            self.take(",")
            self._skip_argument()
        self.take(")")


def _round(value: float, places: int) -> float:
    """Excel's ROUND: half away from zero on the value as shown to 15 significant digits (so 2.675, stored as
    2.67499999..., rounds to 2.68 as in Excel)."""
    shown = Decimal(f"{value:.15g}")
    return float(shown.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _single(value: Any) -> Value:
    if isinstance(value, list):
        raise FormulaCheckError("a range where one value is needed")
    return value  # type: ignore[no-any-return]


def _number(value: Any) -> float:
    value = _single(value)
    if value is None:
        return 0.0
    if isinstance(value, str):
        raise FormulaCheckError(f"#VALUE! ({value!r} in arithmetic)")
    return float(value)


def _truth(value: Value) -> bool:
    if isinstance(value, str):
        raise FormulaCheckError(f"#VALUE! ({value!r} as a condition)")
    return bool(value)


def _compare(operator: str, left: Value, right: Value) -> bool:
    def key(value: Value) -> tuple[int, Any]:
        if isinstance(value, str):
            return (1, value.casefold())
        return (0, 0.0 if value is None else value)

    a, b = key(left), key(right)
    return {"=": a == b, "<>": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[operator]


def bonus_rows(evaluator: Evaluator) -> dict[str, dict[str, Any]]:
    """rep name -> {header: evaluated value} of the bonus report's Bonuses sheet (down to its Total row)."""
    sheet = evaluator.workbook["Bonuses"]
    header_row = next(row[0].row for row in sheet.iter_rows() if row[0].value == "Rep")
    headers = [cell.value for cell in sheet[header_row]]
    found = {}
    for row in sheet.iter_rows(min_row=header_row + 1):
        if row[0].value in (None, "Total"):
            break
        found[row[0].value] = {h: evaluator.cell("Bonuses", c.coordinate) for h, c in zip(headers, row, strict=True)}
    return found
