"""The Pipeline page: the opportunities service, the lazily filled table model, the filter bar, the detail
dialog and moving a deal through the stages."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select
from sqlalchemy import text as sql

from salesmgr.demo import load_demo
from salesmgr.models import Account, Opportunity, Rep, StageDefinition, StageHistory, Team, clock
from salesmgr.models.database import Database
from salesmgr.models.errors import NotFoundError, ValidationError
from salesmgr.models.metrics.filters import DateField, MetricFilter
from salesmgr.models.money import MoneyError
from salesmgr.models.pipeline import opportunities as service
from salesmgr.models.pipeline.opportunities import OpportunityFilter
from salesmgr.models.settings import set_fiscal_start
from salesmgr.views.pipeline.loaders import opening_filter
from salesmgr.views.pipeline.opportunity_dialog import OpportunityDialog
from salesmgr.views.pipeline.page import PipelinePage
from salesmgr.views.pipeline.table_model import PAGE_SIZE, PipelineModel
from salesmgr.views.runner import DbRunner
from salesmgr.views.widgets.dates import from_qdate

TIMEOUT = 5000
Ids = dict[str, int]

# name, account, owner, stage, amount (CNY), probability, created, expected close, closed
DEALS = [
    ("Alpha ERP", "Acme Corp", "Ann", "Lead identified", "1000.00", 10, date(2026, 1, 5), date(2026, 3, 1), None),
    ("Beta CRM", "Bolt Ltd", "Ben", "Negotiation", "5000.50", 75, date(2026, 1, 10), date(2026, 2, 1), None),
    ("Gamma 50% deal", "acme corp", "Cid", "Won", "250.00", 100, date(2025, 11, 1), date(2026, 1, 15),
     date(2026, 1, 20)),
    ("Delta renewal", None, None, "Lost", None, 0, date(2025, 12, 1), date(2026, 4, 1), date(2026, 1, 3)),
    ("Epsilon pilot", "Bolt Ltd", "Ann", "Solution demo", "1000.00", 50, date(2026, 2, 1), None, None),
]


def stage_ids(db: Database) -> Ids:
    with db.session() as s:
        return {name: id_ for id_, name in s.execute(select(StageDefinition.id, StageDefinition.name))}


@pytest.fixture
def ids(db: Database) -> Ids:
    """Two teams (North: Ann, Ben; West: Cid), two accounts and the five DEALS; ids by name."""
    stages = stage_ids(db)
    with db.session() as s:
        north, west = Team(name="North"), Team(name="West")
        reps = {"Ann": Rep(name="Ann", team=north), "Ben": Rep(name="Ben", team=north),
                "Cid": Rep(name="Cid", team=west)}
        accounts = {"Acme Corp": Account(name="Acme Corp"), "acme corp": Account(name="acme corp"),
                    "Bolt Ltd": Account(name="Bolt Ltd")}
        s.add_all([north, west, *reps.values(), *accounts.values()])
        deals = {}
        for name, account, owner, stage, amount, probability, created, expected, closed in DEALS:
            deal = Opportunity(name=name, account=accounts.get(account or ""), owner=reps.get(owner or ""),
                               stage_id=stages[stage], currency="CNY", probability=probability,
                               created_date=created, expected_close_date=expected, closed_date=closed)
            deal.amount = None if amount is None else Decimal(amount)
            deals[name] = deal
        s.add_all(deals.values())
        s.flush()
        found = {name: deal.id for name, deal in deals.items()}
        found.update({name: rep.id for name, rep in reps.items()} | {"North": north.id, "West": west.id})
    return found | {f"stage:{name}": id_ for name, id_ in stages.items()}


def names(db: Database, flt: OpportunityFilter = OpportunityFilter(), sort: str = "name",  # noqa: B008
          descending: bool = False, offset: int = 0, limit: int = 100) -> list[str]:
    with db.session() as s:
        return [row.name for row in service.opportunity_page(s, flt, sort, descending, offset, limit)]


def count(db: Database, flt: OpportunityFilter) -> int:
    with db.session() as s:
        return service.count_opportunities(s, flt)


def opportunity(db: Database, opportunity_id: int) -> Opportunity:
    with db.session() as s:
        found = s.get(Opportunity, opportunity_id)
        assert found is not None
        return found


def history(db: Database, opportunity_id: int) -> list[tuple[int, datetime]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(StageHistory.stage_id, StageHistory.entered_at)
            .where(StageHistory.opportunity_id == opportunity_id).order_by(StageHistory.id))]


# --- service: reading -----------------------------------------------------------------------------------------
def test_rows_carry_names_money_and_dates(db: Database, ids: Ids) -> None:
    with db.session() as s:
        rows = service.opportunity_page(s, OpportunityFilter(), "name", False, 0, 10)
    beta = next(row for row in rows if row.name == "Beta CRM")
    assert (beta.account, beta.owner, beta.team, beta.stage, beta.stage_kind) == (
        "Bolt Ltd", "Ben", "North", "Negotiation", "open")
    assert beta.amount == Decimal("5000.50") and beta.currency == "CNY" and beta.probability == 75
    assert (beta.created_date, beta.expected_close_date, beta.closed_date) == (
        date(2026, 1, 10), date(2026, 2, 1), None)
    delta = next(row for row in rows if row.name == "Delta renewal")
    assert (delta.account, delta.owner, delta.team, delta.amount) == (None, None, None, None)


def test_sorting_on_each_allowed_key(db: Database, ids: Ids) -> None:
    assert names(db) == ["Alpha ERP", "Beta CRM", "Delta renewal", "Epsilon pilot", "Gamma 50% deal"]
    assert names(db, sort="stage") == ["Alpha ERP", "Epsilon pilot", "Beta CRM", "Gamma 50% deal",
                                       "Delta renewal"]
    # equal amounts (Alpha, Epsilon) fall back to the id, in the same direction; NULL sorts first ascending
    assert names(db, sort="amount", descending=True) == ["Beta CRM", "Epsilon pilot", "Alpha ERP",
                                                         "Gamma 50% deal", "Delta renewal"]
    assert names(db, sort="expected_close_date") == ["Epsilon pilot", "Gamma 50% deal", "Beta CRM",
                                                     "Alpha ERP", "Delta renewal"]
    assert names(db, sort="owner")[:2] == ["Delta renewal", "Alpha ERP"]
    assert names(db, sort="closed_date", descending=True)[:2] == ["Gamma 50% deal", "Delta renewal"]
    assert names(db, sort="created_date")[0] == "Gamma 50% deal"
    assert names(db, sort="probability")[-1] == "Gamma 50% deal"
    assert names(db, sort="team", descending=True)[0] == "Gamma 50% deal"
    assert names(db, sort="account")[0] == "Delta renewal"
    with pytest.raises(ValueError, match="cannot sort"):
        names(db, sort="amount_minor; DROP TABLE opportunity")


def test_offset_and_limit_cut_pages(db: Database, ids: Ids) -> None:
    assert names(db, offset=1, limit=2) == ["Beta CRM", "Delta renewal"]
    assert names(db, offset=4, limit=2) == ["Gamma 50% deal"]
    assert names(db, offset=9, limit=2) == []


def test_filters(db: Database, ids: Ids) -> None:
    by_text = OpportunityFilter(text="ACME")  # account name, case-insensitive
    assert names(db, by_text) == ["Alpha ERP", "Gamma 50% deal"] and count(db, by_text) == 2
    assert names(db, OpportunityFilter(text="pilot")) == ["Epsilon pilot"]
    assert names(db, OpportunityFilter(text="50%")) == ["Gamma 50% deal"]  # % is a character, not a wildcard
    assert names(db, OpportunityFilter(text="a_p")) == []
    assert names(db, OpportunityFilter(stage_id=ids["stage:Negotiation"])) == ["Beta CRM"]
    assert names(db, OpportunityFilter(account="bolt ltd")) == ["Beta CRM", "Epsilon pilot"]
    assert names(db, OpportunityFilter(account="Bolt")) == []  # the whole name
    assert names(db, OpportunityFilter(metric=MetricFilter(rep_id=ids["Ann"]))) == ["Alpha ERP", "Epsilon pilot"]
    north = OpportunityFilter(metric=MetricFilter(team_id=ids["North"]))
    assert count(db, north) == 3
    # close period: closed date of closed deals (Gamma 01-20, Delta 01-03), else expected close
    january = MetricFilter(date_from=date(2026, 1, 1), date_to=date(2026, 1, 31))
    assert names(db, OpportunityFilter(metric=january)) == ["Delta renewal", "Gamma 50% deal"]
    created = MetricFilter(date_from=date(2026, 1, 1), date_field=DateField.CREATED)
    assert count(db, OpportunityFilter(metric=created)) == 3
    both = OpportunityFilter(text="acme", metric=MetricFilter(team_id=ids["West"]))
    assert names(db, both) == ["Gamma 50% deal"] and count(db, both) == 1


def test_detail_has_history_and_stage_checklists(db: Database, ids: Ids) -> None:
    with db.session() as s:
        s.add_all([StageHistory(opportunity_id=ids["Beta CRM"], stage_id=ids["stage:Negotiation"],
                                entered_at=datetime(2026, 1, 20, 9)),
                   StageHistory(opportunity_id=ids["Beta CRM"], stage_id=ids["stage:Lead identified"],
                                entered_at=datetime(2026, 1, 10, 9))])
    with db.session() as s:
        detail = service.opportunity_detail(s, ids["Beta CRM"])
    assert detail.row.name == "Beta CRM"
    assert detail.history == [("Lead identified", datetime(2026, 1, 10, 9)), ("Negotiation", datetime(2026, 1, 20, 9))]
    assert [option.name for option in detail.stage_options] == [
        "Lead identified", "Needs confirmed", "Solution demo", "Negotiation", "Won", "Lost"]
    current = detail.current_stage()
    assert current.kind == "open" and current.exit_criteria == [
        "Contract terms agreed", "Delivery feasibility confirmed with the product team"]
    assert detail.stage_options[4].entry_criteria == ["Contract signed"]
    assert detail.stage_options[4].exit_criteria == []
    with db.session() as s, pytest.raises(NotFoundError) as caught:
        service.opportunity_detail(s, 999)
    assert caught.value.template == "no opportunity with id {id}" and caught.value.fields == {"id": 999}


# --- service: editing -----------------------------------------------------------------------------------------
def test_move_stage_sets_probability_closes_reopens_and_writes_history(db: Database, ids: Ids) -> None:
    beta, when = ids["Beta CRM"], datetime(2026, 2, 3, 14, 30)
    with db.session() as s:
        service.move_stage(s, beta, ids["stage:Won"], when)
    deal = opportunity(db, beta)
    assert (deal.stage_id, deal.probability, deal.closed_date) == (ids["stage:Won"], 100, date(2026, 2, 3))
    assert history(db, beta) == [(ids["stage:Won"], when)]
    with db.session() as s:
        service.move_stage(s, beta, ids["stage:Solution demo"])  # reopened: not closed any more
    deal = opportunity(db, beta)
    assert (deal.stage_id, deal.probability, deal.closed_date) == (ids["stage:Solution demo"], 50, None)
    with db.session() as s:
        service.move_stage(s, beta, ids["stage:Lost"])  # no date given: closed today
    assert opportunity(db, beta).closed_date == date.today()
    assert [stage for stage, _at in history(db, beta)] == [ids["stage:Won"], ids["stage:Solution demo"],
                                                           ids["stage:Lost"]]
    with db.session() as s:
        service.move_stage(s, beta, ids["stage:Lost"])  # already there: nothing to record
    assert len(history(db, beta)) == 3


def test_move_stage_refuses_unknown_stage_and_deal(db: Database, ids: Ids) -> None:
    with db.session() as s, pytest.raises(NotFoundError) as caught:
        service.move_stage(s, ids["Beta CRM"], 999)
    assert caught.value.template == "no pipeline stage with id {id}" and str(caught.value) == (
        "no pipeline stage with id 999")
    with db.session() as s, pytest.raises(NotFoundError, match="no opportunity with id 998"):
        service.move_stage(s, 998, ids["stage:Won"])
    assert opportunity(db, ids["Beta CRM"]).stage_id == ids["stage:Negotiation"] and not history(
        db, ids["Beta CRM"])


def test_update_opportunity_stores_minor_units(db: Database, ids: Ids) -> None:
    with db.session() as s:
        service.update_opportunity(s, ids["Alpha ERP"], "  Alpha ERP phase 2 ", Decimal("1234.565"), "usd", 35,
                                   date(2026, 6, 30))
    deal = opportunity(db, ids["Alpha ERP"])
    assert (deal.name, deal.amount_minor, deal.currency, deal.probability, deal.expected_close_date) == (
        "Alpha ERP phase 2", 123457, "USD", 35, date(2026, 6, 30))
    with db.session() as s:
        service.update_opportunity(s, ids["Alpha ERP"], "Alpha", Decimal("5000"), "JPY", None, None)
    deal = opportunity(db, ids["Alpha ERP"])
    assert (deal.amount_minor, deal.currency, deal.probability, deal.expected_close_date) == (5000, "JPY", None, None)


@pytest.mark.parametrize(("name", "amount", "currency", "probability", "error", "template"), [
    ("  ", None, "CNY", 10, ValidationError, "an opportunity needs a name"),
    ("x" * 201, None, "CNY", 10, ValidationError, "an opportunity name can be at most {limit} characters"),
    ("Deal", None, "EURO", 10, MoneyError,
     "not an ISO 4217 currency code: {code} (use three letters such as CNY, USD, EUR)"),
    ("Deal", Decimal("-1"), "CNY", 10, MoneyError, "{value} is not an amount of money"),
    ("Deal", Decimal("NaN"), "CNY", 10, MoneyError, "{value} is not an amount of money"),
    ("Deal", 1.5, "CNY", 10, MoneyError, "money must not come from a float; pass a string"),
    ("Deal", None, "CNY", 101, ValidationError, "{value} is not a percentage between 0 and 100"),
    ("Deal", None, "CNY", -1, ValidationError, "{value} is not a percentage between 0 and 100"),
])
def test_update_opportunity_validates(db: Database, ids: Ids, name: str, amount: Any, currency: str,
                                      probability: int, error: type[Exception], template: str) -> None:
    with db.session() as s, pytest.raises(error) as caught:
        service.update_opportunity(s, ids["Alpha ERP"], name, amount, currency, probability, None)
    assert getattr(caught.value, "template", None) == template
    assert opportunity(db, ids["Alpha ERP"]).name == "Alpha ERP"


# --- the table model ------------------------------------------------------------------------------------------
def add_deals(db: Database, n: int) -> None:
    """``n`` deals named Deal 0000.. with amounts 1.00, 2.00, ... in the first stage."""
    stage = stage_ids(db)["Lead identified"]
    rows = [{"name": f"Deal {i:04d}", "stage_id": stage, "amount_minor": (i + 1) * 100, "currency": "CNY",
             "expected_close_date": date(2026, 1, 1)} for i in range(n)]
    with db.session() as s:
        s.execute(insert(Opportunity), rows)


def loaded_model(qtbot: QtBot, runner: DbRunner) -> PipelineModel:
    model = PipelineModel(runner)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.reload()
    return model


def wait_idle(qtbot: QtBot, runner: DbRunner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=TIMEOUT)


def test_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: Any, runner: DbRunner, db: Database,
                                       ids: Ids) -> None:
    model = PipelineModel(runner)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.sort(PipelineModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert model.index(0, PipelineModel.NAME).data() == "Beta CRM"
    assert model.index(0, PipelineModel.AMOUNT).data() == "5,000.50 CNY"
    assert model.index(0, PipelineModel.AMOUNT).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, PipelineModel.PROBABILITY).data() == "75%"
    assert model.index(0, PipelineModel.EXPECTED).data() == "2026-02-01"
    assert model.index(0, PipelineModel.CLOSED).data() == ""
    assert model.index(4, PipelineModel.AMOUNT).data() == ""  # Delta has no amount
    assert model.headerData(PipelineModel.AMOUNT, Qt.Orientation.Horizontal) == "Amount"
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_filter(OpportunityFilter(text="no such deal"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_model_fetches_only_the_pages_asked_for(qtbot: QtBot, runner: DbRunner, db: Database) -> None:
    add_deals(db, 1000)
    model = loaded_model(qtbot, runner)
    assert model.rowCount() == 1000 and model.fetches == 1 and model.loaded_pages() == [0]
    assert model.index(PAGE_SIZE - 1, 0).data() == "Deal 0199"
    assert model.index(450, 0).data() == "Loading…" and model.index(450, 1).data() is None
    assert model.index(455, 0).data() == "Loading…"  # the same page: asked for once
    assert model.fetches == 2
    with qtbot.waitSignal(model.dataChanged, timeout=TIMEOUT) as changed:
        pass
    first, last = changed.args[:2]
    assert (first.row(), last.row(), last.column()) == (400, 599, model.columnCount() - 1)
    assert model.index(450, 0).data() == "Deal 0450" and model.index(460, 0).data() == "Deal 0460"
    assert model.index(999, PipelineModel.AMOUNT).data() is None and model.fetches == 3
    wait_idle(qtbot, runner)
    assert model.index(999, 0).data() == "Deal 0999"
    assert model.fetches == 3 and model.loaded_pages() == [0, 2, 4]


def test_model_sorts_and_filters_in_sql(qtbot: QtBot, runner: DbRunner, db: Database) -> None:
    add_deals(db, 450)
    model = loaded_model(qtbot, runner)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.sort(PipelineModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert model.sort_key() == ("amount", True)
    assert model.index(0, 0).data() == "Deal 0449" and model.index(0, PipelineModel.AMOUNT).data() == "450.00 CNY"
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_filter(OpportunityFilter(text="deal 04"))
    assert model.rowCount() == 50 and model.index(49, 0).data() == "Deal 0400"


def test_model_keeps_its_rows_after_an_edit_elsewhere(qtbot: QtBot, runner: DbRunner, db: Database,
                                                      ids: Ids) -> None:
    model = loaded_model(qtbot, runner)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        runner.run(lambda s: service.move_stage(s, ids["Alpha ERP"], ids["stage:Won"]), edits=True)
    assert resets == []  # same count: the view keeps its place
    row = model.row_for_id(ids["Alpha ERP"])
    assert row is not None and model.index(row, PipelineModel.STAGE).data() == "Won"


# --- the page -------------------------------------------------------------------------------------------------
@pytest.fixture
def page(qtbot: QtBot, runner: DbRunner, ids: Ids) -> PipelinePage:
    """The page showing every deal (all stages, all dates)."""
    widget = PipelinePage(runner)
    qtbot.addWidget(widget)
    show_everything(qtbot, runner, widget)
    assert widget.model.rowCount() == 5
    return widget


def show_everything(qtbot: QtBot, runner: DbRunner, page: PipelinePage) -> None:
    """Once the filter bar's lists are in, choose all stages and all dates instead of the opening filter."""
    qtbot.waitUntil(lambda: page.team_combo.count() > 1, timeout=TIMEOUT)
    wait_idle(qtbot, runner)

    def everything() -> None:
        page.stage_combo.setCurrentIndex(0)
        page.all_dates_check.setChecked(True)
    refilter(qtbot, page, everything)
    wait_idle(qtbot, runner)


