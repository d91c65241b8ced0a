"""The Goals & Quotas page: the quota plan, attainment and the SMART goals (issue 12)."""
