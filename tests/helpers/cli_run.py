"""Running ``salesmgr`` in-process in CLI tests: the exit status, the output (parsed when ``--json`` was asked for
and the command succeeded) and stderr."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from salesmgr.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, Any, str]:
    """``salesmgr --db PATH ARGS...``: (exit status, JSON object or text, stderr)."""
    code = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in args and code == 0 else out), err
