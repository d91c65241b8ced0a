"""The onboarding status report: a Summary sheet with one row per plan, then one sheet per plan (named after the
rep) with its figures, its tasks, its reviews and its certification results.

Definitions are the domain's (``models.onboarding.plans``), on the report's day (``ReportRequest.today``, else
today): ``day`` of 90, ``done`` = done tasks / tasks, ``overdue`` = tasks not done due before the day, the mix =
the hours of done tasks by category / the hours of all done tasks. Live formulas: on a plan's sheet a task's
*on time* (done on or before its due date) and *overdue* (1 when not done and due before the report's day, the
Summary's named cell ``onboarding_as_of``), the plan's tasks (COUNT of the week column), done tasks (COUNT of the
done-on column), done % and overdue (SUM of the overdue column); the Summary's tasks, done tasks and overdue refer
to those cells and its done % divides them. The mix, the day and the reviews are values.

The active plans by default; with ``all_dates`` also the finished and cancelled ones. The team and rep filters
narrow the plans to the rep's team or the rep.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from salesmgr.exchange.export.columns import ColumnType
from salesmgr.exchange.reports.model import (
    CellValue,
    Colour,
    Column,
    KeyValue,
    KeyValues,
    Report,
    Sheet,
    Table,
    TextColours,
)
from salesmgr.exchange.reports.request import ReportRequest, filter_lines, generated_now
from salesmgr.i18n import translate
from salesmgr.models import clock
from salesmgr.models.onboarding.criteria import criterion_label
from salesmgr.models.onboarding.entities import DATA, PlanTask
from salesmgr.models.onboarding.labels import category_label, role_label, status_label, weekday_label
from salesmgr.models.onboarding.plans import (
    PlanSummary,
    certifications,
    get_plan,
    plan_reviews,
    plan_summaries,
    plan_tasks,
    task_week,
)
from salesmgr.models.onboarding.template_file import task_title, template_label
from salesmgr.models.org import Rep

AS_OF = "onboarding_as_of"  # the defined name of the report's day on the Summary sheet
def _yes_no(value: bool) -> str:
    return translate("Reports", "yes") if value else translate("Reports", "no")


def _names(plan_id: int) -> dict[str, str]:
    """The defined names of a plan's figures (on its sheet), which the Summary refers to."""
    return {key: f"onb_p{plan_id}_{key}" for key in ("tasks", "done", "overdue")}


def _summary_columns(summaries: list[PlanSummary]) -> tuple[Column, ...]:
    def refer(key: str) -> tuple[tuple[int, str], ...]:
        return tuple((index, "{$" + _names(line.id)[key] + "}") for index, line in enumerate(summaries))

    integer, percent, day = ColumnType.INTEGER, ColumnType.PERCENT, ColumnType.DATE
    return (
        Column("rep", translate("Reports", "Rep"), width=14), Column("team", translate("Reports", "Team"), width=14),
        Column("mentor", translate("Reports", "Mentor"), width=14),
        Column("template", translate("Reports", "Template"), width=18),
        Column("start", translate("Reports", "Start"), day),
        Column("day", translate("Reports", "Day (of 90)"), integer),
        Column("done", translate("Reports", "Done %"), percent, formula="IF({tasks}>0,{done_tasks}/{tasks},0)"),
        Column("tasks", translate("Reports", "Tasks"), integer, row_formulas=refer("tasks")),
        Column("done_tasks", translate("Reports", "Done tasks"), integer, row_formulas=refer("done")),
        Column("overdue", translate("Reports", "Overdue"), integer, row_formulas=refer("overdue")),
        Column("practice", translate("Reports", "Practice (70 %)"), percent),
        Column("feedback", translate("Reports", "Feedback (20 %)"), percent),
        Column("formal", translate("Reports", "Formal training (10 %)"), percent),
        Column("next_review", translate("Reports", "Next review"), day),
        Column("last_review", translate("Reports", "Last review"), day),
        Column("status", translate("Reports", "Status"), width=10),
    )


def _summary_row(line: PlanSummary) -> tuple[CellValue, ...]:
    mix = line.mix or {}
    return (line.rep, line.team or "", line.mentor or "", template_label(line.template or "", line.template_key),
            line.start, line.day, line.done if line.done is not None else 0, line.tasks, line.done_tasks,
            line.overdue, mix.get("practice"), mix.get("feedback"), mix.get("formal"), line.next_review,
            line.last_review, status_label(line.status))


def _task_columns() -> tuple[Column, ...]:
    on_time = 'IF(COUNT({done_on})=0,"{no}",IF({done_on}<={due},"{yes}","{no}"))'
    on_time = on_time.replace("{no}", _yes_no(False)).replace("{yes}", _yes_no(True))
    return (
        Column("week", translate("Reports", "Week"), ColumnType.INTEGER),
        Column("due", translate("Reports", "Due"), ColumnType.DATE),
        Column("weekday", translate("Reports", "Weekday")),
        Column("title", translate("Reports", "Task"), width=36),
        Column("category", translate("Reports", "Category"), width=12),
        Column("owner", translate("Reports", "Owner"), width=10),
        Column("criterion", translate("Reports", "Completes itself when"), width=18),
        Column("done_on", translate("Reports", "Done on"), ColumnType.DATE),
        Column("done_by", translate("Reports", "Done by"), width=12),
        Column("note", translate("Reports", "Note"), width=20),
        Column("on_time", translate("Reports", "On time"), formula=on_time),
        Column("overdue", translate("Reports", "Overdue"), ColumnType.INTEGER,
               formula="IF(COUNT({done_on})=0,IF({due}<{$" + AS_OF + "},1,0),0)"),
    )


