"""The default pipeline's stages and criteria in the interface language.

A *built-in* stage is one of the six stages the first migration creates, as long as nobody renamed it: its
``StageDefinition.builtin_key`` names it (``BUILTIN_STAGES``) and its stored ``name`` is the English default.
Renaming it (in the stage editor, to anything but the name it shows) clears the key, so from then on the
user's name is shown as it is, in every language; stages a user or an import added never have a key.

Definitions:

- ``stage_label(name, key)``: what a stage is called on screen, in reports and in CLI text: the English default
  translated into the current language (context "Stages") for a built-in stage, the stored name otherwise.
- ``criterion_label(item)``: a checklist item on screen: one of the default criteria (``DEFAULT_CRITERIA``,
  compared exactly) is translated, any other text is shown as stored. This goes line by line and does not
  depend on the stage's key: renaming a stage does not turn its untouched default criteria back into English.
- ``stored_criterion(item)``: the inverse for saving: the current language's translation of a default item
  is stored as the English item, so criteria stay translatable whatever language they were saved in.
- ``stage_aliases(name, key)``: every name a lookup by name (imports, stage maps) accepts for a stage: the
  stored name and, for a built-in stage, its name in every language salesmgr has.

The language is read at each call (it can change while the program runs).
"""
from __future__ import annotations

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate, translations

CONTEXT = "Stages"

BUILTIN_STAGES: dict[str, str] = {  # key -> English default name, in pipeline order
    "lead_identified": QT_TRANSLATE_NOOP("Stages", "Lead identified"),
    "needs_confirmed": QT_TRANSLATE_NOOP("Stages", "Needs confirmed"),
    "solution_demo": QT_TRANSLATE_NOOP("Stages", "Solution demo"),
    "negotiation": QT_TRANSLATE_NOOP("Stages", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("Stages", "Won"),
    "lost": QT_TRANSLATE_NOOP("Stages", "Lost"),
}

DEFAULT_CRITERIA: frozenset[str] = frozenset({  # the first migration's checklist items, one per line
    QT_TRANSLATE_NOOP("Stages", "Company and contact identified"),
    QT_TRANSLATE_NOOP("Stages", "Fits the ideal customer profile"),
    QT_TRANSLATE_NOOP("Stages", "Customer agreed to a needs discussion"),
    QT_TRANSLATE_NOOP("Stages", "Customer confirmed the core needs"),
    QT_TRANSLATE_NOOP("Stages", "Decision maker and budget known"),
    QT_TRANSLATE_NOOP("Stages", "Customer accepts the proposed solution"),
    QT_TRANSLATE_NOOP("Stages", "Customer agrees to start commercial negotiation"),
    QT_TRANSLATE_NOOP("Stages", "Contract terms agreed"),
    QT_TRANSLATE_NOOP("Stages", "Delivery feasibility confirmed with the product team"),
    QT_TRANSLATE_NOOP("Stages", "Contract signed"),
    QT_TRANSLATE_NOOP("Stages", "Loss reason recorded"),
})


def is_builtin(name: str, key: str | None) -> bool:
    """True for a stage whose key is known and whose stored name is still that key's English default."""
    return key is not None and BUILTIN_STAGES.get(key) == name


def stage_label(name: str, key: str | None) -> str:
    """The stage's name as shown now (see the module docstring)."""
    return translate(CONTEXT, name) if is_builtin(name, key) else name


def stage_aliases(name: str, key: str | None) -> list[str]:
    """The stored name first, then (built-in stages only) the default name in every language."""
    return translations(CONTEXT, name) if is_builtin(name, key) else [name]


def criterion_label(item: str) -> str:
    return translate(CONTEXT, item) if item in DEFAULT_CRITERIA else item


def criteria_labels(items: list[str]) -> list[str]:
    return [criterion_label(item) for item in items]


def stored_criterion(item: str) -> str:
    """The English default item whose current-language label is ``item``, else ``item`` itself."""
    return _stored_items().get(item, item)


def _stored_items() -> dict[str, str]:
    return {translate(CONTEXT, item): item for item in DEFAULT_CRITERIA}
