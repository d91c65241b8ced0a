"""Find text that a window shows elided or clipped, and buttons that cannot be reached.

``clipped_widgets(window)`` looks at every *visible* widget under ``window`` and returns one ``Offender`` per
problem, measured as Qt itself measures it:

* a QLabel without word wrap is clipped when its ``sizeHint()`` (text, margins and indent) is wider or taller
  than its geometry; a wrapped label when ``heightForWidth(width)`` is taller than it, or its
  ``minimumSizeHint()`` (the longest unbreakable piece) wider;
* a QPushButton when its text (mnemonic removed), icon and the style's button margins are wider than it, and a
  QToolButton, QCheckBox or QRadioButton when its ``sizeHint()`` is wider or taller than it;
* a QGroupBox when its title (plus the check box of a checkable one and the style's frame margins) is wider;
* a QComboBox when its current text, icon and the style's combo frame and arrow are wider than it;
* a tab when its text and the style's tab padding are wider than the tab;
* a table's (or tree's) header section when the style's size for its text, plus the sort indicator of a
  sortable header (``QStyle.CT_HeaderSection`` with a sort indicator, as ``QHeaderView`` sizes sections), is
  wider than the section;
* a navigation list's item when the delegate's size hint is wider than the list's viewport;
* a menu bar's menu title outside the menu bar;
* any of these widgets when part of it lies outside an ancestor that cannot scroll (outside the window, or
  under a parent that is too small); inside a scroll area the part that the scroll bar reaches counts as
  visible.

``elided_cells(view)`` is a separate, stricter look at a table's cells on screen (the delegate's size hint
against the column's width); the page checks leave cells out, since long free text (deal names) is elided by
design.

The helper imports Qt, so it is for GUI tests only.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QMenuBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding between the font's advance and the layout's integer geometry


@dataclass(frozen=True)
class Offender:
    """One clipped or unreachable piece of text: where it is, what it says, and the pixels it needs and has."""

    widget_class: str
    name: str
    problem: str
    needed: int
    available: int

    def __str__(self) -> str:
        return (f"{self.widget_class} {self.name!r}: {self.problem} (needs {self.needed} px, "
                f"has {self.available} px)")


def describe(widget: QWidget, text: str = "") -> str:
    """The widget's objectName, else the text it shows (shortened)."""
    name = widget.objectName()
    shown = text or _text_of(widget)
    if name and not name.startswith("qt_"):
        return f"{name} {shown[:40]!r}" if shown else name
    return shown[:60].replace("\n", " ")


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and every descendant widget that is shown on screen now (not on a hidden page or tab)."""
    if root.isVisible():
        yield root
    for child in root.findChildren(QWidget):
        if child.isVisible() and child.window() is root.window():
            yield child


def clipped_widgets(root: QWidget) -> list[Offender]:
    """Every clipped text and unreachable widget under ``root`` (a window or dialog), in widget order."""
    found: list[Offender] = []
    for widget in visible_widgets(root):
        found.extend(_check(widget))
        if isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            found.extend(_outside(widget, root))
    return found


def report(where: str, offenders: list[Offender]) -> str:
    """A readable list of ``offenders`` for an assertion message."""
    lines = [f"{len(offenders)} clipped or unreachable on {where}:"]
    lines += [f"  {offender}" for offender in offenders]
    return "\n".join(lines)


def _check(widget: QWidget) -> list[Offender]:
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QPushButton):
        return _push_button(widget)
    if isinstance(widget, (QToolButton, QCheckBox, QRadioButton)):
        return _by_size_hint(widget, "text cut")
    if isinstance(widget, QGroupBox):
        return _group_box(widget)
    if isinstance(widget, QComboBox):
        return _combo(widget)
    if isinstance(widget, QTabBar):
        return _tabs(widget)
    if isinstance(widget, QHeaderView):
        return _header(widget)
    if isinstance(widget, QListView):
        return _list_items(widget)
    if isinstance(widget, QMenuBar):
        return _menu_bar(widget)
    return []


def _label(label: QLabel) -> list[Offender]:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    name, found = type(label).__name__, []
    if label.wordWrap():
        needed_height = label.heightForWidth(label.width())
        if needed_height > label.height() + SLACK:
            found.append(Offender(name, describe(label), "wrapped text taller than the label", needed_height,
                                  label.height()))
        minimum = label.minimumSizeHint().width()
        if minimum > label.width() + SLACK:
            found.append(Offender(name, describe(label), "a word wider than the label", minimum, label.width()))
        return found
    return _by_size_hint(label, "text elided or cut")


def _combo(combo: QComboBox) -> list[Offender]:
    """The current text (and icon) against the style's edit field of the combo, where QComboBox elides it."""
    if combo.isEditable() or not combo.currentText():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    needed = combo.fontMetrics().boundingRect(combo.currentText()).right() + 1 + icon  # the ink, as it is seen
    if needed > field + SLACK:
        return [Offender(type(combo).__name__, describe(combo, combo.currentText()), "current item elided",
                         needed, field)]
    return []


