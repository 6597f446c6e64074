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
