"""The Goals & Quotas page."""
