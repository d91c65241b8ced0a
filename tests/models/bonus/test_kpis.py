"""Further process KPIs from the catalogue (issue 6, item 1), on the hand-made quarter of tests/bonus_data.py.

Hand computation with the default plan plus "data_completeness" at target 90%:

* Ann's deals filed by close date in 2026Q3: 60,000 (won 07-10), 5,000 USD (won 09-30), 77,777 (lost 08-01); the
  one closed 10-01 is outside. Each has an amount, a closed date and an owner, but no account, created date,
  lead source or product: 3 of 7 fields, so 9 / 21 = 3/7 (42.86%). Score min((3/7) / 0.9, 1) = 10/21.
  Process = (0.8/0.95 + 1/2 + 10/21) / 3 = (672 + 399 + 380) / 798 / 3 = 1451/2394.
  Payout = 20,000 x (0.6 x 0.955 + 0.2 x 4/4.5 + 0.2 x 1451/2394) = 11,460 + 3,555.5556 + 2,424.3943
  = 17,439.949875... -> 17,439.95.
* Bob owns no deal: completeness has no data and is left out; his process stays (1 + 1) / 2 = 1 and his payout
  5,000.00 (counting it as 0 would give 2/3 and 3,333.33).
* Dee: one won deal (3/7 as above), no activities, no training: process = 10/21 alone. Re-weighted 0.75/0/0.25:
  20,000 x (0.75 x 1.2 + 0.25 x 10/21) = 18,000 + 2,380.952... -> 20,380.95.
* "activities" (count): Ann logged 6 activities that happened in the quarter (one more in October is outside),
  Bob 2, Cid 1, Dee 0.
"""
from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from salesmgr.cli import main
from salesmgr.exchange.reports import ReportRequest, export_report
from salesmgr.models.bonus import BonusApproval, approve, bonus_sheet, default_plan, plan_for, rep_statement, save_plan
from salesmgr.models.bonus.kpis import PROCESS_KPIS
from salesmgr.models.bonus.plans import plan_from_dict, plan_to_dict, validate
from salesmgr.models.database import Database
from salesmgr.models.errors import ValidationError
from salesmgr.models.metrics.completeness import data_completeness
from salesmgr.models.metrics.filters import MetricFilter
from tests.helpers import bonus_data
from tests.helpers.bonus_data import BOB_PAYOUT, PERIOD, QUARTER
from tests.helpers.formula_check import Evaluator, bonus_rows

D = Decimal
ANN_PROCESS = Fraction(1451, 2394)
ANN_PAYOUT, DEE_PAYOUT = D("17439.95"), D("20380.95")


def _plan(**targets: str) -> Any:
    return replace(default_plan(QUARTER, "CNY"), extra_kpis={key: D(value) for key, value in targets.items()})


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    return bonus_data.build(db)


def _save(db: Database, **targets: str) -> None:
    with db.session() as session:
        save_plan(session, _plan(**targets), "test")


def _reps(db: Database) -> dict[str, Any]:
    with db.session() as session:
        return {rep.rep: rep for rep in bonus_sheet(session, QUARTER).reps}


def test_the_catalogue_offers_completeness_as_a_share_and_activities_as_a_count() -> None:
    completeness, activities = PROCESS_KPIS["data_completeness"], PROCESS_KPIS["activities"]
    assert (completeness.kind, completeness.default_target) == ("share", D("0.90"))
    assert (activities.kind, activities.default_target) == ("count", D("60"))
    assert completeness.label() == "CRM data completeness" and activities.label()
    assert all(key == kpi.key for key, kpi in PROCESS_KPIS.items())


