"""Errors the domain layer raises for the user to read: one line that says what to do."""
from __future__ import annotations


class ValidationError(ValueError):
    """Input that breaks a rule; nothing was written."""


class NotFoundError(LookupError):
    """A record named by id or name that does not exist."""
