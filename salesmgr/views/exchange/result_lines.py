"""The lines a summary lists under one imported file, in the user's language: what it added (stages, reps,
accounts), the rows that repeat an earlier one, the rows skipped on purpose (with the reason) and the exchange
rates it set. Shared by the single-file summary and the whole export's."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salesmgr.exchange.imports.results import ImportResult
from salesmgr.views.messages import user_message


def detail_lines(result: ImportResult) -> list[str]:
    """One line per added stage, rep and account, repeated row, reason for skipped rows and rate set."""
    added = ((QCoreApplication.translate("ImportSummary", "New stage: {name}"), result.new_stages),
             (QCoreApplication.translate("ImportSummary", "New rep: {name}"), result.new_reps),
             (QCoreApplication.translate("ImportSummary", "New account: {name}"), result.new_accounts))
    lines = [template.format(name=name) for template, names in added for name in names]
    repeat = QCoreApplication.translate("ImportSummary", "Duplicate: row {row} repeats an earlier row")
    lines += [repeat.format(row=row) for row in result.duplicate_rows]
    for key, rows in result.skipped.items():
        template = (QCoreApplication.translate("ImportSummary", "Skipped {n} rows: {reason}") if rows != 1 else
                    QCoreApplication.translate("ImportSummary", "Skipped {n} row: {reason}"))
        reason = user_message(result.skip_reasons[key]) if key in result.skip_reasons else key
        lines.append(template.format(n=f"{rows:,}", reason=reason))
    rate = QCoreApplication.translate("ImportSummary", "Rate set: 1 {currency} = {rate} {base} (as of {date})")
    return lines + [rate.format(currency=entry.currency, rate=entry.rate, base=result.base_currency,
                                date=entry.rated_on.isoformat()) for entry in result.rates_set]