def _by_size_hint(widget: QWidget, problem: str) -> list[Offender]:
    hint, name, found = widget.sizeHint(), type(widget).__name__, []
    if hint.width() > widget.width() + SLACK:
        found.append(Offender(name, describe(widget), problem, hint.width(), widget.width()))
    if hint.height() > widget.height() + SLACK:
        found.append(Offender(name, describe(widget), problem + " (height)", hint.height(), widget.height()))
    return found


def _push_button(button: QPushButton) -> list[Offender]:
    """Text + icon + the style's margins, without the minimum width some styles give a push button."""
    if not button.text():
        return []
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if button.autoDefault() or button.isDefault():
        option.features |= QStyleOptionButton.ButtonFeature.AutoDefaultButton
    metrics = button.fontMetrics()
    text = metrics.size(Qt.TextFlag.TextShowMnemonic, button.text())
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    wide = 1000  # past any minimum width, so the style adds only its margins
    content = QSize(wide + text.width() + icon, max(text.height(), button.iconSize().height()))
    needed = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, content, button).width() - wide
    if needed > button.width() + SLACK:
        return [Offender("QPushButton", describe(button), "text cut", needed, button.width())]
    return []


def _group_box(box: QGroupBox) -> list[Offender]:
    if not box.title():
        return []
    metrics = box.fontMetrics()
    needed = metrics.size(Qt.TextFlag.TextShowMnemonic, box.title()).width() + 2 * 8
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
    if needed > box.width() + SLACK:
        return [Offender("QGroupBox", describe(box), "title cut", needed, box.width())]
    return []


def _tabs(bar: QTabBar) -> list[Offender]:
    found, padding = [], bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index)
        icon = bar.iconSize().width() + 4 if not bar.tabIcon(index).isNull() else 0
        needed = bar.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text).width() + icon + padding
        available = bar.tabRect(index).width()
        if needed > available + SLACK:
            found.append(Offender("QTabBar", f"tab {text!r}", "tab text elided", needed, available))
    return found


def header_section_needed(header: QHeaderView, logical: int) -> int:
    """The width the style asks for the section's text (and icon), plus the sort indicator when the header shows
    one: QCommonStyle's CT_HeaderSection, which QHeaderView.sectionSizeFromContents uses too."""
    model = header.model()
    option = QStyleOptionHeader()
    option.initFrom(header)
    option.orientation = header.orientation()
    option.state |= QStyle.StateFlag.State_Horizontal
    option.section = logical
    option.text = str(model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    font = model.headerData(logical, header.orientation(), Qt.ItemDataRole.FontRole)
    option.fontMetrics = header.fontMetrics() if font is None else type(header.fontMetrics())(font)
    if header.isSortIndicatorShown():
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    size = header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header)
    return size.width()


