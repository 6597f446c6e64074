"""Campaign CRUD, the preview's breakdown, the click-through list and the "why / why not"."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop_app.db.engine import Database
from desktop_app.db.models import (
    CampaignExport,
    CampaignExportRow,
    ConsentEvent,
    Customer,
    PurposeChannelPolicy,
)
from desktop_app.domain.enums import CampaignStatus, Channel, CustomerKind
from desktop_app.domain.reasons import ReasonCode
from desktop_app.errors import UserError
from desktop_app.services import campaigns, facts
from desktop_app.services.campaign_segment import Segment, segment_condition
from desktop_app.services.campaigns import CampaignInput
from desktop_app.services.demo import generate_demo
from desktop_app.services.evaluation import contactable_ids
from desktop_app.services.reason_snapshot import SnapshotCache
from tests.services.campaign_factories import TODAY, contactable, export, newsletter_id
from tests.services.ledger_factories import ACTOR, audit_actions


def new(db: Database, name: str = "Frühjahrsaktion", **kw: object) -> campaigns.CampaignView:
    data = CampaignInput(name, newsletter_id(db), Channel.EMAIL, TODAY)
    with db.session() as s:
        return campaigns.create_campaign(s, ACTOR, CampaignInput(**{**data.__dict__, **kw}))


def test_create_update_duplicate_archive_restore(db: Database) -> None:
    first = new(db, "  Frühjahrsaktion  2025 ", owner="Anna", segment=Segment(postcodes=("10000-14999",)))
    assert first.name == "Frühjahrsaktion 2025" and first.status is CampaignStatus.DRAFT
    assert first.segment.postcodes == ("10000-14999",) and first.export_count == 0
    with db.session() as s:
        changed = campaigns.update_campaign(
            s, ACTOR, first.id, CampaignInput(first.name, first.purpose_id, Channel.POST, None, "Ben")
        )
        assert (changed.channel, changed.owner, changed.segment) == (Channel.POST, "Ben", Segment())
        copy = campaigns.duplicate_campaign(s, ACTOR, first.id)
        again = campaigns.duplicate_campaign(s, ACTOR, first.id)
        assert (copy.name, again.name) == ("Frühjahrsaktion 2025 (2)", "Frühjahrsaktion 2025 (3)")
        assert copy.channel is Channel.POST and copy.status is CampaignStatus.DRAFT
        campaigns.archive_campaign(s, ACTOR, copy.id)
    with db.read_session() as s:
        assert [v.name for v in campaigns.list_campaigns(s)] == [first.name, again.name]
        assert len(campaigns.list_campaigns(s, include_archived=True)) == 3
        assert campaigns.campaign_by_name(s, "Frühjahrsaktion  2025").id == first.id
        actions = audit_actions(s, 5)
    assert actions == [("create", "campaign"), ("update", "campaign"), ("create", "campaign"),
                       ("create", "campaign"), ("archive", "campaign")]  # fmt: skip
    with db.session() as s:
        assert campaigns.restore_campaign(s, ACTOR, copy.id).status is CampaignStatus.DRAFT


def test_refusals(db: Database) -> None:
    new(db, "Herbst")
    with pytest.raises(UserError, match="A campaign named “Herbst” exists"):
        new(db, " Herbst ")
    with pytest.raises(UserError, match="needs a name"):
        new(db, "   ")
    with pytest.raises(UserError, match="There is no tag “Stammkunde”"):
        new(db, "Tags", segment=Segment(tags=("Stammkunde",)))
    with db.session() as s:  # switch the newsletter off for SMS
        s.execute(
            update(PurposeChannelPolicy)
            .where(
                PurposeChannelPolicy.purpose_id == newsletter_id(db), PurposeChannelPolicy.channel == "sms"
            )
            .values(enabled=False)
        )
    with pytest.raises(UserError, match="“newsletter” is not used over the channel sms"):
        new(db, "SMS", channel=Channel.SMS)


def test_list_shows_export_count_and_latest_export(db: Database, tmp_path: Path) -> None:
    contactable(db)
    campaign = new(db)
    export(db, tmp_path / "a.csv", campaign_id=campaign.id)
    export(db, tmp_path / "b.csv", campaign_id=campaign.id)
    with db.read_session() as s:
        (view,) = campaigns.list_campaigns(s)
    assert view.export_count == 2 and view.last_export_at is not None
    assert dt.datetime.now(dt.UTC) - view.last_export_at < dt.timedelta(minutes=5)


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, customers=400, seed=11, today=TODAY)
    return db


def test_preview_agrees_with_the_python_rules_customer_by_customer(demo: Database) -> None:
    purpose = newsletter_id(demo)
    segment = Segment(postcodes=("10000-49999",))
    with demo.read_session() as s:
        preview = campaigns.campaign_preview(s, purpose, Channel.EMAIL, TODAY, segment)
        in_segment = (
            s.execute(select(Customer.id).where(Customer.postcode.between("10000", "49999"))).scalars().all()
        )
        decisions = [facts.evaluate_customer(s, cid, purpose, Channel.EMAIL, TODAY) for cid in in_segment]
    expected = Counter(d.decisive.code for d in decisions)
    assert preview.total_in_segment == len(in_segment) > 50
    assert preview.contactable == sum(d.contactable for d in decisions) > 0
    assert {**preview.excluded, **preview.by_basis} == expected
    assert list(preview.excluded.values()) == sorted(preview.excluded.values(), reverse=True)
    assert set(preview.by_basis) <= {ReasonCode.CONSENT_VALID, ReasonCode.EXISTING_CUSTOMER_7_3}


def test_click_through_lists_exactly_the_customers_with_that_reason(demo: Database) -> None:
    purpose = newsletter_id(demo)
    with demo.read_session() as s:
        preview = campaigns.campaign_preview(s, purpose, Channel.EMAIL, TODAY, Segment())
        code, count = next(iter(preview.excluded.items()))
        snapshot = SnapshotCache().get(s, purpose, Channel.EMAIL, TODAY)
        first = snapshot.customers_with(s, Segment(), code, limit=10)
        rest = snapshot.customers_with(s, Segment(), code, limit=10_000, offset=10)
        listed = [r.id for r in first + rest]
        why = [campaigns.explain_customer(s, cid, purpose, Channel.EMAIL, TODAY) for cid in listed]
    assert len(first) == 10 and len(listed) == count == len(set(listed))
    assert listed == sorted(listed)
    assert all(d.decisive.code is code and not d.contactable for d in why)
    assert why[0].texts("de")[0]  # the trace in German for the dialog


@pytest.mark.parametrize(
    "segment",
    [
        Segment(),
        Segment(postcodes=("10000-49999",)),
        Segment(kind=CustomerKind.BUSINESS),
    ],
    ids=["everyone", "postcodes", "businesses"],
)
def test_export_lists_exactly_what_the_preview_counts(
    demo: Database, tmp_path: Path, segment: Segment
) -> None:
    """For every purpose × channel in use: the export's rows are the preview's contactable customers,
    its stored breakdown is the preview's, and its consent uses are the consents of its rows."""
    with demo.read_session() as s:
        combos = s.execute(
            select(PurposeChannelPolicy.purpose_id, PurposeChannelPolicy.channel).where(
                PurposeChannelPolicy.enabled.is_(True)
            )
        ).all()
    assert len(combos) >= 4
    for purpose_id, channel in combos:
        with demo.read_session() as s:
            preview = campaigns.campaign_preview(s, purpose_id, Channel(channel), TODAY, segment)
            expected = set(
                contactable_ids(s, purpose_id, Channel(channel), TODAY, segment_condition(s, segment))
            )
        done = export(
            demo,
            tmp_path / f"{purpose_id}-{channel}.csv",
            segment,
            purpose_id=purpose_id,
            channel=Channel(channel),
        )
        with demo.read_session() as s:
            rows = s.execute(
                select(CampaignExportRow.customer_id, CampaignExportRow.consent_id).where(
                    CampaignExportRow.export_id == done.export_id
                )
            ).all()
            used = s.execute(
                select(ConsentEvent.consent_id).where(ConsentEvent.campaign_export_id == done.export_id)
            ).scalars()
            stored = s.get(CampaignExport, done.export_id)
            assert stored is not None
            excluded = json.loads(stored.excluded_json)
        assert done.rows == preview.contactable == len(rows) == len(expected), (purpose_id, channel)
        assert {cid for cid, _ in rows} == expected
        assert done.preview == preview
        assert excluded == {code.value: n for code, n in preview.excluded.items()}
        assert sorted(used) == sorted(consent for _, consent in rows if consent is not None)
        assert done.consents_used == sum(consent is not None for _, consent in rows)
