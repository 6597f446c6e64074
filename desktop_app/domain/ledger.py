"""The consent ledger's rules: the current state of a consent is its event history, replayed.

Why a pure function: a `consents` row is only a projection of its append-only `consent_events`, kept so
that set-based SQL over millions of consents stays a plain indexed query. Every write appends an event
and re-projects the row with `project`; tests replay stored histories to prove the row never drifts.

Why the checks live here too: whether a new event fits the history (a withdrawal dated before the
grant, a DOI confirmation of a consent that is not waiting for one) is a question about the events
alone, so it is answered next to the projection and tested without a database. The services turn a
`LedgerProblem` into a message for the user.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from desktop_app.domain.dates import age_on, utc_day
from desktop_app.domain.enums import (
    CaptureMethod,
    Channel,
    ConsentEventKind,
    ConsentStatus,
    CustomerKind,
    LegalBasis,
)
from desktop_app.domain.rules import MIN_AGE

__all__ = [
    "MAX_CLOCK_SKEW",
    "RECORDABLE_BASES",
    "STORED_FIELDS",
    "ConsentState",
    "GrantCheck",
    "LedgerEvent",
    "LedgerProblem",
    "apply",
    "check_doi_confirmation",
    "check_grant",
    "check_refusal",
    "check_time",
    "check_withdrawal",
    "project",
]

# PCs in one office disagree by seconds; a minute tolerates that without accepting a typo'd year.
MAX_CLOCK_SKEW = timedelta(minutes=1)
# The other bases (legitimate interest, §7(3), contract) are facts about the customer, not declarations.
RECORDABLE_BASES = (LegalBasis.CONSENT, LegalBasis.PRESUMED_CONSENT)
_GRANTS = (ConsentEventKind.GRANTED, ConsentEventKind.RENEWED)
_GIVEN = (ConsentStatus.GRANTED, ConsentStatus.PENDING)


class LedgerProblem(StrEnum):
    IN_FUTURE = "in_future"
    BEFORE_LAST_CHANGE = "before_last_change"
    ALREADY_GIVEN = "already_given"
    GIVEN_USE_WITHDRAWAL = "given_use_withdrawal"
    NOT_GIVEN = "not_given"
    NOT_PENDING = "not_pending"
    WITHDRAWAL_BEFORE_GRANT = "withdrawal_before_grant"
    DOI_REQUEST_BEFORE_CONSENT = "doi_request_before_consent"
    DOI_CONFIRMED_BEFORE_CONSENT = "doi_confirmed_before_consent"
    DOI_CONFIRMED_BEFORE_REQUEST = "doi_confirmed_before_request"
    VALID_UNTIL_BEFORE_CAPTURE = "valid_until_before_capture"
    BASIS_NOT_RECORDABLE = "basis_not_recordable"
    PRESUMED_ONLY_BUSINESS_PHONE = "presumed_only_business_phone"
    MINOR_WITHOUT_PARENTAL_CONSENT = "minor_without_parental_consent"


@dataclass(frozen=True, slots=True, kw_only=True)
class LedgerEvent:
    """One consent event as the projection reads it. Evidence fields matter on grants and refusals."""

    kind: ConsentEventKind
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: str | None = None
    legal_basis: LegalBasis | None = None
    method: CaptureMethod | None = None
    source_id: int | None = None
    source_third_party: bool | None = None
    consent_text_id: int | None = None
    valid_until: date | None = None
    names_business: bool | None = None
    parental_consent: bool | None = None
    proof_ref: str = ""
    attachment_id: int | None = None
    import_batch_id: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentState:
    """The `consents` row's columns, plus `last_change_at`, which is only needed to check new events.

    The evidence fields describe the latest declaration (grant, renewal or refusal); the timestamps of
    withdrawal and refusal survive a later grant, as the rules engine expects (rules._withdrawn).
    """

    status: ConsentStatus
    legal_basis: LegalBasis = LegalBasis.CONSENT
    granted_at: datetime | None = None
    doi_requested_at: datetime | None = None
    doi_confirmed_at: datetime | None = None
    withdrawn_at: datetime | None = None
    refused_at: datetime | None = None
    valid_until: date | None = None
    last_used_at: datetime | None = None
    capture_method: CaptureMethod | None = None
    source_id: int | None = None
    source_third_party: bool = False
    names_business: bool = True
    parental_consent: bool = False
    consent_text_id: int | None = None
    proof_ref: str = ""
    attachment_id: int | None = None
    import_batch_id: int | None = None
    recorded_by: str | None = None
    recorded_at: datetime
    last_change_at: datetime


# The columns a `consents` row stores; everything but last_change_at.
STORED_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ConsentState) if f.name != "last_change_at")


def project(events: Iterable[LedgerEvent]) -> ConsentState:
    """The state after all `events`, in the order they were recorded."""
    state: ConsentState | None = None
    for event in events:
        state = apply(state, event)
    if state is None:
        raise ValueError("a consent without events has no state")
    return state


def apply(state: ConsentState | None, event: LedgerEvent) -> ConsentState:
    """One step of `project`. Total on purpose: it never refuses, the check_* functions do that."""
    kind = event.kind
    if state is None:
        if kind not in (*_GRANTS, ConsentEventKind.REFUSED):
            raise ValueError(f"a consent's history starts with a grant or a refusal, not {kind}")
        state = ConsentState(
            status=ConsentStatus.REFUSED, recorded_at=event.recorded_at, last_change_at=event.occurred_at
        )
    at = event.occurred_at
    if kind in _GRANTS:
        return replace(
            state,
            **_declared(event),
            status=ConsentStatus.GRANTED,
            legal_basis=event.legal_basis or LegalBasis.CONSENT,
            granted_at=at,
            doi_requested_at=None,
            doi_confirmed_at=None,
            valid_until=event.valid_until,
            names_business=True if event.names_business is None else event.names_business,
            parental_consent=bool(event.parental_consent),
        )
    if kind is ConsentEventKind.REFUSED:
        return replace(state, **_declared(event), status=ConsentStatus.REFUSED, refused_at=at)
    if kind is ConsentEventKind.USED:
        last = state.last_used_at
        return replace(state, last_used_at=at if last is None or at > last else last)
    if kind is ConsentEventKind.DOI_REQUESTED:
        waiting = state.status is ConsentStatus.GRANTED and state.doi_confirmed_at is None
        status = ConsentStatus.PENDING if waiting else state.status
        return replace(state, status=status, doi_requested_at=at, last_change_at=at)
    if kind is ConsentEventKind.DOI_CONFIRMED:
        status = ConsentStatus.GRANTED if state.status is ConsentStatus.PENDING else state.status
        return replace(state, status=status, doi_confirmed_at=at, last_change_at=at)
    if kind is ConsentEventKind.WITHDRAWN:
        return replace(state, status=ConsentStatus.WITHDRAWN, withdrawn_at=at, last_change_at=at)
    raise ValueError(f"unknown consent event kind {kind!r}")


def _declared(event: LedgerEvent) -> dict[str, Any]:
    """The evidence of a new declaration replaces that of the previous one (one replace() with the
    event's own changes: imports apply tens of thousands of events)."""
    return {
        "capture_method": event.method,
        "source_id": event.source_id,
        "source_third_party": bool(event.source_third_party),
        "consent_text_id": event.consent_text_id,
        "proof_ref": event.proof_ref,
        "attachment_id": event.attachment_id,
        "import_batch_id": event.import_batch_id,
        "recorded_by": event.recorded_by,
        "recorded_at": event.recorded_at,
        "last_change_at": event.occurred_at,
    }


# --- checks: does a new event fit the history? --------------------------------------------------------


def check_time(when: datetime, now: datetime) -> LedgerProblem | None:
    return LedgerProblem.IN_FUTURE if when > now + MAX_CLOCK_SKEW else None


def _after_last_change(state: ConsentState | None, when: datetime) -> LedgerProblem | None:
    # Lifecycle events are recorded in time order, so replaying in recording order is replaying in time.
    if state is not None and when < state.last_change_at:
        return LedgerProblem.BEFORE_LAST_CHANGE
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class GrantCheck:
    """What a grant or renewal claims, with the customer facts it is checked against."""

    captured_at: datetime
    legal_basis: LegalBasis
    channel: Channel
    customer_kind: CustomerKind
    birth_date: date | None
    parental_consent: bool
    doi_requested_at: datetime | None = None
    doi_confirmed_at: datetime | None = None
    valid_until: date | None = None


def check_grant(
    state: ConsentState | None, grant: GrantCheck, now: datetime, *, renewal: bool = False
) -> LedgerProblem | None:
    """The first reason a grant (or, with `renewal`, a renewal of a given consent) is inconsistent."""
    if grant.legal_basis not in RECORDABLE_BASES:
        return LedgerProblem.BASIS_NOT_RECORDABLE
    if grant.legal_basis is LegalBasis.PRESUMED_CONSENT and (
        grant.customer_kind is not CustomerKind.BUSINESS or grant.channel is not Channel.PHONE
    ):
        return LedgerProblem.PRESUMED_ONLY_BUSINESS_PHONE
    for when in (grant.captured_at, grant.doi_requested_at, grant.doi_confirmed_at):
        if when is not None and check_time(when, now):
            return LedgerProblem.IN_FUTURE
    if not renewal and state is not None and state.status in _GIVEN:
        return LedgerProblem.ALREADY_GIVEN
    problem = _after_last_change(state, grant.captured_at)
    if problem:
        return problem
    if grant.doi_requested_at is not None and grant.doi_requested_at < grant.captured_at:
        return LedgerProblem.DOI_REQUEST_BEFORE_CONSENT
    if grant.doi_confirmed_at is not None:
        if grant.doi_confirmed_at < grant.captured_at:
            return LedgerProblem.DOI_CONFIRMED_BEFORE_CONSENT
        if grant.doi_requested_at is not None and grant.doi_confirmed_at < grant.doi_requested_at:
            return LedgerProblem.DOI_CONFIRMED_BEFORE_REQUEST
    if grant.valid_until is not None and grant.valid_until < utc_day(grant.captured_at):
        return LedgerProblem.VALID_UNTIL_BEFORE_CAPTURE
    # Art. 8(1) GDPR: the age at capture counts (on its UTC day, as the rules engine counts it).
    minor = grant.birth_date is not None and age_on(grant.birth_date, utc_day(grant.captured_at)) < MIN_AGE
    if minor and not grant.parental_consent:
        return LedgerProblem.MINOR_WITHOUT_PARENTAL_CONSENT
    return None


def check_doi_confirmation(state: ConsentState, when: datetime, now: datetime) -> LedgerProblem | None:
    if state.status is not ConsentStatus.PENDING:
        return LedgerProblem.NOT_PENDING
    if check_time(when, now):
        return LedgerProblem.IN_FUTURE
    if state.granted_at is not None and when < state.granted_at:
        return LedgerProblem.DOI_CONFIRMED_BEFORE_CONSENT
    if state.doi_requested_at is not None and when < state.doi_requested_at:
        return LedgerProblem.DOI_CONFIRMED_BEFORE_REQUEST
    return _after_last_change(state, when)


def check_withdrawal(state: ConsentState, when: datetime, now: datetime) -> LedgerProblem | None:
    if state.status not in _GIVEN:
        return LedgerProblem.NOT_GIVEN
    if check_time(when, now):
        return LedgerProblem.IN_FUTURE
    if state.granted_at is not None and when < state.granted_at:
        return LedgerProblem.WITHDRAWAL_BEFORE_GRANT
    return _after_last_change(state, when)


def check_refusal(state: ConsentState | None, when: datetime, now: datetime) -> LedgerProblem | None:
    """A "no" to a consent that is currently given is a withdrawal, not a refusal."""
    if state is not None and state.status in _GIVEN:
        return LedgerProblem.GIVEN_USE_WITHDRAWAL
    if check_time(when, now):
        return LedgerProblem.IN_FUTURE
    return _after_last_change(state, when)
