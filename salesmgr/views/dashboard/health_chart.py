"""The Dashboard's customer health distribution: one bar per health band (healthy, watch, at risk, and the
customers without a score when there are any), as long as the number of customers in it today."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from salesmgr.models.customers.health import BANDS, band_label
from salesmgr.views.dashboard.charts import BarChart

BAND_COLOURS = {"healthy": "#3f9b5a", "watch": "#d9a21b", "at_risk": "#c0392b", "none": "#9e9e9e"}


class HealthChart(BarChart):
    """Customers per health band today (the team's or rep's customers when the filter names one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.plot_item.setTitle(self.tr("Customer health today"), color="#333333")
        self.plot_item.setLabel("bottom", self.tr("Customers"))
        self.plot_item.setLabel("left", self.tr("Health band"))
        self.set_data({})

    def set_data(self, counts: dict[str, int]) -> None:
        """``counts`` as ``health.distribution`` gives them; "none" is drawn only when some have no score."""
        self.counts = dict(counts)
        total = sum(self.counts.values())
        bands = [*BANDS, *(["none"] if self.counts.get("none") else [])] if total else []
        values = [self.counts.get(band, 0) for band in bands]
        labels = [self._label(value, total) for value in values]
        details = [self.tr("{band}: {count} of {total} customers").format(
            band=band_label(band), count=f"{value:,}", total=f"{total:,}") for band, value in zip(bands, values,
                                                                                                strict=True)]
        self._draw([band_label(band) for band in bands], [float(value) for value in values], labels, details,
                   [BAND_COLOURS[band] for band in bands], self.tr("No customers to score"))

    def _label(self, value: int, total: int) -> str:
        return self.tr("{count} · {percent} %").format(count=f"{value:,}", percent=f"{value / total * 100:.0f}")

    def label_texts(self) -> list[str]:
        return [label.textItem.toPlainText() for label in self.labels]