def shown(page: PipelinePage) -> list[str]:
    model = page.model
    return [model.index(row, PipelineModel.NAME).data() for row in range(model.rowCount())]


def refilter(qtbot: QtBot, page: PipelinePage, change: Any) -> None:
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        change()
        page.apply_filter()


def test_page_shows_every_deal_sorted_by_expected_close(page: PipelinePage) -> None:
    assert shown(page) == ["Epsilon pilot", "Gamma 50% deal", "Beta CRM", "Alpha ERP", "Delta renewal"]
    assert page.count_label.text() == "5 opportunities"
    assert [page.stage_combo.itemText(i) for i in range(page.stage_combo.count())][:3] == [
        "All stages", "All open stages", "Lead identified"]
    assert not page.open_button.isEnabled()


def test_page_opens_on_the_open_pipeline_of_the_current_quarter(qtbot: QtBot, runner: DbRunner,
                                                               ids: Ids) -> None:
    clock.set_today(date(2026, 2, 15))  # in 2026Q1: 1 January to 31 March
    page = PipelinePage(runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.team_combo.count() == 3, timeout=TIMEOUT)
    wait_idle(qtbot, runner)
    # open and expected to close in the quarter: Beta CRM (1 February), Alpha ERP (1 March); not Epsilon pilot
    # (open, no expected close), Gamma 50% deal (won) nor Delta renewal (lost), soonest close first
    assert shown(page) == ["Beta CRM", "Alpha ERP"] and page.count_label.text() == "2 opportunities"
    assert page.stage_combo.currentText() == "All open stages" and not page.all_dates_check.isChecked()
    assert (page.date_field_combo.currentText(), from_qdate(page.from_edit.date()),
            from_qdate(page.to_edit.date())) == ("Close date", date(2026, 1, 1), date(2026, 3, 31))
    header = page.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        PipelineModel.EXPECTED, Qt.SortOrder.AscendingOrder)
    assert page.current_filter() == page.model.filter() == opening_filter()
    # the other filters are still there: every stage closing in the quarter adds the won and the lost deal
    refilter(qtbot, page, lambda: page.stage_combo.setCurrentIndex(0))
    assert shown(page) == ["Gamma 50% deal", "Beta CRM", "Alpha ERP", "Delta renewal"]
    refilter(qtbot, page, lambda: page.all_dates_check.setChecked(True))
    assert page.model.rowCount() == 5


