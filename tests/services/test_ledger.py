"""The consent lifecycle as staff record it: each step, each refusal, the evidence and the audit trail."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

import pytest
from ledger_factories import (
    ACTOR,
    FIRM,
    ago,
    audit_actions,
    counts,
    evidence,
    make_customer,
    make_source,
)
from sqlalchemy import select, update

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import (
    Attachment,
    CampaignExport,
    Consent,
    ConsentEvent,
    ConsentText,
    Customer,
    Purpose,
    PurposeChannelPolicy,
)
from desktop_app.domain.enums import CaptureMethod, Channel, ConsentEventKind, ConsentStatus, LegalBasis
from desktop_app.errors import NotFound, UserError
from desktop_app.services import attachments, ledger
from desktop_app.services.attachments import AttachmentInput
from desktop_app.services.ledger import ConsentView, Evidence

EMAIL, PHONE, POST = Channel.EMAIL, Channel.PHONE, Channel.POST


def grant(
    db: Database,
    customer_id: int,
    ev: Evidence | None = None,
    purpose: str = "newsletter",
    channel: Channel = EMAIL,
) -> ConsentView:
    with db.session() as s:
        return ledger.grant_consent(s, ACTOR, customer_id, purpose, channel, ev or evidence())


def kinds(db: Database, consent_id: int) -> list[str]:
    with db.read_session() as s:
        query = (
            select(ConsentEvent.kind).where(ConsentEvent.consent_id == consent_id).order_by(ConsentEvent.id)
        )
        return list(s.execute(query).scalars())


def assert_row_is_its_history(db: Database, consent_id: int) -> None:
    with db.read_session() as s:
        row = s.get(Consent, consent_id)
        assert row is not None
        replayed = ledger.replay_consent(s, consent_id)
        assert ledger.stored_state(row) == {k: getattr(replayed, k) for k in ledger.stored_state(row)}


def test_grant_records_the_evidence_and_an_audit_entry(db: Database) -> None:
    customer = make_customer(db)
    source = make_source(db)
    captured = ago(days=2)
    view = grant(
        db, customer.id, evidence(captured_at=captured, source_id=source, valid_until=dt.date(2030, 1, 1))
    )
    assert view.status is ConsentStatus.GRANTED and view.legal_basis is LegalBasis.CONSENT
    assert view.granted_at == captured and view.purpose_code == "newsletter" and view.channel is EMAIL
    assert view.capture_method is CaptureMethod.WEB_FORM and view.proof_ref == "Formular 17"
    assert view.source_id == source and not view.source_third_party and view.names_business
    assert view.recorded_by == ACTOR and view.valid_until == dt.date(2030, 1, 1)
    assert kinds(db, view.id) == ["granted"]
    with db.read_session() as s:
        assert audit_actions(s, 1) == [("granted", "consent")]
    assert_row_is_its_history(db, view.id)


def test_double_opt_in_waits_then_confirms(db: Database) -> None:
    customer = make_customer(db)
    pending = grant(db, customer.id, evidence(captured_at=ago(hours=5), doi_requested_at=ago(hours=5)))
    assert pending.status is ConsentStatus.PENDING and pending.doi_confirmed_at is None
    confirmed_at = ago(hours=4)
    with db.session() as s:
        confirmed = ledger.confirm_doi(s, ACTOR, pending.id, confirmed_at, proof_ref="DOI-Log 4711")
        assert audit_actions(s, 1) == [("doi_confirmed", "consent")]
    assert confirmed.status is ConsentStatus.GRANTED and confirmed.doi_confirmed_at == confirmed_at
    assert kinds(db, pending.id) == ["granted", "doi_requested", "doi_confirmed"]
    with pytest.raises(UserError, match="not awaiting a double opt-in confirmation"), db.session() as s:
        ledger.confirm_doi(s, ACTOR, pending.id, ago(hours=1))
    assert_row_is_its_history(db, pending.id)


def test_a_grant_can_bring_its_doi_confirmation_along(db: Database) -> None:
    customer = make_customer(db)
    view = grant(
        db, customer.id, evidence(captured_at=ago(2), doi_requested_at=ago(2), doi_confirmed_at=ago(1))
    )
    assert view.status is ConsentStatus.GRANTED and view.doi_confirmed_at is not None
    assert kinds(db, view.id) == ["granted", "doi_requested", "doi_confirmed"]


def test_withdrawal_then_a_new_consent_on_the_same_row(db: Database) -> None:
    customer = make_customer(db)
    first = grant(db, customer.id, evidence(captured_at=ago(days=30)))
    withdrawn_at = ago(days=10)
    with db.session() as s:
        withdrawn = ledger.withdraw_consent(s, ACTOR, first.id, withdrawn_at, CaptureMethod.EMAIL, "per Mail")
    assert withdrawn.status is ConsentStatus.WITHDRAWN and withdrawn.withdrawn_at == withdrawn_at
    with pytest.raises(UserError, match="Only a given consent or one awaiting"), db.session() as s:
        ledger.withdraw_consent(s, ACTOR, first.id, ago(days=1), CaptureMethod.EMAIL)
    again = grant(db, customer.id, evidence(captured_at=ago(days=1)))
    assert again.id == first.id and again.status is ConsentStatus.GRANTED
    # The withdrawal stays on the row, so a date in between is still judged "withdrawn".
    assert (
        again.withdrawn_at == withdrawn_at
        and again.granted_at is not None
        and again.granted_at > withdrawn_at
    )
    assert kinds(db, first.id) == ["granted", "withdrawn", "granted"]
    assert_row_is_its_history(db, first.id)


def test_a_pending_consent_can_be_withdrawn(db: Database) -> None:
    customer = make_customer(db)
    pending = grant(db, customer.id, evidence(captured_at=ago(hours=3), doi_requested_at=ago(hours=3)))
    with db.session() as s:
        assert ledger.withdraw_consent(
            s, ACTOR, pending.id, ago(hours=1), CaptureMethod.PHONE_CALL
        ).status is (ConsentStatus.WITHDRAWN)


def test_renewal_replaces_the_evidence_and_moves_the_grant_date(db: Database) -> None:
    customer = make_customer(db)
    old = grant(db, customer.id, evidence(captured_at=ago(days=800)))
    with pytest.raises(UserError, match=r"already given this consent \(newsletter, E-mail\)\. To record"):
        grant(db, customer.id)
    with db.session() as s:
        renewed = ledger.renew_consent(
            s,
            ACTOR,
            old.id,
            evidence(captured_at=ago(days=1), method=CaptureMethod.PAPER_FORM, proof_ref="Messe"),
        )
    assert renewed.id == old.id and renewed.granted_at is not None and old.granted_at is not None
    assert renewed.granted_at > old.granted_at and renewed.recorded_at > old.recorded_at
    assert renewed.capture_method is CaptureMethod.PAPER_FORM and renewed.proof_ref == "Messe"
    assert kinds(db, old.id) == ["granted", "renewed"]
    assert_row_is_its_history(db, old.id)


def test_refusal_is_documented_and_a_later_consent_is_possible(db: Database) -> None:
    customer = make_customer(db)
    with db.session() as s:
        refused = ledger.refuse_consent(
            s, ACTOR, customer.id, "offers", PHONE, ago(days=5), CaptureMethod.PAPER_FORM
        )
    assert (
        refused.status is ConsentStatus.REFUSED
        and refused.granted_at is None
        and refused.refused_at is not None
    )
    given = grant(db, customer.id, evidence(captured_at=ago(days=1)), "offers", PHONE)
    assert given.id == refused.id and given.status is ConsentStatus.GRANTED
    with (
        pytest.raises(UserError, match=r"currently given\. If the customer no longer agrees"),
        db.session() as s,
    ):
        ledger.refuse_consent(s, ACTOR, customer.id, "offers", PHONE, ago(hours=1), CaptureMethod.PHONE_CALL)
    assert_row_is_its_history(db, given.id)


def test_names_business_follows_the_source_unless_stated(db: Database) -> None:
    customer = make_customer(db)
    bought = make_source(db, "Adresskauf", third_party=True)
    by_default = grant(db, customer.id, evidence(source_id=bought), "offers", POST)
    stated = grant(db, customer.id, evidence(source_id=bought, names_business=True), "survey", POST)
    assert by_default.source_third_party and not by_default.names_business
    assert stated.source_third_party and stated.names_business


def test_presumed_consent_only_for_business_phone(db: Database) -> None:
    consumer = make_customer(db)
    business = make_customer(db, FIRM, email="info@baeckerei.de")
    presumed = evidence(legal_basis=LegalBasis.PRESUMED_CONSENT, method=CaptureMethod.IN_PERSON)
    view = grant(db, business.id, presumed, "offers", PHONE)
    assert view.legal_basis is LegalBasis.PRESUMED_CONSENT
    for customer_id, channel in ((consumer.id, PHONE), (business.id, EMAIL)):
        with pytest.raises(UserError, match=r"Presumed consent \(UWG §7\(2\) no. 1\) exists only"):
            grant(db, customer_id, presumed, "offers", channel)
    with pytest.raises(UserError, match="Only an express consent"):
        grant(db, consumer.id, evidence(legal_basis=LegalBasis.LEGITIMATE_INTEREST), "offers", POST)


def test_minors_need_parental_consent_counted_at_capture(db: Database) -> None:
    teen = make_customer(db, birth_date=dt.date(2000, 6, 15))
    day_before_16th = evidence(captured_at=dt.datetime(2016, 6, 14, 21, 0, tzinfo=dt.UTC))
    with pytest.raises(UserError, match="under 16 when the consent was given"):
        grant(db, teen.id, day_before_16th)
    assert grant(db, teen.id, replace(day_before_16th, parental_consent=True)).parental_consent
    on_16th = evidence(captured_at=dt.datetime(2016, 6, 15, 0, 30, tzinfo=dt.UTC))
    assert grant(db, teen.id, on_16th, "offers").status is ConsentStatus.GRANTED


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        # Evaluated at collection time, minutes before the test runs: far enough ahead to stay future.
        ({"captured_at": utcnow() + dt.timedelta(days=2)}, "lies in the future"),
        ({"doi_requested_at": utcnow() + dt.timedelta(days=3)}, "lies in the future"),
        ({"doi_requested_at": ago(days=4)}, "double opt-in request .* cannot be dated before the consent"),
        ({"doi_confirmed_at": ago(days=4)}, "confirmation .* cannot be dated before the consent"),
        (
            {"doi_requested_at": ago(days=2), "doi_confirmed_at": ago(days=2, hours=12)},
            "cannot be dated before the confirmation request",
        ),
        ({"valid_until": dt.date.today() - dt.timedelta(days=10)}, "“Valid until” .* lies before the day"),
        ({"source_id": 999}, "data source no longer exists"),
        ({"consent_text_id": 999}, "consent text no longer exists"),
        ({"attachment": AttachmentInput("scan.pdf", b"")}, "“scan.pdf” is empty"),
    ],
)
def test_inconsistent_evidence_is_refused_and_nothing_is_written(
    db: Database, changes: dict[str, object], message: str
) -> None:
    customer = make_customer(db)
    with db.read_session() as s:
        before = counts(s)
    with pytest.raises(UserError, match=message):
        grant(db, customer.id, evidence(**changes))
    with db.read_session() as s:
        assert counts(s) == before


def test_a_few_seconds_of_clock_skew_are_accepted(db: Database) -> None:
    customer = make_customer(db)
    skewed = utcnow() + dt.timedelta(seconds=30)
    assert grant(db, customer.id, evidence(captured_at=skewed)).granted_at == skewed


def test_entries_cannot_be_dated_before_the_last_change(db: Database) -> None:
    customer = make_customer(db)
    view = grant(db, customer.id, evidence(captured_at=ago(days=10)))
    with pytest.raises(UserError, match="cannot be dated before the consent was given"), db.session() as s:
        ledger.withdraw_consent(s, ACTOR, view.id, ago(days=11), CaptureMethod.EMAIL)
    with db.session() as s:
        ledger.withdraw_consent(s, ACTOR, view.id, ago(days=5), CaptureMethod.EMAIL)
    with pytest.raises(UserError, match=r"last changed on .*; a new entry cannot be dated before that"):
        grant(db, customer.id, evidence(captured_at=ago(days=7)))
    with pytest.raises(UserError, match="lies in the future"), db.session() as s:
        ledger.renew_consent(s, ACTOR, view.id, evidence(captured_at=utcnow() + dt.timedelta(days=1)))


def test_purpose_channel_and_text_must_fit(db: Database) -> None:
    customer = make_customer(db)
    with db.session() as s:
        offers = s.execute(select(Purpose).where(Purpose.code == "offers")).scalar_one()
        newsletter_id = s.execute(select(Purpose.id).where(Purpose.code == "newsletter")).scalar_one()
        text = ConsentText(purpose_id=offers.id, language="de", version=1, title="Angebote", body="…",
                           valid_from=dt.date.today())  # fmt: skip
        s.add(text)
        s.flush()
        text_id = text.id
        s.execute(
            update(PurposeChannelPolicy)
            .where(PurposeChannelPolicy.purpose_id == newsletter_id, PurposeChannelPolicy.channel == "sms")
            .values(enabled=False)
        )
        s.execute(update(Purpose).where(Purpose.code == "partners").values(active=False))
    with pytest.raises(UserError, match="“unknown” does not exist"):
        grant(db, customer.id, purpose="unknown")
    with pytest.raises(UserError, match="“partners” is no longer in use"):
        grant(db, customer.id, purpose="partners")
    with pytest.raises(UserError, match="“newsletter” is not used over the channel SMS"):
        grant(db, customer.id, channel=Channel.SMS)
    with pytest.raises(UserError, match="belongs to another purpose than “newsletter”"):
        grant(db, customer.id, evidence(consent_text_id=text_id))
    with pytest.raises(UserError, match="Version 1 of the consent text was only used from"):
        grant(db, customer.id, evidence(consent_text_id=text_id, captured_at=ago(days=3)), "offers")
    view = grant(db, customer.id, evidence(consent_text_id=text_id, captured_at=ago(minutes=5)), "offers")
    assert view.consent_text_id == text_id


def test_nothing_is_recorded_for_erased_or_unknown_customers(db: Database) -> None:
    customer = make_customer(db)
    view = grant(db, customer.id)
    with db.session() as s:
        s.execute(update(Customer).where(Customer.id == customer.id).values(status="erased"))
    with (
        pytest.raises(UserError, match="data has been erased; nothing more can be recorded"),
        db.session() as s,
    ):
        ledger.withdraw_consent(s, ACTOR, view.id, ago(), CaptureMethod.EMAIL)
    with pytest.raises(NotFound, match="customer no longer exists"):
        grant(db, 999)
    with pytest.raises(NotFound, match="consent no longer exists"), db.session() as s:
        ledger.confirm_doi(s, ACTOR, 999, ago())


def test_attachments_are_stored_once_with_their_sha256(db: Database) -> None:
    customer = make_customer(db)
    scan = b"%PDF-1.4 scanned paper form"
    form = AttachmentInput(r"C:\Scans\einwilligung.pdf", scan)
    first = grant(db, customer.id, evidence(attachment=form))
    second = grant(db, customer.id, evidence(attachment=form), "offers")
    assert first.attachment_id is not None and first.attachment_id == second.attachment_id
    with db.read_session() as s:
        view, content = attachments.attachment_content(s, first.attachment_id)
        stored = list(s.execute(select(Attachment)).scalars())
        event_ids = set(s.execute(select(ConsentEvent.attachment_id)).scalars())
    assert content == scan and len(stored) == 1 and event_ids == {first.attachment_id}
    assert view.sha256 == hashlib.sha256(scan).hexdigest() and view.size == len(scan)
    assert (view.file_name, view.mime_type) == ("einwilligung.pdf", "application/pdf")


def test_oversized_attachments_are_refused(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_MB", 1)
    customer = make_customer(db)
    with pytest.raises(UserError, match=r"“big\.wav” is larger than 1 MB"):
        grant(db, customer.id, evidence(attachment=AttachmentInput("big.wav", b"0" * (1024 * 1024 + 1))))


def test_every_lifecycle_step_appends_to_the_audit_trail(db: Database) -> None:
    customer = make_customer(db)
    view = grant(db, customer.id, evidence(captured_at=ago(days=3), doi_requested_at=ago(days=3)))
    with db.session() as s:
        ledger.confirm_doi(s, ACTOR, view.id, ago(days=2))
        ledger.withdraw_consent(s, ACTOR, view.id, ago(days=1), CaptureMethod.EMAIL)
        ledger.renew_consent(s, ACTOR, view.id, evidence(captured_at=ago(hours=1)))
        ledger.refuse_consent(s, ACTOR, customer.id, "survey", POST, ago(), CaptureMethod.PAPER_FORM)
    with db.read_session() as s:
        assert audit_actions(s, 5) == [
            ("granted", "consent"),
            ("doi_confirmed", "consent"),
            ("withdrawn", "consent"),
            ("renewed", "consent"),
            ("refused", "consent"),
        ]


def make_export(db: Database) -> int:
    with db.session() as s:
        purpose_id = s.execute(select(Purpose.id).where(Purpose.code == "newsletter")).scalar_one()
        export = CampaignExport(
            purpose_id=purpose_id, channel="email", as_of=dt.date.today(), file_name="x.xlsx",
            file_format="xlsx", rules_version="test",
        )  # fmt: skip
        s.add(export)
        s.flush()
        return export.id


def test_record_use_is_set_based_and_only_moves_last_use_forward(db: Database) -> None:
    customer = make_customer(db)
    views = [
        grant(db, customer.id, evidence(), p)
        for p in ("newsletter", "offers", "survey", "profiling", "partners")
    ]
    export = make_export(db)
    used_at = ago(hours=2)
    with db.session() as s:
        written = ledger.record_use(s, ACTOR, [v.id for v in views] + [views[0].id, 999], used_at, export)
        assert audit_actions(s, 1) == [("use", "campaign_export")]
    assert written == 5
    with db.session() as s:
        ledger.record_use(s, ACTOR, [views[0].id], ago(days=2), export)  # an older export, recorded late
    with db.read_session() as s:
        for view in views:
            assert ledger.get_consent(s, view.id).last_used_at == used_at
        events = list(s.execute(select(ConsentEvent).where(ConsentEvent.kind == ConsentEventKind.USED.value)))
    assert len(events) == 6
    for view in views:
        assert_row_is_its_history(db, view.id)
    with pytest.raises(UserError, match="lies in the future"), db.session() as s:
        ledger.record_use(s, ACTOR, [views[0].id], utcnow() + dt.timedelta(hours=1), export)
    with pytest.raises(NotFound, match="campaign export no longer exists"), db.session() as s:
        ledger.record_use(s, ACTOR, [views[0].id], ago(), 999)


def test_naive_datetimes_are_a_programming_error(db: Database) -> None:
    customer = make_customer(db)
    with pytest.raises(ValueError, match="naive datetime"):
        grant(db, customer.id, evidence(captured_at=dt.datetime(2026, 1, 1)))
