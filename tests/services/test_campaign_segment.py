"""Segments: JSON in and out, clear refusals, and which customers the SQL condition selects."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer
from desktop_app.domain.enums import CustomerKind
from desktop_app.errors import UserError
from desktop_app.services.campaign_segment import (
    Segment,
    check_segment,
    parse_postcode_range,
    segment_condition,
)
from tests.services.ledger_factories import FIRM, PERSON, make_customer, make_source


def selected(db: Database, segment: Segment) -> set[str]:
    """The customer numbers the segment selects."""
    with db.read_session() as s:
        condition = segment_condition(s, segment)
        query = select(Customer.customer_no)
        if condition is not None:
            query = query.where(condition)
        return set(s.execute(query).scalars())


def test_json_round_trip_keeps_only_what_is_set() -> None:
    segment = Segment(
        tags=("VIP", "Messe"),
        postcodes=("10000-14999", "80331"),
        cities=("Berlin",),
        kind=CustomerKind.BUSINESS,
        source_ids=(3,),
        existing_customers_only=True,
        customer_since_from=dt.date(2020, 1, 1),
        customer_since_to=dt.date(2024, 12, 31),
        text="bäckerei",
    )
    assert Segment.from_json(segment.to_json()) == segment
    assert Segment().to_json() == "{}"
    assert Segment(cities=("Köln",)).to_json() == '{"cities":["Köln"]}'
    # Whitespace is tidied and duplicates dropped, so two spellings of one segment compare equal.
    assert Segment.from_dict({"cities": [" Bad  Homburg ", "Bad Homburg"]}).cities == ("Bad Homburg",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"colour": "red"}, "Unknown segment field “colour”"),
        ({"kind": "robot"}, "“consumer” or “business”"),
        ({"postcodes": ["1-2-3"]}, "not a postcode or a postcode range"),
        ({"postcodes": ["20000-10000"]}, "the first must not be larger"),
        ({"postcodes": ["1000-10000"]}, "the same number of characters"),
        ({"customer_since_from": "31.12.2024"}, "a date like 2024-12-31"),
        ({"customer_since_from": "2024-02-01", "customer_since_to": "2024-01-01"}, "is after"),
        ({"source_ids": ["3"]}, "data source ids"),
        ({"existing_customers_only": "yes"}, "true or false"),
        ({"tags": [1, 2]}, "a list of texts"),
        ({"cities": ["x"] * 201}, "at most 200 values"),
    ],
)
def test_bad_segments_are_refused_with_a_message_naming_the_field(
    data: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        Segment.from_dict(data)


def test_json_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(UserError, match="not valid JSON"):
        Segment.from_json("{postcodes: 1")
    with pytest.raises(UserError, match="JSON object"):
        Segment.from_json("[1]")


def test_postcode_ranges_compare_only_postcodes_of_the_same_length() -> None:
    assert parse_postcode_range(" 10000 - 14999 ") == ("10000", "14999")
    assert parse_postcode_range("80331") == ("80331", "80331")


def test_condition_selects_by_every_criterion(db: Database) -> None:
    web = make_source(db, "Website")
    fair = make_source(db, "Messe 2024")
    make_customer(db, PERSON, customer_no="A", postcode="10115", city="Berlin", tags=("VIP",), source_id=web)
    make_customer(db, PERSON, customer_no="B", postcode="14999", city="berlin", source_id=fair)
    make_customer(db, PERSON, customer_no="C", postcode="15000", city="Potsdam", tags=("Messe",))
    make_customer(db, PERSON, customer_no="D", postcode="1010", city="Wien", country="AT")
    make_customer(
        db, FIRM, customer_no="E", postcode="80331", city="MÜNCHEN", is_existing_customer=True,
        customer_since=dt.date(2021, 6, 1), address_from_sale=True,
    )  # fmt: skip
    make_customer(db, FIRM, customer_no="F", company="Zahnarztpraxis Sonnenschein", city="München")

    assert selected(db, Segment()) == set("ABCDEF")
    # "1010" would sort between "10000" and "14999" as text; the length check keeps Vienna out.
    assert selected(db, Segment(postcodes=("10000-14999",))) == {"A", "B"}
    assert selected(db, Segment(postcodes=("10000-14999", "15000"))) == {"A", "B", "C"}
    assert selected(db, Segment(cities=("BERLIN",))) == {"A", "B"}
    assert selected(db, Segment(cities=("münchen",))) == {"F"} | ({"E"} if _folds_unicode(db) else set())
    assert selected(db, Segment(tags=("VIP", "Messe"))) == {"A", "C"}
    assert selected(db, Segment(kind=CustomerKind.BUSINESS)) == {"E", "F"}
    assert selected(db, Segment(kind=CustomerKind.CONSUMER, source_ids=(web, fair))) == {"A", "B"}
    assert selected(db, Segment(existing_customers_only=True)) == {"E"}
    assert selected(db, Segment(customer_since_from=dt.date(2021, 1, 1))) == {"E"}
    assert selected(db, Segment(customer_since_to=dt.date(2020, 12, 31))) == set()
    assert selected(db, Segment(text="sonnensch")) == {"F"}
    assert selected(db, Segment(text="zahnarzt", kind=CustomerKind.CONSUMER)) == set()


def _folds_unicode(db: Database) -> bool:
    """PostgreSQL's lower() folds "Ü"; SQLite's folds ASCII only (documented in segment_condition)."""
    return not db.is_sqlite


def test_check_segment_refuses_names_and_ids_that_do_not_exist(db: Database) -> None:
    make_customer(db, PERSON, tags=("VIP",))
    with db.read_session() as s:
        check_segment(s, Segment(tags=("VIP",)))
        with pytest.raises(UserError, match="There is no tag “VPI”"):
            check_segment(s, Segment(tags=("VIP", "VPI")))
        with pytest.raises(UserError, match="no data source with the id 999"):
            check_segment(s, Segment(source_ids=(999,)))
