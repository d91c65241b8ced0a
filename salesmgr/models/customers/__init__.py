"""Customers (issue 16): the shared account view, health scores, churn and retention, LTV and CAC, the sales to
service hand-off, the knowledge base with its competitor library, and the customer journey. Never imports Qt."""
