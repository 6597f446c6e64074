"""Merging two records of one person: everything ends up on the kept record, the ledger still tells the
truth (a no on either side wins), the audit trail verifies, and the merged-away record leaves the lists."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from ledger_factories import ACTOR, PERSON, ago, counts, evidence, make_customer
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry, Consent, ConsentEvent, Customer, CustomerEvent
from desktop_app.domain.enums import (
    CaptureMethod,
    Channel,
    ConsentStatus,
    CustomerKind,
    CustomerStatus,
    RequestKind,
)
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import Decision
from desktop_app.errors import ConflictError, UserError
from desktop_app.services import audit, customer_list, erasure, evaluation, facts, ledger, merge, requests
from desktop_app.services.attachments import AttachmentInput
from desktop_app.services.customer_list import CustomerFilter
from desktop_app.services.merge import Outcome, Side

TODAY = dt.date.today()
OTHER = dict(first_name="Jürgen", last_name="Müller", email="j.mueller@web.example", phone="", mobile="")


def _evidence(days: float, **changes: Any) -> ledger.Evidence:
    return evidence(captured_at=ago(days=days), doi_confirmed_at=ago(days=days), **changes)


def _pair(db: Database) -> tuple[int, int]:
    """Two records of one person: the kept one with the full data, the other with another address."""
    keep = make_customer(db, tags=("VIP",))
    other = make_customer(
        db, **OTHER, street="", postcode="", city="", tags=("Messe",), birth_date=dt.date(1970, 5, 1)
    )
    return keep.id, other.id


def _decide(
    db: Database, customer_id: int, purpose: str = "newsletter", channel: Channel = Channel.EMAIL
) -> Decision:
    """The Python decision, checked against the set-based SQL path for the same customer."""
    with db.read_session() as s:
        python = facts.evaluate_customer(s, customer_id, purpose, channel, TODAY)
        purpose_id = facts.purpose_id(s, purpose)
        scope = select(Customer.id).where(Customer.id == customer_id)
        (sql,) = evaluation.evaluate_population(s, purpose_id, channel, TODAY, scope)
    assert (sql.contactable, sql.reason) == (python.contactable, python.decisive.code)
    return python


def _merge(db: Database, keep: int, other: int, **choices: Side) -> merge.MergePreview:
    with db.session() as s:
        return merge.merge_customers(s, ACTOR, keep, other, choices)


def _all_rows_replay(db: Database) -> None:
    with db.read_session() as s:
        for row in s.execute(select(Consent)).scalars():
            replayed = ledger.replay_consent(s, row.id)
            stored = ledger.stored_state(row)
            assert stored == {k: getattr(replayed, k) for k in stored}, row.id


def _events(db: Database, consent_id: int) -> list[tuple[Any, ...]]:
    with db.read_session() as s:
        rows = s.execute(
            select(ConsentEvent).where(ConsentEvent.consent_id == consent_id).order_by(ConsentEvent.id)
        )
        return [
            (e.id, e.kind, e.occurred_at, e.recorded_at, e.recorded_by, e.proof_ref, e.attachment_id, e.note)
            for e in rows.scalars()
        ]


def test_consents_and_their_history_move_and_the_other_record_leaves_the_lists(db: Database) -> None:
    keep, other = _pair(db)
    proof = AttachmentInput("scan.pdf", b"%PDF scan")
    with db.session() as s:
        given = ledger.grant_consent(
            s, ACTOR, other, "newsletter", Channel.EMAIL, _evidence(5, attachment=proof)
        )
        requests.register_request(
            s, ACTOR, requests.RequestInput(RequestKind.ACCESS, TODAY, customer_id=other)
        )
    before = _events(db, given.id)
    assert not _decide(db, keep).contactable

    with db.read_session() as s:
        preview = merge.preview_merge(s, keep, other)
    assert [(p.purpose_code, p.channel, p.outcome) for p in preview.consents] == [
        ("newsletter", Channel.EMAIL, Outcome.MOVED)
    ]
    assert preview.consent_events == 2 and preview.requests == 1 and preview.tags_added == ("Messe",)
    result = _merge(db, keep, other)

    assert result.keep.id == keep
    with db.read_session() as s:
        moved = s.get(Consent, given.id)
        assert moved is not None and moved.customer_id == keep
        assert ledger.customer_consents(s, other) == []
        kinds = [e.kind for e in ledger.consent_history(s, keep)]
        assert {"granted", "doi_confirmed", "merged"} <= set(kinds)
        assert requests.list_requests(s)[0].customer_id == keep
        gone = s.get(Customer, other)
        assert (
            gone is not None
            and gone.status == CustomerStatus.ERASED
            and gone.email == ""
            and gone.last_name == ""
        )
        listed = customer_list.customer_ids(s, CustomerFilter())
        assert keep in listed and other not in listed
        assert customers_tags(s, keep) == ("Messe", "VIP")
        assert audit.verify_chain(s).ok
        last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
        assert (last.action, last.actor, last.entity_id) == ("merge", ACTOR, str(keep))
        assert f"merged={other}" in last.description
    # The events are the same rows with the same content: only their owner changed.
    assert _events(db, given.id) == before
    _all_rows_replay(db)
    decision = _decide(db, keep)
    assert decision.contactable and decision.consent_id == given.id
    assert not _decide(db, other).contactable


def customers_tags(s: Any, customer_id: int) -> tuple[str, ...]:
    from desktop_app.services import customers

    return customers.get_customer(s, customer_id).tags


@pytest.mark.parametrize("no_on", ["keep", "other"])
@pytest.mark.parametrize("no_first", [True, False])
def test_a_withdrawal_on_either_side_wins(db: Database, no_on: str, no_first: bool) -> None:
    keep, other = _pair(db)
    yes_id, no_id = (other, keep) if no_on == "keep" else (keep, other)
    with db.session() as s:
        # The no is given before or after the other record's yes: it wins either way.
        no_days, yes_days = (20, 5) if no_first else (10, 15)
        said_no = ledger.grant_consent(s, ACTOR, no_id, "newsletter", Channel.EMAIL, _evidence(no_days + 1))
        ledger.withdraw_consent(s, ACTOR, said_no.id, ago(days=no_days), CaptureMethod.EMAIL)
        said_yes = ledger.grant_consent(s, ACTOR, yes_id, "newsletter", Channel.EMAIL, _evidence(yes_days))
    assert _decide(db, yes_id).contactable
    events_before = {cid: _events(db, cid) for cid in (said_no.id, said_yes.id)}

    with db.read_session() as s:
        (plan,) = merge.preview_merge(s, keep, other).consents
    assert plan.outcome is Outcome.NO_WINS
    _merge(db, keep, other)

    decision = _decide(db, keep)
    assert not decision.contactable and decision.decisive.code is ReasonCode.CONSENT_WITHDRAWN
    with db.read_session() as s:
        (row,) = ledger.customer_consents(s, keep)
        assert row.status is ConsentStatus.WITHDRAWN
        # Both histories show on the kept record; nothing recorded before was changed or lost.
        history = [e for e in ledger.consent_history(s, keep) if e.consent_id is not None]
        assert {e.consent_id for e in history} == {said_no.id, said_yes.id}
        assert audit.verify_chain(s).ok
    kept_id = said_yes.id if no_on == "other" else said_no.id
    for cid, rows in events_before.items():
        now = _events(db, cid)
        assert now[: len(rows)] == rows
        # Only a kept consent that still said yes gets one new entry: the withdrawal at the merge.
        assert len(now) == len(rows) + (1 if cid == kept_id and no_on == "other" else 0)
    _all_rows_replay(db)


def test_both_given_keeps_the_survivors_consent_and_attaches_the_other_history(db: Database) -> None:
    keep, other = _pair(db)
    with db.session() as s:
        mine = ledger.grant_consent(s, ACTOR, keep, "newsletter", Channel.EMAIL, _evidence(3))
        theirs = ledger.grant_consent(s, ACTOR, other, "newsletter", Channel.EMAIL, _evidence(30))
    with db.read_session() as s:
        (plan,) = merge.preview_merge(s, keep, other).consents
    assert plan.outcome is Outcome.KEPT and plan.keep_consent_id == mine.id
    _merge(db, keep, other)
    decision = _decide(db, keep)
    assert decision.contactable and decision.consent_id == mine.id
    with db.read_session() as s:
        ids = {e.consent_id for e in ledger.consent_history(s, keep) if e.consent_id}
        assert ids == {mine.id, theirs.id}
    _all_rows_replay(db)


def test_an_objection_on_the_other_record_blocks_the_kept_records_earlier_consent(db: Database) -> None:
    keep, other = _pair(db)
    with db.session() as s:
        ledger.grant_consent(s, ACTOR, keep, "newsletter", Channel.EMAIL, _evidence(30))
        ledger.record_objection(s, ACTOR, other, ago(days=2))
    assert _decide(db, keep).contactable  # the objection was on another e-mail address
    _merge(db, keep, other)
    decision = _decide(db, keep)
    assert not decision.contactable and decision.decisive.code is ReasonCode.OBJECTION
    with db.read_session() as s:
        assert [v.customer_id for v in ledger.customer_suppressions(s, keep)] == [keep]


def test_field_choices_default_to_the_kept_value_or_fill_empty_ones(db: Database) -> None:
    keep = make_customer(db, phone="", birth_date=None).id
    other = make_customer(db, **{**OTHER, "phone": "089 555111"}, birth_date=dt.date(1970, 5, 1)).id
    with db.read_session() as s:
        fields = {f.key: f for f in merge.preview_merge(s, keep, other).fields}
    assert fields["email"].default is Side.KEEP and fields["email"].differs
    assert fields["phone"].default is Side.OTHER and fields["birth_date"].default is Side.OTHER
    assert fields["name"].default is Side.KEEP and not fields["name"].differs
    _merge(db, keep, other, email=Side.OTHER)
    with db.read_session() as s:
        from desktop_app.services import customers

        view = customers.get_customer(s, keep)
        assert (view.email, view.phone, view.birth_date) == (
            OTHER["email"],
            "089 555111",
            dt.date(1970, 5, 1),
        )
        assert view.mobile == PERSON.mobile and view.city == PERSON.city
        # The e-mail address now on the kept record finds it; the old one no longer finds anybody twice.
        assert [r.id for r in customers.find_duplicates(s, OTHER["email"], None)] == [keep]


def test_address_from_a_sale_does_not_travel_to_another_email_address(db: Database) -> None:
    keep = make_customer(
        db, is_existing_customer=True, address_from_sale=True, informed_right_to_object=True
    ).id
    other = make_customer(db, **OTHER).id
    with db.read_session() as s:
        preview = merge.preview_merge(s, keep, other, {"email": Side.OTHER})
    assert not preview.merged.address_from_sale and preview.merged.is_existing_customer
    assert any("sale" in n.text for n in preview.notices)
    _merge(db, keep, other, email=Side.OTHER)
    decision = _decide(db, keep, "offers")
    assert not decision.contactable  # no §7(3) mail to an address that was never part of a sale


def test_a_restriction_on_the_other_record_carries_over(db: Database) -> None:
    keep, other = _pair(db)
    with db.session() as s:
        ledger.restrict_processing(s, ACTOR, other, "Widerspruch gegen Richtigkeit")
    _merge(db, keep, other)
    with db.read_session() as s:
        row = s.get(Customer, keep)
        assert row is not None and row.status == CustomerStatus.RESTRICTED
    assert _decide(db, keep, "newsletter", Channel.POST).decisive.code is ReasonCode.CUSTOMER_RESTRICTED


def test_refused_merges_change_nothing(db: Database) -> None:
    keep, other = _pair(db)
    with db.session() as s:
        erasure.erase_customer(s, ACTOR, other)
    with db.read_session() as s:
        before = counts(s)
    for a, b in ((keep, keep), (keep, other), (other, keep), (keep, 999_999)):
        with pytest.raises(UserError), db.session() as s:
            merge.merge_customers(s, ACTOR, a, b)
    third = make_customer(db, **OTHER).id
    with db.read_session() as s:
        before = counts(s)
        version = merge.preview_merge(s, keep, third).keep.version
    with db.session() as s:
        from desktop_app.services import customers

        customers.update_customer(s, ACTOR, keep, customers.get_customer(s, keep).as_input(), version=version)
    with pytest.raises(ConflictError), db.session() as s:
        merge.merge_customers(s, ACTOR, keep, third, keep_version=version)
    with db.read_session() as s:
        after = counts(s)
        assert (
            after["customers"] == before["customers"] and after["consent_events"] == before["consent_events"]
        )
        assert s.execute(select(CustomerEvent).where(CustomerEvent.kind == "merged")).first() is None


def test_the_kept_record_can_still_be_erased_with_the_attached_proof(db: Database) -> None:
    keep, other = _pair(db)
    proof = AttachmentInput("scan.pdf", b"%PDF scan of the other record")
    with db.session() as s:
        ledger.grant_consent(s, ACTOR, keep, "newsletter", Channel.EMAIL, _evidence(3))
        ledger.grant_consent(s, ACTOR, other, "newsletter", Channel.EMAIL, _evidence(9, attachment=proof))
    _merge(db, keep, other)
    with db.session() as s:
        erasure.erase_customer(s, ACTOR, keep)
    with db.read_session() as s:
        rows = list(s.execute(select(Consent)).scalars())
        assert all(r.attachment_id is None and r.proof_ref == "" for r in rows)
        assert audit.verify_chain(s).ok
    _all_rows_replay(db)


def test_an_inconsistent_choice_is_refused_with_the_customer_dialogs_message(db: Database) -> None:
    keep = make_customer(db).id
    other = make_customer(db, **OTHER, kind=CustomerKind.BUSINESS, company="Müller Bau GmbH").id
    with db.read_session() as s:
        before = counts(s)
    # A business customer without a company name: the same rule as in the customer dialog.
    with db.read_session() as s:
        preview = merge.preview_merge(s, keep, other, {"kind": Side.OTHER, "company": Side.KEEP})
    assert "business customer needs a company name" in preview.problem
    with pytest.raises(UserError, match="business customer needs a company name"), db.session() as s:
        merge.merge_customers(s, ACTOR, keep, other, {"kind": Side.OTHER, "company": Side.KEEP})
    with db.read_session() as s:
        assert counts(s) == before
        row = s.get(Customer, other)
        assert row is not None and row.status == CustomerStatus.ACTIVE and row.company == "Müller Bau GmbH"
