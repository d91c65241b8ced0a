from __future__ import annotations

import re
import statistics
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

import salesmgr.demo as demo_module
from salesmgr.demo import DemoRefused, DemoSummary, load_demo
from salesmgr.models.config import Setting
from salesmgr.models.currency import rates, set_rate
from salesmgr.models.database import Database, open_database
from salesmgr.models.dialect import fulltext_tables
from salesmgr.models.errors import ValidationError
from salesmgr.progress import Cancelled, Progress

TODAY = date(2026, 11, 27)
PERIODS = ["2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3", "2026Q4"]
BUSINESS_TABLES = ["team", "rep", "account", "contact", "lead", "opportunity", "stage_history", "activity", "quota"]
OPPS = 2000
CJK = re.compile(r"[\u4e00-\u9fff]")
PERIOD_SQL = "strftime('%Y', {0}) || 'Q' || ((CAST(strftime('%m', {0}) AS INTEGER) + 2) / 3)"


def load(db: Database, **kwargs: Any) -> DemoSummary:
    kwargs.setdefault("opportunities", OPPS)
    kwargs.setdefault("today", TODAY)
    return load_demo(db, **kwargs)


def rows(db: Database, sql: str, **params: Any) -> list[Any]:
    with db.engine.connect() as connection:
        return list(connection.execute(text(sql), params).all())


def scalar(db: Database, sql: str, **params: Any) -> Any:
    with db.engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def dump(db: Database, *, everything: bool = False) -> dict[str, list[Any]]:
    """Every business row; with ``everything`` also the schema and the kept tables, timestamps included."""
    result = {name: rows(db, f"SELECT * FROM {name} ORDER BY id") for name in BUSINESS_TABLES}
    result["exchange_rate"] = rows(db, "SELECT currency, rate FROM exchange_rate ORDER BY currency")
    if everything:
        result["schema"] = rows(db, "SELECT type, name, sql FROM sqlite_master ORDER BY name")
        for name in ("exchange_rate", "setting", "stage_definition", "alembic_version"):
            result[name] = rows(db, f"SELECT * FROM {name} ORDER BY 1")
    return result


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.sqlite")
    yield database
    database.close()


@pytest.fixture
def loaded(db: Database) -> Database:
    load(db)
    return db


def test_summary_matches_the_tables(db: Database) -> None:
    summary = load(db)
    counts = {name: scalar(db, f"SELECT count(*) FROM {name}") for name in BUSINESS_TABLES}
    assert summary == DemoSummary(teams=counts["team"], reps=counts["rep"], accounts=counts["account"],
                                  contacts=counts["contact"], leads=counts["lead"],
                                  opportunities=counts["opportunity"], stage_history=counts["stage_history"],
                                  activities=counts["activity"], quotas=counts["quota"],
                                  onboarding_plans=scalar(db, "SELECT count(*) FROM onboarding_plan"),
                                  onboarding_tasks=scalar(db, "SELECT count(*) FROM onboarding_task"),
                                  onboarding_reviews=scalar(db, "SELECT count(*) FROM onboarding_review"),
                                  certifications=scalar(db, "SELECT count(*) FROM onboarding_certification"))
    assert summary.reps == 25 and summary.opportunities == OPPS
    assert 3 <= summary.teams <= 4
    assert summary.contacts > summary.accounts > 0
    assert summary.activities > OPPS and summary.stage_history > 2 * OPPS and summary.leads > OPPS // 2


@pytest.mark.parametrize("reps", [1, 3, 5, 12, 40])
def test_any_number_of_reps(db: Database, reps: int) -> None:
    summary = load(db, reps=reps, opportunities=300)
    assert summary.reps == reps and summary.opportunities == 300
    assert scalar(db, "SELECT count(*) FROM rep WHERE role = 'manager'") == summary.teams
    assert scalar(db, "SELECT count(*) FROM team t WHERE NOT EXISTS "
                      "(SELECT 1 FROM rep r WHERE r.team_id = t.id AND r.role = 'manager')") == 0


def test_bad_arguments(db: Database) -> None:
    with pytest.raises(ValidationError):
        load(db, reps=0)
    with pytest.raises(ValidationError):
        load(db, opportunities=0)


