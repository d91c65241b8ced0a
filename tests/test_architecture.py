"""The core (everything outside salesmgr/views and the GUI launcher) never imports Qt."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "salesmgr"
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6", "PyQt5", "PyQt6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _core_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "views" not in p.relative_to(PACKAGE).parts]


def test_core_modules_do_not_import_qt() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(name for name in _imported_modules(path) if name.startswith(QT_MODULES))
        for path in _core_files()
    }
    offenders = {path: names for path, names in offenders.items() if names}
    # cli.py may start the GUI, but only through salesmgr.views, never Qt directly.
    assert offenders == {}


def test_the_checker_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imported_modules(sample)


def test_importing_the_core_and_running_the_cli_loads_no_qt(tmp_path: Path) -> None:
    modules = [
        "salesmgr." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in _core_files() if p.name not in ("__main__.py", "env.py") and "versions" not in p.parts
    ]
    code = (
        "import sys, importlib\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        "from salesmgr.cli import main\n"
        f"assert main(['--db', {str(tmp_path / 'x.sqlite')!r}, 'init']) == 0\n"
        f"assert main(['--db', {str(tmp_path / 'x.sqlite')!r}, 'stats']) == 0\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6')]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr


def test_views_do_not_build_queries() -> None:
    """Views call the domain layer; no module under salesmgr/views imports SQLAlchemy's query builders."""
    builders = {"select", "insert", "update", "delete", "text", "func"}
    offenders = []
    for path in (PACKAGE / "views").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
                offenders += [f"{path.name}: {alias.name}" for alias in node.names if alias.name in builders]
    assert offenders == []
