"""The commit: one transaction writing exactly what the dry run announced, with provenance."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest
from import_builders import ACTOR, commit, dry, file_hash, german_csv, plan, row, xlsx
from ledger_factories import evidence, make_customer, make_source
from sqlalchemy import func, select

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry, Consent, ConsentEvent, Customer, DataSource, ImportBatch
from desktop_app.domain.enums import CaptureMethod, Channel, SourceKind
from desktop_app.errors import UserError
from desktop_app.services import customers, ledger
from desktop_app.services.customer_fields import derive_fields
from desktop_app.services.importing import (
    Defaults,
    ImportCancelled,
    MergePolicy,
    SourceSpec,
    parse_profile,
    run_import,
)
from desktop_app.services.importing import run as run_module
from desktop_app.services.suppression import SuppressionKeys


def _replays_equal_rows(db: Database) -> int:
    with db.read_session() as s:
        rows = list(s.execute(select(Consent)).scalars())
        for consent in rows:
            replayed = ledger.replay_consent(s, consent.id)
            stored = ledger.stored_state(consent)
            assert stored == {k: getattr(replayed, k) for k in stored}, consent.id
    return len(rows)


def test_commit_writes_what_the_dry_run_said_with_provenance(db: Database, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "messe.xlsx",
        [
            row("K-1"),
            row("", "Bernd", "Schmidt", "bernd@example.de", "0151 2345678", "10115", "Berlin", "nein", None),
            row("", "Carla", "Meier", "anna@example.de"),  # duplicate
            row("", "Dora", "Dorn", "kaputt"),  # error
        ],
    )
    the_plan = plan(path, defaults=Defaults(tags=("Messe 2025",), consent_note="Papierformular am Stand"))
    preview = dry(db, the_plan)
    report = commit(db, the_plan)
    assert report.counts == preview.counts and report.batch_id is not None
    assert _replays_equal_rows(db) == 2
    with db.read_session() as s:
        batch = s.get(ImportBatch, report.batch_id)
        assert batch is not None
        assert batch.file_name == "messe.xlsx" and batch.sheet == "Kunden" and batch.imported_by == ACTOR
        assert batch.file_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert parse_profile(batch.mapping_json) == the_plan.profile
        assert json.loads(batch.counts_json)["new"] == 2
        source = s.get(DataSource, batch.source_id)
        assert source is not None and source.name == "Messe Hannover 2025" and source.kind == "trade_fair"
        people = list(s.execute(select(Customer).order_by(Customer.id)).scalars())
        assert [p.customer_no for p in people] == ["K-1", "K-0000001"]
        assert {(p.import_batch_id, p.source_id) for p in people} == {(batch.id, source.id)}
        assert [t.name for t in people[0].tags] == ["Messe 2025"]
        consents = list(s.execute(select(Consent).order_by(Consent.id)).scalars())
        assert [c.status for c in consents] == ["granted", "refused"]
        assert {(c.capture_method, c.import_batch_id, c.source_id) for c in consents} == {
            (CaptureMethod.IMPORT.value, batch.id, source.id)
        }
        assert consents[0].proof_ref == "messe.xlsx #2" and consents[0].names_business
        events = list(s.execute(select(ConsentEvent)).scalars())
        assert {e.import_batch_id for e in events} == {batch.id}
        assert {e.note for e in events} == {"Papierformular am Stand"}
        audit = list(s.execute(select(AuditEntry.action, AuditEntry.entity)).all())
        assert audit[-2:] == [("create", "data_source"), ("import", "import_batch")]  # one entry per batch
    # Ids come from the tables' own sequences (PostgreSQL): the dialog and the ledger still find free ones.
    later = make_customer(db, email="later@example.de", customer_no="")
    with db.session() as s:
        ledger.grant_consent(s, ACTOR, later.id, "offers", Channel.POST, evidence(source_id=None))
    assert later.customer_no == "K-0000002"


def test_stored_customers_have_the_dialogs_derived_fields(db: Database, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "d.xlsx",
        [
            [
                *row(
                    "",
                    "Özlem",
                    "Yılmaz",
                    " Oezlem+Shop@Example.DE ",
                    "+41 44 123 45 67",
                    "8001",
                    "Zürich",
                    "",
                )[:8],
                "CH",
            ]
        ],
        ("Kundennummer", "Vorname", "Nachname", "E-Mail", "Telefon", "PLZ", "Ort", "Newsletter", "Land"),
    )
    commit(db, plan(path))
    with db.session() as s:
        customer = s.execute(select(Customer)).scalar_one()
        view = customers.get_customer(s, customer.id)
        derived = derive_fields(
            SuppressionKeys.load_or_create(s), customer_no=view.customer_no, first_name=view.first_name,
            last_name=view.last_name, company=view.company, email=view.email, phone=view.phone,
            mobile=view.mobile, postcode=view.postcode, city=view.city, country=view.country,
        )  # fmt: skip
        assert {k: getattr(customer, k) for k in derived.columns()} == derived.columns()
        assert view.email == "Oezlem+Shop@Example.DE" and view.phone_e164 == "+41441234567"


def test_existing_customers_are_updated_and_their_consents_extended(db: Database, tmp_path: Path) -> None:
    known = make_customer(db, customer_no="K-5", email="anna@example.de", city="")
    with db.session() as s:
        old = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
        ledger.refuse_consent(s, ACTOR, known.id, "newsletter", Channel.EMAIL, old, CaptureMethod.EMAIL)
    path = xlsx(tmp_path / "u.xlsx", [row("K-5", city="Leipzig", given=dt.date(2024, 5, 1))])
    report = commit(db, plan(path, merge_policy=MergePolicy.FILL_EMPTY))
    assert (report.counts.updated, report.counts.new) == (1, 0)
    assert report.changes[0].fields == ("city",) and report.changes[0].consents == 1
    assert _replays_equal_rows(db) == 1
    with db.read_session() as s:
        view = customers.get_customer(s, known.id)
        assert view.city == "Leipzig" and view.first_name == "Jürgen" and view.version == 2
        consent = ledger.customer_consents(s, known.id)[0]
        assert consent.status.value == "granted" and consent.refused_at is not None
    again = commit(db, plan(path, merge_policy=MergePolicy.FILL_EMPTY))
    assert (again.counts.unchanged, again.counts.consents_not_recorded) == (1, 1)


def test_third_party_consents_name_the_business_only_when_the_profile_says_so(
    db: Database, tmp_path: Path
) -> None:
    make_source(db, "Adresskauf Süd", third_party=True)
    path = xlsx(tmp_path / "t.xlsx", [row()])
    spec = SourceSpec("adresskauf süd")  # found case-insensitively
    commit(db, plan(path, source=spec))
    commit(db, plan(xlsx(tmp_path / "t2.xlsx", [row(email="b@example.de", last="B")]), source=spec,
                    names_business=True))  # fmt: skip
    with db.read_session() as s:
        flags = list(
            s.execute(select(Consent.source_third_party, Consent.names_business).order_by(Consent.id))
        )
    assert [tuple(f) for f in flags] == [(True, False), (True, True)]
    with pytest.raises(UserError, match="recorded as a third-party list"):
        commit(db, plan(path, source=SourceSpec("Adresskauf Süd", SourceKind.TRADE_FAIR)))


def test_generated_numbers_give_way_to_numbers_in_the_file(db: Database, tmp_path: Path) -> None:
    path = german_csv(
        tmp_path / "n.csv",
        [row("", email="a@example.de"), row("", last="B", email="b@example.de"), row("K-0000001", last="C",
                                                                                         email="c@example.de")],
    )  # fmt: skip
    commit(db, plan(path))
    with db.read_session() as s:
        rows = {c.last_name: (c.customer_no, c.search_text) for c in s.execute(select(Customer)).scalars()}
    assert rows["C"][0] == "K-0000001"
    assert {rows["Müller"][0], rows["B"][0]} == {"K-0000002", "K-0000003"}
    assert all(text.startswith(number.casefold() + " ") for number, text in rows.values())


@pytest.mark.sqlite_only
def test_cancel_writes_nothing(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run_module, "CHUNK", 2)
    path = xlsx(tmp_path / "c.xlsx", [row(email=f"p{i}@example.de", last=f"P{i}") for i in range(7)])
    the_plan = plan(path)
    before = file_hash(db)
    calls = iter([False, False, True])
    steps = run_import(db, the_plan, ACTOR, cancel=lambda: next(calls))
    assert next(steps).rows_done == 2
    with pytest.raises(ImportCancelled):
        list(steps)
    abandoned = run_import(db, the_plan, ACTOR)
    next(abandoned)
    abandoned.close()  # a consumer that stops iterating cancels too
    assert file_hash(db) == before


@pytest.mark.sqlite_only
def test_a_file_that_breaks_half_way_rolls_back(db: Database, tmp_path: Path) -> None:
    path = german_csv(tmp_path / "b.csv", [row(email=f"p{i}@example.de", last=f"P{i}") for i in range(120)])
    with path.open("a", encoding="cp1252") as file:
        file.write('K-9;"Anna;Müller;a@example.de\n' + "x;" * 5 + "\n")  # a quotation mark never closed
    the_plan = plan(path)
    before = file_hash(db)
    with pytest.raises(UserError, match="could not be read to the end") as caught:
        commit(db, the_plan)
    assert "Nothing was imported" in caught.value.message()
    assert file_hash(db) == before
    with db.read_session() as s:
        assert s.execute(select(func.count()).select_from(Customer)).scalar_one() == 0


def test_commit_refuses_matches_without_a_merge_policy(db: Database, tmp_path: Path) -> None:
    make_customer(db, email="anna@example.de")
    path = xlsx(tmp_path / "p.xlsx", [row(email="x@example.de", last="X"), row()])
    with pytest.raises(UserError, match="already in the database"):
        commit(db, plan(path, merge_policy=None))
    with db.read_session() as s:
        assert s.execute(select(func.count()).select_from(Customer)).scalar_one() == 1
    done = commit(db, replace(plan(path), profile=replace(plan(path).profile, merge_policy=MergePolicy.SKIP)))
    assert (done.counts.new, done.counts.skipped) == (1, 1)