def test_refuses_a_database_with_data(loaded: Database) -> None:
    before = dump(loaded, everything=True)
    with pytest.raises(DemoRefused) as caught:
        load(loaded, seed=8)
    assert str(caught.value) == ("the database already holds data; demo data loads only into an empty database "
                                 "(on the command line, --force replaces the data)")
    assert isinstance(caught.value, ValidationError)
    assert dump(loaded, everything=True) == before


def test_force_replaces_the_data_and_keeps_the_settings(loaded: Database, other_db: Database) -> None:
    with loaded.session() as session:
        session.add(Setting(key="ui.language", value="zh_CN"))
        set_rate(session, "EUR", Decimal("7.80"))
    summary = load(loaded, seed=8, reps=12, opportunities=500, force=True)
    assert summary.reps == 12 and summary.opportunities == 500
    load(other_db, seed=8, reps=12, opportunities=500)
    assert {k: v for k, v in dump(loaded).items() if k != "exchange_rate"} == \
        {k: v for k, v in dump(other_db).items() if k != "exchange_rate"}
    assert scalar(loaded, "SELECT value FROM setting WHERE key = 'ui.language'") == "zh_CN"
    with loaded.session() as session:
        assert set(rates(session)) == {"EUR", "USD"}
    assert scalar(loaded, "SELECT count(*) FROM stage_definition") == 6


def test_same_seed_same_data(db: Database, other_db: Database) -> None:
    load(db, seed=11)
    load(other_db, seed=11)
    assert dump(db) == dump(other_db)


def test_other_seed_other_data(db: Database, other_db: Database) -> None:
    load(db, seed=11)
    load(other_db, seed=12)
    assert dump(db)["opportunity"] != dump(other_db)["opportunity"]


def test_portable_insert_path_writes_the_same_rows(db: Database, other_db: Database,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    load(db, opportunities=500)
    monkeypatch.setattr(demo_module, "accepts_raw_rows", lambda _connection: False)
    load(other_db, opportunities=500)
    assert dump(db) == dump(other_db)


def cancelling_after(steps: int) -> Progress:
    calls = iter(range(10**6))
    return Progress(is_cancelled=lambda: next(calls) >= steps)


@pytest.mark.parametrize("steps", [0, 1, 3])
def test_cancel_leaves_an_empty_database_empty(db: Database, steps: int) -> None:
    before = dump(db, everything=True)
    with pytest.raises(Cancelled):
        load(db, progress=cancelling_after(steps))
    assert dump(db, everything=True) == before
    assert all(not table for name, table in dump(db).items() if name in BUSINESS_TABLES)


@pytest.mark.parametrize("failing_message", ["Opportunities", "Building", "Saving"])
def test_cancel_or_error_while_replacing_keeps_the_old_data(loaded: Database, failing_message: str) -> None:
    before = dump(loaded, everything=True)

    def fail(_done: int, _total: int, message: str) -> None:
        if message.startswith(failing_message):
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        load(loaded, seed=9, force=True, progress=Progress(fail))
    assert dump(loaded, everything=True) == before
    with pytest.raises(Cancelled):
        load(loaded, seed=9, force=True, progress=cancelling_after(4))
    assert dump(loaded, everything=True) == before


def test_progress_counts_up_to_the_total(db: Database) -> None:
    calls: list[tuple[int, int, str]] = []
    load(db, progress=Progress(lambda done, total, message: calls.append((done, total, message))))
    assert len(calls) >= 5
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls)
    assert len({total for _, total, _ in calls}) == 1
    assert calls[-1][0] == calls[-1][1]
    assert all(message for _, _, message in calls)
    assert any(re.fullmatch(r"Building [1-9][0-9]* indexes", message) for _, _, message in calls)