def test_the_demo_pipeline_opens_on_the_quarters_open_deals_soonest_first(qtbot: QtBot, runner: DbRunner,
                                                                         db: Database) -> None:
    today = date(2026, 11, 27)
    load_demo(db, opportunities=600, reps=10, today=today)
    clock.set_today(today)
    with db.engine.connect() as connection:  # worked out here in SQL, not with the page's query
        expected = connection.execute(sql(
            "SELECT count(*) FROM opportunity o JOIN stage_definition s ON s.id = o.stage_id "
            "WHERE s.kind = 'open' AND o.expected_close_date BETWEEN '2026-10-01' AND '2026-12-31'")).scalar()
    page = PipelinePage(runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.total() > 0, timeout=TIMEOUT)
    wait_idle(qtbot, runner)
    assert page.model.total() == page.model.rowCount() == expected > 10
    rows = [page.model.row_at(position) for position in range(min(50, expected))]
    assert all(row is not None and row.stage_kind == "open" for row in rows)
    closes = [row.expected_close_date for row in rows if row is not None]
    assert closes == sorted(closes) and date(2026, 10, 1) <= closes[0] <= closes[-1] <= date(2026, 12, 31)


def test_filter_bar_narrows_the_rows(qtbot: QtBot, page: PipelinePage, ids: Ids) -> None:
    refilter(qtbot, page, lambda: page.search_edit.setText("acme"))
    assert shown(page) == ["Gamma 50% deal", "Alpha ERP"] and page.count_label.text() == "2 opportunities"
    refilter(qtbot, page, lambda: page.search_edit.clear())
    refilter(qtbot, page, lambda: page.team_combo.setCurrentIndex(page.team_combo.findData(ids["North"])))
    assert shown(page) == ["Epsilon pilot", "Beta CRM", "Alpha ERP"]
    assert [page.rep_combo.itemText(i) for i in range(page.rep_combo.count())] == ["All reps", "Ann", "Ben"]
    refilter(qtbot, page, lambda: page.rep_combo.setCurrentIndex(page.rep_combo.findData(ids["Ann"])))
    assert shown(page) == ["Epsilon pilot", "Alpha ERP"]
    refilter(qtbot, page, lambda: page.stage_combo.setCurrentIndex(
        page.stage_combo.findData(ids["stage:Solution demo"])))
    assert shown(page) == ["Epsilon pilot"] and page.count_label.text() == "1 opportunity"


