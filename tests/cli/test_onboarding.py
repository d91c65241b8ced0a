"""`salesmgr onboarding` on the hand-made team of tests/helpers/onboarding_data.py (today 2026-12-01): Nia hired
Saturday 2026-10-31 with Mia as mentor; Ola hired 2026-06-15 (mentor Max, no plan). The figures are those the
domain tests work out (tests/models/onboarding)."""
from __future__ import annotations

from pathlib import Path

import pytest

from salesmgr.models import clock
from salesmgr.models.database import Database
from tests.helpers import onboarding_data
from tests.helpers.cli_run import run_cli


@pytest.fixture
def built(db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(clock.ENV_VAR, onboarding_data.TODAY.isoformat())
    onboarding_data.build(db)
    db.close()
    return db_path




def test_assign_then_list_as_json(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, made, err = run_cli(capsys, built, "onboarding", "assign", "--rep", "nia", "--mentor", "MIA", "--json")
    assert code == 0 and err == "" and (made["start"], made["template"]) == ("2026-10-31", "default")  # hire date
    code, payload, _ = run_cli(capsys, built, "onboarding", "--json")
    (plan,) = payload["plans"]
    # listing completes 4 criterion tasks from the data (first activity, visit, opportunity, won deal): 1, 4, 2
    # and 8 hours of practice; 10 tasks due before Dec 1 stay open
    assert {k: plan[k] for k in ("rep", "mentor", "start", "day", "done", "overdue", "mix", "days_to_first_deal")
            } == {"rep": "Nia", "mentor": "Mia", "start": "2026-10-31", "day": 32, "done": round(4 / 27, 4),
                  "overdue": 10, "mix": {"practice": 1.0, "feedback": 0.0, "formal": 0.0}, "days_to_first_deal": 25}
    code, _, err = run_cli(capsys, built, "onboarding", "assign", "--rep", "Nia")
    assert code == 2 and "already has an onboarding plan" in err


def test_tick_review_agenda_and_show(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(capsys, built, "onboarding", "assign", "--rep", "Nia", "--mentor", "Mia")
    code, shown, _ = run_cli(capsys, built, "onboarding", "show", "--rep", "Nia", "--json")
    first = shown["tasks"][0]
    assert (first["due"], first["weekday"], first["week"], first["overdue"]) == ("2026-10-31", 6, 1, True)  # Sat
    code, ticked, _ = run_cli(capsys, built, "onboarding", "tick", "--task", str(first["id"]), "--date", "2026-11-02",
                           "--json")
    assert code == 0 and ticked["done_on"] == "2026-11-02"
    code, agenda, _ = run_cli(capsys, built, "onboarding", "agenda", "--rep", "Nia", "--json")
    sections = [item["section"] for item in agenda["items"]]
    # 12 tasks were due before Dec 1; 1 is ticked and 2 done by the data (activity, visit): 9 overdue
    assert sections.count("overdue") == 9 and sections.count("late") == 1 and sections.count("stalled") == 1
    code, _, err = run_cli(capsys, built, "onboarding", "review", "--rep", "Nia", "--by", "manager", "--author", "Ann",
                        "--went-well", "First deal", "--next", "Call five accounts\\nBook a demo")
    assert code == 0 and err == ""
    code, shown, _ = run_cli(capsys, built, "onboarding", "show", "--rep", "Nia", "--json")
    assert [t["title"] for t in shown["tasks"] if t["due"] == "2026-12-08"] == ["Call five accounts", "Book a demo"]
    assert shown["reviews"][0]["went_well"] == "First deal" and shown["next_review"] == "2026-12-08"


def test_ramp_json(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(capsys, built, "onboarding", "assign", "--rep", "Nia", "--mentor", "Mia")
    code, payload, _ = run_cli(capsys, built, "onboarding", "ramp", "--json")
    assert code == 0 and (payload["ramped_reps"], payload["ramped_90"]) == (2, "75000.00")
    assert [(h["rep"], h["won_90"], h["vs_ramped"]) for h in payload["hires"]] == [("Nia", "30000.00", 0.4),
                                                                                 ("Ola", "90000.00", 1.2)]
    assert [(c["key"], c["count"]) for c in payload["cohorts"]] == [("2026Q2", 1), ("2026Q4", 1)]
    assert [m["key"] for m in payload["mentors"]] == ["Max", "Mia"]


def test_templates_and_bad_names(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload, _ = run_cli(capsys, built, "onboarding", "templates", "--json")
    assert code == 0 and payload["target_mix"] == {"practice": 0.7, "feedback": 0.2, "formal": 0.1}
    assert [(t["name"], t["tasks"], t["hours"]) for t in payload["templates"]] == [("default", 27, "105.0")]
    code, _, err = run_cli(capsys, built, "onboarding", "assign", "--rep", "Nia", "--template", "fast")
    assert code == 2 and "no onboarding template called fast; the templates are default" in err
    code, _, err = run_cli(capsys, built, "onboarding", "show", "--rep", "Ola")
    assert code == 2 and "Ola has no onboarding plan; assign one first" in err


def test_text_output_in_chinese(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(capsys, built, "onboarding", "assign", "--rep", "Nia")
    code, text, _ = run_cli(capsys, built, "--lang", "zh_CN", "onboarding", "show", "--rep", "Nia")
    assert code == 0 and "周六 2026-10-31  公司、产品与价格体系" in text and "正式培训" in text


def test_ramp_leaves_out_a_deal_without_a_rate_and_says_so(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from sqlalchemy import select

    from salesmgr.models import Rep
    from salesmgr.models.database import open_database
    from tests.helpers.bonus_data import add_deal

    database = open_database(built)
    with database.session() as session:  # Nia also wins 4,000 MXN, which has no rate: her won stays 30,000
        nia = session.scalars(select(Rep).where(Rep.name == "Nia")).one()
        add_deal(session, nia, "4000", date(2026, 11, 20), currency="MXN", name="Monterrey")
    database.close()
    code, payload, _ = run_cli(capsys, built, "onboarding", "ramp", "--json")
    assert code == 0 and payload["left_out_currencies"] == ["MXN"]
    assert next(h["won_90"] for h in payload["hires"] if h["rep"] == "Nia") == "30000.00"
    code, text, _ = run_cli(capsys, built, "onboarding", "ramp")
    assert code == 0 and "amounts in MXN are left out" in text
