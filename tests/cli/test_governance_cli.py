"""erase --due and repermission from the command line, as an office script would call them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from desktop_app.cli import main
from desktop_app.db.models import Consent, Customer
from desktop_app.domain.enums import CaptureMethod, Channel
from desktop_app.services import customers, ledger, retention, sources
from desktop_app.services.bootstrap import open_database
from desktop_app.services.customers import CustomerInput
from desktop_app.services.ledger import Evidence
from desktop_app.services.retention import RuleInput
from desktop_app.services.sources import SourceInput

NOW = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _office(path: str) -> tuple[int, int]:
    """Two old trade-fair contacts under a 24-month rule; one of them still has a consent, now stale."""
    db = open_database(path)
    with db.session() as s:
        fair = sources.create_source(s, "anna", SourceInput("Messe 2020")).id
        idle = customers.create_customer(
            s, "anna", CustomerInput(last_name="Ruhig", email="ruhig@example.de", source_id=fair)
        ).id
        asked = customers.create_customer(
            s, "anna", CustomerInput(last_name="Fragen", street="Hauptstr. 2", postcode="01067",
                                     city="Dresden", email="fragen@example.de", source_id=fair),
        ).id  # fmt: skip
        ledger.grant_consent(
            s, "anna", asked, "offers", Channel.POST, Evidence(NOW, CaptureMethod.PAPER_FORM)
        )
        s.execute(update(Customer).values(created_at=NOW - dt.timedelta(days=4 * 365)))
        s.execute(update(Consent).values(granted_at=NOW - dt.timedelta(days=710)))
        retention.create_rule(s, "anna", RuleInput(24, source_id=fair))
    db.dispose()
    return idle, asked


def test_erase_due_previews_then_erases(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "o.sqlite3")
    idle, asked = _office(path)
    code, out, _ = run(capsys, "--db", path, "erase", "--due")
    assert code == 0 and "1 customer(s) due for deletion" in out and "Ruhig" in out
    assert "keyed hashes" in out and "Nothing was changed" in out
    code, out, _ = run(capsys, "--db", path, "erase", "--due", "--yes", "--json")
    data = json.loads(out)
    assert code == 0 and data["erased"] == [idle] and data["failed"] == []
    db = open_database(path)
    with db.read_session() as s:
        status = dict(s.execute(select(Customer.id, Customer.status)).all())
    db.dispose()
    assert status == {idle: "erased", asked: "active"}
    code, out, _ = run(capsys, "--lang", "de", "--db", path, "erase", "--due")
    assert code == 0 and out.startswith("0 Kunde(n) zur Löschung fällig")
    with pytest.raises(SystemExit):
        main(["--db", path, "erase", "--due", "--customer", "1"])
    assert "not allowed with" in capsys.readouterr().err


def test_erase_due_with_a_limit_takes_the_first_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "o.sqlite3")
    idle, _asked = _office(path)
    db = open_database(path)
    with db.session() as s:
        more = [
            customers.create_customer(s, "anna", CustomerInput(last_name=f"Still{n}", source_id=1)).id
            for n in range(3)
        ]
        s.execute(
            update(Customer).where(Customer.id.in_(more)).values(created_at=NOW - dt.timedelta(days=1500))
        )
    db.dispose()
    code, out, _ = run(capsys, "--db", path, "erase", "--due", "--limit", "2", "--yes", "--json")
    data = json.loads(out)
    assert code == 0 and data["due"] == 4 and data["erased"] == [idle, more[0]]
    code, out, _ = run(capsys, "--db", path, "erase", "--due", "--limit", "1")
    assert code == 0 and "2 customer(s) due for deletion" in out and "These are the first 1:" in out
    for bad in (["--due", "--limit", "0"], ["--customer", str(idle), "--limit", "3"]):
        code, _, err = run(capsys, "--db", path, "erase", *bad)
        assert code == 2 and "--limit goes with --due" in err


def test_repermission_lists_and_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "o.sqlite3")
    _idle, asked = _office(path)
    code, out, _ = run(capsys, "--db", path, "repermission", "--json")
    data = json.loads(out)
    assert code == 0 and [c["customer"] for c in data["customers"]] == [asked]
    assert data["customers"][0]["ask_via"] == "post"
    code, out, _ = run(capsys, "--db", path, "repermission", "--within-days", "0", "--json")
    assert json.loads(out)["customers"] == []  # 710 days: runs out in about three weeks, not yet
    target = tmp_path / "liste.xlsx"
    code, out, _ = run(
        capsys, "--lang", "de", "--db", path, "repermission", "--purpose", "offers", "-o", str(target)
    )
    assert code == 0 and "1 Zeile(n)" in out
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert [c.value for c in sheet[2]][4] == "Fragen" and "Fragen über" in [c.value for c in sheet[1]]
    code, _, err = run(capsys, "--lang", "en", "--db", path, "repermission", "--purpose", "nope")
    assert code == 2 and "“nope” does not exist" in err
