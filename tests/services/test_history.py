"""A customer's history: one time line of consent and customer events, with who and the evidence."""

from __future__ import annotations

import datetime as dt

from ledger_factories import ago, evidence, make_customer, make_source
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import ConsentText, Purpose
from desktop_app.domain.enums import CaptureMethod, Channel, LegalBasis
from desktop_app.services import ledger
from desktop_app.services.attachments import AttachmentInput


def test_history_is_in_time_order_whatever_order_it_was_recorded_in(db: Database) -> None:
    customer = make_customer(db)
    source = make_source(db, "Messe Hannover 2026")
    with db.session() as s:
        purpose_id = s.execute(select(Purpose.id).where(Purpose.code == "offers")).scalar_one()
        text = ConsentText(
            purpose_id=purpose_id, language="de", version=2, title="Angebote per Post", body="…",
            valid_from=dt.date(2020, 1, 1),
        )  # fmt: skip
        s.add(text)
        s.flush()
        # Recorded today, in this order: a paper form from last month, then yesterday's objection, then
        # a phone consent from two weeks ago, then a restriction happening now.
        paper = evidence(
            captured_at=ago(days=30),
            method=CaptureMethod.PAPER_FORM,
            source_id=source,
            consent_text_id=text.id,
            attachment=AttachmentInput("formular.pdf", b"scan"),
            note="Messestand",
        )
        post = ledger.grant_consent(s, "anna", customer.id, "offers", Channel.POST, paper)
        ledger.record_objection(
            s, "bernd", customer.id, ago(days=1), Channel.EMAIL, CaptureMethod.EMAIL, "Mail"
        )
        ledger.grant_consent(
            s,
            "carla",
            customer.id,
            "survey",
            Channel.PHONE,
            evidence(captured_at=ago(days=14), method=CaptureMethod.PHONE_CALL),
        )
        ledger.restrict_processing(s, "dora", customer.id, "bestritten")
    with db.read_session() as s:
        history = ledger.consent_history(s, customer.id)
    assert [(h.kind, h.recorded_by) for h in history] == [
        ("granted", "anna"),
        ("granted", "carla"),
        ("objection", "bernd"),
        ("restricted", "dora"),
    ]
    assert [h.occurred_at for h in history] == sorted(h.occurred_at for h in history)
    first = history[0]
    assert first.consent_id == post.id and not first.is_customer_event
    assert (first.purpose_code, first.purpose_name_de, first.channel) == (
        "offers",
        "Angebote zu eigenen Produkten",
        Channel.POST,
    )
    assert (first.source_name, first.method, first.legal_basis) == (
        "Messe Hannover 2026",
        "paper_form",
        LegalBasis.CONSENT,
    )
    assert (first.consent_text_version, first.consent_text_language, first.consent_text_title) == (
        2,
        "de",
        "Angebote per Post",
    )
    assert (first.attachment_name, len(first.attachment_sha256), first.note) == (
        "formular.pdf",
        64,
        "Messestand",
    )
    objection = history[2]
    assert objection.is_customer_event and objection.channel is Channel.EMAIL and objection.note == "Mail"


def test_uses_can_be_left_out_of_the_history(db: Database) -> None:
    customer = make_customer(db)
    with db.session() as s:
        view = ledger.grant_consent(s, "anna", customer.id, "newsletter", Channel.EMAIL, evidence())
        ledger.record_use(s, "anna", [view.id], ago(hours=1), None)
        ledger.withdraw_consent(s, "anna", view.id, ago(minutes=30), CaptureMethod.EMAIL)
    with db.read_session() as s:
        full = [h.kind for h in ledger.consent_history(s, customer.id)]
        short = [h.kind for h in ledger.consent_history(s, customer.id, include_uses=False)]
    assert full == ["granted", "used", "withdrawn"]
    assert short == ["granted", "withdrawn"]


def test_an_unknown_customer_has_an_empty_history(db: Database) -> None:
    with db.read_session() as s:
        assert ledger.consent_history(s, 999) == []
