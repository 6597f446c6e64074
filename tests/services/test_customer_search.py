"""Searching the customer list: Unicode case-insensitive, counted and ordered the same on every plan."""

from __future__ import annotations

from dataclasses import replace

import pytest
from ledger_factories import PERSON, make_customer
from sqlalchemy import update

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer
from desktop_app.services import customer_list
from desktop_app.services.customer_list import CustomerFilter, SortKey

PEOPLE = [
    ("Jürgen", "Müller", "Leipzig"),
    ("Anna", "Müller", "Köln"),
    ("Hans", "Mueller", "Berlin"),  # another spelling, not another case
    ("Eva", "Weiß", "Bonn"),
    ("Paul", "Weiss", "Bonn"),
    ("Lena", "Schmidt", "München"),
    ("Otto", "MÜLLER", "Essen"),  # typed in capitals
]


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """Customer ids by "First Last"."""
    ids = {}
    for i, (first, last, city) in enumerate(PEOPLE):
        person = replace(PERSON, first_name=first, last_name=last, city=city, email=f"kunde{i}@example.de")
        ids[f"{first} {last}"] = make_customer(db, person, phone="", mobile="").id
    return ids


def _search(db: Database, term: str, **changes: object) -> tuple[list[int], int]:
    flt = replace(CustomerFilter(text=term), **changes)  # type: ignore[arg-type]
    with db.read_session() as s:
        return customer_list.customer_ids(s, flt), customer_list.count_customers(s, flt)


def test_any_case_of_an_umlaut_finds_every_mueller_and_no_mueller_spelling(
    db: Database, people: dict[str, int]
) -> None:
    muellers = [people["Anna Müller"], people["Jürgen Müller"], people["Otto MÜLLER"]]  # by first name
    for term in ("MÜLLER", "müller", "Müller", "mÜlLeR", "ÜLLE", "müll"):
        ids, count = _search(db, term)
        assert sorted(ids) == sorted(muellers), term
        assert count == 3, term
    ids, _ = _search(db, "mueller")
    assert ids == [people["Hans Mueller"]]
    ids, _ = _search(db, "MÜNCHEN")
    assert ids == [people["Lena Schmidt"]]


def test_sharp_s_is_found_as_ss_either_way(db: Database, people: dict[str, int]) -> None:
    both = {people["Eva Weiß"], people["Paul Weiss"]}
    for term in ("Weiß", "WEISS", "weiss", "eiß"):
        ids, count = _search(db, term)
        assert set(ids) == both and count == 2, term


def test_count_and_ids_leave_out_the_erased_among_the_matches(db: Database, people: dict[str, int]) -> None:
    with db.session() as s:  # erased but (unlike a real erasure) still carrying its search text
        s.execute(update(Customer).where(Customer.id == people["Anna Müller"]).values(status="erased"))
    ids, count = _search(db, "MÜLLER")
    assert people["Anna Müller"] not in ids and count == len(ids) == 2
    with db.read_session() as s:
        everyone = customer_list.count_customers(s, CustomerFilter())
    assert everyone == len(PEOPLE) - 1


@pytest.mark.parametrize("descending", [False, True])
def test_every_query_plan_gives_the_same_list(
    db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch, descending: bool
) -> None:
    """A frequent term walks the name index instead of reading each match's row, or walks for the first
    ids and reads rows for the rest: the list must be the same, in the same order, and so the count."""
    flt = {"sort": SortKey.NAME, "descending": descending}
    plans = {
        "rows": lambda session, flt, wanted: False,
        "walk": lambda session, flt, wanted: True,
        "walk first": lambda session, flt, wanted: wanted == 1,
    }
    for term in ("üll", "müller köln", "MÜLLER e", "Bonn", "example", "e"):  # "e": scanned, not indexed
        lists = {}
        for plan, walks in plans.items():
            monkeypatch.setattr(customer_list, "_walks", walks)
            with db.read_session() as s:
                chunked = customer_list.customer_id_chunks(s, replace(CustomerFilter(text=term), **flt), 1, 2)  # type: ignore[arg-type]
                lists[plan] = ([i for chunk in chunked for i in chunk], _search(db, term, **flt))
        expected = lists["rows"][1]
        assert expected[0] and len(expected[0]) == expected[1], term
        for plan, (chunks, found) in lists.items():
            assert chunks == expected[0] and found == expected, (term, plan)


@pytest.mark.sqlite_only  # the FTS5 index and the name-index walk are SQLite's; PostgreSQL uses pg_trgm
def test_the_plan_follows_how_many_match(
    db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(customer_list, "WALK_SCALE", 4)  # "Bonn": 2 matches, 2² ≥ 1 × 4 but not 2 × 4
    monkeypatch.setattr(customer_list, "WALK_FLOOR", 1)
    with db.read_session() as s:
        flt = CustomerFilter(text="Bonn")
        assert customer_list._walks(s, flt, 1) and not customer_list._walks(s, flt, 2)
        assert customer_list.count_customers(s, flt) == 2  # and now from the count, without a probe
        assert customer_list._walks(s, flt, 1) and not customer_list._walks(s, flt, 2)
        assert not customer_list._walks(s, replace(flt, sort=SortKey.CITY), 1)  # only the name index
        # However few ids are wanted, the walk needs as many matches as for WALK_FLOOR ids: a last
        # name's matches sit together, and the walk would pass every name before them.
        monkeypatch.setattr(customer_list, "WALK_FLOOR", 2)
        assert not customer_list._walks(s, flt, 1)
    with db.read_session() as s:  # and so when the plan is probed rather than counted
        assert not customer_list._walks(s, flt, 1)


@pytest.mark.sqlite_only  # the FTS5 index is SQLite's
def test_a_search_finds_its_matches_once_per_read_transaction(db: Database, people: dict[str, int]) -> None:
    """The count finds the matches into a temporary table that the ids then read: within the read
    transaction that is its snapshot, taking no lock (a writer saves meanwhile), and the next
    transaction finds them anew."""
    flt = CustomerFilter(text="müller")
    muellers = sorted([people["Anna Müller"], people["Jürgen Müller"], people["Otto MÜLLER"]])
    with db.read_connection() as c:
        assert customer_list.count_customers(c, flt) == 3
        assert customer_list._found_before(c, '"müller"') == 3
        added = make_customer(db, replace(PERSON, first_name="Zoe", last_name="Müller"), phone="", mobile="")
        chunks = customer_list.customer_id_chunks(c, flt, 2, 10)
        listed = [i for chunk in chunks for i in chunk]
        assert sorted(listed) == muellers  # the snapshot's
    with db.read_connection() as c:
        assert customer_list._found_before(c, '"müller"') is None
        assert customer_list.count_customers(c, flt) == 4
        assert customer_list.customer_ids(c, flt) == [*listed, added.id]  # by name: Zoe Müller last
    with db.session() as s:  # a write transaction counts from the index itself: it may change the matches
        assert customer_list.count_customers(s, flt) == 4
        assert customer_list._found_before(s, '"müller"') is None
