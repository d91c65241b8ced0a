"""The layers hold: the import-linter contracts in pyproject.toml pass on the tree and fail on a tree that breaks
them; the core never imports Qt, even at run time; views never query."""
from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "salesmgr"
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6", "PyQt5", "PyQt6")
QUERY_NAMES = {"select", "insert", "update", "delete", "text", "func", "and_", "or_"}
QUERY_METHODS = {"execute", "scalars", "scalar", "query", "exec_driver_sql"}


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` with the project's contracts over the ``salesmgr`` package found in ``root``."""
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "200"}  # one line per contract
    return subprocess.run([command, "--config", str(ROOT / "pyproject.toml"), "--no-cache"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def _broken_copy(tmp_path: Path, module: str, source: str) -> Path:
    """A copy of the package with one extra module ``module`` (a path under salesmgr/) holding ``source``."""
    shutil.copytree(PACKAGE, tmp_path / "salesmgr", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "salesmgr" / module).write_text(f"from __future__ import annotations\n\n{source}\n",
                                                 encoding="utf-8")
    return tmp_path


def test_the_import_contracts_hold() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 6 kept, 0 broken." in result.stdout


@pytest.mark.parametrize(("module", "source", "contract"), [
    ("views/dashboard/leaky.py", "from sqlalchemy import select", "Views never query"),
    ("models/leaky.py", "from PySide6.QtCore import QObject", "Nothing outside the views imports Qt"),
    ("models/upward.py", "from salesmgr.exchange.read import readers", "Layers:"),
    ("exchange/upward.py", "import salesmgr.demo", "Layers:"),
    ("cli/leaky.py", "from salesmgr.views import runner", "Only the GUI launcher"),
    ("views/team/loaders_too.py", "from salesmgr.views.pipeline import page", "The pages are independent"),
])
def test_a_tree_that_breaks_a_contract_fails(tmp_path: Path, module: str, source: str, contract: str) -> None:
    result = _lint_imports(_broken_copy(tmp_path, module, source))
    assert result.returncode == 1, result.stdout + result.stderr
    broken = [line for line in result.stdout.splitlines() if "BROKEN" in line]
    assert len(broken) >= 1 and any(line.startswith(contract) for line in broken), result.stdout


def test_a_loader_that_reaches_qt_fails(tmp_path: Path) -> None:
    """Even indirectly: the loader imports a widget module, which imports Qt."""
    tree = _broken_copy(tmp_path, "views/team/helper_widgets.py", "from PySide6.QtWidgets import QLabel")
    loaders = tree / "salesmgr" / "views" / "team" / "loaders.py"
    loaders.write_text(loaders.read_text(encoding="utf-8") + "\nfrom salesmgr.views.team import helper_widgets\n",
                       encoding="utf-8")
    result = _lint_imports(tree)
    assert result.returncode == 1
    assert any(line.startswith("A page's loaders") and "BROKEN" in line for line in result.stdout.splitlines())


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
    assert {path: names for path, names in offenders.items() if names} == {}


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


def _queries(source: str) -> list[str]:
    """What in ``source`` builds or runs a query: SQLAlchemy imports other than the Session type, query builders
    (``select``, ``text``, ...) and Session methods that run SQL (``.execute``, ``.scalars``, ...)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            found += [f"import {alias.name}" for alias in node.names if alias.name != "Session"]
        elif isinstance(node, ast.Import):
            found += [f"import {alias.name}" for alias in node.names if alias.name.startswith("sqlalchemy")]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in QUERY_METHODS:
            found.append(f".{node.func.attr}()")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in QUERY_NAMES:
            found.append(f"{node.func.id}()")
    return found


def test_views_do_not_build_or_run_queries() -> None:
    """Views call the domain layer through the runner; no module under salesmgr/views queries."""
    offenders = {str(path.relative_to(PACKAGE)): found for path in (PACKAGE / "views").rglob("*.py")
                 if (found := _queries(path.read_text(encoding="utf-8")))}
    assert offenders == {}


def test_the_query_check_sees_queries() -> None:
    sample = ("from sqlalchemy import select\nfrom sqlalchemy.orm import Session\n"
              "def f(session: Session):\n    return session.scalars(select(1)), session.execute(text('x'))\n")
    assert sorted(_queries(sample)) == [".execute()", ".scalars()", "import select", "select()", "text()"]
