"""The audit trail of a quarter's bonuses: every plan change, adjustment, approval and unapproval, newest first,
with who, when and what changed."""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget
from shiboken6 import isValid

from salesmgr.models import bonus
from salesmgr.models.bonus import AuditEntry
from salesmgr.models.periods import Period
from salesmgr.views.bonus.statement import fill, make_table
from salesmgr.views.messages import user_message
from salesmgr.views.widgets.labels import paragraph
from salesmgr.views.widgets.table_export import install_export_action


def changes(entry: AuditEntry) -> str:
    """The fields that differ between before and after, as ``field: old → new``."""
    before, after = entry.before or {}, entry.after or {}
    lines = []
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            old, new = _short(before.get(key)), _short(after.get(key))
            lines.append(f"{key}: {old} → {new}")
    return "; ".join(lines)


def _short(value: Any) -> str:
    if value is None:
        return "–"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


class AuditDialog(QDialog):
    """``loaded`` is not needed: tests wait for ``entries``."""

    def __init__(self, runner: Any, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] | None = None
        self.setWindowTitle(self.tr("Bonus history {period}").format(period=period.key))
        self.table = make_table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")])
        self.status = paragraph("", muted=True)
        install_export_action(self.table, runner, lambda: self.windowTitle())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(820, 420)
        runner.run(lambda session: bonus.audit_log(session, period), self._on_loaded,
                   lambda exc: self.status.setText(user_message(exc)) if isValid(self) else None)

    def _on_loaded(self, entries: list[AuditEntry]) -> None:
        if not isValid(self):
            return
        self.entries = entries
        fill(self.table, [[(e.at.strftime("%Y-%m-%d %H:%M"), e.at), (e.actor, e.actor), (self._action(e.action),
                                                                                           e.action),
                           (changes(e), changes(e))] for e in entries])
        self.status.setText(self.tr("{n} changes").format(n=len(entries)) if entries
                            else self.tr("Nothing has changed yet."))

    def _action(self, action: str) -> str:
        names = {"plan": self.tr("Plan changed"), "adjustment": self.tr("Adjustment"),
                 "approve": self.tr("Approved"), "unapprove": self.tr("Unapproved")}
        return names.get(action, action)