def test_each_kpi_measures_the_reps_quarter(db: Database, ids: dict[str, int]) -> None:
    start, end = QUARTER.bounds
    completeness, activities = PROCESS_KPIS["data_completeness"], PROCESS_KPIS["activities"]
    with db.session() as session:
        assert completeness.measure(session, ids["Ann"], start, end) == D(3) / D(7)
        overall = data_completeness(session, MetricFilter(start, end, rep_id=ids["Ann"])).overall
        assert overall == pytest.approx(3 / 7)  # the metric the KPI reuses agrees
        assert completeness.measure(session, ids["Bob"], start, end) is None
        found = {name: activities.measure(session, ids[name], start, end) for name in ("Ann", "Bob", "Cid", "Dee")}
    assert found == {"Ann": 6, "Bob": 2, "Cid": 1, "Dee": 0}


def test_the_hand_computed_payouts_with_data_completeness(db: Database, ids: dict[str, int]) -> None:
    _save(db, data_completeness="0.90")
    reps = _reps(db)
    ann, bob, dee = reps["Ann"], reps["Bob"], reps["Dee"]
    assert ann.extra_kpis == (("data_completeness", D(3) / D(7)),)
    assert abs(Fraction(ann.process_score) - ANN_PROCESS) < Fraction(1, 10**20)
    assert ann.payout == ANN_PAYOUT and dee.payout == DEE_PAYOUT
    assert abs(Fraction(dee.process_score) - Fraction(10, 21)) < Fraction(1, 10**20)
    # no deals: no data, left out of the average rather than counted as 0
    assert bob.extra_kpis == (("data_completeness", None),)
    assert bob.process_score == 1 and bob.payout == BOB_PAYOUT


def test_a_count_kpi_scores_against_its_target_and_kpis_keep_the_plans_order(db: Database, ids: dict[str, int]
                                                                              ) -> None:
    _save(db, activities="4", data_completeness="0.90")
    ann = _reps(db)["Ann"]
    assert [key for key, _ in ann.extra_kpis] == ["activities", "data_completeness"]
    # 6 activities against a target of 4 is capped at 1: (16/19 + 1/2 + 1 + 10/21) / 4
    expected = (Fraction(16, 19) + Fraction(1, 2) + 1 + Fraction(10, 21)) / 4
    assert abs(Fraction(ann.process_score) - expected) < Fraction(1, 10**20)
    with db.session() as session:
        assert list(plan_for(session, QUARTER).extra_kpis) == ["activities", "data_completeness"]