def test_connection_settings_and_schema_are_restored(db: Database) -> None:
    def settings() -> list[Any]:
        with db.engine.connect() as connection:
            return [connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                    for name in ("cache_size", "synchronous", "foreign_keys", "journal_mode")]

    before, schema = settings(), dump(db, everything=True)["schema"]
    load(db)
    assert settings() == before
    with db.engine.connect() as connection:
        searching = fulltext_tables(connection)  # the knowledge base's search index, made by the demo's part 3
    after = [entry for entry in dump(db, everything=True)["schema"]
             if not entry[1].startswith("sqlite_stat") and entry[1] not in searching]
    assert searching and after == schema  # the indexes dropped for the load are back (ANALYZE only adds its
    # statistics)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_teams_and_reps(loaded: Database) -> None:
    teams = [name for (name,) in rows(loaded, "SELECT name FROM team")]
    assert "华东大区 East China" in teams and 3 <= len(teams) <= 4
    roles = dict(rows(loaded, "SELECT role, count(*) FROM rep GROUP BY role"))
    assert roles["manager"] == len(teams) and roles["rep"] > 0 and roles["senior"] > 0 and roles["sdr"] > 0
    names = [name for (name,) in rows(loaded, "SELECT name FROM rep")]
    assert any(CJK.search(n) for n in names) and any(n.isascii() for n in names)
    assert scalar(loaded, "SELECT count(*) FROM rep WHERE email NOT LIKE '%_@_%._%'") == 0
    assert scalar(loaded, "SELECT count(*) FROM rep r JOIN rep m ON m.id = r.manager_id "
                          "WHERE m.role != 'manager' OR m.team_id != r.team_id") == 0


def test_a_few_new_hires_with_a_mentor(loaded: Database) -> None:
    recent = (TODAY - timedelta(days=90)).isoformat()
    hires = rows(loaded, "SELECT r.hire_date, r.team_id, m.team_id, m.hire_date FROM rep r "
                         "LEFT JOIN rep m ON m.id = r.mentor_id WHERE r.hire_date > :recent", recent=recent)
    assert 3 <= len(hires) <= 4
    for hire_date, team, mentor_team, mentor_hired in hires:
        assert mentor_team == team and mentor_hired < hire_date <= TODAY.isoformat()
    assert scalar(loaded, "SELECT count(*) FROM rep WHERE mentor_id IS NOT NULL") == len(hires)


def test_new_hires_relative_to_the_real_today(db: Database) -> None:
    load_demo(db, opportunities=300)
    recent = (date.today() - timedelta(days=90)).isoformat()
    assert 3 <= scalar(db, "SELECT count(*) FROM rep WHERE hire_date > :recent", recent=recent) <= 4
    assert scalar(db, "SELECT max(created_date) FROM opportunity") <= date.today().isoformat()


def test_accounts_contacts_and_leads_look_real(loaded: Database) -> None:
    names = [name for (name,) in rows(loaded, "SELECT name FROM account")]
    chinese = [n for n in names if CJK.search(n)]
    assert len(chinese) > len(names) / 2 and any(n.endswith("有限公司") for n in chinese)
    assert any(n.isascii() for n in names)
    assert scalar(loaded, "SELECT count(DISTINCT industry) FROM account") >= 5
    assert scalar(loaded, "SELECT count(*) FROM account WHERE employees IS NULL OR region IS NULL "
                          "OR owner_id IS NULL") == 0
    assert scalar(loaded, "SELECT count(*) FROM account a WHERE NOT EXISTS "
                          "(SELECT 1 FROM contact c WHERE c.account_id = a.id)") == 0
    statuses = {s for (s,) in rows(loaded, "SELECT DISTINCT status FROM lead")}
    assert statuses == {"new", "nurturing", "assigned", "converted", "disqualified"}
    sources = {s for (s,) in rows(loaded, "SELECT DISTINCT lead_source FROM lead")}
    assert {"Website", "Webinar", "Trade show", "Referral", "官网", "展会"} <= sources
    assert scalar(loaded, "SELECT count(*) FROM lead l JOIN opportunity o ON o.id = l.converted_opportunity_id "
                          "WHERE l.status != 'converted' OR l.created_date > o.created_date") == 0