def _header(header: QHeaderView) -> list[Offender]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    table = header.parentWidget()
    found = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = str(header.model().headerData(logical, Qt.Orientation.Horizontal) or "")
        if not text:
            continue
        needed, available = header_section_needed(header, logical), header.sectionSize(logical)
        if needed > available + SLACK:
            owner = describe(table) if isinstance(table, QWidget) else ""
            sort = " + sort indicator" if header.isSortIndicatorShown() else ""
            found.append(Offender(type(table).__name__, f"{owner} column {text!r}".strip(),
                                  f"header text{sort} wider than the section", needed, available))
    return found


def _list_items(view: QListView) -> list[Offender]:
    if view.horizontalScrollBar().maximum() > 0 or view.model() is None:
        return []  # a list that scrolls sideways shows the rest of its items that way
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.decorationSize = view.iconSize()
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    found, available = [], view.viewport().width() - 2 * view.spacing()
    for row in range(view.model().rowCount()):
        index = view.model().index(row, view.modelColumn())
        if view.isRowHidden(row):
            continue
        needed = view.itemDelegate().sizeHint(option, index).width()
        if needed > available + SLACK:
            found.append(Offender(type(view).__name__, f"item {index.data()!r}", "item text cut", needed, available))
    return found


def _menu_bar(bar: QMenuBar) -> list[Offender]:
    found = []
    for action in bar.actions():
        if not action.isVisible():
            continue
        rect = bar.actionGeometry(action)
        if rect.isEmpty() or not bar.rect().contains(rect):
            found.append(Offender("QMenuBar", f"menu {action.text()!r}", "menu title outside the menu bar",
                                  rect.right() + 1, bar.width()))
    return found


def _outside(widget: QWidget, root: QWidget) -> list[Offender]:
    """The widget's part that no ancestor shows and no scroll bar brings into view, as pixels lost."""
    rect = QRect(widget.rect())
    current: QWidget = widget
    while current is not root and current.parentWidget() is not None:
        parent = current.parentWidget()
        rect = rect.translated(current.pos())
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            rect = _scrolled_into(rect, parent.rect(), area)
        if not parent.rect().contains(rect):
            lost = rect.width() * rect.height() - (rect & parent.rect()).width() * (rect & parent.rect()).height()
            if lost > 0:
                needed = max(rect.right(), rect.bottom())
                return [Offender(type(widget).__name__, describe(widget),
                                 f"partly outside {type(parent).__name__} {parent.objectName()!r}".rstrip(" '"),
                                 needed, max(parent.width(), parent.height()))]
        current = parent
    return []


def _scrolled_into(rect: QRect, viewport: QRect, area: QAbstractScrollArea) -> QRect:
    """Where ``rect`` ends up after scrolling ``area`` as far as it needs to (in the directions it can)."""
    shifted = QRect(rect)
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    if area.horizontalScrollBarPolicy() != off and area.horizontalScrollBar().maximum() > 0:
        shifted.moveLeft(max(viewport.left(), min(rect.left(), viewport.right() - rect.width() + 1)))
    if area.verticalScrollBarPolicy() != off and area.verticalScrollBar().maximum() > 0:
        shifted.moveTop(max(viewport.top(), min(rect.top(), viewport.bottom() - rect.height() + 1)))
    return shifted



def elided_cells(view: QTableView) -> list[Offender]:
    """The cells on screen (rows in the viewport, columns not hidden) whose text the delegate would need more
    width for than the column has."""
    model, found = view.model(), []
    if model is None:
        return []
    first, last = view.rowAt(0), view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    for row in range(max(first, 0), last + 1):
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            text = str(index.data() or "")
            needed = view.itemDelegateForIndex(index).sizeHint(option, index).width()
            if text and needed > view.columnWidth(column) + SLACK:
                found.append(Offender(type(view).__name__, f"cell {text[:40]!r}", "cell text elided", needed,
                                      view.columnWidth(column)))
    return found
