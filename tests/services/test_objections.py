"""Objections, channel refusals and restriction: what is kept, what it matches, what it blocks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from ledger_factories import ACTOR, PERSON, ago, audit_actions, counts, evidence, make_customer
from sqlalchemy import select

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import Customer, CustomerEvent
from desktop_app.domain.enums import CaptureMethod, Channel, ConsentStatus, CustomerStatus, SuppressionReason
from desktop_app.domain.policy import ConsentFacts, CustomerFacts, SuppressionFacts
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import decide
from desktop_app.errors import UserError
from desktop_app.services import catalog, customers, ledger
from desktop_app.services.ledger import ConsentView, SuppressionView
from desktop_app.services.suppression import SuppressionKeys


def test_an_objection_keeps_the_customer_and_every_contact_hash(db: Database) -> None:
    customer = make_customer(db)
    when = ago(days=1)
    with db.session() as s:
        rows = ledger.record_objection(
            s, ACTOR, customer.id, when, method=CaptureMethod.PHONE_CALL, note="am Telefon"
        )
        assert audit_actions(s, 1) == [("objection", "customer")]
        stored = s.get(Customer, customer.id)
        assert stored is not None
        event = s.execute(select(CustomerEvent)).scalar_one()
    # One row per phone number; the first also holds the e-mail hashes.
    assert len(rows) == 2 and all(r.reason is SuppressionReason.OBJECTION and r.channel is None for r in rows)
    assert all(r.customer_id == customer.id and r.effective_at == when for r in rows)
    assert (event.kind, event.channel, event.method, event.note) == (
        "objection",
        None,
        "phone_call",
        "am Telefon",
    )
    with db.read_session() as s:
        found = ledger.customer_suppressions(s, customer.id)
    assert {r.id for r in found} == {r.id for r in rows}
    assert set(found[0].matched_by) >= {"customer", "email", "email_loose"}


def test_suppressions_match_raw_contact_data_in_any_spelling(db: Database) -> None:
    customer = make_customer(db)
    with db.session() as s:
        ledger.record_objection(s, ACTOR, customer.id, ago(days=1))
        keys = SuppressionKeys.load_or_create(s)

        def hits(email: str | None, phone: str | None, mobile: str | None = None) -> list[SuppressionView]:
            return ledger.is_suppressed(s, keys, email, phone, mobile)

        assert [h.matched_by for h in hits(" JUERGEN.mueller@example.de", None)] == [("email", "email_loose")]
        assert [h.matched_by for h in hits("juergen.mueller+shop@example.de", None)] == [("email_loose",)]
        assert [h.matched_by for h in hits(None, "+49 30 1234567")] == [("phone",)]
        assert [h.matched_by for h in hits(None, None, "0049 151 23456789")] == [("phone",)]
        assert hits("someone.else@example.de", "040 999999") == []
        assert hits(None, None) == []


def test_a_changed_address_stays_blocked_and_the_customer_stays_matched(db: Database) -> None:
    customer = make_customer(db)
    with db.session() as s:
        objection = ledger.record_objection(s, ACTOR, customer.id, ago(days=1))
    with db.session() as s:
        customers.update_customer(
            s,
            ACTOR,
            customer.id,
            replace(customer.as_input(), email="neu@example.de"),
            version=customer.version,
        )
    with db.session() as s:
        keys = SuppressionKeys.load_or_create(s)
        by_old_address = ledger.is_suppressed(s, keys, PERSON.email, None)
        of_customer = ledger.customer_suppressions(s, customer.id)
    assert [r.id for r in by_old_address] == [objection[0].id]
    assert {r.id for r in of_customer} == {r.id for r in objection}
    assert all("customer" in r.matched_by and "email" not in r.matched_by for r in of_customer)


def test_a_customer_without_contact_data_is_suppressed_by_id(db: Database) -> None:
    customer = make_customer(db, email="", phone="", mobile="")
    with db.session() as s:
        rows = ledger.record_channel_refusal(
            s, ACTOR, customer.id, Channel.POST, ago(), note="keine Briefwerbung"
        )
        found = ledger.customer_suppressions(s, customer.id)
    assert len(rows) == 1 and rows[0].reason is SuppressionReason.REFUSAL and rows[0].channel is Channel.POST
    assert [(f.id, f.matched_by) for f in found] == [(rows[0].id, ("customer",))]


def test_objections_and_refusals_in_the_future_are_refused(db: Database) -> None:
    customer = make_customer(db)
    with db.read_session() as s:
        before = counts(s)
    future = utcnow() + dt.timedelta(hours=2)
    with pytest.raises(UserError, match="lies in the future"), db.session() as s:
        ledger.record_objection(s, ACTOR, customer.id, future)
    with pytest.raises(UserError, match="lies in the future"), db.session() as s:
        ledger.record_channel_refusal(s, ACTOR, customer.id, Channel.PHONE, future)
    with db.read_session() as s:
        assert counts(s) == before


def _facts(suppressions: list[SuppressionView]) -> CustomerFacts:
    return CustomerFacts(
        has_email=True,
        suppressions=[
            SuppressionFacts(reason=r.reason, channel=r.channel, effective_at=r.effective_at)
            for r in suppressions
        ],
    )


def _consent(view: ConsentView) -> ConsentFacts:
    return ConsentFacts(
        id=view.id,
        status=view.status,
        legal_basis=view.legal_basis,
        granted_at=view.granted_at,
        withdrawn_at=view.withdrawn_at,
        doi_confirmed_at=view.doi_confirmed_at,
        names_business=view.names_business,
        recorded_at=view.recorded_at,
    )


def test_only_a_consent_recorded_after_the_objection_lifts_it(db: Database) -> None:
    customer = make_customer(db)
    old = ledger.Evidence(
        captured_at=ago(days=20), method=CaptureMethod.WEB_FORM, doi_confirmed_at=ago(days=20)
    )
    with db.session() as s:
        before = ledger.grant_consent(s, ACTOR, customer.id, "newsletter", Channel.EMAIL, old)
        ledger.record_objection(s, ACTOR, customer.id, ago(days=10))
        newsletter = catalog.purpose_by_code(s, "newsletter")
        assert newsletter is not None
    with db.read_session() as s:
        blocks = ledger.customer_suppressions(s, customer.id)
    today = dt.date.today()
    decision = decide(_facts(blocks), newsletter.policy, Channel.EMAIL, _consent(before), today)
    assert not decision.contactable and decision.decisive.code is ReasonCode.OBJECTION
    new = evidence(captured_at=ago(days=1), doi_confirmed_at=ago(days=1))
    with db.session() as s:
        renewed = ledger.renew_consent(s, ACTOR, before.id, new)
    decision = decide(_facts(blocks), newsletter.policy, Channel.EMAIL, _consent(renewed), today)
    assert decision.contactable and ReasonCode.OBJECTION_LIFTED_BY_CONSENT in decision.codes


def test_restriction_and_its_lifting(db: Database) -> None:
    customer = make_customer(db)
    with db.session() as s:
        ledger.restrict_processing(s, ACTOR, customer.id, "Richtigkeit bestritten (Art. 18(1)(a))")
        view = customers.get_customer(s, customer.id)
    assert view.status is CustomerStatus.RESTRICTED and view.restricted_reason.startswith("Richtigkeit")
    assert view.version == customer.version + 1  # an open edit window must reload
    with pytest.raises(UserError, match="already restricted"), db.session() as s:
        ledger.restrict_processing(s, ACTOR, customer.id, "nochmal")
    with db.session() as s:
        ledger.lift_restriction(s, ACTOR, customer.id, "geklärt")
        assert audit_actions(s, 2) == [("restricted", "customer"), ("restriction_lifted", "customer")]
        view = customers.get_customer(s, customer.id)
    assert view.status is CustomerStatus.ACTIVE and view.restricted_reason == ""
    with pytest.raises(UserError, match="is not restricted"), db.session() as s:
        ledger.lift_restriction(s, ACTOR, customer.id)
    with pytest.raises(UserError, match="Give the reason for the restriction"), db.session() as s:
        ledger.restrict_processing(s, ACTOR, customer.id, "  ")


def test_consents_survive_an_objection_unchanged(db: Database) -> None:
    """The objection blocks by itself; rewriting consents would falsify what the customer declared."""
    customer = make_customer(db)
    with db.session() as s:
        view = ledger.grant_consent(s, ACTOR, customer.id, "offers", Channel.POST, evidence())
        ledger.record_objection(s, ACTOR, customer.id, ago())
        assert ledger.get_consent(s, view.id).status is ConsentStatus.GRANTED
