"""Set-based evaluation and fact loading: named cases a reviewer can read, each checked on both paths.

The random differential test covers the combinations; these pin the boundaries that decide real
campaigns (a withdrawal on the day itself, 31 January plus a month, a 29 February birthday, an erased
person who comes back in an import) and the cut-off helpers that turn the engine's date arithmetic
into bound parameters.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pytest
from ledger_factories import ACTOR, evidence, make_customer
from sqlalchemy import select, update

from desktop_app.db.engine import Database
from desktop_app.db.models import Consent, Customer, Purpose
from desktop_app.domain.enums import Channel, ConsentStatus, CustomerStatus, FreshnessMode, LegalBasis
from desktop_app.domain.policy import ConsentFacts, PurposePolicy
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import Decision, add_months, age_on, is_stale
from desktop_app.errors import NotFound
from desktop_app.services import evaluation, facts, ledger
from desktop_app.services.demo import generate_demo

UTC = dt.UTC
EMAIL, SMS, POST = Channel.EMAIL, Channel.SMS, Channel.POST
C = ReasonCode
HASHES = ("email_hash", "email_loose_hash", "phone_hash", "mobile_hash")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def both(db: Database, customer_id: int, purpose: int, channel: Channel, on: dt.date) -> Decision:
    """The Python decision, after checking that the SQL path says the same for this customer."""
    with db.read_session() as s:
        python = facts.evaluate_customer(s, customer_id, purpose, channel, on)
        scope = select(Customer.id).where(Customer.id == customer_id)
        (sql,) = evaluation.evaluate_population(s, purpose, channel, on, scope)
    assert (sql.customer_id, sql.contactable, sql.basis, sql.consent_id, sql.reason) == (
        customer_id,
        python.contactable,
        python.basis,
        python.consent_id,
        python.decisive.code,
    )
    return python


def purpose_id(db: Database, code: str = "newsletter", **changes: Any) -> int:
    with db.session() as s:
        row = s.execute(select(Purpose).where(Purpose.code == code)).scalar_one()
        for name, value in changes.items():
            setattr(row, name, value)
        return row.id


def raw_customer(db: Database, **columns: Any) -> int:
    base: dict[str, Any] = {
        "email_norm": "a@example.org",
        "street": "Hauptstraße 1",
        "postcode": "01067",
        "city": "Dresden",
    }
    with db.session() as s:
        row = Customer(**{**base, **columns})
        s.add(row)
        s.flush()
        return row.id


def raw_consent(
    db: Database, customer_id: int, purpose: int, channel: Channel = EMAIL, **columns: Any
) -> int:
    granted = columns.pop("granted_at", at("2024-01-31T10:00"))
    base: dict[str, Any] = {
        "status": ConsentStatus.GRANTED.value,
        "granted_at": granted,
        "doi_confirmed_at": granted,
        "recorded_at": granted,
    }
    with db.session() as s:
        row = Consent(
            customer_id=customer_id, purpose_id=purpose, channel=channel.value, **{**base, **columns}
        )
        s.add(row)
        s.flush()
        return row.id


def confirmed(when: str) -> ledger.Evidence:
    """A web-form consent whose double opt-in was confirmed ten minutes later."""
    moment = at(when)
    return evidence(
        captured_at=moment, doi_requested_at=moment, doi_confirmed_at=moment + dt.timedelta(minutes=10)
    )


# --- the cut-offs behind the bound parameters -----------------------------------------------------


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


@pytest.mark.parametrize("months", [1, 6, 12, 24])
def test_fresh_from_is_exactly_the_engines_staleness_boundary(months: int) -> None:
    purpose = PurposePolicy.of("fresh", [], freshness_months=months)
    for on in _days(dt.date(2023, 12, 20), dt.date(2025, 3, 10)):
        cut = evaluation.fresh_from(on, months)
        for ref in (cut - dt.timedelta(days=2), cut - dt.timedelta(days=1), cut, cut + dt.timedelta(days=1)):
            moment = at(f"{ref}T12:00")
            consent = ConsentFacts(status=ConsentStatus.GRANTED, granted_at=moment, recorded_at=moment)
            assert is_stale(consent, purpose, on) == (ref < cut), (on, ref, cut)


def test_fresh_from_on_month_ends() -> None:
    # 31 January + 1 month is 29 February in a leap year: fresh on that day, stale the next.
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert evaluation.fresh_from(dt.date(2024, 2, 29), 1) <= dt.date(2024, 1, 31)
    assert evaluation.fresh_from(dt.date(2024, 3, 1), 1) > dt.date(2024, 1, 31)
    # 31 March - 1 month clamps to 29 February; 29 February + 1 month = 29 March, so on 31 March
    # everything up to and including 29 February is stale.
    assert evaluation.fresh_from(dt.date(2024, 3, 31), 1) == dt.date(2024, 3, 1)


def test_latest_adult_birth_is_exactly_the_engines_age_boundary() -> None:
    for on in _days(dt.date(2023, 12, 1), dt.date(2026, 3, 31)):
        last = evaluation.latest_adult_birth(on)
        assert age_on(last, on) >= 16 > age_on(last + dt.timedelta(days=1), on), on
    # Born 29 February 2008: 16 on 29 February 2024; someone born 1 March 2008 is not yet.
    assert evaluation.latest_adult_birth(dt.date(2024, 2, 29)) == dt.date(2008, 2, 29)


# --- boundaries, through both paths ----------------------------------------------------------------


def test_withdrawal_counts_from_its_own_day(db: Database) -> None:
    pid = purpose_id(db)
    cid = raw_customer(db)
    raw_consent(db, cid, pid, status=ConsentStatus.WITHDRAWN.value, withdrawn_at=at("2026-03-15T23:59"))
    assert both(db, cid, pid, EMAIL, dt.date(2026, 3, 14)).decisive.code is C.CONSENT_VALID
    assert both(db, cid, pid, EMAIL, dt.date(2026, 3, 15)).decisive.code is C.CONSENT_WITHDRAWN


def test_freshness_counts_calendar_months_to_the_end_of_february(db: Database) -> None:
    pid = purpose_id(db, freshness_months=1, freshness_mode=FreshnessMode.BLOCK.value)
    cid = raw_customer(db)
    raw_consent(db, cid, pid, granted_at=at("2024-01-31T23:30"))
    assert both(db, cid, pid, EMAIL, dt.date(2024, 2, 29)).contactable
    assert both(db, cid, pid, EMAIL, dt.date(2024, 3, 1)).decisive.code is C.CONSENT_STALE
    # A use renews it; a use recorded after the evaluation date does not count.
    with db.session() as s:
        s.execute(update(Consent).values(last_used_at=at("2024-03-02T08:00")))
    assert both(db, cid, pid, EMAIL, dt.date(2024, 3, 1)).decisive.code is C.CONSENT_STALE
    assert both(db, cid, pid, EMAIL, dt.date(2024, 4, 2)).contactable
    assert both(db, cid, pid, EMAIL, dt.date(2024, 4, 3)).decisive.code is C.CONSENT_STALE


@pytest.mark.parametrize(
    ("birth", "granted", "minor"),
    [
        ("2008-02-29", "2024-02-28T23:59", True),
        ("2008-02-29", "2024-02-29T00:00", False),
        # 1900 was a common year: a 29 February child of 1884 turned 16 on 1 March 1900.
        ("1884-02-29", "1900-02-28T12:00", True),
        ("1884-02-29", "1900-03-01T00:00", False),
        ("2009-12-31", "2025-12-30T23:59", True),
        ("2009-12-31", "2025-12-31T00:00", False),
    ],
)
def test_age_at_capture_on_both_backends(db: Database, birth: str, granted: str, minor: bool) -> None:
    pid = purpose_id(db, freshness_months=None)
    cid = raw_customer(db, birth_date=dt.date.fromisoformat(birth))
    raw_consent(db, cid, pid, granted_at=at(granted))
    code = both(db, cid, pid, EMAIL, dt.date(2030, 1, 1)).decisive.code
    assert code is (C.MINOR_AT_CAPTURE if minor else C.CONSENT_VALID)


def test_sms_goes_to_a_mobile_number_in_the_phone_field_only_when_it_is_known_to_be_one(db: Database) -> None:
    pid = purpose_id(db)
    landline = raw_customer(db, phone_e164="+4915112345678")
    mobile = raw_customer(db, phone_e164="+4915112345678", phone_is_mobile=True)
    flag_only = raw_customer(db, phone_is_mobile=True)
    for cid in (landline, mobile, flag_only):
        raw_consent(db, cid, pid, SMS)
    on = dt.date(2024, 6, 1)
    assert both(db, landline, pid, SMS, on).decisive.code is C.NO_CONTACT_POINT
    assert both(db, mobile, pid, SMS, on).decisive.code is C.CONSENT_VALID
    assert both(db, flag_only, pid, SMS, on).decisive.code is C.NO_CONTACT_POINT


# --- real records, written by the ledger services ---------------------------------------------------


def test_an_objection_follows_the_person_into_a_new_record(db: Database) -> None:
    """Erased, then imported again with the same address in another spelling: the keyed hashes of
    the surviving suppression still match, on both paths and in every list."""
    pid = purpose_id(db)
    first = make_customer(db)
    with db.session() as s:
        ledger.record_objection(s, ACTOR, first.id, at("2026-01-10T09:00"))
        # What erasure leaves of the record: the id and the status; the suppression keeps the hashes.
        blank = dict.fromkeys(("email_norm", "phone_e164", "mobile_e164", *HASHES))
        s.execute(
            update(Customer)
            .where(Customer.id == first.id)
            .values(status=CustomerStatus.ERASED.value, email="", phone="", mobile="", **blank)
        )
    again = make_customer(db, email="JUERGEN.MUELLER+news@example.de", phone="", mobile="", customer_no="")
    with db.session() as s:
        # The list it came back on dates the consent before the objection: that does not lift it.
        ledger.grant_consent(s, ACTOR, again.id, "newsletter", EMAIL, confirmed("2026-01-05T09:00"))
    on = dt.date(2026, 2, 1)
    assert both(db, first.id, pid, EMAIL, on).decisive.code is C.OBJECTION
    assert both(db, again.id, pid, EMAIL, on).decisive.code is C.OBJECTION
    with db.read_session() as s:
        assert evaluation.contactable_ids(s, pid, EMAIL, on) == []
        assert evaluation.count_by_reason(s, pid, EMAIL, on) == {C.OBJECTION: 2}


def test_only_a_later_consent_lifts_an_objection_and_only_for_its_purpose_and_channel(db: Database) -> None:
    newsletter, offers = purpose_id(db), purpose_id(db, "offers")
    person = make_customer(
        db, is_existing_customer=True, address_from_sale=True, informed_right_to_object=True
    )
    with db.session() as s:
        ledger.grant_consent(s, ACTOR, person.id, "offers", EMAIL, confirmed("2026-01-05T09:00"))
        ledger.record_objection(s, ACTOR, person.id, at("2026-01-10T09:00"))
        ledger.grant_consent(s, ACTOR, person.id, "newsletter", EMAIL, confirmed("2026-01-20T09:00"))
    on = dt.date(2026, 2, 1)
    lifted = both(db, person.id, newsletter, EMAIL, on)
    assert lifted.contactable and lifted.basis is LegalBasis.CONSENT
    assert C.OBJECTION_LIFTED_BY_CONSENT in lifted.codes
    # The consent given before the objection and the existing-customer exception stay blocked.
    assert both(db, person.id, offers, EMAIL, on).decisive.code is C.OBJECTION
    assert both(db, person.id, offers, POST, on).decisive.code is C.OBJECTION
    # Judged as on a day before the new consent, the objection still holds.
    assert both(db, person.id, newsletter, EMAIL, dt.date(2026, 1, 15)).decisive.code is C.OBJECTION


def test_demo_population_agrees_with_the_engine_customer_by_customer(db: Database) -> None:
    on = dt.date(2026, 6, 1)
    generate_demo(db, customers=60, seed=3, today=on)
    with db.read_session() as s:
        ids = list(s.execute(select(Customer.id).order_by(Customer.id)).scalars())
        for code, channel in (("newsletter", EMAIL), ("offers", POST), ("offers", Channel.PHONE)):
            pid = facts.purpose_id(s, code)
            sql = evaluation.evaluate_population(s, pid, channel, on)
            python = [facts.evaluate_customer(s, cid, pid, channel, on) for cid in ids]
            assert [d.customer_id for d in sql] == ids
            assert [(d.contactable, d.basis, d.consent_id, d.reason) for d in sql] == [
                (p.contactable, p.basis, p.consent_id, p.decisive.code) for p in python
            ]
            counts = evaluation.count_by_reason(s, pid, channel, on)
            assert counts == Counter(d.reason for d in sql)
            contactable = evaluation.contactable_ids(s, pid, channel, on)
            assert sorted(contactable) == [d.customer_id for d in sql if d.contactable]
            # The same set as a subquery, as the customer list's filter uses it.
            subquery = evaluation.PopulationEvaluation(s, pid, channel, on).contactable_query()
            listed = s.execute(select(Customer.id).where(Customer.id.in_(subquery)).order_by(Customer.id))
            assert list(listed.scalars()) == sorted(contactable)


def test_unknown_customer_or_purpose_is_a_message(db: Database) -> None:
    with db.read_session() as s:
        with pytest.raises(NotFound, match="no customer with the id 999"):
            facts.evaluate_customer(s, 999, "newsletter", EMAIL, dt.date(2026, 1, 1))
        with pytest.raises(NotFound, match="no purpose nonsense"):
            facts.purpose_policy(s, "nonsense")
        with pytest.raises(NotFound, match="no purpose 999"):
            evaluation.count_by_reason(s, 999, EMAIL, dt.date(2026, 1, 1))
