"""Demo data: deterministic per seed, realistic enough to show every state the app knows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer
from desktop_app.services.demo import generate_demo
from desktop_app.services.info import entity_counts

TODAY = dt.date(2026, 11, 29)


def _snapshot(db: Database) -> list[tuple[str, str, str]]:
    with db.read_session() as s:
        rows = s.execute(select(Customer.last_name, Customer.email, Customer.city).order_by(Customer.id))
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_same_seed_same_data(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    generate_demo(db, customers=300, seed=7, today=TODAY)
    first = _snapshot(db)
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    from desktop_app.db.migrate import prepare_database
    from desktop_app.services.bootstrap import seed

    prepare_database(other.engine)
    with other.session() as s:
        seed(s)
    generate_demo(other, customers=300, seed=7, today=TODAY)
    assert _snapshot(other) == first
    other.dispose()


def test_demo_has_every_state_a_user_needs_to_see(db: Database) -> None:
    result = generate_demo(db, customers=2000, seed=1, today=TODAY)
    with db.read_session() as s:
        counts = entity_counts(s)
    assert counts["customers"] == 2000
    assert counts["consents"] == result.consents >= 4000
    assert counts["consents_withdrawn"] > 0 and counts["consents_pending"] > 0
    assert counts["suppressions"] == result.objections > 0
    assert counts["data_sources"] >= 5
    with db.read_session() as s:
        umlauts = s.execute(select(Customer.id).where(Customer.last_name.like("%ü%"))).first()
        business = s.execute(select(Customer.id).where(Customer.kind == "business")).first()
    assert umlauts is not None and business is not None


def test_demo_adds_to_existing_data_without_clashing_numbers(db: Database) -> None:
    generate_demo(db, customers=50, seed=1, today=TODAY)
    generate_demo(db, customers=50, seed=2, today=TODAY)
    with db.read_session() as s:
        numbers = list(s.execute(select(Customer.customer_no)).scalars())
    assert len(numbers) == len(set(numbers)) == 100


def test_demo_hashes_and_search_text_match_the_app_normalisation(db: Database) -> None:
    """The generator skips re-parsing its own e-mails and numbers; the result must be what the app makes."""
    from desktop_app.domain.normalise import search_text
    from desktop_app.services.suppression import SuppressionKeys

    generate_demo(db, customers=3000, seed=4, today=TODAY)
    with db.session() as s:
        keys = SuppressionKeys.load_or_create(s)
        customers = list(s.execute(select(Customer)).scalars())
    for c in customers:
        hashes = keys.hashes(c.email, c.phone)
        assert (c.email_hash, c.email_loose_hash, c.phone_hash) == (
            hashes.email,
            hashes.email_loose,
            hashes.phone,
        )
        assert c.mobile_hash == keys.hashes(None, c.mobile).phone
        parts = (c.customer_no, c.first_name, c.last_name, c.company, c.email, c.phone, c.mobile)
        assert c.search_text == search_text(*parts, c.postcode, c.city)
    assert any(c.phone_hash for c in customers) and any(c.mobile_hash for c in customers)


def test_demo_customers_are_in_the_search_index(db: Database) -> None:
    """On SQLite the generator stages customers so the FTS trigger indexes a chunk at once."""
    from desktop_app.services.customer_list import CustomerFilter, customer_ids

    generate_demo(db, customers=700, seed=3, today=TODAY)
    with db.read_session() as s:
        found = customer_ids(s, CustomerFilter(text="MÜLLER"))
        scanned = s.execute(select(Customer.id).where(Customer.search_text.like("%müller%"))).scalars()
        assert sorted(found) == sorted(scanned) and found


def test_demo_consents_replay_from_their_events(db: Database) -> None:
    """Demo rows must be what their event history says, like every recorded consent."""
    from desktop_app.db.models import Consent
    from desktop_app.services import ledger

    generate_demo(db, customers=150, seed=4, today=TODAY)
    with db.read_session() as s:
        rows = list(s.execute(select(Consent)).scalars())
        assert any(r.status == "pending" for r in rows) and any(r.status == "withdrawn" for r in rows)
        for row in rows:
            replayed = ledger.replay_consent(s, row.id)
            stored = ledger.stored_state(row)
            assert stored == {k: getattr(replayed, k) for k in stored}, row.id


def test_demo_consents_point_to_the_wording_except_bought_ones(db: Database) -> None:
    from sqlalchemy import func

    from desktop_app.db.models import Consent, ConsentText

    generate_demo(db, customers=300, seed=4)
    generate_demo(db, customers=50, seed=5)  # a second run reuses the texts
    with db.read_session() as s:
        texts = s.execute(select(ConsentText.purpose_id, func.count()).group_by(ConsentText.purpose_id)).all()
        by_origin = dict(
            s.execute(
                select(
                    Consent.source_third_party, func.count(Consent.consent_text_id) * 1.0 / func.count()
                ).group_by(Consent.source_third_party)
            ).all()
        )
    assert texts and all(count == 1 for _, count in texts)
    assert by_origin[False] == 1.0 and by_origin[True] == 0.0
