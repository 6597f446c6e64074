"""The preview's snapshot of every customer's decision: the same counts and lists as the SQL statements
for any segment, reused while nothing changes, and never after a recorded change."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import Customer, PurposeChannelPolicy
from desktop_app.domain.enums import Channel, CustomerKind
from desktop_app.domain.reasons import ReasonCode
from desktop_app.services import campaigns, objections
from desktop_app.services.campaign_segment import Segment, segment_condition
from desktop_app.services.demo import generate_demo
from desktop_app.services.evaluation import PopulationEvaluation
from desktop_app.services.reason_snapshot import ReasonSnapshot, SnapshotCache, SnapshotKey
from tests.services.campaign_factories import TODAY, newsletter_id
from tests.services.ledger_factories import ACTOR

SEGMENTS = [
    Segment(),
    Segment(postcodes=("10000-49999",)),
    Segment(kind=CustomerKind.BUSINESS),
    Segment(cities=("BERLIN", "münchen")),  # through the index on lower(city)
    Segment(postcodes=("99999",)),  # nobody
]


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, customers=400, seed=5, today=TODAY)
    return db


def _snapshot(db: Database, purpose_id: int, channel: Channel) -> ReasonSnapshot:
    with db.read_session() as s:
        key = SnapshotKey(purpose_id, channel, TODAY, campaigns.data_version(s))
        return ReasonSnapshot.take(s, key)


def test_counts_agree_with_the_sql_preview_for_every_purpose_channel_and_segment(demo: Database) -> None:
    with demo.read_session() as s:
        combos = s.execute(select(PurposeChannelPolicy.purpose_id, PurposeChannelPolicy.channel)).all()
    assert len(combos) >= 4
    for purpose_id, channel in combos:
        snapshot = _snapshot(demo, purpose_id, Channel(channel))
        with demo.read_session() as s:
            for segment in SEGMENTS:
                expected = campaigns.campaign_preview(s, purpose_id, Channel(channel), TODAY, segment)
                assert campaigns.Preview.of(snapshot.counts(s, segment)) == expected, (channel, segment)


@pytest.mark.parametrize("segment", SEGMENTS[:3], ids=["everyone", "postcodes", "businesses"])
def test_pages_of_one_reason_are_exactly_its_customers_in_id_order(demo: Database, segment: Segment) -> None:
    purpose = newsletter_id(demo)
    snapshot = _snapshot(demo, purpose, Channel.EMAIL)
    with demo.read_session() as s:
        decided = PopulationEvaluation(s, purpose, Channel.EMAIL, TODAY).decisions()
        in_segment = set(snapshot_ids(s, segment))
        for code in {d.reason for d in decided}:
            expected = [d.customer_id for d in decided if d.reason is code and d.customer_id in in_segment]
            first = snapshot.ids_with(s, segment, code, limit=7)
            rest = snapshot.ids_with(s, segment, code, limit=10_000, offset=7)
            assert first + rest == expected, code
        rows = snapshot.customers_with(s, segment, ReasonCode.NO_CONSENT, limit=5)
    assert [r.id for r in rows] == [d.customer_id for d in decided if d.reason is ReasonCode.NO_CONSENT
                                    and d.customer_id in in_segment][:5]  # fmt: skip


def snapshot_ids(s: Session, segment: Segment) -> list[int]:
    condition = segment_condition(s, segment)
    query = select(Customer.id) if condition is None else select(Customer.id).where(condition)
    return list(s.execute(query).scalars())


def test_the_cache_reuses_a_snapshot_until_a_change_is_recorded(demo: Database) -> None:
    purpose = newsletter_id(demo)
    cache = SnapshotCache()
    with demo.read_session() as s:
        first = cache.get(s, purpose, Channel.EMAIL, TODAY)
        assert cache.get(s, purpose, Channel.EMAIL, TODAY) is first
        before = first.counts(s, Segment())
        contactable = first.ids_with(s, Segment(), ReasonCode.CONSENT_VALID, limit=1)[0]
    assert before[ReasonCode.CONSENT_VALID] > 0
    with demo.session() as s:
        objections.record_objection(s, ACTOR, contactable, utcnow())
    with demo.read_session() as s:
        second = cache.get(s, purpose, Channel.EMAIL, TODAY)
        after = second.counts(s, Segment())
        assert second is not first
        assert cache.get(s, purpose, Channel.POST, TODAY) is not second  # another channel: its own
        assert cache.get(s, purpose, Channel.EMAIL, TODAY) is second  # kept beside it
    assert after[ReasonCode.CONSENT_VALID] == before[ReasonCode.CONSENT_VALID] - 1
    assert after[ReasonCode.OBJECTION] == before.get(ReasonCode.OBJECTION, 0) + 1


def test_an_empty_database_counts_nobody(db: Database) -> None:
    snapshot = _snapshot(db, newsletter_id(db), Channel.EMAIL)
    with db.read_session() as s:
        assert snapshot.counts(s, Segment()) == {}
        assert snapshot.counts(s, Segment(kind=CustomerKind.BUSINESS)) == {}
        assert snapshot.ids_with(s, Segment(), ReasonCode.NO_CONSENT, limit=10) == []


def test_a_city_segment_finds_its_customers_whatever_the_case_typed(demo: Database) -> None:
    snapshot = _snapshot(demo, newsletter_id(demo), Channel.EMAIL)
    with demo.read_session() as s:
        in_cities = s.execute(select(Customer.id).where(Customer.city.in_(("Berlin", "München")))).all()
        counted = snapshot.counts(s, Segment(cities=("BERLIN", "münchen")))
    assert sum(counted.values()) == len(in_cities) > 0