@pytest.mark.parametrize(("targets", "template"), [
    ({"nps": "0.5"}, "unknown process KPI {key}; use one of {keys}"),
    ({"data_completeness": "0"}, "the target of {kpi} must be more than 0"),
    ({"activities": "-5"}, "the target of {kpi} must be more than 0"),
    ({"data_completeness": "1.01"}, "the target of {kpi} must be at most 100%"),
])
def test_a_plan_with_a_bad_kpi_or_target_is_refused(targets: dict[str, str], template: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate(_plan(**targets))
    assert refused.value.template == template


def test_share_targets_up_to_100_percent_and_counts_above_1_are_accepted(db: Database) -> None:
    validate(_plan(data_completeness="1", activities="120"))
    _save(db, data_completeness="1", activities="120")
    with db.session() as session:
        assert plan_for(session, QUARTER).extra_kpis == {"data_completeness": D(1), "activities": D(120)}


def test_plans_saved_before_the_catalogue_still_load() -> None:
    old = plan_to_dict(default_plan(QUARTER, "CNY"))
    del old["extra_kpis"]
    assert plan_from_dict(old).extra_kpis == {}
    assert plan_from_dict({**old, "extra_kpis": {"activities": "60"}}).extra_kpis == {"activities": D(60)}


def test_a_snapshot_from_before_extra_kpis_still_loads(db: Database, ids: dict[str, int]) -> None:
    with db.session() as session:
        approve(session, QUARTER, "boss")
        approval = session.scalars(select(BonusApproval)).one()
        data = json.loads(approval.snapshot)
        del data["plan"]["extra_kpis"]
        for rep in data["reps"]:
            del rep["extra_kpis"]
        approval.snapshot = json.dumps(data)
    with db.session() as session:
        sheet = bonus_sheet(session, QUARTER)
    assert sheet.approved and not sheet.live_differs and sheet.plan.extra_kpis == {}
    assert all(rep.extra_kpis == () for rep in sheet.reps)
    assert sum(rep.payout for rep in sheet.reps) == sheet.total


def test_an_approved_snapshot_keeps_the_kpis_when_the_plan_changes(db: Database, ids: dict[str, int]) -> None:
    _save(db, data_completeness="0.90")
    with db.session() as session:
        approve(session, QUARTER, "boss")
    _save(db)  # the plan drops the KPI: the frozen quarter does not change
    with db.session() as session:
        sheet = bonus_sheet(session, QUARTER)
    ann = next(rep for rep in sheet.reps if rep.rep == "Ann")
    assert sheet.live_differs and ann.payout == ANN_PAYOUT
    assert ann.extra_kpis == (("data_completeness", D(3) / D(7)),)


def test_the_statement_explains_each_extra_kpi(db: Database, ids: dict[str, int]) -> None:
    _save(db, data_completeness="0.90", activities="60")
    with db.session() as session:
        ann = rep_statement(session, QUARTER, ids["Ann"]).explanation
        bob = rep_statement(session, QUARTER, ids["Bob"]).explanation
    lines = {line.label: (line.value, line.detail) for line in ann}
    assert lines["CRM data completeness"] == ("42.86%", "actual / target 90.00%, at most 100%")
    assert lines["Activities logged"] == ("6", "actual / target 60, at most 100%")
    labels = [line.label for line in ann]
    assert labels.index("Training") < labels.index("CRM data completeness") < labels.index("Process score")
    bob_line = next(line for line in bob if line.label == "CRM data completeness")
    assert bob_line.value == "no data" and "left out" in bob_line.detail


def test_the_cli_json_lists_every_process_kpi(db: Database, ids: dict[str, int], db_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _save(db, data_completeness="0.90", activities="60")
    db.close()
    assert main(["--db", str(db_path), "bonus", "--period", PERIOD, "--json"]) == 0
    reps = {rep["rep"]: rep for rep in json.loads(capsys.readouterr().out)["reps"]}
    assert reps["Ann"]["process_kpis"] == {"crm_timeliness": "0.8000", "training": "0.5000",
                                           "data_completeness": "0.4286", "activities": "6"}
    assert reps["Ann"]["payout"] is not None and reps["Ann"]["process_kpis_reason"] == {}
    assert reps["Bob"]["process_kpis"]["data_completeness"] is None
    assert reps["Bob"]["process_kpis_reason"] == {"data_completeness": "no data in the quarter"}
    assert reps["Dee"]["process_kpis"] == {"crm_timeliness": None, "training": None, "data_completeness": "0.4286",
                                           "activities": "0"}


def test_the_workbook_recalculates_to_the_payouts_with_extra_kpis(db: Database, ids: dict[str, int],
                                                                 tmp_path: Path) -> None:
    _save(db, data_completeness="0.90", activities="60")
    out = tmp_path / "bonus.xlsx"
    with db.session() as session:
        export_report(session, "bonus", ReportRequest(QUARTER), out)
        reps = {rep.rep: rep for rep in bonus_sheet(session, QUARTER).reps}
    evaluator = Evaluator(load_workbook(out))
    rows = bonus_rows(evaluator)
    for name, rep in reps.items():
        if rep.problems:
            assert rows[name]["Payout (CNY)"] is None
        else:
            assert D(repr(rows[name]["Payout (CNY)"])) == rep.payout, name
            assert rows[name]["Process score"] == pytest.approx(float(rep.process_score), abs=1e-12)
    assert rows["Bob"]["CRM data completeness"] is None and rows["Dee"]["Activities logged"] == 0
    assert rows["Ann"]["CRM data completeness"] == pytest.approx(3 / 7)
    names = evaluator.workbook.defined_names
    assert "target_data_completeness" in names and "target_activities" in names