def test_opportunity_fields(loaded: Database) -> None:
    first = (date(2024, 10, 1)).isoformat()
    assert rows(loaded, "SELECT min(created_date) >= :first, max(created_date) <= :today FROM opportunity",
                first=first, today=TODAY.isoformat()) == [(1, 1)]
    currencies = dict(rows(loaded, "SELECT currency, count(*) FROM opportunity GROUP BY currency"))
    assert set(currencies) == {"CNY", "USD"} and 0 < currencies["USD"] < currencies["CNY"] / 5
    assert scalar(loaded, "SELECT rate FROM exchange_rate WHERE currency = 'USD'") == "7.10"
    assert scalar(loaded, "SELECT count(*) FROM opportunity WHERE amount_minor <= 0 OR amount_minor % 100 != 0") == 0
    types = {t for (t,) in rows(loaded, "SELECT DISTINCT opportunity_type FROM opportunity")}
    assert types == {"New business", "Renewal", "Upsell"}
    assert scalar(loaded, "SELECT count(*) FROM opportunity WHERE product IS NULL OR lead_source IS NULL") == 0
    assert scalar(loaded, "SELECT count(*) FROM opportunity o JOIN stage_definition s ON s.id = o.stage_id "
                          "WHERE o.probability != s.default_probability") == 0
    open_stages = rows(loaded, "SELECT s.position, count(*) FROM opportunity o JOIN stage_definition s "
                               "ON s.id = o.stage_id WHERE s.kind = 'open' GROUP BY s.position")
    assert len(open_stages) == 4
    assert scalar(loaded, "SELECT count(*) FROM opportunity o JOIN stage_definition s ON s.id = o.stage_id "
                          "WHERE (s.kind = 'open') != (o.closed_date IS NULL) OR "
                          "(s.kind = 'open' AND (o.expected_close_date < date(:today, '-30 days')))",
                  today=TODAY.isoformat()) == 0
    old = "SELECT avg(s.kind != 'open') FROM opportunity o JOIN stage_definition s ON s.id = o.stage_id " \
          "WHERE o.created_date < :cutoff"
    assert scalar(loaded, old, cutoff=(TODAY - timedelta(days=365)).isoformat()) > 0.95


def assert_history_follows_the_pipeline(db: Database) -> None:
    """Each deal entered the open stages in position order from the first, one row per stage, and its last
    row is its current stage; a closed deal's last row is on its closed date."""
    history = rows(db, """
        SELECT h.opportunity_id, h.entered_at, s.kind, s.position, s.id, h.id
        FROM stage_history h JOIN stage_definition s ON s.id = h.stage_id
        ORDER BY h.opportunity_id, h.entered_at""")
    opportunities = {r[0]: r[1:] for r in rows(db, "SELECT id, stage_id, created_date, closed_date FROM opportunity")}
    open_positions = [p for (p,) in rows(db, "SELECT position FROM stage_definition WHERE kind = 'open' "
                                             "ORDER BY position")]
    paths: dict[int, list[Any]] = {}
    for opportunity_id, *entry in history:
        paths.setdefault(opportunity_id, []).append(entry)
    assert set(paths) == set(opportunities)
    for opportunity_id, path in paths.items():
        stage_id, created, closed = opportunities[opportunity_id]
        times = [entered for entered, *_ in path]
        assert len({t[:10] for t in times}) == len(times), "one stage change a day at most"
        assert [row_id for *_, row_id in path] == sorted(row_id for *_, row_id in path), "written in time order"
        assert times[0][:10] == created and path[-1][3] == stage_id
        *passed, last = [kind for _, kind, *_ in path]
        in_open = passed + ([last] if last == "open" else [])
        assert set(in_open) == {"open"}
        assert [pos for _, _, pos, *_ in path[: len(in_open)]] == open_positions[: len(in_open)]
        assert (closed == times[-1][:10]) if last != "open" else closed is None


def test_stage_history_follows_the_pipeline(loaded: Database) -> None:
    assert_history_follows_the_pipeline(loaded)


@pytest.mark.parametrize("change", [
    "DELETE FROM stage_definition WHERE name = 'Solution demo'",
    "INSERT INTO stage_definition (name, position, kind, default_probability, entry_criteria, exit_criteria) "
    "VALUES ('Contract review', 7, 'open', 90, '', ''), ('Procurement', 8, 'open', 95, '', '')",
    "UPDATE stage_definition SET position = 10 - position",
], ids=["three open stages", "six open stages", "reversed positions"])
def test_stages_are_read_from_the_database(db: Database, change: str) -> None:
    with db.engine.begin() as connection:
        connection.exec_driver_sql(change)
    load(db, opportunities=500)
    assert_history_follows_the_pipeline(db)
    assert scalar(db, "SELECT count(*) FROM opportunity o JOIN stage_definition s ON s.id = o.stage_id "
                      "WHERE o.probability != s.default_probability") == 0


