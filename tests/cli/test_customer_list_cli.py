"""export-customers from the command line: the searched list in the chosen columns, and its audit entry."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.db.models import AuditEntry
from desktop_app.services.bootstrap import open_database
from tests.services.ledger_factories import FIRM, PERSON, make_customer


@pytest.fixture
def office(tmp_path: Path) -> str:
    path = str(tmp_path / "office.sqlite3")
    db = open_database(path)
    make_customer(db, PERSON, customer_no="K-1", city="Dresden")
    make_customer(db, PERSON, customer_no="K-2", last_name="Schulz", city="Leipzig", email="s@example.org")
    make_customer(db, FIRM, customer_no="K-3", city="Dresden", email="info@example.org", phone="")
    db.dispose()
    return path


def test_export_customers_writes_the_searched_list(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dresden.csv"
    args = ["--db", office, "export-customers", "-o", str(target), "--search", "dresden", "--json",
            "--columns", "customer_no,kind,city", "--sort", "customer_no", "--descending"]  # fmt: skip
    assert main(args) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["rows"] == 2 and result["columns"] == ["customer_no", "kind", "city"]
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle, delimiter=";")) == [
            ["Customer no.", "Consumer/business", "City"],
            ["K-3", "Business", "Dresden"],
            ["K-1", "Consumer", "Dresden"],
        ]
    db = open_database(office)
    with db.read_session() as s:
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
        assert entry.entity == "customer_list" and entry.description.startswith("rows=2 file=dresden.csv")
    db.dispose()


def test_bad_column_or_file_type_is_a_message(
    office: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", office, "export-customers", "-o", str(tmp_path / "k.csv"), "--columns", "iban"]) == 2
    assert "Unknown column “iban”" in capsys.readouterr().err
    assert main(["--lang", "de", "--db", office, "export-customers", "-o", str(tmp_path / "k.txt")]) == 2
    assert "Endung .xlsx oder .csv" in capsys.readouterr().err
    assert list(tmp_path.glob("k.*")) == []
