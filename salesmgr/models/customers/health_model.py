"""The configurable health model: one weight per input and the band limits, kept as JSON in the ``setting`` table.

Definitions:

* ``weights`` gives each input of PART_KEYS a whole weight from 0 to 100 (0: the input is not used). The score
  is the weighted average of the known inputs' points, so weights only matter relative to each other; they need
  not sum to 100.
* An account is *healthy* when its score is ``healthy_min`` or more, *watch* when it is ``watch_min`` or more,
  and *at risk* below that (``0 < watch_min < healthy_min <= 100``).
* ``min_parts`` is how many inputs must be known for a score at all (fewer: no score, no band).
* The seed's default: usage trend 25, support tickets 15, CSAT/NPS 20, last contact 10, renewal intent 20,
  payment 10; healthy from 70, watch from 40; at least 2 inputs known.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP
from salesmgr.models.config import Setting
from salesmgr.models.errors import ValidationError

SETTING_KEY = "customers.health_model"
PART_KEYS = ("usage_trend", "tickets", "satisfaction", "last_contact", "renewal_intent", "payment")
PART_LABELS = {
    "usage_trend": QT_TRANSLATE_NOOP("Customers", "Usage trend"),
    "tickets": QT_TRANSLATE_NOOP("Customers", "Support tickets"),
    "satisfaction": QT_TRANSLATE_NOOP("Customers", "CSAT/NPS"),
    "last_contact": QT_TRANSLATE_NOOP("Customers", "Last contact"),
    "renewal_intent": QT_TRANSLATE_NOOP("Customers", "Renewal intent"),
    "payment": QT_TRANSLATE_NOOP("Customers", "Payment status"),
}
WEIGHT_LIMIT = 100


@dataclass(frozen=True)
class HealthModel:
    """Weights per input (in PART_KEYS order), band limits and the inputs needed for a score."""

    weights: tuple[tuple[str, int], ...]
    healthy_min: int
    watch_min: int
    min_parts: int = 2

    def weight(self, key: str) -> int:
        return dict(self.weights).get(key, 0)

    def band(self, score: int) -> str:
        if score >= self.healthy_min:
            return "healthy"
        return "watch" if score >= self.watch_min else "at_risk"

    def as_json(self) -> dict[str, object]:
        return {"weights": dict(self.weights), "healthy_min": self.healthy_min, "watch_min": self.watch_min,
                "min_parts": self.min_parts}


DEFAULT_MODEL = HealthModel(
    weights=(("usage_trend", 25), ("tickets", 15), ("satisfaction", 20), ("last_contact", 10),
             ("renewal_intent", 20), ("payment", 10)),
    healthy_min=70, watch_min=40, min_parts=2)


def model_from_json(data: object) -> HealthModel:
    """A model from its JSON form (missing inputs get weight 0); checked."""
    if not isinstance(data, dict) or not isinstance(data.get("weights"), dict):
        raise ValidationError("The health model must give weights, healthy_min and watch_min.")
    weights = data["weights"]
    unknown = sorted(set(weights) - set(PART_KEYS))
    if unknown:
        raise ValidationError("Unknown health input {name}; use one of {choices}.", name=unknown[0],
                              choices=", ".join(PART_KEYS))
    model = HealthModel(tuple((key, _whole(weights.get(key, 0), key)) for key in PART_KEYS),
                        _whole(data.get("healthy_min"), "healthy_min"), _whole(data.get("watch_min"), "watch_min"),
                        _whole(data.get("min_parts", DEFAULT_MODEL.min_parts), "min_parts"))
    check_model(model)
    return model


def check_model(model: HealthModel) -> None:
    """Refuse weights outside 0-100, no weight at all, band limits out of order, or min_parts out of range."""
    for key, weight in model.weights:
        if not 0 <= weight <= WEIGHT_LIMIT:
            raise ValidationError("The weight of {name} must be between 0 and 100.", name=key)
    used = sum(1 for _key, weight in model.weights if weight > 0)
    if not used:
        raise ValidationError("Give at least one health input a weight above 0.")
    if not 0 < model.watch_min < model.healthy_min <= 100:
        raise ValidationError("The band limits must satisfy 0 < watch < healthy <= 100.")
    if not 1 <= model.min_parts <= used:
        raise ValidationError("The inputs needed for a score must be between 1 and {count}, the inputs in use.",
                              count=used)


def load_model(session: Session) -> HealthModel:
    """The saved model; the default when none is saved (or the saved text is no longer valid)."""
    text = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    if text is None:
        return DEFAULT_MODEL
    try:
        return model_from_json(json.loads(text))
    except (ValueError, TypeError):
        return DEFAULT_MODEL


def save_model(session: Session, model: HealthModel) -> HealthModel:
    """Check and save ``model`` (replacing the previous one)."""
    check_model(model)
    session.merge(Setting(key=SETTING_KEY, value=json.dumps(model.as_json(), sort_keys=True)))
    session.flush()
    return model


def reset_model(session: Session) -> HealthModel:
    """Back to the default model."""
    setting = session.get(Setting, SETTING_KEY)
    if setting is not None:
        session.delete(setting)
        session.flush()
    return DEFAULT_MODEL


def _whole(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("{name} must be a whole number.", name=name)
    return value