def test_period_filter(qtbot: QtBot, page: PipelinePage) -> None:
    page.from_edit.setDate(date(2026, 1, 1))
    page.to_edit.setDate(date(2026, 1, 31))
    refilter(qtbot, page, lambda: page.all_dates_check.setChecked(False))
    assert shown(page) == ["Gamma 50% deal", "Delta renewal"]
    refilter(qtbot, page, lambda: page.date_field_combo.setCurrentIndex(1))  # created in January
    assert shown(page) == ["Beta CRM", "Alpha ERP"]
    refilter(qtbot, page, lambda: page.all_dates_check.setChecked(True))
    assert page.model.rowCount() == 5


def test_search_waits_for_typing_to_pause(qtbot: QtBot, page: PipelinePage) -> None:
    fetches = page.model.fetches
    for text in ("b", "be", "bet"):
        page.search_edit.setText(text)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        pass
    assert shown(page) == ["Beta CRM"] and page.model.fetches == fetches + 1


def open_dialog(qtbot: QtBot, page: PipelinePage, opportunity_id: int) -> OpportunityDialog:
    with qtbot.waitSignal(page.dialog_opened, timeout=TIMEOUT) as opened:
        page.open_opportunity(opportunity_id)
    dialog = opened.args[0]
    assert isinstance(dialog, OpportunityDialog)
    return dialog


