"""Errors the domain layer raises for the user to read: one line that says what to do.

Each carries an English ``template`` with named ``fields``; ``str()`` gives the English line (CLI, logs) and the
GUI translates the template before filling it in (salesmgr/views/messages.py lists every template).
"""
from __future__ import annotations


class UserError(Exception):
    def __init__(self, template: str, **fields: object) -> None:
        super().__init__(template.format(**fields) if fields else template)
        self.template = template
        self.fields = fields


class ValidationError(UserError, ValueError):
    """Input that breaks a rule; nothing was written."""


class NotFoundError(UserError, LookupError):
    """A record named by id or name that does not exist."""
