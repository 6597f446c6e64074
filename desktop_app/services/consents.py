"""Reading consents: the current-state view of a row, and the state its events say it must have.

`replay_consent` is the ledger's ground truth (domain.ledger.project over the stored events); the
`consents` row is a projection kept for set-based SQL, and `stored_state` reads it back for comparison.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, ConsentEvent, Purpose
from desktop_app.domain.enums import CaptureMethod, Channel, ConsentEventKind, ConsentStatus, LegalBasis
from desktop_app.domain.ledger import STORED_FIELDS, ConsentState, LedgerEvent, project
from desktop_app.errors import NotFound
from desktop_app.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ConsentView:
    id: int
    customer_id: int
    purpose_id: int
    purpose_code: str
    channel: Channel
    status: ConsentStatus
    legal_basis: LegalBasis
    granted_at: dt.datetime | None
    doi_requested_at: dt.datetime | None
    doi_confirmed_at: dt.datetime | None
    withdrawn_at: dt.datetime | None
    refused_at: dt.datetime | None
    valid_until: dt.date | None
    last_used_at: dt.datetime | None
    capture_method: CaptureMethod | None
    source_id: int | None
    source_third_party: bool
    names_business: bool
    parental_consent: bool
    consent_text_id: int | None
    proof_ref: str
    attachment_id: int | None
    recorded_by: str
    recorded_at: dt.datetime


def get_consent(session: Session, consent_id: int) -> ConsentView:
    row = session.get(Consent, consent_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The consent no longer exists."))
    return consent_view(session, row)


def customer_consents(session: Session, customer_id: int) -> list[ConsentView]:
    rows = session.execute(
        select(Consent)
        .where(Consent.customer_id == customer_id)
        .order_by(Consent.purpose_id, Consent.channel)
    ).scalars()
    return [consent_view(session, r) for r in rows]


def replay_consent(session: Session, consent_id: int) -> ConsentState:
    """The state of a consent computed from its events alone (what its row must say)."""
    rows = session.execute(
        select(ConsentEvent).where(ConsentEvent.consent_id == consent_id).order_by(ConsentEvent.id)
    ).scalars()
    return project(_ledger_event(r) for r in rows)


def stored_state(row: Consent) -> dict[str, Any]:
    """The projected columns as the row holds them, for comparing with replay_consent."""
    return {name: getattr(row, name) for name in STORED_FIELDS}


def _ledger_event(r: ConsentEvent) -> LedgerEvent:
    return LedgerEvent(
        kind=ConsentEventKind(r.kind),
        occurred_at=r.occurred_at,
        recorded_at=r.recorded_at,
        recorded_by=r.recorded_by,
        legal_basis=LegalBasis(r.legal_basis) if r.legal_basis else None,
        method=CaptureMethod(r.method) if r.method else None,
        source_id=r.source_id,
        source_third_party=r.source_third_party,
        consent_text_id=r.consent_text_id,
        valid_until=r.valid_until,
        names_business=r.names_business,
        parental_consent=r.parental_consent,
        proof_ref=r.proof_ref,
        attachment_id=r.attachment_id,
        import_batch_id=r.import_batch_id,
    )


def consent_view(session: Session, row: Consent) -> ConsentView:
    code = session.execute(select(Purpose.code).where(Purpose.id == row.purpose_id)).scalar_one()
    return ConsentView(
        id=row.id,
        customer_id=row.customer_id,
        purpose_id=row.purpose_id,
        purpose_code=code,
        channel=Channel(row.channel),
        status=ConsentStatus(row.status),
        legal_basis=LegalBasis(row.legal_basis),
        granted_at=row.granted_at,
        doi_requested_at=row.doi_requested_at,
        doi_confirmed_at=row.doi_confirmed_at,
        withdrawn_at=row.withdrawn_at,
        refused_at=row.refused_at,
        valid_until=row.valid_until,
        last_used_at=row.last_used_at,
        capture_method=CaptureMethod(row.capture_method) if row.capture_method else None,
        source_id=row.source_id,
        source_third_party=row.source_third_party,
        names_business=row.names_business,
        parental_consent=row.parental_consent,
        consent_text_id=row.consent_text_id,
        proof_ref=row.proof_ref,
        attachment_id=row.attachment_id,
        recorded_by=row.recorded_by or "",
        recorded_at=row.recorded_at,
    )
