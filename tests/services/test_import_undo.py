"""Undoing an import batch: what nobody touched since goes back, everything else is listed and kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from import_builders import ACTOR, commit, file_hash, plan, row, xlsx
from ledger_factories import ago, make_customer
from sqlalchemy import func, select

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry, Consent, ConsentEvent, Customer, ImportBatch, ImportChange
from desktop_app.domain.enums import CaptureMethod, Channel
from desktop_app.errors import UserError
from desktop_app.services import customers, ledger
from desktop_app.services.importing import (
    Defaults,
    MergePolicy,
    batch_profile,
    list_batches,
    preview_undo,
    undo_batch,
)


def _count(db: Database, model: type) -> int:
    with db.read_session() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_undo_removes_untouched_and_keeps_what_was_worked_on(db: Database, tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "u.xlsx",
        [
            row("K-1", last="Ruhig", email="ruhig@example.de"),
            row("K-2", last="Bearbeitet", email="bearbeitet@example.de"),
            row("K-3", last="Widerrufen", email="widerruf@example.de"),
            row("K-4", last="Widerspruch", email="widerspruch@example.de", newsletter=""),
        ],
    )
    report = commit(db, plan(path, defaults=Defaults(tags=("Messe",))))
    assert report.batch_id is not None
    with db.session() as s:
        ids = {c.customer_no: c.id for c in s.execute(select(Customer)).scalars()}
        edited = customers.get_customer(s, ids["K-2"])
        customers.update_customer(s, "bob", edited.id, edited.as_input(), version=edited.version)
        consent = ledger.customer_consents(s, ids["K-3"])[0]
        ledger.withdraw_consent(s, "bob", consent.id, ago(minutes=1), CaptureMethod.EMAIL)
        ledger.record_objection(s, "bob", ids["K-4"], ago(minutes=1))
    with db.session() as s:
        result = undo_batch(s, ACTOR, report.batch_id)
    assert (result.customers_removed, result.consents_removed) == (1, 2)  # K-1 and the consent of K-2
    kept = {(k.customer_no, k.reason.split(" ")[0]) for k in result.kept}
    assert kept == {("K-2", "The"), ("K-3", "Consent"), ("K-3", "The"), ("K-4", "The")}
    with db.read_session() as s:
        assert sorted(c.customer_no for c in s.execute(select(Customer)).scalars()) == ["K-2", "K-3", "K-4"]
        batch = s.get(ImportBatch, report.batch_id)
        assert batch is not None and batch.status == "undone" and batch.undone_by == ACTOR
        assert tuple(
            s.execute(select(AuditEntry.action, AuditEntry.entity).order_by(AuditEntry.seq.desc())).first()
            or ()
        ) == ("undo_import", "import_batch")
    with db.session() as s, pytest.raises(UserError, match="already been undone"):
        undo_batch(s, ACTOR, report.batch_id)
    with db.read_session() as s:
        listed = list_batches(s)
        assert [(b.id, b.status.value, b.counts["new"], b.source_name) for b in listed] == [
            (report.batch_id, "undone", 4, "Messe Hannover 2025")
        ]
        assert batch_profile(s, report.batch_id).defaults.tags == ("Messe",)


def test_undo_restores_fields_and_appended_consent_events(db: Database, tmp_path: Path) -> None:
    known = make_customer(db, customer_no="K-5", email="anna@example.de", city="", phone="")
    other = make_customer(db, customer_no="K-6", email="otto@example.de", city="", phone="")
    with db.session() as s:
        old = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
        ledger.refuse_consent(s, ACTOR, known.id, "newsletter", Channel.EMAIL, old, CaptureMethod.EMAIL)
    path = xlsx(
        tmp_path / "r.xlsx",
        [row("K-5", city="Leipzig", phone="0341 1234567"), row("K-6", last="Otto", email="otto@example.de",
                                                               city="Köln", newsletter="")],
    )  # fmt: skip
    report = commit(db, plan(path, merge_policy=MergePolicy.FILL_EMPTY, defaults=Defaults(tags=("Neu",))))
    assert report.counts.updated == 2 and report.batch_id is not None
    assert _count(db, ImportChange) == 2
    with db.session() as s:  # someone edits K-6 after the import: its imported city stays
        view = customers.get_customer(s, other.id)
        customers.update_customer(s, "bob", other.id, view.as_input(), version=view.version)
    with db.session() as s:
        result = undo_batch(s, ACTOR, report.batch_id)
    assert (result.customers_restored, result.customers_removed, result.events_removed) == (1, 0, 1)
    assert [k.customer_no for k in result.kept] == ["K-6"]
    with db.read_session() as s:
        restored = customers.get_customer(s, known.id)
        assert (restored.city, restored.phone, restored.phone_e164, restored.tags) == ("", "", None, ())
        consent = ledger.customer_consents(s, known.id)[0]
        assert consent.status.value == "refused" and consent.granted_at is None
        row_ = s.execute(select(Consent)).scalar_one()
        replayed = ledger.replay_consent(s, row_.id)
        assert ledger.stored_state(row_) == {k: getattr(replayed, k) for k in ledger.stored_state(row_)}
        assert customers.get_customer(s, other.id).city == "Köln"
        assert s.execute(select(func.count()).select_from(ConsentEvent)).scalar_one() == 1


@pytest.mark.sqlite_only
def test_the_preview_tells_what_the_undo_will_do_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = xlsx(tmp_path / "p.xlsx", [row("K-1", last="Eins", email="eins@example.de"),
                                       row("K-2", last="Zwei", email="zwei@example.de")])  # fmt: skip
    report = commit(db, plan(path))
    assert report.batch_id is not None
    with db.session() as s:
        two = s.execute(select(Customer).where(Customer.customer_no == "K-2")).scalar_one()
        view = customers.get_customer(s, two.id)
        customers.update_customer(s, "bob", two.id, view.as_input(), version=view.version)
    before = file_hash(db)
    with db.read_session() as s:
        shown = preview_undo(s, report.batch_id)
    assert file_hash(db) == before
    assert not shown.changes_nothing
    assert (shown.customers_removed, [k.customer_no for k in shown.kept]) == (1, ["K-2"])
    with db.session() as s:
        done = undo_batch(s, ACTOR, report.batch_id)
    assert done == shown
    with db.read_session() as s, pytest.raises(UserError, match="already been undone"):
        preview_undo(s, report.batch_id)


def test_an_import_whose_every_row_was_worked_on_changes_nothing(db: Database, tmp_path: Path) -> None:
    report = commit(db, plan(xlsx(tmp_path / "w.xlsx", [row("K-1", newsletter="")])))
    assert report.batch_id is not None
    with db.session() as s:
        one = s.execute(select(Customer)).scalar_one()
        view = customers.get_customer(s, one.id)
        customers.update_customer(s, "bob", one.id, view.as_input(), version=view.version)
    with db.read_session() as s:
        shown = preview_undo(s, report.batch_id)
    assert shown.changes_nothing and [k.customer_no for k in shown.kept] == ["K-1"]
