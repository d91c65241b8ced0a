"""The scoring model and leads as JSON for ``salesmgr leads`` (``cli.leads_model``), and a model read back from
a JSON file (the shape ``leads model --json`` prints: ``rules`` and ``grades``; other keys are ignored)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from salesmgr.cli.support import UsageError
from salesmgr.models.leads.spec import Grade, Rule, ScoringSpec


def spec_json(spec: ScoringSpec, info: Any) -> dict[str, Any]:
    return {"version": spec.version, "changed_by": info.changed_by,
            "changed_at": info.changed_at.isoformat() + "+00:00", "origin": info.origin, "note": info.note,
            "rules": [{"kind": rule.kind, "field": rule.field, "operator": rule.operator,
                       "value": list(rule.value) if isinstance(rule.value, tuple) else rule.value,
                       "points": rule.points, "decay": rule.decay} for rule in spec.rules],
            "grades": [{"name": grade.name, "min_score": grade.min_score, "action": grade.action,
                        "builtin_key": grade.builtin_key} for grade in spec.grades]}


def lead_json(row: Any, spec: ScoringSpec) -> dict[str, Any]:
    return {"id": row.id, "name": row.name, "company": row.company, "industry": row.industry,
            "company_size": row.company_size, "region": row.region, "source": row.source, "status": row.status,
            "owner": row.owner, "created": row.created.isoformat() if row.created else None, "score": row.score,
            "grade": spec.grades[row.grade_rank].name, "breakdown": row.breakdown}


def load_spec_file(path: Path) -> ScoringSpec:
    """The model in ``path``; an unreadable file or a wrong shape is a UsageError (exit 2)."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"{path} is not JSON ({exc}); give the shape 'salesmgr leads model --json' prints") from None
    try:
        return ScoringSpec(tuple(_rule(item) for item in payload["rules"]),
                           tuple(_grade(item) for item in payload["grades"]))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UsageError(f"{path} is not a scoring model ({type(exc).__name__}: {exc}); give the shape "
                         "'salesmgr leads model --json' prints") from None


def _rule(item: dict[str, Any]) -> Rule:
    value = item.get("value")
    if isinstance(value, list):
        value = tuple(value)
    if isinstance(item["points"], bool) or not isinstance(item["points"], int):
        raise ValueError("points must be whole numbers")
    return Rule(str(item["kind"]), str(item["field"]), item["points"], item.get("operator"), value,
                item.get("decay"))


def _grade(item: dict[str, Any]) -> Grade:
    return Grade(str(item["name"]), item.get("min_score"), str(item["action"]), item.get("builtin_key"))
