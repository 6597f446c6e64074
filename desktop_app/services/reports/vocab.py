"""The domain's fixed vocabularies as printed in reports, in the report's language.

The "Labels" texts are the GUI's own (desktop_app.vocabulary): the same English source in the same
context shares one translation, so screen and paper say the same. Texts only reports need are
in the "Reports" context.
"""

from __future__ import annotations

from desktop_app.domain.enums import (
    CaptureMethod,
    CustomerKind,
    CustomerStatus,
    LegalBasis,
    RequestKind,
    RequestStatus,
    SuppressionReason,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.reports.overview_counts import State
from desktop_app.services.reports.texts import ReportTexts
from desktop_app.vocabulary import (
    CAPTURE_METHODS,
    HISTORY_KINDS,
    LEGAL_BASES,
    REQUEST_KINDS,
    REQUEST_STATUSES,
)

_LABELS = "Labels"
# What a consent amounts to today (services.reports.overview_counts.State), as told to the customer.
_STATES = {
    State.VALID: QT_TRANSLATE_NOOP("Reports", "valid"),
    State.PENDING: QT_TRANSLATE_NOOP("Reports", "waiting for double opt-in confirmation"),
    State.WITHDRAWN: QT_TRANSLATE_NOOP("Reports", "withdrawn"),
    State.REFUSED: QT_TRANSLATE_NOOP("Reports", "refused"),
    State.STALE: QT_TRANSLATE_NOOP("Reports", "expired or unused for too long"),
    State.OBJECTED: QT_TRANSLATE_NOOP("Reports", "not used: you objected"),
}
NOT_IN_USE = QT_TRANSLATE_NOOP("Reports", "not used: we no longer use this purpose over this channel")
_KINDS = {
    CustomerKind.CONSUMER: QT_TRANSLATE_NOOP("Reports", "Private person (consumer)"),
    CustomerKind.BUSINESS: QT_TRANSLATE_NOOP("Reports", "Business"),
}
_STATUSES = {
    CustomerStatus.ACTIVE: QT_TRANSLATE_NOOP("Reports", "active"),
    CustomerStatus.RESTRICTED: QT_TRANSLATE_NOOP("Reports", "processing restricted (Art. 18 GDPR)"),
    CustomerStatus.ERASED: QT_TRANSLATE_NOOP("Reports", "erased (Art. 17 GDPR)"),
}
_SUPPRESSIONS = {
    SuppressionReason.OBJECTION: QT_TRANSLATE_NOOP("Reports", "Objection to direct marketing (Art. 21 GDPR)"),
    SuppressionReason.REFUSAL: QT_TRANSLATE_NOOP("Reports", "No contact wanted over this channel"),
    SuppressionReason.ERASURE: QT_TRANSLATE_NOOP("Reports", "Erasure: do not contact again"),
    SuppressionReason.BOUNCE: QT_TRANSLATE_NOOP("Reports", "Address undeliverable"),
    SuppressionReason.ROBINSON: QT_TRANSLATE_NOOP("Reports", "Robinson list (advertising opt-out list)"),
}


def method(t: ReportTexts, value: str | None) -> str:
    return t.in_context(_LABELS, CAPTURE_METHODS[CaptureMethod(value)]) if value else ""


def legal_basis(t: ReportTexts, value: LegalBasis | str | None) -> str:
    return t.in_context(_LABELS, LEGAL_BASES[LegalBasis(value)]) if value else ""


def event(t: ReportTexts, kind: str) -> str:
    text = HISTORY_KINDS.get(kind)  # type: ignore[call-overload]  # StrEnum keys compare equal to their values
    return t.in_context(_LABELS, text) if text else kind


def request_kind(t: ReportTexts, kind: RequestKind) -> str:
    return t.in_context(_LABELS, REQUEST_KINDS[kind])


def request_status(t: ReportTexts, status: RequestStatus) -> str:
    return t.in_context(_LABELS, REQUEST_STATUSES[status])


def state(t: ReportTexts, value: State) -> str:
    return t(_STATES[value])


def customer_kind(t: ReportTexts, kind: CustomerKind) -> str:
    return t(_KINDS[kind])


def customer_status(t: ReportTexts, status: CustomerStatus) -> str:
    return t(_STATUSES[status])


def suppression(t: ReportTexts, reason: SuppressionReason) -> str:
    return t(_SUPPRESSIONS[reason])


def all_channels(t: ReportTexts) -> str:
    return t.in_context(_LABELS, QT_TRANSLATE_NOOP("Labels", "all channels"))
