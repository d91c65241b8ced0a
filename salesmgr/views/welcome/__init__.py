"""The welcome page of an empty database: import a CRM export or load demo data."""
