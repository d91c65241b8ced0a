"""`salesmgr kb` and `salesmgr competitors`: the JSON shapes, Chinese search on a new database, refusals."""
from __future__ import annotations

from pathlib import Path

import pytest

from salesmgr.models.customers.knowledge import ArticleEdit, save_article
from salesmgr.models.database import Database
from tests.helpers.cli_run import run_cli
from tests.models.customers.kb_data import kb_crm


def test_kb_search_json_has_exactly_the_issue_s_shape(db: Database, db_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    with db.session() as s:
        mine = save_article(s, ArticleEdit("battle_card", "对手 A", "竞品 A 的实施周期很长。"))
    code, out, _ = run_cli(capsys, db_path, "kb", "search", "竞品", "--json")
    assert code == 0 and set(out) == {"query", "results"} and out["query"] == "竞品"
    assert all(set(hit) == {"id", "title", "type", "snippet"} for hit in out["results"])
    ours = next(hit for hit in out["results"] if hit["id"] == mine)
    assert ours == {"id": mine, "title": "对手 A", "type": "battle_card", "snippet": "**竞品** A 的实施周期很长。"}
    # the default battle card template is found too (a new database gets the default articles)
    assert "Competitor battle card: template" in [hit["title"] for hit in out["results"]]


def test_kb_list_and_show(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, db_path, "kb", "list", "--type", "spin", "--json")
    assert code == 0 and len(out["articles"]) == 5  # the method and one set per open stage
    first = out["articles"][0]  # by title: "SPIN questions: Lead identified"
    assert (first["title"], first["stage"], first["default"]) == ("SPIN questions: Lead identified",
                                                                  "Lead identified", True)
    code, shown, _ = run_cli(capsys, db_path, "--lang", "zh_CN", "kb", "show", str(first["id"]), "--json")
    assert code == 0 and shown["title"] == "SPIN 问题：发现线索" and shown["body"].startswith("本阶段目标")
    code, _, err = run_cli(capsys, db_path, "kb", "show", "999")
    assert code == 2 and "There is no knowledge-base article 999." in err
    code, _, err = run_cli(capsys, db_path, "kb", "search", "  ")
    assert code == 2 and "give the words to search for" in err


def test_competitors_with_win_rates(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    kb_crm(db)
    code, out, _ = run_cli(capsys, db_path, "competitors", "--json")
    # Rival: 2 won, 1 lost -> 2/3; Other: 1 won, 1 lost -> 1/2 (tests/models/customers/kb_data.py)
    assert code == 0 and [(c["name"], c["win_rate"]) for c in out["competitors"]] == [
        ("Other", "0.5000"), ("Rival", "0.6667")]
    code, one, _ = run_cli(capsys, db_path, "competitors", "show", "RIVAL", "--json")
    assert code == 0 and one["strengths"] == "cheap" and [d["outcome"] for d in one["deals"]] == [
        "open", "lost", "won", "won"]
    code, _, err = run_cli(capsys, db_path, "competitors", "show", "Rivel")
    assert code == 2 and "no competitor called Rivel; close matches: Rival" in err
