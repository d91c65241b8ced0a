"""Realistic, reproducible demo data: teams, reps, accounts, leads, a pipeline with history, activities, quotas,
CSAT responses, training, a bonus plan (``demo.bonus``), the quota plan's targets and a locked quarter
(``demo.goals``), NPS answers and the quarter's goals (``demo.goal_samples``), the roadmap and its pilot
(``demo.roadmap``), and the onboarding plans of the year's new hires (``demo.onboarding``; their reviews keep
their prepared agenda up to ``AGENDA_DEALS`` opportunities).

Everything is written in one transaction, so a cancel or an error leaves the database as it was. Rows are
generated as tuples in stored form (dates as ISO text, booleans as 0/1) with pre-assigned primary keys and
written with executemany in chunks. Where the database takes such rows straight through its driver
(``dialect.accepts_raw_rows``: SQLite) the indexes of the business tables are dropped for the load and rebuilt
at the end (inside the same transaction): SQLite builds an index from sorted rows much faster than it maintains
one row by row (a million deals load in about two thirds of the time). Elsewhere the rows are converted to
Python values and go through SQLAlchemy's column types.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, func, insert, inspect, select, table
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from salesmgr.demo.bonus import BONUS_COLUMNS, bonus_rows
from salesmgr.demo.customers import add_demo_customers
from salesmgr.demo.deals import Conversion, DealMaker, Stages
from salesmgr.demo.goal_samples import NPS_COLUMNS, add_demo_goals, nps_rows
from salesmgr.demo.goals import GOALS_COLUMNS, quota_plan_rows
from salesmgr.demo.lead_scoring import ROUTING_COLUMNS, add_demo_scoring, routing_rows
from salesmgr.demo.leads import LeadMaker
from salesmgr.demo.names import DemoRandom, NameMaker
from salesmgr.demo.onboarding import add_demo_onboarding
from salesmgr.demo.org import (
    AccountMaker,
    Calendar,
    DemoRep,
    Row,
    account_count,
    make_reps,
    team_count,
    team_rows,
)
from salesmgr.demo.plan import plan_sales, quota_rows
from salesmgr.demo.roadmap import add_demo_roadmap, improve_pilot
from salesmgr.models import Activity, Base, StageDefinition, clock
from salesmgr.models.currency import base_currency, rates, set_rate
from salesmgr.models.database import Database
from salesmgr.models.dialect import (
    accepts_raw_rows,
    drop_indexes,
    fulltext_tables,
    insert_raw_rows,
    larger_cache,
    rebuild_indexes,
    refresh_statistics,
)
from salesmgr.models.errors import ValidationError
from salesmgr.models.money import to_minor
from salesmgr.models.onboarding.entities import CertificationResult, OnboardingPlan, PlanReview, PlanTask
from salesmgr.models.stats import is_empty
from salesmgr.progress import NO_PROGRESS, Progress

KEPT_TABLES = frozenset({"stage_definition", "setting", "exchange_rate", "alembic_version"})
USD_RATE = Decimal("7.10")
DEAL_CHUNK = 10_000  # opportunities per batch; with their history and activities ~50k rows
ROW_CHUNK = 20_000
AGENDA_DEALS = 10_000  # up to this many opportunities the demo's reviews keep their prepared agenda
LEADS_PER_DEAL = 1.2  # about this many leads per deal (demo.leads), for the progress total
COLUMNS: dict[str, tuple[str, ...]] = {
    "team": ("id", "name", "region", "description", "active", "created_at"),
    "rep": ("id", "name", "email", "team_id", "role", "hire_date", "manager_id", "mentor_id", "active", "created_at"),
    "account": ("id", "name", "industry", "employees", "region", "owner_id", "created_at"),
    "contact": ("id", "account_id", "name", "title", "email", "phone"),
    "opportunity": ("id", "name", "account_id", "owner_id", "stage_id", "amount_minor", "currency", "probability",
                    "created_date", "engaged_date", "expected_close_date", "closed_date", "lead_source",
                    "opportunity_type", "product", "updated_at"),
    "stage_history": ("id", "opportunity_id", "stage_id", "entered_at"),
    "activity": ("id", "rep_id", "account_id", "opportunity_id", "kind", "subject", "occurred_at", "logged_at"),
    "lead": ("id", "name", "company", "title", "email", "phone", "industry", "company_size", "region", "lead_source",
             "status", "owner_id", "created_date", "assigned_on", "converted_opportunity_id"),
    "lead_behaviour": ("lead_id", "behaviour", "occurred_on", "dated"),
    **ROUTING_COLUMNS,
    "quota": ("id", "rep_id", "team_id", "period", "amount_minor", "currency"),
    **BONUS_COLUMNS,
    **NPS_COLUMNS,
    **GOALS_COLUMNS,
}


class DemoRefused(ValidationError):
    """Demo data would overwrite real data; the user must ask for it with ``--force``."""

    def __init__(self) -> None:
        super().__init__("the database already holds data; demo data loads only into an empty database "
                         "(on the command line, --force replaces the data)")


@dataclass(frozen=True)
class DemoSummary:
    teams: int
    reps: int
    accounts: int
    contacts: int
    leads: int
    opportunities: int
    stage_history: int
    activities: int
    quotas: int
    onboarding_plans: int = 0
    onboarding_tasks: int = 0
    onboarding_reviews: int = 0
    certifications: int = 0


def load_demo(db: Database, progress: Progress = NO_PROGRESS, *, seed: int = 7, reps: int = 25,
              opportunities: int = 3000, force: bool = False, today: date | None = None) -> DemoSummary:
    """Fill the database with demo data; refuses a database with data unless ``force`` (then replaces it)."""
    if reps < 1 or opportunities < 1:
        raise ValidationError("demo data needs at least one rep and one opportunity")
    with (db.engine.connect() as connection, larger_cache(connection), connection.begin(),
          Session(bind=connection) as session):
        stages = _prepare(session, force=force)
        writer = BulkWriter(connection, fast=accepts_raw_rows(connection))
        indexes = drop_indexes(connection, COLUMNS) if writer.fast else []
        loader = _Loader(writer, progress, stages, DemoRandom(seed), today or clock.today())
        summary = loader.run(reps, opportunities)
        loader.step(f"Building {len(indexes)} indexes")
        rebuild_indexes(connection, indexes)
        loader.step("Scoring leads")
        add_demo_scoring(session, loader.cal, loader.reps)
        loader.step("Adding goals")
        improve_pilot(session, loader.cal)
        add_demo_goals(session, loader.cal.today)
        add_demo_roadmap(session, loader.cal)
        loader.step("Adding onboarding plans")
        add_demo_onboarding(session, loader.cal, loader.reps, loader.rng, agendas=opportunities <= AGENDA_DEALS)
        summary = replace(summary, **_onboarding_counts(session))
        loader.step("Adding customers")
        add_demo_customers(session, loader.cal, loader.reps, seed)
        refresh_statistics(connection)  # fresh statistics: the planner picks the right index on big data
        loader.step("Saving", finished=True)
    return summary


def _onboarding_counts(session: Session) -> dict[str, int]:
    """The onboarding rows, and the activities again (the onboarding adds the hires' first calls and visits)."""
    tables = {"onboarding_plans": OnboardingPlan, "onboarding_tasks": PlanTask, "onboarding_reviews": PlanReview,
              "certifications": CertificationResult, "activities": Activity}
    return {key: int(session.scalar(select(func.count()).select_from(entity)) or 0)
            for key, entity in tables.items()}


def _prepare(session: Session, *, force: bool) -> Stages:
    """Refuse or clear existing data, make sure USD amounts can be converted, read the pipeline stages."""
    if not is_empty(session) and not force:
        raise DemoRefused()
    _clear(session.connection())
    if base_currency(session) == "CNY" and "USD" not in rates(session):
        set_rate(session, "USD", USD_RATE)
        session.flush()
    return _stages(session)


def _clear(connection: Connection) -> None:
    """Delete every business row, children before parents (also leftovers that ``is_empty`` ignores); the
    full-text indexes are left to their owners (the knowledge part rebuilds its index)."""
    sorted_tables = inspect(connection).get_sorted_table_and_fkc_names()
    derived = fulltext_tables(connection)
    for name, _fks in reversed(sorted_tables):
        if name is not None and name not in KEPT_TABLES and name not in derived:
            connection.execute(table(name).delete())


def _stages(session: Session) -> Stages:
    rows = session.execute(select(StageDefinition.id, StageDefinition.kind, StageDefinition.default_probability)
                           .order_by(StageDefinition.position, StageDefinition.id)).all()
    by_kind = {kind: [(row.id, row.default_probability) for row in rows if row.kind == kind]
               for kind in ("open", "won", "lost")}
    if not all(by_kind.values()):
        raise ValidationError("demo data needs at least one open, one won and one lost pipeline stage")
    return Stages(tuple(by_kind["open"]), by_kind["won"][0], by_kind["lost"][0])


class BulkWriter:
    """executemany of tuples: straight to the driver when ``fast`` (``accepts_raw_rows``), else converted to
    Python values and through SQLAlchemy's column types."""

    def __init__(self, connection: Connection, *, fast: bool) -> None:
        self.connection, self.fast = connection, fast
        self.counts: Counter[str] = Counter()

    def insert(self, table_name: str, rows: Sequence[Row]) -> None:
        if not rows:
            return
        self.counts[table_name] += len(rows)
        table, columns = Base.metadata.tables[table_name], COLUMNS[table_name]
        if self.fast:
            insert_raw_rows(self.connection, table_name, columns, rows)
            return
        converters = [_converter(table.c[c].type) for c in columns]
        values = [{c: convert(v) for c, convert, v in zip(columns, converters, row, strict=True)} for row in rows]
        self.connection.execute(insert(table), values)


def _converter(column_type: TypeEngine[Any]) -> Callable[[Any], Any]:
    if isinstance(column_type, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(column_type, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(column_type, Boolean):
        return lambda v: None if v is None else bool(v)
    return lambda v: v


class _Loader:
    """Generates and writes the rows in dependency order, reporting progress once per chunk."""

    def __init__(self, writer: BulkWriter, progress: Progress, stages: Stages, rng: DemoRandom,
                 today: date) -> None:
        self.writer, self.progress, self.stages, self.rng = writer, progress, stages, rng
        self.names = NameMaker(rng)
        self.cal = Calendar.around(today)
        self.done = self.total = 0
        self.reps: list[DemoRep] = []

    def step(self, message: str, *, advance: int = 0, finished: bool = False) -> None:
        self.done = self.total if finished else self.done + advance
        self.progress.step(self.done, self.total, message)

    def run(self, rep_count: int, opportunities: int) -> DemoSummary:
        accounts, leads = account_count(rep_count, opportunities), int(opportunities * LEADS_PER_DEAL)
        self.total = accounts + opportunities + leads + opportunities // 4 + 1
        self.step("Creating teams and reps")
        reps = self.reps = make_reps(self.rng, self.names, self.cal, rep_count)
        self.writer.insert("team", team_rows(self.cal, team_count(rep_count)))
        self.writer.insert("rep", [rep.row() for rep in reps])
        maker = AccountMaker(self.rng, self.names, self.cal, reps)
        for account_rows, contact_rows in maker.batches(accounts, ROW_CHUNK):
            self.writer.insert("account", account_rows)
            self.writer.insert("contact", contact_rows)
            self.step(f"Accounts: {len(maker.data):,} of {accounts:,}", advance=len(account_rows))
        cny, usd = to_minor(Decimal(1), "CNY"), to_minor(Decimal(1), "USD")
        plan = plan_sales(self.rng, self.cal, reps, opportunities)
        self.writer.insert("quota", quota_rows(self.cal, reps, plan, cny))
        for table_name, rows in quota_plan_rows(self.cal, plan, cny).items():
            self.writer.insert(table_name, rows)
        deals = DealMaker(self.rng, self.names, self.cal, self.stages, reps, maker.data, plan, opportunities,
                          (usd, cny))
        conversions = self._deals(deals, opportunities)
        self._leads(LeadMaker(self.rng, self.names, self.cal, reps, deals.ids, maker.data), conversions, leads)
        for table_name, rows in bonus_rows(self.rng, self.cal, reps).items():
            self.writer.insert(table_name, rows)
        self.writer.insert("nps_response", nps_rows(self.rng, self.cal, reps))
        return self._summary()

    def _deals(self, deals: DealMaker, count: int) -> list[Conversion]:
        """Writes the deals; returns those that came from a lead."""
        conversions: list[Conversion] = []
        for first in range(1, count + 1, DEAL_CHUNK):
            size = min(DEAL_CHUNK, count - first + 1)
            batch = deals.batch(first, size)
            self.writer.insert("opportunity", batch.opportunities)
            self.writer.insert("stage_history", batch.history)
            self.writer.insert("activity", batch.activities)
            conversions += batch.leads
            self.step(f"Opportunities: {first + size - 1:,} of {count:,}", advance=size)
        return conversions

    def _leads(self, maker: LeadMaker, conversions: list[Conversion], estimate: int) -> None:
        """The leads with their behaviours (``demo.leads``), and how the sales reps take routed leads."""
        plans = maker.plans(conversions)
        done = 0
        for rows in maker.rows(plans, ROW_CHUNK):
            self.writer.insert("lead", rows)
            self.writer.insert("lead_behaviour", maker.behaviours)
            maker.behaviours.clear()
            done += len(rows)
            self.step(f"Leads: {done:,} of {len(plans):,}", advance=len(rows) * estimate // max(1, len(plans)))
        self.writer.insert("rep_routing", routing_rows(self.rng, self.reps))

    def _summary(self) -> DemoSummary:
        c = self.writer.counts
        return DemoSummary(teams=c["team"], reps=c["rep"], accounts=c["account"], contacts=c["contact"],
                           leads=c["lead"], opportunities=c["opportunity"], stage_history=c["stage_history"],
                           activities=c["activity"], quotas=c["quota"])
