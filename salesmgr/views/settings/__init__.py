"""The Settings dialog (Edit > Settings…): base currency, exchange rates, fiscal year, interface language."""
