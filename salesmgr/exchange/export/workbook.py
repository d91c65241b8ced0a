"""Writing xlsx files safely: text never becomes a formula, and a file appears only when complete.

Permissions: a written file gets those of a normally created file (0666 less the umask, e.g. 0644 under umask
022), not the owner-only 0600 of the temporary file it is written to; a replaced file keeps its own. On Windows,
where chmod only sets or clears read-only, the file keeps what the folder gives it.
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from salesmgr.models.errors import UserError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(UserError):
    """A workbook that cannot be written where the user asked."""


def append_literal(sheet: Worksheet, values: Sequence[object]) -> None:
    """Append a row; text that a spreadsheet would read as a formula stays literal text (formula injection)."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
            cell.data_type = "s"  # openpyxl stores text starting with "=" as a formula otherwise


def save_atomically(workbook: Workbook, out: Path) -> Path:
    """Save to a temporary file beside ``out`` and rename it into place only when complete."""
    with atomic_target(out) as temporary:
        workbook.save(temporary)
    return out.expanduser().resolve()


@contextmanager
def atomic_target(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out``, renamed over it when the block finishes; removed if the block fails."""
    out = out.expanduser().resolve()
    if not out.parent.is_dir():
        raise ExportError("the folder {folder} does not exist; choose another place", folder=out.parent)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=out.suffix, dir=out.parent)
    except OSError as exc:
        raise _write_error(exc, out) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _give_mode(temporary, out)
        os.replace(temporary, out)
    except OSError as exc:
        raise _write_error(exc, out) from exc
    finally:
        temporary.unlink(missing_ok=True)


def current_umask() -> int:
    """The process's umask (read by setting one and putting it back at once; owner-only meanwhile)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def new_file_mode(out: Path) -> int:
    """The permission bits ``out`` gets when written: its own when it exists, else 0666 less the umask."""
    try:
        return stat.S_IMODE(out.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~current_umask()


def _give_mode(temporary: Path, out: Path) -> None:
    """Give the temporary file the mode of ``new_file_mode`` before it is renamed to ``out`` (not on Windows)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):  # a file system without Unix permissions (a mounted share): written anyway
        os.chmod(temporary, new_file_mode(out))


def _write_error(exc: OSError, out: Path) -> ExportError:
    if isinstance(exc, PermissionError):
        return ExportError("cannot write {path}: it is open in another program or not writable; close it or "
                           "choose another name", path=out)
    return ExportError("cannot write {path} ({reason}); choose another place", path=out,
                       reason=exc.strerror or exc)
