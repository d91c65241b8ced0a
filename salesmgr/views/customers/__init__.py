"""The Accounts page (issue 16): the account list, one account's view, and the other customer tabs."""
