"""The Accounts page (issue 16) and its tabs: the account list and view, customer health, hand-offs, value and
the journey."""
