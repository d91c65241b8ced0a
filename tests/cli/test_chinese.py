"""`--lang zh_CN`: every command's text output in Chinese (headings, table headers, labels, import summaries,
reject reasons, errors on stderr), money with thousands separators, columns aligned with a Chinese stage name;
the JSON output is the same bytes in both languages."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from salesmgr.cli import main
from salesmgr.exchange.export.columns import display_width
from salesmgr.i18n import set_language
from salesmgr.models import Account, Opportunity, Quota, Rep, StageDefinition, StageHistory, Team, clock
from salesmgr.models.database import Database
from tests.helpers import bonus_data

ENGLISH_LABELS = ("win rate", "weighted pipeline", "average cycle", "data completeness", "conversion", "reached",
                  "amount", "stage", "days", "n/a", "amounts in", "median", "quota", "stalled", "won:")


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    set_language("en")  # main() sets the language of the whole process


@pytest.fixture
def chinese_stage(db: Database, db_path: Path) -> Path:
    """The default pipeline with Negotiation renamed 商务谈判; one open deal there of 1,234,567.89 CNY at 50%,
    one won deal of 2,000.00 closed 2026-02-01, one lost deal; a quota of 10,000.00 for 2026Q1."""
    with db.session() as s:
        negotiation = s.scalars(select(StageDefinition).where(StageDefinition.name == "Negotiation")).one()
        negotiation.name = "商务谈判"
        stages = dict(s.execute(select(StageDefinition.name, StageDefinition.id)).all())
        team = Team(name="华东大区")
        s.add(team)
        s.flush()
        rep = Rep(name="王芳", email="wang@example.com", team_id=team.id)
        account = Account(name="Acme")
        s.add_all([rep, account])
        s.flush()
        for name, stage, amount, probability, closed in [("A", "商务谈判", 123456789, 50, None),
                                                           ("B", "Won", 200000, 100, date(2026, 2, 1)),
                                                           ("C", "Lost", 50000, 0, date(2026, 1, 20))]:
            opp = Opportunity(name=name, account_id=account.id, owner_id=rep.id, stage_id=stages[stage],
                              amount_minor=amount, currency="CNY", probability=probability,
                              created_date=date(2026, 1, 5), expected_close_date=date(2026, 3, 1),
                              closed_date=closed)
            s.add(opp)
            s.flush()
            s.add(StageHistory(opportunity_id=opp.id, stage_id=stages[stage],
                               entered_at=datetime(2026, 1, 5)))
        s.add(Quota(rep_id=rep.id, period="2026Q1", amount_minor=1000000, currency="CNY"))
    db.close()
    return db_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _no_english(text: str) -> None:
    found = [label for label in ENGLISH_LABELS if label in text.lower()]
    assert found == [], text


def _cell_ends(line: str) -> list[int]:
    """The display columns where the cells of a text-table line end (cells are two or more spaces apart)."""
    return [display_width(line[:match.end()]) for match in re.finditer(r"\S+(?: \S+)*", line)]


def _end_column(line: str, cell: str) -> int:
    """The display column where ``cell`` ends in ``line``."""
    return display_width(line[:line.index(cell) + len(cell)])


def test_funnel_text_is_chinese_aligned_and_has_separators(chinese_stage: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "--lang", "zh_CN", "--db", str(chinese_stage), "funnel", "--period", "all")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "销售漏斗（按成交日期）：最早 至 今天，金额单位 CNY"
    for word in ("阶段", "当前数", "金额", "到达数", "转化率", "赢单率：", "平均销售周期：", "加权销售漏斗：",
                 "数据完整度："):
        assert word in out
    _no_english(out)  # the default stages are shown in Chinese too
    header = lines[1]
    negotiation = next(line for line in lines if line.startswith("商务谈判"))
    won = next(line for line in lines if line.startswith("赢单"))
    assert "1,234,567.89" in negotiation and "2,000.00" in won
    # the figure columns (now, amount, reached) end at the same display columns in the header and every stage row
    table = lines[1:8]  # the header and the six default stages
    assert len({tuple(_cell_ends(line)[1:4]) for line in table}) == 1, table
    assert _end_column(header, "金额") == _end_column(negotiation, "1,234,567.89") == _end_column(won, "2,000.00")
    assert "加权销售漏斗：617,283.95 CNY" in out  # 1,234,567.89 x 50% = 617,283.945, rounded half-even
    assert "赢单率：50.0%" in out  # 1 won / (1 won + 1 lost)


def test_funnel_text_in_english_keeps_its_words_and_gets_separators(chinese_stage: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--db", str(chinese_stage), "funnel", "--period", "all")
    assert status == 0
    assert out.startswith("funnel, start to today by close date, amounts in CNY\nstage ")
    assert "win rate: 50.0%" in out and "weighted pipeline: 617,283.95 CNY" in out
    negotiation = next(line for line in out.splitlines() if line.startswith("商务谈判"))
    header = out.splitlines()[1]
    assert _end_column(header, "amount") == _end_column(negotiation, "1,234,567.89")


def test_dashboard_text_is_chinese(chinese_stage: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--lang", "zh_CN", "--db", str(chinese_stage), "dashboard", "--period", "2026Q1")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "2026Q1（2026-01-01 至 2026-03-31），金额单位 CNY"
    assert lines[1] == "赢单：2,000.00，指标 10,000.00（20.0%）"  # won 2,000.00 / quota 10,000.00
    assert "停滞商机：" in out and "赢单率：50.0%" in out
    _no_english(out)


def test_json_is_the_same_in_both_languages(chinese_stage: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clock.set_today(date(2026, 2, 15))
    for argv in (["funnel", "--period", "all", "--json"], ["dashboard", "--json"], ["stats", "--json"],
                 ["rate", "list", "--json"]):
        english = _run(capsys, "--lang", "en", "--db", str(chinese_stage), *argv)
        chinese = _run(capsys, "--lang", "zh_CN", "--db", str(chinese_stage), *argv)
        assert _without_default_stage_names(chinese) == _without_default_stage_names(english) and english[0] == 0


def _without_default_stage_names(result: tuple[int, str, str]) -> tuple[int, str, str]:
    """The output with the default stages' names (shown in the language asked for) taken out."""
    status, out, err = result
    for name in ("Lead identified", "Needs confirmed", "Solution demo", "Won", "Lost",
                 "线索识别", "需求确认", "方案演示", "赢单", "输单"):
        out = out.replace(f'"{name}"', '"<stage>"')
    return status, out, err


