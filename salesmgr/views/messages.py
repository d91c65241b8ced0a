"""Messages from the domain layer, in the user's language.

The domain layer (no Qt) raises ``UserError``s carrying an English template and named fields. ``user_message``
translates the template in the "Domain" context and fills the fields in. ``CATALOGUE`` lists every template so
that pyside6-lupdate extracts them; a test keeps it in step with salesmgr/models.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from salesmgr.models.errors import UserError


def user_message(exc: BaseException) -> str:
    """One line for a message box: the translated template of a ``UserError``, else the error's first line."""
    if isinstance(exc, UserError):
        return QCoreApplication.translate("Domain", exc.template).format(**exc.fields)
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


CATALOGUE = (
    QT_TRANSLATE_NOOP("Domain", "no exchange rate from {currency} to {base}; add one with 'salesmgr rate set {currency} RATE'"),
    QT_TRANSLATE_NOOP("Domain", 'an exchange rate must be positive, not {rate}'),
    QT_TRANSLATE_NOOP("Domain", '{path} is a folder; give the path of a database file inside it'),
    QT_TRANSLATE_NOOP("Domain", '{path} cannot be read; check its permissions'),
    QT_TRANSLATE_NOOP("Domain", '{path} is read-only; copy it to a writable folder or change its permissions'),
    QT_TRANSLATE_NOOP("Domain", 'the folder {folder} is read-only; choose a writable place for the database'),
    QT_TRANSLATE_NOOP("Domain", '{path} was written by a newer salesmgr (schema {revision}); install the newer salesmgr to open it'),
    QT_TRANSLATE_NOOP("Domain", '{target} is not a database path or URL; give a file path or a URL such as sqlite:///sales.sqlite'),
    QT_TRANSLATE_NOOP("Domain", "{path} does not exist; run 'salesmgr init' to create it"),
    QT_TRANSLATE_NOOP("Domain", 'cannot create the folder {folder} ({reason}); choose another place for the database'),
    QT_TRANSLATE_NOOP("Domain", '{path} is already open in another salesmgr (process {pid}); close it there first'),
    QT_TRANSLATE_NOOP("Domain", '{path} is already open in another salesmgr; close it there first'),
    QT_TRANSLATE_NOOP("Domain", 'cannot use {url}: {reason}; check the URL or install its database driver'),
    QT_TRANSLATE_NOOP("Domain", '{path} cannot be opened as a database ({reason}); choose another database file'),
    QT_TRANSLATE_NOOP("Domain", 'cannot open the database: {reason}'),
    QT_TRANSLATE_NOOP("Domain", '{path} holds tables but is not a salesmgr database; choose another database file'),
    QT_TRANSLATE_NOOP("Domain", '{path} is not a salesmgr database (not an SQLite file); choose another database file'),
    QT_TRANSLATE_NOOP("Domain", 'the database already holds data; demo data loads only into an empty database (on the command line, --force replaces the data)'),
    QT_TRANSLATE_NOOP("Domain", 'demo data needs at least one rep and one opportunity'),
    QT_TRANSLATE_NOOP("Domain", 'demo data needs at least one open, one won and one lost pipeline stage'),
    QT_TRANSLATE_NOOP("Domain", 'money must not come from a float; pass a string'),
    QT_TRANSLATE_NOOP("Domain", 'not an ISO 4217 currency code: {code} (use three letters such as CNY, USD, EUR)'),
    QT_TRANSLATE_NOOP("Domain", 'not a number: {value}'),
    QT_TRANSLATE_NOOP("Domain", 'no rep with id {id}'),
    QT_TRANSLATE_NOOP("Domain", 'a rep needs a name'),
    QT_TRANSLATE_NOOP("Domain", 'unknown role {role}; use one of {roles}'),
    QT_TRANSLATE_NOOP("Domain", '{email} is not an e-mail address'),
    QT_TRANSLATE_NOOP("Domain", '{email} is already the e-mail of {name}'),
    QT_TRANSLATE_NOOP("Domain", 'a team needs a name'),
    QT_TRANSLATE_NOOP("Domain", 'there is already a team called {name}'),
    QT_TRANSLATE_NOOP("Domain", 'a rep cannot be their own manager or mentor'),
    QT_TRANSLATE_NOOP("Domain", 'no team with id {id}'),
)
