"""The Leads page (issue 15): the scored lead list and the scoring model editor."""
