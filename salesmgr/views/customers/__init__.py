"""The Accounts page (issue 16) and its tabs: the account list and view, health, hand-offs, value and journey."""
