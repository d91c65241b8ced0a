"""Window settings the GUI remembers between runs; the only module that touches QSettings.

The settings live in an INI file in salesmgr's data folder (beside the default database), so that
``SALESMGR_DATA_DIR`` moves them too and the tests never touch the user's own settings. Every key is read and
written through a typed property here; ``SETTINGS_VERSION`` with ``_MIGRATIONS`` upgrades older files.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from salesmgr.paths import data_dir

SETTINGS_VERSION = 1
SETTINGS_FILE = "salesmgr-ui.ini"
MAX_RECENT = 8

_VERSION = "settings/version"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_LAST_PAGE = "window/last_page"
_RECENT = "files/recent"
_HIDDEN_COLUMNS = "tables/{name}/hidden_columns"
_MODEL_AUTHOR = "leads/model_author"
_LANGUAGE = "ui/language"  # also read and written without Qt by salesmgr.cli.settings
LANGUAGES = ("en", "zh_CN")


def _from_0(settings: QSettings) -> None:
    """Unversioned files (written before versioning) used top-level keys for the window."""
    for old, new in (("geometry", _GEOMETRY), ("state", _STATE), ("last_page", _LAST_PAGE)):
        if settings.contains(old):
            settings.setValue(new, settings.value(old))
            settings.remove(old)


# _MIGRATIONS[n] upgrades a file written at version n to version n + 1.
_MIGRATIONS: dict[int, Callable[[QSettings], None]] = {0: _from_0}


def default_qsettings() -> QSettings:
    return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


class UiSettings:
    """Typed access to the GUI settings; pass a QSettings (e.g. over a temporary file) to isolate tests."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else default_qsettings()
        self.migrate()

    @property
    def version(self) -> int:
        return _to_int(self._settings.value(_VERSION, 0))

    def migrate(self) -> None:
        """Bring the file to SETTINGS_VERSION; a file from a newer salesmgr loses only its window layout."""
        version = self.version
        if version > SETTINGS_VERSION:
            for key in (_GEOMETRY, _STATE):
                self._settings.remove(key)
            version = SETTINGS_VERSION
        while version < SETTINGS_VERSION:
            _MIGRATIONS[version](self._settings)
            version += 1
        self._settings.setValue(_VERSION, SETTINGS_VERSION)

    @property
    def geometry(self) -> QByteArray | None:
        return _to_bytes(self._settings.value(_GEOMETRY))

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue(_GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        return _to_bytes(self._settings.value(_STATE))

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue(_STATE, value)

    @property
    def last_page(self) -> str:
        value = self._settings.value(_LAST_PAGE, "")
        return value if isinstance(value, str) else ""

    @last_page.setter
    def last_page(self, key: str) -> None:
        self._settings.setValue(_LAST_PAGE, key)

    @property
    def language(self) -> str:
        """The interface language this user chose ("en" or "zh_CN"), or "" to follow the system's locale.

        Per user, not per database: one person's choice holds for every database they open."""
        value = self._settings.value(_LANGUAGE, "")
        return value if isinstance(value, str) and value in LANGUAGES else ""

    @language.setter
    def language(self, language: str) -> None:
        self._settings.setValue(_LANGUAGE, language if language in LANGUAGES else "")

    @property
    def model_author(self) -> str:
        """The name last given when saving a scoring model ("" before the first save)."""
        value = self._settings.value(_MODEL_AUTHOR, "")
        return value if isinstance(value, str) else ""

    @model_author.setter
    def model_author(self, name: str) -> None:
        self._settings.setValue(_MODEL_AUTHOR, name.strip())

    @property
    def recent_files(self) -> list[str]:
        return _to_list(self._settings.value(_RECENT, []))

    def add_recent_file(self, path: str | Path) -> None:
        """Put ``path`` first in the recent list (once), keeping at most MAX_RECENT entries."""
        text = str(path)
        recent = [text] + [item for item in self.recent_files if item != text]
        self._settings.setValue(_RECENT, recent[:MAX_RECENT])

    def remove_recent_file(self, path: str | Path) -> None:
        self._settings.setValue(_RECENT, [item for item in self.recent_files if item != str(path)])

    def hidden_columns(self, table: str) -> list[str]:
        """The keys of the columns the user hid in the table called ``table`` (e.g. "bonuses")."""
        return _to_list(self._settings.value(_HIDDEN_COLUMNS.format(name=table), []))

    def set_hidden_columns(self, table: str, keys: list[str]) -> None:
        self._settings.setValue(_HIDDEN_COLUMNS.format(name=table), list(keys))

    def sync(self) -> None:
        self._settings.sync()


def _to_list(value: object) -> list[str]:
    if not isinstance(value, list):  # an INI file gives a one-item list back as a plain string
        value = [value] if value else []
    return [str(item) for item in value if item]


def _to_int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0


def _to_bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None
