"""A customer's consent history: consent events and customer-level events in one time line.

This is what staff show a customer who asks (Art. 15 GDPR) and what proves a consent (§7a UWG): each
entry says what happened, when, who recorded it, and the evidence (source, text version, proof).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Attachment,
    Consent,
    ConsentEvent,
    ConsentText,
    CustomerEvent,
    DataSource,
    Purpose,
)
from desktop_app.domain.enums import Channel, ConsentEventKind, LegalBasis


@dataclass(frozen=True)
class HistoryEntry:
    occurred_at: dt.datetime
    recorded_at: dt.datetime
    recorded_by: str
    kind: str  # a ConsentEventKind value, or a CustomerEventKind value when consent_id is None
    consent_id: int | None
    channel: Channel | None  # for customer-level entries None means every channel
    purpose_code: str = ""
    purpose_name_de: str = ""
    purpose_name_en: str = ""
    legal_basis: LegalBasis | None = None
    method: str | None = None  # CaptureMethod value
    source_id: int | None = None
    source_name: str = ""
    consent_text_id: int | None = None
    consent_text_version: int | None = None
    consent_text_language: str = ""
    consent_text_title: str = ""
    proof_ref: str = ""
    attachment_id: int | None = None
    attachment_name: str = ""
    attachment_sha256: str = ""
    valid_until: dt.date | None = None
    names_business: bool | None = None
    parental_consent: bool | None = None
    campaign_export_id: int | None = None
    note: str = ""

    @property
    def is_customer_event(self) -> bool:
        return self.consent_id is None


def consent_history(session: Session, customer_id: int, include_uses: bool = True) -> list[HistoryEntry]:
    """Oldest first, by when it happened, then by when it was recorded."""
    entries = [
        *_consent_entries(session, customer_id, include_uses),
        *_customer_entries(session, customer_id),
    ]
    return [e for _, e in sorted(entries, key=lambda pair: pair[0])]


_Key = tuple[dt.datetime, dt.datetime, int, int]


def _consent_entries(
    session: Session, customer_id: int, include_uses: bool
) -> list[tuple[_Key, HistoryEntry]]:
    query = (
        select(
            ConsentEvent,
            Consent.channel,
            Purpose.code,
            Purpose.name_de,
            Purpose.name_en,
            DataSource.name,
            ConsentText.version,
            ConsentText.language,
            ConsentText.title,
            Attachment.file_name,
            Attachment.sha256,
        )
        .join(Consent, Consent.id == ConsentEvent.consent_id)
        .join(Purpose, Purpose.id == Consent.purpose_id)
        .outerjoin(DataSource, DataSource.id == ConsentEvent.source_id)
        .outerjoin(ConsentText, ConsentText.id == ConsentEvent.consent_text_id)
        .outerjoin(Attachment, Attachment.id == ConsentEvent.attachment_id)
        .where(ConsentEvent.customer_id == customer_id)
    )
    if not include_uses:
        query = query.where(ConsentEvent.kind != ConsentEventKind.USED.value)
    result = []
    for (
        ev,
        channel,
        code,
        name_de,
        name_en,
        source,
        version,
        language,
        title,
        file_name,
        sha,
    ) in session.execute(query):
        entry = HistoryEntry(
            occurred_at=ev.occurred_at,
            recorded_at=ev.recorded_at,
            recorded_by=ev.recorded_by or "",
            kind=ev.kind,
            consent_id=ev.consent_id,
            channel=Channel(channel),
            purpose_code=code,
            purpose_name_de=name_de,
            purpose_name_en=name_en,
            legal_basis=LegalBasis(ev.legal_basis) if ev.legal_basis else None,
            method=ev.method,
            source_id=ev.source_id,
            source_name=source or "",
            consent_text_id=ev.consent_text_id,
            consent_text_version=version,
            consent_text_language=language or "",
            consent_text_title=title or "",
            proof_ref=ev.proof_ref,
            attachment_id=ev.attachment_id,
            attachment_name=file_name or "",
            attachment_sha256=sha or "",
            valid_until=ev.valid_until,
            names_business=ev.names_business,
            parental_consent=ev.parental_consent,
            campaign_export_id=ev.campaign_export_id,
            note=ev.note,
        )
        result.append(((ev.occurred_at, ev.recorded_at, 0, ev.id), entry))
    return result


def _customer_entries(session: Session, customer_id: int) -> list[tuple[_Key, HistoryEntry]]:
    rows = session.execute(select(CustomerEvent).where(CustomerEvent.customer_id == customer_id)).scalars()
    return [
        (
            (ev.occurred_at, ev.recorded_at, 1, ev.id),
            HistoryEntry(
                occurred_at=ev.occurred_at,
                recorded_at=ev.recorded_at,
                recorded_by=ev.recorded_by or "",
                kind=ev.kind,
                consent_id=None,
                channel=Channel(ev.channel) if ev.channel else None,
                method=ev.method,
                note=ev.note,
            ),
        )
        for ev in rows
    ]
