"""Importing a CRM export: the kinds and their fields, header synonyms and column mapping, per-row parsing, matching
names to the database, insert-or-update, rejects and the importer that runs it all as one transaction."""