def test_moving_a_stage_through_the_page(qtbot: QtBot, page: PipelinePage, db: Database, ids: Ids) -> None:
    page.select_position(2)
    assert page.selected_id() == ids["Beta CRM"] and page.move_button.isEnabled()
    with qtbot.waitSignal(page.dialog_opened, timeout=TIMEOUT) as opened:
        page.move_button.click()
    dialog = opened.args[0]
    picker = dialog.move_dialog
    assert picker is not None and picker.isVisible()
    assert picker.target_combo.currentText() == "Won"  # the next stage after Negotiation
    assert [picker.exit_list.item(i).text() for i in range(picker.exit_list.count())] == [
        "Contract terms agreed", "Delivery feasibility confirmed with the product team"]
    assert picker.entry_heading.text() == "Entry criteria of Won"
    assert [picker.entry_list.item(i).text() for i in range(picker.entry_list.count())] == ["Contract signed"]
    assert picker.summary_label.text() == "0 of 3 criteria ticked; you can still move the deal."
    picker.set_target(ids["stage:Lost"])
    assert picker.entry_list.item(0).text() == "Loss reason recorded"
    picker.set_target(ids["stage:Won"])
    picker.check_all()
    assert picker.summary_label.text() == "All criteria are met."
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        picker.accept()
    qtbot.waitUntil(lambda: dialog.stage_label.text().startswith("Won"), timeout=TIMEOUT)
    deal = opportunity(db, ids["Beta CRM"])
    assert (deal.stage_id, deal.probability, deal.closed_date) == (ids["stage:Won"], 100, date.today())
    assert [stage for stage, _at in history(db, ids["Beta CRM"])] == [ids["stage:Won"]]
    assert dialog.history_table.rowCount() == 1 and dialog.history_table.item(0, 0).text() == "Won"
    assert dialog.probability_spin.value() == 100
    assert page.model.index(2, PipelineModel.STAGE).data() == "Won"
    dialog.reject()


