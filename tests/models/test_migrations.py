from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from salesmgr.i18n import set_language
from salesmgr.models import Base
from salesmgr.models.database import Database, current_revision, head_revision, migrate, open_database
from salesmgr.models.identity import KEY as DATABASE_ID_KEY
from salesmgr.models.pipeline.entities import stage_names


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


@pytest.mark.filterwarnings("ignore:.*expression-based index")  # checked on its own below
def test_head_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def _migrated(path: Path) -> Database:
    """A new database made the old way: every migration replayed from an empty file."""
    db = open_database(path, migrate=False)
    migrate(db, "upgrade", "head")
    return db


def _schema(db: Database) -> dict[str, Any]:
    """Per table what SQLite reports: columns, primary key, foreign keys, indexes (with their SQL, so that
    expression indexes count), unique and check constraints. Names and definitions, not their order."""
    with db.engine.connect() as connection:
        found = inspect(connection)
        index_sql = dict(connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())
        return {table: {
            "columns": sorted((c["name"], str(c["type"]), c["nullable"], c["default"])
                              for c in found.get_columns(table)),
            "primary key": found.get_pk_constraint(table)["constrained_columns"],
            "foreign keys": sorted((tuple(k["constrained_columns"]), k["referred_table"], tuple(k["referred_columns"]),
                                    str(k.get("options"))) for k in found.get_foreign_keys(table)),
            "indexes": sorted((i["name"], str(i["column_names"]), str(i.get("expressions")), i["unique"],
                               " ".join((index_sql.get(i["name"]) or "").split())) for i in found.get_indexes(table)),
            "unique": sorted(tuple(u["column_names"]) for u in found.get_unique_constraints(table)),
            "checks": sorted(" ".join(c["sqltext"].split()) for c in found.get_check_constraints(table)),
        } for table in found.get_table_names()}


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in order; the database's identity is random, so only its presence counts."""
    with db.engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        rows = {t: sorted(map(tuple, connection.exec_driver_sql(f'SELECT * FROM "{t}"').all()), key=repr)
                for t in tables}
    rows["setting"] = [(key, "<id>" if key == DATABASE_ID_KEY else value) for key, value in rows["setting"]]
    return rows


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_a_new_database_is_made_in_one_go_as_the_migrations_would_make_it(db: Database, tmp_path: Path) -> None:
    """The ``db`` fixture is a new database (created from the models and stamped); the other one replays the 13
    migrations. Same tables, columns, keys, indexes, constraints and seed rows (the six stages with their keys,
    the base currency, an identity, the three roadmap phases), and both at head."""
    migrated = _migrated(tmp_path / "migrated.sqlite")
    try:
        assert current_revision(db) == current_revision(migrated) == head_revision()
        direct, replayed = _schema(db), _schema(migrated)
        assert set(direct) == set(Base.metadata.tables) | {"alembic_version"}
        for table in sorted(set(direct) | set(replayed)):
            assert direct.get(table) == replayed.get(table), table
        assert _rows(db) == _rows(migrated)
        assert len(_rows(db)["stage_definition"]) == 6 and len(_rows(db)["roadmap_phase"]) == 3
    finally:
        migrated.close()


def test_a_database_made_in_one_go_takes_later_migrations(db: Database) -> None:
    """Stamped at head, it goes down and up like a migrated one, and opening it again changes nothing."""
    migrate(db, "downgrade", "0012")
    assert current_revision(db) == "0012" and "onboarding_plan" not in _tables(db)
    reopened = open_database(db.path)
    try:
        assert current_revision(reopened) == head_revision()
        assert reopened.backup_path is not None  # upgraded as an existing database: backed up first
    finally:
        reopened.close()


def test_downgrade_to_empty_and_upgrade_again(db: Database) -> None:
    assert _tables(db) == set(Base.metadata.tables) | {"alembic_version"}
    migrate(db, "downgrade", "base")
    assert _tables(db) == {"alembic_version"}
    assert current_revision(db) is None
    migrate(db, "upgrade", "head")
    assert current_revision(db) == head_revision()
    assert _tables(db) == set(Base.metadata.tables) | {"alembic_version"}
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM stage_definition").scalar() == 6


def test_the_funnel_index_covers_the_deal_date_expression(db: Database) -> None:
    """Alembic cannot compare expression indexes on SQLite, so this one is checked by its SQL."""
    with db.engine.connect() as connection:
        sql = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = "
                                         "'ix_opportunity_stage_currency_deal_date'").scalar()
    assert sql is not None and "stage_id, currency, coalesce(closed_date, expected_close_date), amount_minor" in sql
    with db.engine.connect() as connection:
        sql = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = "
                                         "'ix_opportunity_owner_deal_date'").scalar()
    assert sql is not None and "owner_id, coalesce(closed_date, expected_close_date), stage_id, currency" in sql


