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
    QT_TRANSLATE_NOOP("Domain", 'a mapping preset name can be at most {limit} characters'),
    QT_TRANSLATE_NOOP("Domain", 'a quota needs a rep or a team'),
    QT_TRANSLATE_NOOP("Domain", 'cannot export to {path}: the file name must end in .xlsx or .csv'),
    QT_TRANSLATE_NOOP("Domain", 'cannot write {path} ({reason}); choose another place'),
    QT_TRANSLATE_NOOP("Domain", 'cannot write {path}: it is open in another program or not writable; close it or choose another name'),
    QT_TRANSLATE_NOOP("Domain", 'give the mapping preset a name'),
    QT_TRANSLATE_NOOP("Domain", "no column for the required field {field}; map one of the file's columns to it"),
    QT_TRANSLATE_NOOP("Domain", 'no mapping preset called {name}; known presets: {names}'),
    QT_TRANSLATE_NOOP("Domain", 'the cell is empty'),
    QT_TRANSLATE_NOOP("Domain", 'the column {header} is mapped to {field}, which is not a field of {kind}; choose one of {fields}'),
    QT_TRANSLATE_NOOP("Domain", 'the field {field} is mapped from two columns, {first} and {second}; keep one'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} could not be opened ({reason}); check that it exists and is not open in another program'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} could not be read ({reason}); open it in Excel and save it again as .xlsx'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} declares XML entities, which are refused for safety; open it in Excel and save it again as .xlsx'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} has a header but no data rows'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} has no data; export it again from the CRM'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} is a web page or XML file, not a real spreadsheet; open it in Excel and save it again as .xlsx'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} is damaged or incomplete; download or export it again'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} is empty; export it again from the CRM'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} is not a spreadsheet or CSV file; choose an .xlsx, .xls, .ods or .csv export'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} is not a valid CSV file ({reason}); open it in Excel and save it again as .xlsx'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook) and save it again'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} is too large to import ({size_mb} MB); split it into smaller files'),
    QT_TRANSLATE_NOOP("Domain", 'the file {file} would expand to {size_mb} MB when unpacked, which is refused for safety; save it again from Excel with only the data'),
    QT_TRANSLATE_NOOP("Domain", 'the folder {folder} does not exist; choose another place'),
    QT_TRANSLATE_NOOP("Domain", 'the sheet claims {columns} columns; save it again from Excel with only the data'),
    QT_TRANSLATE_NOOP("Domain", 'the sheet claims {rows} rows and {columns} columns; save it again from Excel with only the data'),
    QT_TRANSLATE_NOOP("Domain", 'the sheet {sheet} has a header but no data rows'),
    QT_TRANSLATE_NOOP("Domain", 'the sheet {sheet} is empty; choose another sheet'),
    QT_TRANSLATE_NOOP("Domain", 'the workbook has no sheet {sheet}; its sheets are {sheets}'),
    QT_TRANSLATE_NOOP("Domain", 'the workbook {file} has no data in any sheet; export it again from the CRM'),
    QT_TRANSLATE_NOOP("Domain", 'there is no report called {name}; choose one of {names}'),
    QT_TRANSLATE_NOOP("Domain", 'unknown data kind {kind}; use one of {kinds}'),
    QT_TRANSLATE_NOOP("Domain", 'unknown kind {kind}; use one of {kinds}'),
    QT_TRANSLATE_NOOP("Domain", '{id} is not a salesmgr id; an ID from salesmgr is a whole number'),
    QT_TRANSLATE_NOOP("Domain", '{name} is a built-in mapping preset and cannot be deleted'),
    QT_TRANSLATE_NOOP("Domain", '{name} is the name of a built-in mapping preset; choose another name'),
    QT_TRANSLATE_NOOP("Domain", '{period} is not a period; write 2026Q3, 2026-09 or 2026'),
    QT_TRANSLATE_NOOP("Domain", '{value} could be day/month or month/day: write dates as YYYY-MM-DD'),
    QT_TRANSLATE_NOOP("Domain", '{value} is not a date'),
    QT_TRANSLATE_NOOP("Domain", '{value} is not a percentage between 0 and 100'),
    QT_TRANSLATE_NOOP("Domain", '{value} is not a whole number'),
    QT_TRANSLATE_NOOP("Domain", '{value} is not an amount of money'),
    QT_TRANSLATE_NOOP("Domain", '{value} is not one of {choices}'),
    QT_TRANSLATE_NOOP("Domain", '{value} is not yes or no'),
    QT_TRANSLATE_NOOP("Domain", '{value} names two different currencies'),
    QT_TRANSLATE_NOOP("Domain", 'a forecast is grouped by month or quarter, not {by}'),
    QT_TRANSLATE_NOOP("Domain", 'an opportunity name can be at most {limit} characters'),
    QT_TRANSLATE_NOOP("Domain", 'an opportunity needs a name'),
    QT_TRANSLATE_NOOP("Domain", 'more than one rep is called {name}; give the e-mail instead'),
    QT_TRANSLATE_NOOP("Domain", 'more than one team is called {name}'),
    QT_TRANSLATE_NOOP("Domain", 'no opportunity with id {id}'),
    QT_TRANSLATE_NOOP("Domain", 'no pipeline stage with id {id}'),
    QT_TRANSLATE_NOOP("Domain", 'no rep called {name}; close matches: {matches}'),
    QT_TRANSLATE_NOOP("Domain", 'no team called {name}; close matches: {matches}'),
    QT_TRANSLATE_NOOP("Domain", 'the number of quarters must be zero or more, not {n}'),
    QT_TRANSLATE_NOOP("Domain", '{period} is not a quarter; write it like 2026Q3'),
    QT_TRANSLATE_NOOP("Domain", 'a stage name can be at most {limit} characters'),
    QT_TRANSLATE_NOOP("Domain", 'every stage needs a name'),
    QT_TRANSLATE_NOOP("Domain", 'open stages come before won and lost stages'),
    QT_TRANSLATE_NOOP("Domain", 'the pipeline needs at least one open, one won and one lost stage'),
    QT_TRANSLATE_NOOP("Domain", 'the stage {name} still has {count} deals; move them first'),
    QT_TRANSLATE_NOOP("Domain", 'there are two stages called {name}; give each stage its own name'),
)