def test_editing_a_deal_in_the_dialog(qtbot: QtBot, page: PipelinePage, db: Database, ids: Ids) -> None:
    dialog = open_dialog(qtbot, page, ids["Alpha ERP"])
    assert dialog.name_edit.text() == "Alpha ERP" and dialog.amount_edit.text() == "1000.00"
    assert dialog.account_label.text() == "Acme Corp" and dialog.probability_spin.value() == 10
    dialog.amount_edit.setText("abc")
    dialog.accept()
    assert dialog.error_text() == "Not a number: abc" and dialog.isVisible()
    dialog.amount_edit.setText("12,345.60")
    dialog.probability_spin.setValue(-1)
    dialog.no_expected_check.setChecked(True)
    dialog.currency_edit.setText("XX")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.error_text() != "", timeout=TIMEOUT)
    assert dialog.error_text().startswith("Not an ISO 4217 currency code: XX")
    dialog.currency_edit.setText("usd")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.accept()
    deal = opportunity(db, ids["Alpha ERP"])
    assert (deal.amount_minor, deal.currency, deal.probability, deal.expected_close_date) == (
        1234560, "USD", None, None)
    assert page.dialog is None  # closed (and deleted) once saved


def test_load_errors_are_shown(qtbot: QtBot, page: PipelinePage, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))

    def failing(*_args: object) -> int:
        raise RuntimeError("disk I/O error\ndetails")
    monkeypatch.setattr(service, "count_opportunities", failing)
    page.search_edit.setText("x")
    page.apply_filter()
    qtbot.waitUntil(lambda: warnings == ["disk I/O error"], timeout=TIMEOUT)
    with qtbot.waitSignal(page.dialog_opened, timeout=200, raising=False):
        page.open_opportunity(12345)
    qtbot.waitUntil(lambda: len(warnings) == 2, timeout=TIMEOUT)
    assert warnings[1] == "no opportunity with id 12345"


