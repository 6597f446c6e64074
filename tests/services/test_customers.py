"""Customer records: what is stored and derived, what is refused, and edits that collide."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from ledger_factories import ACTOR, FIRM, PERSON, audit_actions, counts, make_customer, make_source
from sqlalchemy import select, update

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer
from desktop_app.domain.enums import CustomerKind
from desktop_app.errors import ConflictError, UserError
from desktop_app.services import customers
from desktop_app.services.customer_fields import derive_fields
from desktop_app.services.customers import CustomerInput
from desktop_app.services.suppression import SuppressionKeys


def test_create_keeps_what_was_typed_and_derives_the_rest(db: Database) -> None:
    source = make_source(db)
    view = make_customer(db, source_id=source, tags=("VIP", " messe  2026 ", "vip"))
    assert (view.email, view.phone, view.postcode) == ("Juergen.Mueller@Example.DE", "030 1234567", "01067")
    assert view.email_norm == "juergen.mueller@example.de"
    assert (view.phone_e164, view.mobile_e164) == ("+49301234567", "+4915123456789")
    assert view.customer_no == "K-0000001" and view.version == 1
    assert view.source_name == "Website-Formular"
    assert view.tags == ("messe 2026", "VIP")
    with db.session() as s:
        row = s.get(Customer, view.id)
        assert row is not None
        keys = SuppressionKeys.load_or_create(s)
        assert "müller" in row.search_text and "k-0000001" in row.search_text and "dresden" in row.search_text
        assert row.email_hash == keys.hashes("juergen.mueller@example.de", None).email
        assert row.phone_hash == keys.hashes(None, "+49301234567").phone
        assert row.mobile_hash == keys.hashes(None, "+4915123456789").phone
        assert audit_actions(s, 1) == [("create", "customer")]


def test_customer_numbers_count_up_and_skip_numbers_typed_by_hand(db: Database) -> None:
    assert make_customer(db).customer_no == "K-0000001"
    assert make_customer(db, customer_no="K-0000005").customer_no == "K-0000005"
    assert make_customer(db, customer_no="Alt-17").customer_no == "Alt-17"
    assert make_customer(db).customer_no == "K-0000006"
    with pytest.raises(UserError, match="“K-0000005” is already in use"):
        make_customer(db, customer_no="K-0000005")


def test_phone_numbers_are_read_in_the_customers_country(db: Database) -> None:
    swiss = make_customer(db, country="ch", postcode="8001", phone="044 123 45 67", mobile="")
    assert swiss.country == "CH" and swiss.phone_e164 == "+41441234567"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"last_name": "", "company": ""}, "needs a last name or a company name"),
        ({"kind": CustomerKind.BUSINESS}, "business customer needs a company name"),
        ({"email": "juergen@@example"}, "“juergen@@example” is not a valid e-mail address"),
        ({"phone": "12"}, "“12” is not a valid phone number"),
        ({"mobile": "abc"}, "“abc” is not a valid phone number"),
        ({"postcode": "1067"}, "German postcodes have five digits"),
        ({"country": "Deutschland"}, "two-letter code"),
        ({"birth_date": dt.date.today() + dt.timedelta(days=1)}, "birth date lies in the future"),
        ({"birth_date": dt.date(1850, 1, 1)}, "is not plausible"),
        ({"customer_since": dt.date.today() + dt.timedelta(days=1)}, "“Customer since” lies in the future"),
        ({"last_purchase_on": dt.date.today() + dt.timedelta(days=1)}, "last purchase lies in the future"),
        (
            {"customer_since": dt.date(2024, 5, 1), "last_purchase_on": dt.date(2024, 4, 1)},
            "is before “customer since”",
        ),
        ({"address_from_sale": True}, "needs an existing customer"),
        ({"source_id": 999}, "data source no longer exists"),
        ({"city": "x" * 121}, "City is too long"),
        ({"tags": ("t" * 81,)}, "tag name is too long"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_is_written(
    db: Database, changes: dict[str, object], message: str
) -> None:
    with db.read_session() as s:
        before = counts(s)
    with pytest.raises(UserError, match=message):
        make_customer(db, **changes)
    with db.read_session() as s:
        assert counts(s) == before


def test_foreign_postcodes_are_free_text(db: Database) -> None:
    assert make_customer(db, country="AT", postcode="1010", phone="", mobile="").postcode == "1010"
    assert make_customer(db, country="GB", postcode="SW1A 1AA", phone="", mobile="").postcode == "SW1A1AA"


def test_edit_updates_derived_fields_and_audits_field_names(db: Database) -> None:
    view = make_customer(db)
    with db.session() as s:
        edited = customers.update_customer(
            s,
            ACTOR,
            view.id,
            replace(view.as_input(), email="neu@example.de", city="Leipzig"),
            version=view.version,
        )
        assert audit_actions(s, 1) == [("update", "customer")]
        row = s.get(Customer, view.id)
        assert row is not None
        keys = SuppressionKeys.load_or_create(s)
        assert row.email_hash == keys.hashes("neu@example.de", None).email
        assert "leipzig" in row.search_text and "dresden" not in row.search_text
    assert edited.email_norm == "neu@example.de" and edited.version == view.version + 1
    assert edited.customer_no == view.customer_no


def test_a_stale_edit_is_a_conflict_not_an_overwrite(db: Database) -> None:
    view = make_customer(db)
    with db.session() as s:  # the first window saves
        customers.update_customer(
            s, ACTOR, view.id, replace(view.as_input(), city="Leipzig"), version=view.version
        )
    with pytest.raises(ConflictError, match="Someone else changed this customer"), db.session() as s:
        customers.update_customer(
            s, ACTOR, view.id, replace(view.as_input(), city="Jena"), version=view.version
        )
    with db.read_session() as s:
        assert customers.get_customer(s, view.id).city == "Leipzig"


def test_an_edit_of_the_tags_alone_also_moves_the_version(db: Database) -> None:
    view = make_customer(db)
    with db.session() as s:
        edited = customers.update_customer(
            s, ACTOR, view.id, replace(view.as_input(), tags=("B2B",)), version=1
        )
    assert edited.tags == ("B2B",) and edited.version == 2


def test_erased_customers_cannot_be_edited(db: Database) -> None:
    view = make_customer(db)
    with db.session() as s:
        s.execute(update(Customer).where(Customer.id == view.id).values(status="erased"))
    with pytest.raises(UserError, match="erased customer cannot be edited"), db.session() as s:
        customers.update_customer(s, ACTOR, view.id, view.as_input(), version=view.version)


def test_duplicates_are_found_by_normalised_email_and_any_phone_format(db: Database) -> None:
    first = make_customer(db)
    other = make_customer(db, email="someone@example.de", phone="", mobile="+49 151 23456789")
    make_customer(db, email="third@example.de", phone="", mobile="")
    with db.read_session() as s:
        by_mail = customers.find_duplicates(s, " JUERGEN.MUELLER@example.de ", None)
        by_phone = customers.find_duplicates(s, None, "+49 (30) 123 45 67")
        by_mobile = customers.find_duplicates(s, None, "015123456789")
        excluded = customers.find_duplicates(s, "juergen.mueller@example.de", None, exclude_id=first.id)
        nothing = customers.find_duplicates(s, "", "")
    assert [r.id for r in by_mail] == [first.id]
    assert [r.id for r in by_phone] == [first.id]
    assert [r.id for r in by_mobile] == [first.id, other.id]
    assert excluded == [] and nothing == []


def test_derived_fields_are_one_function_the_import_can_call(db: Database) -> None:
    with db.session() as s:
        keys = SuppressionKeys.load_or_create(s)
    derived = derive_fields(
        keys,
        customer_no="K-1",
        first_name="Ayşe",
        last_name="YILMAZ",
        company="",
        email="Ayse+news@Example.de",
        phone="",
        mobile="0171 1234567",
        postcode="10115",
        city="Berlin",
    )
    assert derived.email_norm == "ayse+news@example.de"
    assert derived.email_loose_hash == keys.hashes("ayse@example.de", None).email
    assert derived.mobile_e164 == "+491711234567" and derived.phone_hash is None
    assert "ayşe yilmaz" in derived.search_text and not derived.phone_is_mobile
    common = {
        "customer_no": None,
        "first_name": "",
        "last_name": "X",
        "company": "",
        "email": "",
        "mobile": "",
    }
    parts = {**common, "postcode": "", "city": ""}
    assert derive_fields(keys, phone="0171 1234567", **parts).phone_is_mobile
    assert not derive_fields(keys, phone="030 1234567", **parts).phone_is_mobile


def test_a_business_customer_is_stored_as_one(db: Database) -> None:
    view = make_customer(db, FIRM)
    assert view.kind is CustomerKind.BUSINESS and view.display_name == "Müller, Jürgen"
    with db.read_session() as s:
        assert s.execute(select(Customer.company).where(Customer.id == view.id)).scalar_one() == FIRM.company


def test_input_round_trips_through_the_view(db: Database) -> None:
    data = replace(
        PERSON, title="Dr.", salutation="Herr", birth_date=dt.date(1980, 2, 29), notes="Stammkunde"
    )
    view = make_customer(db, data, is_existing_customer=True, customer_since=dt.date(2020, 1, 1))
    again = view.as_input()
    assert isinstance(again, CustomerInput)
    assert again == replace(
        data, is_existing_customer=True, customer_since=dt.date(2020, 1, 1), customer_no="K-0000001"
    )