def test_errors_on_stderr_are_chinese(chinese_stage: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "--lang", "zh_CN", "--db", str(chinese_stage), "funnel", "--team", "西区")
    assert (status, out) == (2, "")
    assert err == "salesmgr: 没有名为 西区 的团队；相近的名称：-\n"  # a domain error, translated as the GUI does
    status, _, err = _run(capsys, "--lang", "zh_CN", "--db", str(chinese_stage), "import",
                          str(tmp_path / "nope.csv"), "--kind", "leads")
    assert (status, err) == (2, f"salesmgr: {tmp_path / 'nope.csv'} 不是文件；请给出 CRM 导出文件的路径\n")
    status, _, err = _run(capsys, "--lang", "zh_CN", "--db", str(chinese_stage), "rate", "set", "USD", "lots")
    assert (status, err) == (2, "salesmgr: 'lots' 不是数字；请写成 7.10 这样的汇率\n")


def test_import_summary_and_reject_reasons_are_chinese(db_path: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Row 2 is stored, row 3 has an unreadable amount, row 4 repeats row 2, row 5 has no stage."""
    path = tmp_path / "deals.csv"
    path.write_text("opportunity_id,deal_stage,close_value\nD1,Won,1234567.5\nD2,Won,lots\nD1,Won,1234567.5\n"
                    "D3,,100\n", encoding="utf-8")
    status, out, err = _run(capsys, "--lang", "zh_CN", "--db", str(db_path), "import", str(path), "--kind",
                            "opportunities", "--dry-run")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"{path}：共 4 行，新增 1，更新 0，未变更 0，被拒绝 2",
        "与前面某行重复的行：4",
        "第 3 行，close_value：lots 不是有效的金额（lots）",
        "第 5 行，deal_stage：必填字段为空（）",
        "试运行：未写入任何数据",
    ]
    status, english, _ = _run(capsys, "--db", str(db_path), "import", str(path), "--kind", "opportunities",
                              "--dry-run")
    assert "row 5, deal_stage: the required field is empty ()" in english


def test_bonus_table_is_chinese_with_separators(db: Database, db_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    bonus_data.build(db)  # payouts of tests/cli/test_bonus.py: Ann 17,699.77, total 40,699.77, Cid no quota
    db.close()
    status, out, _ = _run(capsys, "--lang", "zh_CN", "--db", str(db_path), "bonus", "--period", "2026Q3")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "2026Q3 奖金（未审批），金额单位 CNY"
    assert re.split(r"\s+", lines[1]) == ["销售代表", "达成率", "销售得分", "满意度得分", "过程得分", "发放金额"]
    ann = next(line for line in lines if line.startswith("Ann "))
    assert ann.endswith("17,699.77") and "95.5%" in ann  # attainment 95,500 / 100,000
    assert "无（Cid 在 2026Q3 没有指标）" in out
    assert lines[-1] == "合计：40,699.77"
    assert main(["--lang", "zh_CN", "--db", str(db_path), "bonus", "approve", "--period", "2026Q3"]) == 0
    assert "2026Q3 的奖金已由" in capsys.readouterr().out
    status, _, err = _run(capsys, "--lang", "zh_CN", "--db", str(db_path), "bonus", "approve", "--period", "2026Q3")
    assert (status, err) == (1, "salesmgr: 2026Q3 的奖金已审批；请先撤销审批再修改\n")


def test_demo_stats_info_and_rate_are_chinese(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--lang", "zh_CN", "--db", str(db_path)]
    status, out, _ = _run(capsys, *base, "demo", "--reps", "3", "--opportunities", "40")
    assert status == 0 and out.startswith("演示数据已载入：") and "商机 40" in out and "销售代表 3" in out
    status, out, _ = _run(capsys, *base, "stats")
    lines = out.splitlines()
    assert re.split(r"\s+", lines[0]) == ["表", "行数"]
    assert "商机" in out and "opportunit" not in out
    assert len({display_width(line) for line in lines}) == 1  # right-aligned counts end in the same column
    status, out, _ = _run(capsys, *base, "info")
    assert [line.split("：")[0] for line in out.splitlines()] == ["数据库", "结构版本", "本位币", "数据文件夹",
                                                                 "salesmgr 版本"]
    status, out, _ = _run(capsys, *base, "init")
    assert out.startswith("数据库已就绪：")
