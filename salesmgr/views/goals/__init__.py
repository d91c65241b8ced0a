"""The Goals & Quotas page: the quota plan and the SMART goals (issue 12)."""
