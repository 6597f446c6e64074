"""Campaigns: purpose × channel × segment, their preview ("who may we contact, and why not the rest")
and the click-through from an exclusion reason to the customers behind it.

The preview is the set-based rules engine (services.evaluation) over the segment, one GROUP BY; the
"why / why not" of a single customer is the Python engine's full trace (services.facts), which the
differential test holds to the same answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEntry, Campaign, CampaignExport, Purpose
from desktop_app.domain.enums import CampaignStatus, Channel
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import Decision
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit
from desktop_app.services.campaign_segment import Segment, check_segment, segment_condition
from desktop_app.services.catalog import to_policy
from desktop_app.services.evaluation import BASIS_OF, PopulationEvaluation
from desktop_app.services.facts import evaluate_customer

__all__ = [
    "CampaignInput",
    "CampaignView",
    "Preview",
    "archive_campaign",
    "campaign_by_name",
    "campaign_preview",
    "check_channel",
    "create_campaign",
    "data_version",
    "duplicate_campaign",
    "explain_customer",
    "get_campaign",
    "list_campaigns",
    "restore_campaign",
    "update_campaign",
]

MAX_NAME = 200


@dataclass(frozen=True)
class CampaignInput:
    name: str
    purpose_id: int
    channel: Channel
    planned_on: dt.date | None = None
    owner: str = ""
    notes: str = ""
    segment: Segment = field(default_factory=Segment)


@dataclass(frozen=True)
class CampaignView:
    id: int
    name: str
    purpose_id: int
    purpose_code: str
    purpose_name_de: str
    purpose_name_en: str
    channel: Channel
    planned_on: dt.date | None
    owner: str
    notes: str
    segment: Segment
    status: CampaignStatus
    created_at: dt.datetime
    updated_at: dt.datetime
    export_count: int
    last_export_at: dt.datetime | None

    def purpose_name(self, lang: str) -> str:
        return self.purpose_name_de if lang.lower().startswith("de") else self.purpose_name_en

    def as_input(self) -> CampaignInput:
        return CampaignInput(
            self.name, self.purpose_id, self.channel, self.planned_on, self.owner, self.notes, self.segment
        )


# --- CRUD ---------------------------------------------------------------------------------------------


def check_channel(session: Session, purpose_id: int, channel: Channel) -> Purpose:
    """A campaign over a channel the purpose is not used on could never contact anyone: refused."""
    purpose = session.get(Purpose, purpose_id)
    if purpose is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The purpose no longer exists."))
    policy = to_policy(purpose).channels.get(channel)
    if policy is None or not policy.enabled:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The purpose “{purpose}” is not used over the channel {channel}; choose another channel or "
                "enable it in the purpose's settings.",
            ),
            purpose=purpose.code,
            channel=channel.value,
        )
    return purpose


def _check(session: Session, data: CampaignInput, own_id: int | None) -> CampaignInput:
    name = " ".join(data.name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A campaign needs a name."))
    if len(name) > MAX_NAME:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The campaign name may have at most 200 characters."))
    clash = session.execute(select(Campaign.id).where(Campaign.name == name)).scalar_one_or_none()
    if clash is not None and clash != own_id:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A campaign named “{name}” exists."), name=name)
    check_channel(session, data.purpose_id, Channel(data.channel))
    check_segment(session, data.segment)
    owner = data.owner.strip()
    if len(owner) > MAX_NAME:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The owner may have at most 200 characters."))
    return CampaignInput(
        name, data.purpose_id, Channel(data.channel), data.planned_on, owner, data.notes.strip(), data.segment
    )


def _apply(row: Campaign, data: CampaignInput) -> None:
    row.name, row.purpose_id, row.channel = data.name, data.purpose_id, data.channel.value
    row.planned_on, row.owner, row.notes = data.planned_on, data.owner or None, data.notes
    row.segment_json = data.segment.to_json()


def _flush(session: Session, name: str) -> None:
    try:
        session.flush()
    except IntegrityError:  # another PC saved the same name in the meantime
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A campaign named “{name}” exists."), name=name) from None


def create_campaign(session: Session, actor: str, data: CampaignInput) -> CampaignView:
    data = _check(session, data, None)
    row = Campaign(status=CampaignStatus.DRAFT.value)
    _apply(row, data)
    session.add(row)
    _flush(session, data.name)
    audit.record(session, actor, "create", "campaign", row.id)
    return get_campaign(session, row.id)


def update_campaign(session: Session, actor: str, campaign_id: int, data: CampaignInput) -> CampaignView:
    """Past exports keep their own copy of the parameters, so editing never changes what they prove."""
    row = _row(session, campaign_id)
    data = _check(session, data, campaign_id)
    _apply(row, data)
    _flush(session, data.name)
    audit.record(session, actor, "update", "campaign", row.id)
    return get_campaign(session, row.id)


def duplicate_campaign(
    session: Session, actor: str, campaign_id: int, new_name: str | None = None
) -> CampaignView:
    """A draft copy (no exports); without a name: the original's name with the first free " (n)"."""
    original = get_campaign(session, campaign_id)
    name = new_name or ""
    if new_name is None:
        taken = set(session.execute(select(Campaign.name)).scalars())
        stem, n = original.name[: MAX_NAME - 6], 2
        name = f"{stem} ({n})"
        while name in taken:
            n += 1
            name = f"{stem} ({n})"
    return create_campaign(session, actor, replace(original.as_input(), name=name))