def test_a_newer_filter_supersedes_one_still_queued(qtbot: QtBot, runner: DbRunner, db: Database,
                                                   ids: Ids) -> None:
    model = loaded_model(qtbot, runner)
    loads: list[int] = []
    model.loaded.connect(lambda: loads.append(model.total()))
    model.set_filter(OpportunityFilter(text="alpha"))
    model.set_filter(OpportunityFilter(text="acme"))
    wait_idle(qtbot, runner)
    assert loads == [2] and model.index(0, PipelineModel.NAME).data() == "Gamma 50% deal"


def test_the_main_window_shows_the_pipeline_page(qtbot: QtBot, db: Database, tmp_path: Any) -> None:
    from PySide6.QtCore import QSettings

    from salesmgr.views.main_window import MainWindow
    from salesmgr.views.navigation import PAGE_KEYS
    from salesmgr.views.ui_settings import UiSettings

    runner = DbRunner(db)
    window = MainWindow(db, runner, settings=UiSettings(QSettings(str(tmp_path / "ui.ini"),
                                                                  QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    try:
        assert isinstance(window.pages[PAGE_KEYS.index("pipeline")], PipelinePage)
        assert window.pipeline_page.runner is runner
        wait_idle(qtbot, runner)
    finally:
        window.close()
        runner.shutdown()


def test_page_opens_on_the_fiscal_quarter_of_the_database(qtbot: QtBot, runner: DbRunner, ids: Ids,
                                                          db: Database) -> None:
    clock.set_today(date(2026, 2, 15))
    with db.session() as session:
        set_fiscal_start(session, 11)  # November: 2026-02-15 is in fiscal 2025Q2, 1 February to 30 April
    page = PipelinePage(runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.team_combo.count() == 3, timeout=TIMEOUT)
    wait_idle(qtbot, runner)
    assert (from_qdate(page.from_edit.date()), from_qdate(page.to_edit.date())) == (date(2026, 2, 1),
                                                                                  date(2026, 4, 30))
    # open and expected to close from 1 February to 30 April: Beta CRM (1 February) and Alpha ERP (1 March)
    assert shown(page) == ["Beta CRM", "Alpha ERP"]
