"""Erasure: the person's data leaves the database file, the suppression stays and blocks re-import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer, Suppression
from desktop_app.domain.enums import CaptureMethod, Channel, CustomerKind, CustomerStatus
from desktop_app.errors import UserError
from desktop_app.services import customers, erasure, ledger, objections, sources
from desktop_app.services.attachments import AttachmentInput
from desktop_app.services.customers import CustomerInput
from desktop_app.services.ledger import Evidence
from desktop_app.services.sources import SourceInput
from desktop_app.services.suppression import SuppressionKeys

NOW = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
EMAIL = "Quirin.Zwetschgenbaum@Example.org"
NAME = "Zwetschgenbaum"


def _customer(db: Database, kind: CustomerKind = CustomerKind.CONSUMER) -> int:
    with db.session() as s:
        source = sources.create_source(s, "anna", SourceInput("Messe"))
        view = customers.create_customer(
            s, "anna",
            CustomerInput(kind=kind, first_name="Quirin", last_name=NAME, company="Obstgarten KG",
                          email=EMAIL, phone="030 98765432", street="Pflaumenallee 7", postcode="10115",
                          city="Berlin", notes="mag keine Anrufe am Montag", source_id=source.id,
                          tags=("VIP",)),
        )  # fmt: skip
        ledger.grant_consent(
            s, "anna", view.id, "newsletter", Channel.EMAIL,
            Evidence(NOW, CaptureMethod.PAPER_FORM, source_id=source.id, proof_ref="Formular Zwetschgenbaum",
                     attachment=AttachmentInput("scan-zwetschgenbaum.pdf", b"%PDF scan of Zwetschgenbaum")),
        )  # fmt: skip
    return view.id


def _file_bytes(db: Database) -> bytes:
    path = db.file_path
    assert path is not None
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_preview_lists_what_goes_and_what_stays(db: Database) -> None:
    cid = _customer(db)
    with db.read_session() as s:
        preview = erasure.preview_erasure(s, cid)
    assert preview.full and preview.attachments_deleted == 1
    assert any("keyed hashes" in k for k in preview.kept)
    assert any("Name, company and phone number" in d for d in preview.deleted)


@pytest.mark.sqlite_only
def test_erased_bytes_are_gone_from_the_file(db: Database) -> None:
    cid = _customer(db)
    assert NAME.encode() in _file_bytes(db)
    with db.session() as s:
        erasure.erase_customer(s, "anna", cid)
    erasure.clean_database_file(db)
    data = _file_bytes(db).lower()
    for secret in (NAME, EMAIL, "Pflaumenallee", "98765432", "mag keine Anrufe", "Formular Zwetschgenbaum"):
        assert secret.lower().encode() not in data, secret
    with db.read_session() as s:
        row = s.get(Customer, cid)
        assert row is not None and row.status == CustomerStatus.ERASED and row.customer_no is None
        assert s.execute(select(Suppression).where(Suppression.customer_id == cid)).scalars().first()


def test_reimport_of_the_same_person_is_blocked(db: Database) -> None:
    cid = _customer(db)
    with db.session() as s:
        erasure.erase_customer(s, "anna", cid)
    with db.read_session() as s:
        keys = SuppressionKeys.load_or_create(s)
        other_case_with_tag = "quirin.zwetschgenbaum+newsletter@EXAMPLE.org"
        hits = objections.is_suppressed(s, keys, other_case_with_tag, None)
        by_phone = objections.is_suppressed(s, keys, None, "+49 30 98765432")
    assert hits and by_phone


def test_phone_consent_evidence_is_kept_restricted_for_five_years(db: Database) -> None:
    cid = _customer(db)
    with db.session() as s:
        ledger.grant_consent(
            s, "anna", cid, "offers", Channel.PHONE,
            Evidence(NOW, CaptureMethod.PHONE_CALL, source_id=1, proof_ref="Anruf"),
        )  # fmt: skip
    with db.session() as s:
        result = erasure.erase_customer(s, "anna", cid)
    assert result.phone_evidence_until is not None and result.phone_evidence_until.year == NOW.year + 5
    with db.read_session() as s:
        row = s.get(Customer, cid)
        assert row is not None
        assert row.status == CustomerStatus.RESTRICTED and row.last_name == NAME and row.phone
        assert row.email == "" and row.street == "" and row.notes == ""


def test_an_erased_customer_cannot_be_erased_or_edited_again(db: Database) -> None:
    cid = _customer(db)
    with db.session() as s:
        erasure.erase_customer(s, "anna", cid)
    with pytest.raises(UserError), db.session() as s:
        erasure.erase_customer(s, "anna", cid)


def test_objection_survives_erasure(db: Database) -> None:
    cid = _customer(db)
    with db.session() as s:
        objections.record_objection(s, "anna", cid, NOW)
        erasure.erase_customer(s, "anna", cid)
    with db.read_session() as s:
        reasons = {
            r.reason for r in s.execute(select(Suppression).where(Suppression.customer_id == cid)).scalars()
        }
    assert "objection" in reasons