def test_upgrade_to_0008_keys_the_default_stages_nobody_renamed(db: Database) -> None:
    """From 0007 on a database where Negotiation was renamed and a CRM added a stage called "Won deal"."""
    migrate(db, "downgrade", "0007")
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE stage_definition SET name = 'Verhandlung' WHERE name = 'Negotiation'")
        connection.exec_driver_sql("UPDATE stage_definition SET position = position + 1 WHERE position > 4")
        connection.exec_driver_sql("INSERT INTO stage_definition (name, position, kind, default_probability, "
                                   "entry_criteria, exit_criteria) VALUES ('Won deal', 5, 'open', 0, '', '')")
    migrate(db, "upgrade", "head")
    with db.engine.connect() as connection:
        keys = connection.exec_driver_sql("SELECT name, builtin_key FROM stage_definition ORDER BY position").all()
    assert [tuple(row) for row in keys] == [
        ("Lead identified", "lead_identified"), ("Needs confirmed", "needs_confirmed"),
        ("Solution demo", "solution_demo"), ("Verhandlung", None), ("Won deal", None), ("Won", "won"),
        ("Lost", "lost")]
    set_language("zh_CN")
    try:
        with db.session() as session:
            assert stage_names(session) == [
                "线索识别", "需求确认", "方案演示", "Verhandlung", "Won deal", "赢单", "输单"]
    finally:
        set_language("en")
    migrate(db, "downgrade", "0007")  # and back: the column goes, the stages stay
    with db.engine.connect() as connection:
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(stage_definition)")]
        count = connection.exec_driver_sql("SELECT count(*) FROM stage_definition").scalar()
    assert "builtin_key" not in columns and count == 7


def test_0011_adds_the_quota_plan_tables_and_takes_them_away_again(db: Database) -> None:
    """Down to 0010 the plan's tables go and the quotas stay; up again they come back empty."""
    plan_tables = {"quota_target", "quota_lock", "quota_audit"}
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO team (name, active, created_at) VALUES ('North', 1, '2026-01-01')")
        connection.exec_driver_sql("INSERT INTO quota (team_id, period, amount_minor, currency) "
                                   "VALUES (1, '2026Q3', 100, 'CNY')")
        connection.exec_driver_sql("INSERT INTO quota_lock (period, locked_at, locked_by) "
                                   "VALUES ('2026Q3', '2026-10-01 00:00:00', 'boss')")
    migrate(db, "downgrade", "0010")
    assert _tables(db) & plan_tables == set() and current_revision(db) == "0010"
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM quota").scalar() == 1
    migrate(db, "upgrade", "head")
    assert plan_tables <= _tables(db)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM quota_lock").scalar() == 0


def test_0012_adds_the_roadmap_with_the_seeds_three_phases_and_takes_it_away_again(db: Database) -> None:
    """Up to head the three built-in phases are there; down to 0011 the roadmap's tables go and the goals stay."""
    roadmap_tables = {"roadmap_phase", "roadmap_milestone", "roadmap_milestone_goal", "roadmap_pilot"}
    with db.engine.connect() as connection:
        keys = connection.exec_driver_sql("SELECT builtin_key FROM roadmap_phase ORDER BY position").scalars().all()
    assert keys == ["foundation", "capability", "collaboration"]
    with db.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO goal (dimension, metric, parameters, owner_type, period, baseline, "
                                   "target, direction, created_at) VALUES ('financial', 'won_revenue', '{}', "
                                   "'company', '2026Q3', '1', '2', 'higher', '2026-01-01')")
        connection.exec_driver_sql("INSERT INTO roadmap_milestone (phase_id, title, due_date) "
                                   "VALUES (1, 'CRM clean-up', '2026-07-01')")
        connection.exec_driver_sql("INSERT INTO roadmap_milestone_goal (milestone_id, goal_id) VALUES (1, 1)")
    migrate(db, "downgrade", "0011")
    assert _tables(db) & roadmap_tables == set() and current_revision(db) == "0011"
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM goal").scalar() == 1
    migrate(db, "upgrade", "head")
    assert roadmap_tables <= _tables(db)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM roadmap_phase").scalar() == 3
        assert connection.exec_driver_sql("SELECT count(*) FROM roadmap_milestone").scalar() == 0


def test_0014_marks_the_entries_the_opportunity_import_derived(db: Database) -> None:
    """From 0013: a CRM deal (external id) created 2026-01-05 with entries at that midnight (what the opportunity
    import wrote: derived) and at 10:30 later (a move: user), and a deal made in salesmgr with a midnight entry
    on its created date (no CRM id, so a user's)."""
    migrate(db, "downgrade", "0013")
    with db.engine.begin() as connection:
        for opp_id, external_id in ((1, "'006A'"), (2, "NULL")):
            connection.exec_driver_sql(
                "INSERT INTO opportunity (id, external_id, source_system, name, stage_id, currency, created_date, "
                f"updated_at) VALUES ({opp_id}, {external_id}, 'salesforce', 'Deal {opp_id}', 1, 'CNY', '2026-01-05', "
                "'2026-01-05 00:00:00')")
        for entry_id, opp_id, entered in ((1, 1, "2026-01-05 00:00:00.000000"), (2, 1, "2026-01-07 10:30:00.000000"),
                                          (3, 2, "2026-01-05 00:00:00.000000")):
            connection.exec_driver_sql("INSERT INTO stage_history (id, opportunity_id, stage_id, entered_at) VALUES "
                                       f"({entry_id}, {opp_id}, 1, '{entered}')")
    migrate(db, "upgrade", "head")
    with db.engine.connect() as connection:
        origins = connection.exec_driver_sql("SELECT id, origin FROM stage_history ORDER BY id").all()
    assert [tuple(row) for row in origins] == [(1, "derived"), (2, "user"), (3, "user")]
    migrate(db, "downgrade", "0013")
    with db.engine.connect() as connection:
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(stage_history)")]
        count = connection.exec_driver_sql("SELECT count(*) FROM stage_history").scalar()
    assert "origin" not in columns and "external_id" not in columns and count == 3
