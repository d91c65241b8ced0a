"""Excel/CSV exchange: reading CRM exports, mapping and importing them, writing workbooks. Never imports Qt."""