def _task_row(task: PlanTask, start: date, day: date) -> tuple[CellValue, ...]:
    done_by = translate("Reports", "data") if task.done_by == DATA else task.done_by or ""
    on_time = task.done_on is not None and task.done_on <= task.due_date
    overdue = 1 if task.done_on is None and task.due_date < day else 0
    return (task_week(start, task.due_date), task.due_date, weekday_label(task.due_date),
            task_title(task.title, task.builtin_key), category_label(task.category),
            role_label(task.owner_role), criterion_label(task.criterion) if task.criterion else "",
            task.done_on, done_by, task.done_note or "", _yes_no(on_time), overdue)


def _plan_sheet(session: Session, line: PlanSummary, day: date) -> Sheet:
    plan = get_plan(session, line.id)
    tasks = plan_tasks(session, plan.id)
    key = f"plan{plan.id}_tasks"
    names = _names(plan.id)
    last = len(tasks) - 1
    tasks_cell, done_cell = "{$" + names["tasks"] + "}", "{$" + names["done"] + "}"
    done_percent = f"IF({tasks_cell}>0,{done_cell}/{tasks_cell},0)"
    figures = KeyValues((
        KeyValue(translate("Reports", "Rep"), line.rep), KeyValue(translate("Reports", "Team"), line.team or ""),
        KeyValue(translate("Reports", "Mentor"), line.mentor or ""),
        KeyValue(translate("Reports", "Template"), template_label(line.template or "", line.template_key)),
        KeyValue(translate("Reports", "Start"), line.start, ColumnType.DATE),
        KeyValue(translate("Reports", "Day (of 90)"), line.day, ColumnType.INTEGER),
        KeyValue(translate("Reports", "Status"), status_label(line.status)),
        KeyValue(translate("Reports", "Tasks"), line.tasks, ColumnType.INTEGER, name=names["tasks"],
                 formula=f"COUNT({{{key}:week@0}}:{{{key}:week@{last}}})" if tasks else None),
        KeyValue(translate("Reports", "Done tasks"), line.done_tasks, ColumnType.INTEGER, name=names["done"],
                 formula=f"COUNT({{{key}:done_on@0}}:{{{key}:done_on@{last}}})" if tasks else None),
        KeyValue(translate("Reports", "Done %"), line.done or 0, ColumnType.PERCENT, formula=done_percent),
        KeyValue(translate("Reports", "Overdue"), line.overdue, ColumnType.INTEGER, name=names["overdue"],
                 formula=f"SUM({{{key}:overdue@0}}:{{{key}:overdue@{last}}})" if tasks else None),
    ))
    colours = ((_yes_no(True), Colour.GREEN), (_yes_no(False), Colour.AMBER))
    task_table = Table(key, _task_columns(), [_task_row(task, plan.start_date, day) for task in tasks],
                       title=translate("Reports", "Tasks"), text_colours=(TextColours("on_time", colours),))
    return Sheet(line.rep, (figures, task_table, _reviews(session, plan.id), _certifications(session, plan.rep_id)))


def _reviews(session: Session, plan_id: int) -> Table:
    columns = (Column("held_on", translate("Reports", "Held on"), ColumnType.DATE),
               Column("by", translate("Reports", "By"), width=14),
               Column("went_well", translate("Reports", "What went well"), width=30),
               Column("to_improve", translate("Reports", "What to improve"), width=30),
               Column("next_steps", translate("Reports", "Next steps"), width=30))
    rows = [(review.held_on, f"{review.author or ''} ({role_label(review.author_role)})".strip(),
             review.went_well or "", review.to_improve or "", review.next_steps or "")
            for review in plan_reviews(session, plan_id)]
    return Table(f"plan{plan_id}_reviews", columns, rows, title=translate("Reports", "Reviews"))


def _certifications(session: Session, rep_id: int) -> Table:
    columns = (Column("name", translate("Reports", "Certification"), width=30),
               Column("taken_on", translate("Reports", "Taken on"), ColumnType.DATE),
               Column("score", translate("Reports", "Score"), ColumnType.INTEGER),
               Column("passed", translate("Reports", "Passed")), Column("note", translate("Reports", "Note")))
    rows = [(result.name, result.taken_on, result.score, _yes_no(result.passed), result.note or "")
            for result in certifications(session, rep_id)]
    return Table(f"rep{rep_id}_certifications", columns, rows, title=translate("Reports", "Certification results"))


def _wanted(session: Session, line: PlanSummary, request: ReportRequest) -> bool:
    if request.rep_id is not None:
        return line.rep_id == request.rep_id
    if request.team_id is not None:
        rep = session.get(Rep, line.rep_id)
        return rep is not None and rep.team_id == request.team_id
    return True


def build(session: Session, request: ReportRequest) -> Report:
    """The report (see the module); the plans newest start first."""
    day = request.today or clock.today()
    lines = [line for line in plan_summaries(session, day, include_finished=request.all_dates)
             if _wanted(session, line, request)]
    if not request.all_dates:
        lines = [line for line in lines if line.status == "active"]
    as_of = KeyValues((KeyValue(translate("Reports", "As of"), day, ColumnType.DATE, name=AS_OF),))
    title = (translate("Reports", "Onboarding plans") if lines
             else translate("Reports", "No onboarding plans to show"))
    summary = Table("onboarding_summary", _summary_columns(lines), [_summary_row(line) for line in lines],
                    title=title)
    sheets = (Sheet(translate("Reports", "Summary"), (as_of, summary)),
              *(_plan_sheet(session, line, day) for line in lines))
    period = (translate("Reports", "every plan on {day}") if request.all_dates
              else translate("Reports", "active plans on {day}")).format(day=day.isoformat())
    return Report(translate("Reports", "Onboarding status"), period, filter_lines(session, request), generated_now(),
                  sheets)
