"""Table headers whose titles are never cut: a section at least as wide as its title needs."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView


def fit_header_texts(header: QHeaderView) -> None:
    """Widen every section of ``header`` that is narrower than ``sectionSizeHint``: the style's width for the
    title (in its bold variant, margins included) plus, on a header that shows a sort indicator, room for the
    arrow, so the arrow never covers the text. Stretched sections and wider ones are left as they are. Call it
    after the model is set and sorting is enabled (or ``setSortIndicatorShown(True)``), in the language shown."""
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionResizeMode(logical) == QHeaderView.ResizeMode.Stretch:
            continue
        needed = header.sectionSizeHint(logical)
        if header.sectionSize(logical) < needed:
            header.resizeSection(logical, needed)
