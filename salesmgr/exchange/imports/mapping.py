"""Which file column feeds which import field: automatic mapping from headers, checks, and mapping presets.

No Qt here: the import wizard and the CLI both call these functions.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salesmgr.exchange.imports.kinds import KINDS, KindSpec
from salesmgr.exchange.imports.synonyms import DISTINCTIVE, SYNONYMS
from salesmgr.i18n import QT_TRANSLATE_NOOP, translate, translations
from salesmgr.models.config import ImportPreset
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.paths import resource

MISSING_REQUIRED = "no column for the required field {field}"
PIPEDRIVE_PREFIX = re.compile(r"^(deal|organization|person|activity|lead|product) - \S", re.IGNORECASE)
PRESET_NAME_LIMIT = 120
_KEPT_CATEGORIES = ("L", "N", "M")  # letters, digits, combining marks; spaces, punctuation and symbols go


# --- matching headers to fields ---------------------------------------------------------------------------------

def normalise_header(text: str) -> str:
    """A key that ignores case, spaces and punctuation, ASCII or full-width: "成交概率（%）" -> "成交概率"."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in _KEPT_CATEGORIES)


def _exact(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _loose(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@cache
def _indexes(kind: str) -> tuple[dict[str, str], dict[str, str]]:
    """(label as written -> field, normalised label -> field) for one kind; the earlier field wins a clash."""
    exact: dict[str, str] = {}
    normalised: dict[str, str] = {}
    for field_name, labels in SYNONYMS[kind].items():
        for label in (field_name, *labels):
            exact.setdefault(_exact(label), field_name)
            normalised.setdefault(normalise_header(label), field_name)
    return exact, normalised


def _candidate(header: str, kind: str) -> tuple[int, str] | None:
    """(tier, field) for one header: tier 0 = label matched as written, 1 = matched after normalising."""
    exact, normalised = _indexes(kind)
    if (found := exact.get(_exact(header))) is not None:
        return 0, found
    if (found := normalised.get(normalise_header(header))) is not None:
        return 1, found
    return None


def _auto_map(headers: Sequence[str], kind: str, taken: set[str]) -> dict[str, str | None]:
    result: dict[str, str | None] = dict.fromkeys(headers)
    candidates = []
    for position, header in enumerate(headers):
        if (match := _candidate(header, kind)) is not None:
            candidates.append((match[0], position, header, match[1]))
    used = set(taken)
    for _tier, _position, header, field_name in sorted(candidates):
        if field_name not in used and result[header] is None:
            result[header] = field_name
            used.add(field_name)
    return result


def auto_map(headers: Sequence[str], kind: str) -> dict[str, str | None]:
    """header -> field (None: no match); each field used once, an as-written match before a normalised one,
    then the leftmost column."""
    _spec(kind)
    return _auto_map(headers, kind, set())


def guess_source_system(headers: Sequence[str]) -> str | None:
    """The CRM whose distinctive headers the file has most of, or None when unclear."""
    loose = {_loose(header) for header in headers}
    scores = {system: len(loose.intersection(labels)) for system, labels in DISTINCTIVE.items()}
    scores["pipedrive"] = sum(1 for header in headers if PIPEDRIVE_PREFIX.match(header.strip()))
    best = max(scores.values())
    winners = [system for system, score in scores.items() if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


# --- checking a mapping -----------------------------------------------------------------------------------------

def _spec(kind: str) -> KindSpec:
    spec = KINDS.get(kind)
    if spec is None:
        raise ValidationError("unknown kind {kind}; use one of {kinds}", kind=kind, kinds=", ".join(KINDS))
    return spec


def _check_fields(mapping: dict[str, str | None], spec: KindSpec) -> None:
    """Raise for a field that the kind does not have, or one fed by two columns."""
    seen: dict[str, str] = {}
    for header, field_name in mapping.items():
        if field_name is None:
            continue
        if field_name not in spec.field_names:
            raise ValidationError("the column {header} is mapped to {field}, which is not a field of {kind}; "
                                  "choose one of {fields}", header=header, field=field_name, kind=spec.name,
                                  fields=", ".join(spec.field_names))
        if field_name in seen:
            raise ValidationError("the field {field} is mapped from two columns, {first} and {second}; keep one",
                                  field=field_name, first=seen[field_name], second=header)
        seen[field_name] = header


def missing_required(mapping: dict[str, str | None], kind: str) -> list[str]:
    """The required fields of ``kind`` that no column feeds."""
    mapped = {field_name for field_name in mapping.values() if field_name}
    return [field_name for field_name in _spec(kind).required if field_name not in mapped]


def validate_mapping(mapping: dict[str, str | None], kind: str) -> list[str]:
    """Problems to show (required fields with no column); raises ValidationError for an unknown or doubled field."""
    _check_fields(mapping, _spec(kind))
    return [MISSING_REQUIRED.format(field=field_name) for field_name in missing_required(mapping, kind)]


# --- presets ----------------------------------------------------------------------------------------------------

PRESETS_CONTEXT = "Presets"
# The "name" of each resources/presets/*.json, marked for lupdate. That English name is the preset's identity
# (what --preset and saved settings use); on screen a built-in preset shows its translation (``Preset.label``),
# and a lookup by name accepts the name in any language.
BUILTIN_PRESET_NAMES = (
    QT_TRANSLATE_NOOP("Presets", "Fxiaoke 纷享销客"),
    QT_TRANSLATE_NOOP("Presets", "HubSpot deals"),
    QT_TRANSLATE_NOOP("Presets", "Odoo pipeline"),
    QT_TRANSLATE_NOOP("Presets", "Pipedrive deals"),
    QT_TRANSLATE_NOOP("Presets", "Salesforce API export"),
    QT_TRANSLATE_NOOP("Presets", "Salesforce report"),
    QT_TRANSLATE_NOOP("Presets", "Xiaoshouyi 销售易"),
    QT_TRANSLATE_NOOP("Presets", "Zoho CRM deals"),
    QT_TRANSLATE_NOOP("Presets", "Zoho CRM 商机"),
)


@dataclass(frozen=True)
class Preset:
    name: str
    kind: str
    mapping: dict[str, str | None]
    source_system: str | None
    builtin: bool

    @property
    def label(self) -> str:
        """The name as shown: a built-in preset's in the current language, a saved one's as it was saved."""
        return translate(PRESETS_CONTEXT, self.name) if self.builtin else self.name


def preset_label(name: str) -> str:
    """What the preset called ``name`` (as ``list_presets`` names it) is shown as."""
    builtin = _builtin(name)
    return builtin.label if builtin is not None else name


@cache
def _builtin_data() -> tuple[tuple[str, str, str, str, str | None], ...]:
    """(file stem, name, kind, mapping JSON, source system) of each resources/presets/*.json, read once."""
    found = []
    for path in sorted(resource("presets").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append((path.stem, data["name"], data["kind"], json.dumps(data["mapping"]), data.get("source_system")))
    return tuple(found)


def builtin_presets() -> list[Preset]:
    """The presets shipped with salesmgr, by name."""
    presets = [Preset(name, kind, json.loads(mapping), source, True)
               for _stem, name, kind, mapping, source in _builtin_data()]
    return sorted(presets, key=lambda preset: preset.name.casefold())


def _builtin(name: str) -> Preset | None:
    """A built-in preset named ``name`` (its English name or its name in another language) ignoring case,
    spaces and punctuation, or by its file name."""
    key = normalise_header(name)
    stems = {normalise_header(stem): preset_name for stem, preset_name, *_rest in _builtin_data()}
    wanted = normalise_header(stems.get(key, name))
    return next((p for p in builtin_presets()
                 if wanted in {normalise_header(text) for text in translations(PRESETS_CONTEXT, p.name)}), None)


def _to_preset(row: ImportPreset) -> Preset:
    return Preset(row.name, row.kind, json.loads(row.mapping), row.source_system, False)


def _saved(session: Session, name: str) -> ImportPreset | None:
    query = select(ImportPreset).where(func.lower(ImportPreset.name) == name.strip().lower())
    return session.scalars(query).first()


def list_presets(session: Session, kind: str | None = None) -> list[Preset]:
    """Built-in presets, then saved ones, each group by name; only those for ``kind`` when given."""
    saved = sorted((_to_preset(row) for row in session.scalars(select(ImportPreset))),
                   key=lambda preset: preset.name.casefold())
    return [preset for preset in [*builtin_presets(), *saved] if kind is None or preset.kind == kind]


def get_preset(session: Session, name: str) -> Preset:
    """A built-in or saved preset by name, in any letter case."""
    preset = _builtin(name)
    if preset is not None:
        return preset
    row = _saved(session, name)
    if row is None:
        names = ", ".join(preset.name for preset in list_presets(session))
        raise NotFoundError("no mapping preset called {name}; known presets: {names}", name=name, names=names)
    return _to_preset(row)


def _check_preset_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError("give the mapping preset a name")
    if len(cleaned) > PRESET_NAME_LIMIT:
        raise ValidationError("a mapping preset name can be at most {limit} characters", limit=PRESET_NAME_LIMIT)
    builtin = _builtin(cleaned)
    if builtin is not None:
        raise ValidationError("{name} is the name of a built-in mapping preset; choose another name",
                              name=builtin.name)
    return cleaned


def save_preset(session: Session, name: str, kind: str, mapping: dict[str, str | None],
                source_system: str | None = None) -> None:
    """Save a preset under ``name``, replacing a saved one of that name (in any letter case)."""
    cleaned = _check_preset_name(name)
    _check_fields(mapping, _spec(kind))
    text = json.dumps(mapping, ensure_ascii=False)
    row = _saved(session, cleaned)
    if row is None:
        session.add(ImportPreset(name=cleaned, kind=kind, mapping=text, source_system=source_system))
    else:
        row.name, row.kind, row.mapping, row.source_system = cleaned, kind, text, source_system
    session.flush()


def delete_preset(session: Session, name: str) -> None:
    """Delete a saved preset; built-in presets cannot be deleted."""
    builtin = _builtin(name)
    if builtin is not None:
        raise ValidationError("{name} is a built-in mapping preset and cannot be deleted", name=builtin.name)
    row = _saved(session, name)
    if row is None:
        get_preset(session, name)  # raises the not-found error with the known names
        return
    session.delete(row)
    session.flush()


def apply_preset(preset: Preset, headers: Sequence[str]) -> dict[str, str | None]:
    """The preset's field for each header it names (compared normalised), automatic mapping for the rest."""
    known = {normalise_header(header): field_name for header, field_name in preset.mapping.items()}
    from_preset = {header: known[normalise_header(header)] for header in headers if normalise_header(header) in known}
    taken = {field_name for field_name in from_preset.values() if field_name}
    rest = _auto_map([header for header in headers if header not in from_preset], preset.kind, taken)
    return {header: from_preset[header] if header in from_preset else rest[header] for header in headers}