def test_a_pipeline_without_a_won_stage_is_refused(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE stage_definition SET kind = 'lost' WHERE kind = 'won'")
    with pytest.raises(ValidationError, match="won"):
        load(db)
    assert all(not table for name, table in dump(db).items() if name in BUSINESS_TABLES)


def test_win_rate_and_cycle_length(loaded: Database) -> None:
    win_rate = scalar(loaded, "SELECT avg(s.kind = 'won') FROM opportunity o JOIN stage_definition s "
                              "ON s.id = o.stage_id WHERE s.kind != 'open'")
    assert 0.2 <= win_rate <= 0.45
    cycles = [c for (c,) in rows(loaded, "SELECT julianday(closed_date) - julianday(created_date) FROM "
                                         "opportunity o JOIN stage_definition s ON s.id = o.stage_id "
                                         "WHERE s.kind = 'won'")]
    assert 30 <= statistics.median(cycles) <= 120
    assert sum(30 <= c <= 120 for c in cycles) / len(cycles) > 0.75


def test_activities_are_mostly_logged_on_time(loaded: Database) -> None:
    late = scalar(loaded, "SELECT avg(julianday(logged_at) - julianday(occurred_at) > 1) FROM activity")
    assert 0.05 <= late <= 0.20
    assert scalar(loaded, "SELECT count(*) FROM activity WHERE logged_at < occurred_at") == 0
    by_rep = [share for (share,) in rows(loaded, "SELECT avg(julianday(logged_at) - julianday(occurred_at) > 1) "
                                                 "FROM activity GROUP BY rep_id HAVING count(*) >= 30")]
    assert max(by_rep) - min(by_rep) > 0.1, "timeliness varies by rep"
    kinds = {k for (k,) in rows(loaded, "SELECT DISTINCT kind FROM activity")}
    assert kinds == {"call", "email", "meeting", "visit", "demo"}
    helped = scalar(loaded, "SELECT avg(a.rep_id != o.owner_id) FROM activity a "
                            "JOIN opportunity o ON o.id = a.opportunity_id")
    assert 0.05 <= helped <= 0.25
    assert scalar(loaded, "SELECT count(*) FROM activity a JOIN opportunity o ON o.id = a.opportunity_id "
                          "WHERE a.account_id != o.account_id OR date(a.occurred_at) < o.created_date "
                          "OR date(a.occurred_at) > coalesce(o.closed_date, :today)", today=TODAY.isoformat()) == 0


def test_every_rep_has_a_quota_from_the_quarter_of_hire(loaded: Database) -> None:
    assert [p for (p,) in rows(loaded, "SELECT DISTINCT period FROM quota ORDER BY period")] == PERIODS
    assert scalar(loaded, "SELECT count(*) FROM quota WHERE currency != 'CNY' OR amount_minor <= 0") == 0
    period_of_hire = PERIOD_SQL.format("r.hire_date")
    for period in PERIODS:
        expected = {r for (r,) in rows(loaded, f"SELECT id FROM rep r WHERE active AND {period_of_hire} <= :p",
                                       p=period)}
        actual = {r for (r,) in rows(loaded, "SELECT rep_id FROM quota WHERE period = :p AND rep_id IS NOT NULL",
                                     p=period)}
        assert actual == expected
    established = scalar(loaded, f"SELECT count(*) FROM rep r WHERE {period_of_hire} <= '2024Q4'")
    assert established >= 20
    assert scalar(loaded, "SELECT count(*) FROM quota WHERE team_id IS NOT NULL") == 9 * scalar(
        loaded, "SELECT count(*) FROM team")


def test_team_quota_is_the_sum_of_its_reps_quotas(loaded: Database) -> None:
    mismatches = rows(loaded, """
        SELECT t.team_id, t.period FROM quota t
        WHERE t.team_id IS NOT NULL AND t.amount_minor != (
            SELECT sum(q.amount_minor) FROM quota q JOIN rep r ON r.id = q.rep_id
            WHERE r.team_id = t.team_id AND q.period = t.period)""")
    assert mismatches == []
