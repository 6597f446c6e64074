"""Data portability (Art. 20 GDPR): the JSON file is the documented structure and reads back unchanged;
the .xlsx keeps every text as text, including what a spreadsheet would take for a formula."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry
from desktop_app.errors import NotFound, UserError
from desktop_app.services.portability import FORMAT, FORMAT_VERSION, customer_data, export_customer
from tests.services.ledger_factories import make_customer
from tests.services.report_factories import WORDING, rich_customer

HOSTILE = {
    "first_name": '=HYPERLINK("http://evil.example","klick")',
    "last_name": "+49 Müller",
    "company": "-1+1",
    "notes": "@SUM(A1)",
}


def test_json_is_the_documented_structure_and_reads_back_unchanged(db: Database, tmp_path: Path) -> None:
    rich = rich_customer(db)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "data.json"
    with db.session() as s:
        export_customer(s, "anna", rich.customer_id, target)
    raw = target.read_bytes()
    assert "Müller".encode() in raw and b"\n  " in raw  # UTF-8 as is, indented
    data = json.loads(raw.decode("utf-8"))
    with db.read_session() as s:
        again = customer_data(s, rich.customer_id)
    assert {k: v for k, v in data.items() if k != "exported_at"} == {
        k: v for k, v in again.items() if k != "exported_at"
    }
    assert (data["format"], data["format_version"]) == (FORMAT, FORMAT_VERSION)
    assert list(data) == ["format", "format_version", "exported_at", "controller", "customer", "consents",
                          "history", "objections"]  # fmt: skip
    assert (
        data["customer"]["last_name"] == "Müller"
        and data["controller"]["name"] == "Bäckerei Sonnenschein GmbH"
    )
    newsletter = next(c for c in data["consents"] if c["purpose_code"] == "newsletter")
    assert (
        newsletter["consent_text_body"] == WORDING and newsletter["consent_text_version"] == rich.text_label
    )
    assert newsletter["status"] == "granted" and newsletter["channel"] == "email"
    assert newsletter["doi_confirmed_at"].endswith("+00:00")
    events = [e["event"] for e in data["history"]]
    assert "withdrawn" in events and "objection" in events and "used" not in events
    assert data["objections"][0]["channel"] == "sms"
    assert [p.name for p in target.parent.iterdir()] == ["data.json"]  # written atomically
    with db.read_session() as s:
        last = s.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.description)
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).one()
    assert tuple(last) == ("portability_export", str(rich.customer_id), "format=json")


def test_xlsx_keeps_every_text_as_text(db: Database, tmp_path: Path) -> None:
    customer = make_customer(db, **HOSTILE)
    target = tmp_path / "data.xlsx"
    with db.session() as s:
        export_customer(s, "anna", customer.id, target)
    book = load_workbook(target)
    assert book.sheetnames == ["About", "Customer", "Consents", "History", "Objections"]
    fields = {row[0].value: row[1] for row in book["Customer"].iter_rows(min_row=2)}
    for name, text in HOSTILE.items():
        if name == "notes":
            continue  # staff notes are not data the person provided (Art. 20)
        cell = fields[name]
        assert cell.value == text and cell.data_type == "s", name
        assert cell.quotePrefix  # editing the cell in Excel keeps it text as well
    assert book["About"]["B2"].value == "consentdesk-portability"


def test_a_wrong_extension_and_an_unknown_customer_are_refused(db: Database, tmp_path: Path) -> None:
    customer = make_customer(db)
    out = tmp_path / "out"
    out.mkdir()
    with db.session() as s, pytest.raises(UserError):
        export_customer(s, "anna", customer.id, out / "data.csv")
    with db.session() as s, pytest.raises(NotFound):
        export_customer(s, "anna", 999_999, out / "data.json")
    assert list(out.iterdir()) == []
