"""What several pages share: table models over rows, filter combos, labels, dates, the status area, the edit dialog,
exporting a table and running an export in the background."""
