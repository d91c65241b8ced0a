"""Quarterly targets and SMART goals (issue 12): entities, metric catalogue, status and templates."""
