"""The consent ledger: grant, confirm, withdraw, refuse, renew and use consents, with their evidence.

Every change appends to `consent_events` (never updated, never deleted) and then re-projects the
`consents` row from all of its events with domain.ledger.project, so the row can always be rebuilt
from the record. Inconsistent input (a date in the future, a withdrawal before the grant, a minor
without parental consent, ...) is refused with a message before anything is written.

Objections and channel refusals (services.objections) and the history view (services.history) are
re-exported here, so the whole ledger is reachable as `ledger.<function>`.

There is deliberately NO function that deletes or lifts an objection (Art. 21(3) GDPR: absolute, no
expiry). It gives way only to the person's own explicit consent recorded after it, for exactly that
purpose and channel: record that with grant_consent or renew_consent, and the rules engine lets that
consent override the objection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.models import Consent, ConsentEvent
from desktop_app.domain.enums import CaptureMethod, Channel, ConsentEventKind, CustomerKind, LegalBasis
from desktop_app.domain.ledger import (
    STORED_FIELDS,
    ConsentState,
    GrantCheck,
    LedgerProblem,
    check_doi_confirmation,
    check_grant,
    check_refusal,
    check_withdrawal,
)
from desktop_app.errors import NotFound
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit
from desktop_app.services.attachments import AttachmentInput, store_attachment
from desktop_app.services.consent_use import record_use
from desktop_app.services.consents import (
    ConsentView,
    consent_view,
    customer_consents,
    get_consent,
    replay_consent,
    stored_state,
)
from desktop_app.services.history import HistoryEntry, consent_history
from desktop_app.services.ledger_checks import (
    check_channel,
    check_text,
    customer_for_write,
    purpose_for,
    refuse,
    require_aware,
    source_for,
)
from desktop_app.services.objections import (
    SuppressionView,
    customer_suppressions,
    is_suppressed,
    lift_restriction,
    record_channel_refusal,
    record_objection,
    restrict_processing,
)

__all__ = [
    "AttachmentInput",
    "ConsentView",
    "Evidence",
    "HistoryEntry",
    "SuppressionView",
    "confirm_doi",
    "consent_history",
    "customer_consents",
    "customer_suppressions",
    "get_consent",
    "grant_consent",
    "is_suppressed",
    "lift_restriction",
    "record_channel_refusal",
    "record_objection",
    "record_use",
    "refuse_consent",
    "renew_consent",
    "replay_consent",
    "restrict_processing",
    "stored_state",
    "withdraw_consent",
]


@dataclass(frozen=True)
class Evidence:
    """How a consent was captured (Art. 7(1) GDPR, §7a UWG). Timestamps are timezone-aware."""

    captured_at: dt.datetime
    method: CaptureMethod
    source_id: int | None = None
    consent_text_id: int | None = None
    proof_ref: str = ""
    attachment: AttachmentInput | None = None
    doi_requested_at: dt.datetime | None = None
    doi_confirmed_at: dt.datetime | None = None
    valid_until: dt.date | None = None
    # None: the business's own sources name it; a bought list's consent names it only if ticked.
    names_business: bool | None = None
    parental_consent: bool = False
    legal_basis: LegalBasis = LegalBasis.CONSENT
    note: str = ""
    import_batch_id: int | None = None


# --- the lifecycle ------------------------------------------------------------------------------------


def grant_consent(
    session: Session,
    actor: str,
    customer_id: int,
    purpose: int | str,
    channel: Channel,
    evidence: Evidence,
) -> ConsentView:
    """Records a consent (or, after a withdrawal or refusal, a new one on the same row)."""
    return _grant(session, actor, customer_id, purpose, channel, evidence, renewal=False)


def renew_consent(session: Session, actor: str, consent_id: int, evidence: Evidence) -> ConsentView:
    """A fresh declaration on an existing consent: new evidence, new grant date (re-permission)."""
    row = _consent_for_write(session, consent_id)
    return _grant(
        session, actor, row.customer_id, row.purpose_id, Channel(row.channel), evidence, renewal=True
    )


def _grant(
    session: Session,
    actor: str,
    customer_id: int,
    purpose_ref: int | str,
    channel: Channel,
    evidence: Evidence,
    *,
    renewal: bool,
) -> ConsentView:
    now = utcnow()
    channel = Channel(channel)
    for moment in (evidence.captured_at, evidence.doi_requested_at, evidence.doi_confirmed_at):
        require_aware(moment)
    customer = customer_for_write(session, customer_id)
    purpose = purpose_for(session, purpose_ref)
    check_channel(session, purpose, channel)
    source = source_for(session, evidence.source_id)
    check_text(session, evidence.consent_text_id, purpose, evidence.captured_at)
    row = _find(session, customer_id, purpose.id, channel)
    state = replay_consent(session, row.id) if row is not None else None
    grant = GrantCheck(
        captured_at=evidence.captured_at,
        legal_basis=evidence.legal_basis,
        channel=channel,
        customer_kind=CustomerKind(customer.kind),
        birth_date=customer.birth_date,
        parental_consent=evidence.parental_consent,
        doi_requested_at=evidence.doi_requested_at,
        doi_confirmed_at=evidence.doi_confirmed_at,
        valid_until=evidence.valid_until,
    )
    problem = check_grant(state, grant, now, renewal=renewal)
    if problem:
        refuse(problem, state, evidence.captured_at, purpose=purpose.code, channel=channel, grant=grant)
    attachment_id = None
    if evidence.attachment is not None:
        attachment_id = store_attachment(session, actor, evidence.attachment).id
    row = row or _new_row(session, customer_id, purpose.id, channel)
    third_party = source is not None and source.is_third_party
    names_business = (not third_party) if evidence.names_business is None else evidence.names_business
    kind = ConsentEventKind.RENEWED if renewal and state is not None else ConsentEventKind.GRANTED
    common = {"consent_id": row.id, "customer_id": customer_id, "recorded_by": actor, "recorded_at": now}
    events = [
        ConsentEvent(
            **common,
            kind=kind.value,
            occurred_at=evidence.captured_at,
            legal_basis=evidence.legal_basis.value,
            method=CaptureMethod(evidence.method).value,
            source_id=evidence.source_id,
            source_third_party=third_party,
            consent_text_id=evidence.consent_text_id,
            valid_until=evidence.valid_until,
            names_business=names_business,
            parental_consent=evidence.parental_consent,
            proof_ref=evidence.proof_ref.strip(),
            attachment_id=attachment_id,
            import_batch_id=evidence.import_batch_id,
            note=evidence.note.strip(),
        )
    ]
    if evidence.doi_requested_at is not None:
        events.append(_event(common, ConsentEventKind.DOI_REQUESTED, evidence.doi_requested_at))
    if evidence.doi_confirmed_at is not None:
        events.append(_event(common, ConsentEventKind.DOI_CONFIRMED, evidence.doi_confirmed_at))
    return _append(session, actor, row, events, f"purpose={purpose.code} channel={channel.value}")


def confirm_doi(
    session: Session, actor: str, consent_id: int, when: dt.datetime, proof_ref: str = "", note: str = ""
) -> ConsentView:
    """The customer clicked the confirmation link: a pending consent becomes given."""
    kind = ConsentEventKind.DOI_CONFIRMED
    return _step(
        session, actor, consent_id, when, check_doi_confirmation, kind, note, proof_ref=proof_ref.strip()
    )


def withdraw_consent(
    session: Session, actor: str, consent_id: int, when: dt.datetime, method: CaptureMethod, note: str = ""
) -> ConsentView:
    """Art. 7(3) GDPR: effective from `when`, no grace period."""
    kind = ConsentEventKind.WITHDRAWN
    return _step(
        session, actor, consent_id, when, check_withdrawal, kind, note, method=CaptureMethod(method).value
    )


def _step(
    session: Session,
    actor: str,
    consent_id: int,
    when: dt.datetime,
    check: Callable[[ConsentState, dt.datetime, dt.datetime], LedgerProblem | None],
    kind: ConsentEventKind,
    note: str,
    **fields: str,
) -> ConsentView:
    """One event on an existing consent, if `check` finds it consistent with the history."""
    require_aware(when)
    row = _consent_for_write(session, consent_id)
    state = replay_consent(session, consent_id)
    problem = check(state, when, utcnow())
    if problem:
        refuse(problem, state, when)
    return _append(
        session, actor, row, [_event(_common(row, actor), kind, when, note=note.strip(), **fields)]
    )


def refuse_consent(
    session: Session,
    actor: str,
    customer_id: int,
    purpose: int | str,
    channel: Channel,
    when: dt.datetime,
    method: CaptureMethod,
    source_id: int | None = None,
    proof_ref: str = "",
    note: str = "",
) -> ConsentView:
    """The customer was asked and said no (e.g. left the box unticked): documented like a consent."""
    require_aware(when)
    channel = Channel(channel)
    customer_for_write(session, customer_id)
    purpose_row = purpose_for(session, purpose)
    source = source_for(session, source_id)
    row = _find(session, customer_id, purpose_row.id, channel)
    state = replay_consent(session, row.id) if row is not None else None
    problem = check_refusal(state, when, utcnow())
    if problem:
        refuse(problem, state, when)
    row = row or _new_row(session, customer_id, purpose_row.id, channel)
    event = _event(_common(row, actor), ConsentEventKind.REFUSED, when, method=CaptureMethod(method).value)
    event.source_id = source_id
    event.source_third_party = source is not None and source.is_third_party
    event.proof_ref = proof_ref.strip()
    event.note = note.strip()
    return _append(session, actor, row, [event], f"purpose={purpose_row.code} channel={channel.value}")


# --- helpers ------------------------------------------------------------------------------------------


def _append(
    session: Session, actor: str, row: Consent, events: list[ConsentEvent], detail: str = ""
) -> ConsentView:
    session.add_all(events)
    session.flush()
    state = replay_consent(session, row.id)
    for name in STORED_FIELDS:
        setattr(row, name, getattr(state, name))
    session.flush()
    kinds = ",".join(e.kind for e in events)
    description = " ".join(p for p in (f"customer={row.customer_id}", detail, f"events={kinds}") if p)
    audit.record(session, actor, events[0].kind, "consent", row.id, description)
    return consent_view(session, row)


def _common(row: Consent, actor: str) -> dict[str, Any]:
    return {
        "consent_id": row.id,
        "customer_id": row.customer_id,
        "recorded_by": actor,
        "recorded_at": utcnow(),
    }


def _event(common: dict[str, Any], kind: ConsentEventKind, when: dt.datetime, **extra: Any) -> ConsentEvent:
    return ConsentEvent(**common, kind=kind.value, occurred_at=when, **extra)


def _consent_for_write(session: Session, consent_id: int) -> Consent:
    row = session.get(Consent, consent_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The consent no longer exists."))
    customer_for_write(session, row.customer_id)
    return row


def _find(session: Session, customer_id: int, purpose_id: int, channel: Channel) -> Consent | None:
    return session.execute(
        select(Consent).where(
            Consent.customer_id == customer_id,
            Consent.purpose_id == purpose_id,
            Consent.channel == channel.value,
        )
    ).scalar_one_or_none()


def _new_row(session: Session, customer_id: int, purpose_id: int, channel: Channel) -> Consent:
    # The status is a placeholder until the first event is projected into the row.
    row = Consent(customer_id=customer_id, purpose_id=purpose_id, channel=channel.value, status="")
    session.add(row)
    session.flush()
    return row
