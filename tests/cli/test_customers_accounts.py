"""`salesmgr accounts list/show`: JSON figures from tests/helpers/account_data.py (worked out there and in
tests/models/customers/test_accounts.py), names ignoring case, twins and unknown names refused with exit 2."""
from __future__ import annotations

from pathlib import Path

import pytest

from salesmgr.models import clock
from salesmgr.models.database import Database
from tests.helpers.account_data import TODAY, add_accounts
from tests.helpers.cli_run import run_cli


@pytest.fixture
def ids(db: Database, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    monkeypatch.setenv(clock.ENV_VAR, TODAY.isoformat())
    with db.session() as session:
        found = add_accounts(session)
    db.close()
    return found


def test_list_json(capsys: pytest.CaptureFixture[str], db_path: Path, ids: dict[str, int]) -> None:
    code, payload, _ = run_cli(capsys, db_path, "accounts", "list", "--customers", "--json")
    assert code == 0
    assert payload["currency"] == "CNY" and payload["left_out_currencies"] == ["EUR"]
    (acme,) = payload["accounts"]
    assert acme["name"] == "Acme Ltd" and acme["team"] == "East" and acme["customer_since"] == "2025-03-10"
    assert acme["lifetime_revenue"] == {"amount": "4210.50", "currency": "CNY", "won_deals": 5,
                                        "left_out": [{"currency": "EUR", "deals": 1, "amount": "50.00"}]}


def test_show_json_by_id_with_timeline(capsys: pytest.CaptureFixture[str], db_path: Path,
                                       ids: dict[str, int]) -> None:
    code, payload, _ = run_cli(capsys, db_path, "accounts", "show", str(ids["acme"]), "--json")
    assert code == 0
    assert payload["tickets"] == {"by_severity": {"low": 1, "normal": 0, "high": 2, "urgent": 0},
                                  "open_by_severity": {"low": 0, "normal": 0, "high": 1, "urgent": 0},
                                  "total": 3, "open": 1}
    assert payload["renewal_intent"] == "unsure" and payload["payment_status"] == "late"
    assert [step["stage"] for step in payload["open_deals"][0]["stage_history"]] == ["Lead identified",
                                                                                     "Negotiation"]
    assert payload["timeline"][0] == {"day": "2027-01-01", "kind": "renewal", "title": "Renewal",
                                      "detail": "unsure"}
    assert payload["health"]["score"] is not None and "usage_trend" in payload["health"]["parts"]


def test_show_by_name_ignoring_case(capsys: pytest.CaptureFixture[str], db_path: Path, ids: dict[str, int]) -> None:
    code, payload, _ = run_cli(capsys, db_path, "accounts", "show", "BOLT gmbh", "--json")
    assert code == 0 and payload["id"] == ids["bolt"] and payload["customer"] is False


def test_twins_and_unknown_names_exit_2(capsys: pytest.CaptureFixture[str], db_path: Path,
                                        ids: dict[str, int]) -> None:
    code, _, err = run_cli(capsys, db_path, "accounts", "show", "acme ltd", "--json")
    assert code == 2
    assert f"(id {ids['acme']})" in err and f"(id {ids['twin']})" in err
    code, out, err = run_cli(capsys, db_path, "accounts", "show", "Acme Lt", "--json")
    assert code == 2 and "more than one account's name contains" in err and out == ""
    code, _, err = run_cli(capsys, db_path, "accounts", "show", "Bolt GmbX")
    assert code == 2 and "close matches: Bolt GmbH" in err
