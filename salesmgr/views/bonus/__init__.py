"""The Bonuses page: the quarter's table, a rep's statement, the plan and adjustment dialogs, the audit trail."""