def archive_campaign(session: Session, actor: str, campaign_id: int) -> CampaignView:
    return _set_status(session, actor, campaign_id, CampaignStatus.ARCHIVED, "archive")


def restore_campaign(session: Session, actor: str, campaign_id: int) -> CampaignView:
    return _set_status(session, actor, campaign_id, CampaignStatus.DRAFT, "restore")


def _set_status(
    session: Session, actor: str, campaign_id: int, status: CampaignStatus, action: str
) -> CampaignView:
    row = _row(session, campaign_id)
    row.status = status.value
    session.flush()
    audit.record(session, actor, action, "campaign", row.id)
    return get_campaign(session, row.id)


def _row(session: Session, campaign_id: int) -> Campaign:
    row = session.get(Campaign, campaign_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The campaign no longer exists."))
    return row


def list_campaigns(session: Session, include_archived: bool = False) -> list[CampaignView]:
    """Newest planned date first, then name; with each campaign's export count and latest export."""
    exports = (
        select(
            CampaignExport.campaign_id,
            func.count().label("n"),
            func.max(CampaignExport.exported_at).label("last"),
        )
        .group_by(CampaignExport.campaign_id)
        .subquery()
    )
    query = (
        select(Campaign, Purpose, exports.c.n, exports.c.last)
        .join(Purpose, Purpose.id == Campaign.purpose_id)
        .outerjoin(exports, exports.c.campaign_id == Campaign.id)
        .order_by(Campaign.planned_on.desc().nulls_last(), Campaign.name)
    )
    if not include_archived:
        query = query.where(Campaign.status != CampaignStatus.ARCHIVED.value)
    return [_view(c, p, n or 0, last) for c, p, n, last in session.execute(query)]


def get_campaign(session: Session, campaign_id: int) -> CampaignView:
    row = _row(session, campaign_id)
    purpose = session.get(Purpose, row.purpose_id)
    assert purpose is not None  # foreign key
    n, last = session.execute(
        select(func.count(), func.max(CampaignExport.exported_at)).where(CampaignExport.campaign_id == row.id)
    ).one()
    return _view(row, purpose, int(n), last)


def campaign_by_name(session: Session, name: str) -> CampaignView:
    found = session.execute(
        select(Campaign.id).where(Campaign.name == " ".join(name.split()))
    ).scalar_one_or_none()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no campaign named “{name}”."), name=name)
    return get_campaign(session, found)


def _view(c: Campaign, p: Purpose, exports: int, last: dt.datetime | None) -> CampaignView:
    if last is not None and last.tzinfo is None:  # max() over the column comes back as raw text/naive
        last = last.replace(tzinfo=dt.UTC)
    return CampaignView(
        id=c.id,
        name=c.name,
        purpose_id=p.id,
        purpose_code=p.code,
        purpose_name_de=p.name_de,
        purpose_name_en=p.name_en,
        channel=Channel(c.channel),
        planned_on=c.planned_on,
        owner=c.owner or "",
        notes=c.notes,
        segment=Segment.from_json(c.segment_json),
        status=CampaignStatus(c.status),
        created_at=c.created_at,
        updated_at=c.updated_at,
        export_count=exports,
        last_export_at=last,
    )


# --- preview ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Preview:
    """How the segment splits on `on`: contactable (by basis) and excluded (by decisive reason)."""

    total_in_segment: int
    contactable: int
    excluded: Mapping[ReasonCode, int]  # largest first
    by_basis: Mapping[ReasonCode, int]  # the success reasons: consent, §7(3), presumed, post

    @classmethod
    def of(cls, counts: Mapping[ReasonCode, int]) -> Preview:
        ok = {code: n for code, n in counts.items() if code in BASIS_OF}
        bad = {code: n for code, n in counts.items() if code not in BASIS_OF}
        largest = sorted(bad.items(), key=lambda item: (-item[1], item[0].value))
        return cls(sum(counts.values()), sum(ok.values()), dict(largest), ok)


def data_version(session: Session) -> int:
    """Grows with every recorded change (each appends to the audit chain): a cache key for previews."""
    return int(session.execute(select(func.coalesce(func.max(AuditEntry.seq), 0))).scalar_one())


def campaign_preview(
    session: Session, purpose_id: int, channel: Channel, on: dt.date, segment: Segment
) -> Preview:
    """One GROUP BY over the decisive reason of every customer in the segment."""
    evaluation = PopulationEvaluation(session, purpose_id, channel, on)
    return Preview.of(evaluation.counts(segment_condition(session, segment)))


def explain_customer(
    session: Session, customer_id: int, purpose_id: int, channel: Channel, on: dt.date
) -> Decision:
    """The rules engine's full "why / why not" for one customer (the Python path)."""
    return evaluate_customer(session, customer_id, purpose_id, channel, on)
