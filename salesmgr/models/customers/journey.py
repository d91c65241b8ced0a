"""The customer journey map: its stages (JOURNEY_KEYS, in that order) with their touchpoints, each owned by a
department with what must be handed over; editable, with the seed's default (``journey_defaults``).

Definitions:

* While the ``journey_stage`` table is empty the map is the default, read without writing anything. The first
  edit writes the default rows (``ensure_journey``) and then changes them.
* A built-in stage or touchpoint keeps ``name`` None (and ``requirement`` None) while nobody edited that text: it
  is shown in the interface language. An edited text is kept as typed; a text saved unchanged (the built-in
  one, in English or in the interface language) stays built-in; clearing a name brings back the built-in one;
  clearing a requirement leaves "no requirement" (stored as "").
* ``reset_journey`` puts the default back (every edit and added touchpoint is dropped).

How accounts are placed in the stages is ``journey_figures``'.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from salesmgr.i18n import QT_TRANSLATE_NOOP, translate
from salesmgr.models.customers import journey_defaults as defaults
from salesmgr.models.customers.entities import DEPARTMENTS, JourneyStage, JourneyTouchpoint
from salesmgr.models.errors import NotFoundError, ValidationError

CONTEXT = "Journey"


@dataclass(frozen=True)
class TouchpointView:
    id: int | None  # None: the default, not written yet
    name: str
    department: str
    requirement: str
    edited: bool


@dataclass(frozen=True)
class StageView:
    id: int | None
    key: str
    name: str
    department: str
    requirement: str
    touchpoints: tuple[TouchpointView, ...]


@dataclass(frozen=True)
class Edit:
    """A stage's or touchpoint's texts as a user gives them (a blank name: the built-in one)."""

    name: str | None
    department: str
    requirement: str | None


def journey_map(session: Session) -> list[StageView]:
    """The stages in order, each with its touchpoints, their texts in the interface language when unedited."""
    stages = list(session.scalars(select(JourneyStage).order_by(JourneyStage.position)))
    if not stages:
        return [_default_stage(stage) for stage in defaults.STAGES]
    points: dict[int, list[JourneyTouchpoint]] = {}
    for point in session.scalars(select(JourneyTouchpoint).order_by(JourneyTouchpoint.position,
                                                                    JourneyTouchpoint.id)):
        points.setdefault(point.stage_id, []).append(point)
    return [_stage_view(stage, points.get(stage.id, [])) for stage in stages]


def ensure_journey(session: Session) -> None:
    """Write the default stages and touchpoints when there are none."""
    if session.scalar(select(func.count()).select_from(JourneyStage)):
        return
    for position, (key, department, _requirement, touchpoints) in enumerate(defaults.STAGES):
        stage = JourneyStage(key=key, position=position, department=department)
        session.add(stage)
        session.flush()
        for place, (builtin, _name, point_department, _point_requirement) in enumerate(touchpoints):
            session.add(JourneyTouchpoint(stage_id=stage.id, position=place, builtin_key=builtin,
                                          department=point_department))
    session.flush()


def reset_journey(session: Session) -> None:
    session.execute(delete(JourneyTouchpoint))
    session.execute(delete(JourneyStage))
    ensure_journey(session)


def stage_id(session: Session, key: str) -> int:
    """The id of the stage ``key`` (writing the default first if needed)."""
    ensure_journey(session)
    found = session.scalar(select(JourneyStage.id).where(JourneyStage.key == key))
    if found is None:
        raise NotFoundError("no journey stage {key}", key=key)
    return found


def update_stage(session: Session, key: str, given: Edit) -> None:
    stage = session.get_one(JourneyStage, stage_id(session, key))
    requirement, _points = _default_texts(key)
    stage.department = _department(given)
    stage.name = _stored(given.name, defaults.STAGE_NAMES.get(key, ""), blank=None)
    stage.requirement = _stored(given.requirement, requirement, blank="")
    session.flush()


def add_touchpoint(session: Session, key: str, given: Edit) -> int:
    """A new touchpoint at the end of the stage ``key``; its id. It needs a name."""
    if not (given.name or "").strip():
        raise ValidationError("a touchpoint needs a name")
    owner = stage_id(session, key)
    last = session.scalar(select(func.max(JourneyTouchpoint.position)).where(JourneyTouchpoint.stage_id == owner))
    point = JourneyTouchpoint(stage_id=owner, position=(last if last is not None else -1) + 1,
                              name=given.name.strip() if given.name else None, department=_department(given),
                              requirement=(given.requirement or "").strip())
    session.add(point)
    session.flush()
    return point.id


def update_touchpoint(session: Session, touchpoint_id: int, given: Edit) -> None:
    point = _touchpoint(session, touchpoint_id)
    if point.builtin_key is None and not (given.name or "").strip():
        raise ValidationError("a touchpoint needs a name")
    stage_key = session.get_one(JourneyStage, point.stage_id).key
    name, requirement = _default_texts(stage_key)[1].get(point.builtin_key or "", ("", ""))
    point.department = _department(given)
    point.name = _stored(given.name, name, blank=None)
    point.requirement = _stored(given.requirement, requirement, blank="")
    session.flush()


def delete_touchpoint(session: Session, touchpoint_id: int) -> None:
    session.delete(_touchpoint(session, touchpoint_id))
    session.flush()


def _touchpoint(session: Session, touchpoint_id: int) -> JourneyTouchpoint:
    point = session.get(JourneyTouchpoint, touchpoint_id)
    if point is None:
        raise NotFoundError("no journey touchpoint with id {id}", id=touchpoint_id)
    return point


def _department(given: Edit) -> str:
    if given.department not in DEPARTMENTS:
        raise ValidationError("the department must be one of {departments}, not {department}",
                              departments=", ".join(DEPARTMENTS), department=given.department)
    return given.department


def _stored(text: str | None, builtin: str, *, blank: str | None) -> str | None:
    """What to store for a text typed over the built-in ``builtin`` (English): None keeps the built-in one."""
    typed = (text or "").strip()
    if builtin and typed in (builtin, translate(CONTEXT, builtin)):
        return None
    return typed or blank


DEPARTMENT_LABELS = {"sales": QT_TRANSLATE_NOOP("Journey", "sales"),
                     "marketing": QT_TRANSLATE_NOOP("Journey", "marketing"),
                     "product": QT_TRANSLATE_NOOP("Journey", "product"),
                     "service": QT_TRANSLATE_NOOP("Journey", "service")}


def department_label(department: str) -> str:
    return translate(CONTEXT, DEPARTMENT_LABELS.get(department, department))


def stage_name(key: str) -> str:
    return translate(CONTEXT, defaults.STAGE_NAMES.get(key, key))


def _default_texts(key: str) -> tuple[str, dict[str, tuple[str, str]]]:
    for stage_key, _department, requirement, touchpoints in defaults.STAGES:
        if stage_key == key:
            return requirement, {p[0]: (p[1], p[3]) for p in touchpoints}
    return "", {}


def _default_stage(stage: defaults.Stage) -> StageView:
    key, department, requirement, touchpoints = stage
    return StageView(None, key, stage_name(key), department, translate(CONTEXT, requirement), tuple(
        TouchpointView(None, translate(CONTEXT, name), point_department, translate(CONTEXT, point_requirement),
                       False) for _builtin, name, point_department, point_requirement in touchpoints))


def _stage_view(stage: JourneyStage, points: list[JourneyTouchpoint]) -> StageView:
    requirement, builtin = _default_texts(stage.key)
    shown = stage.requirement if stage.requirement is not None else translate(CONTEXT, requirement)
    return StageView(stage.id, stage.key, stage.name or stage_name(stage.key), stage.department, shown,
                     tuple(_point_view(point, builtin) for point in points))


def _point_view(point: JourneyTouchpoint, builtin: dict[str, tuple[str, str]]) -> TouchpointView:
    name, requirement = builtin.get(point.builtin_key or "", ("", ""))
    return TouchpointView(point.id, point.name or translate(CONTEXT, name), point.department,
                          point.requirement if point.requirement is not None else translate(CONTEXT, requirement),
                          point.name is not None or point.requirement is not None or point.builtin_key is None)
