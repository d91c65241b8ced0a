"""Every message the domain layer shows a user is in the views' catalogue, so it gets translated."""
from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import salesmgr.models
from salesmgr.models.errors import UserError, ValidationError
from salesmgr.views.messages import CATALOGUE, user_message

MODELS = Path(salesmgr.models.__file__).parent
CORE = [MODELS, MODELS.parent / "exchange", MODELS.parent / "demo"]  # every Qt-free package that raises messages


def _user_error_names() -> set[str]:
    for folder in CORE:
        for module in pkgutil.walk_packages([str(folder)], f"salesmgr.{folder.name}."):
            if ".migrations" not in module.name:
                importlib.import_module(module.name)
    names, pending = set(), [UserError]
    while pending:
        cls = pending.pop()
        names.add(cls.__name__)
        pending.extend(cls.__subclasses__())
    return names


def _raised_templates() -> tuple[set[str], list[str]]:
    """Literal first arguments of UserError constructors (and their subclasses' super().__init__)."""
    names, templates, not_literal = _user_error_names(), set(), []
    for path in (p for folder in CORE for p in folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        error_classes = {node for node in ast.walk(tree) if isinstance(node, ast.ClassDef) and node.name in names}
        super_calls = {id(call) for cls in error_classes for call in ast.walk(cls)
                       if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                       and call.func.attr == "__init__"}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            is_error = isinstance(node.func, ast.Name) and node.func.id in names
            if is_error or id(node) in super_calls:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    templates.add(first.value)
                elif is_error and isinstance(first, ast.JoinedStr | ast.BinOp):
                    not_literal.append(f"{path.name}:{node.lineno}")
    return templates, not_literal


def test_the_catalogue_lists_exactly_the_templates_the_models_raise() -> None:
    templates, not_literal = _raised_templates()
    assert not_literal == [], "pass a literal template and named fields, not an f-string"
    assert set(CATALOGUE) == templates


def test_user_message_translates_template_then_fills_fields(qapp: object) -> None:
    from salesmgr.views.app import install_translator

    error = ValidationError("{email} is already the e-mail of {name}", email="ann@example.com", name="Ann")
    assert str(error) == "ann@example.com is already the e-mail of Ann"
    try:
        install_translator(qapp, "zh_CN")  # type: ignore[arg-type]
        assert user_message(error) == "ann@example.com 已是 Ann 的邮箱"
    finally:
        install_translator(qapp, "en")  # type: ignore[arg-type]
    assert user_message(error) == "ann@example.com is already the e-mail of Ann"
    assert user_message(RuntimeError("disk full\ndetails")) == "disk full"
