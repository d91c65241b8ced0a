"""Writing xlsx files safely: text never becomes a formula, and a file appears only when complete."""
from __future__ import annotations

import os
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
        os.replace(temporary, out)
    except OSError as exc:
        raise _write_error(exc, out) from exc
    finally:
        temporary.unlink(missing_ok=True)


def _write_error(exc: OSError, out: Path) -> ExportError:
    if isinstance(exc, PermissionError):
        return ExportError("cannot write {path}: it is open in another program or not writable; close it or "
                           "choose another name", path=out)
    return ExportError("cannot write {path} ({reason}); choose another place", path=out,
                       reason=exc.strerror or exc)
