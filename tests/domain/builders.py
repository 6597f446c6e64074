"""Terse builders for rules-engine facts, so a scenario reads as its legal sentence.

Why defaults that make everything pass (an adult consumer with every contact point, a fresh DOI-confirmed
consent): each scenario then changes only the one fact it is about.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from desktop_app.domain.catalog import DEFAULT_POLICIES
from desktop_app.domain.enums import (
    Channel,
    ConsentStatus,
    CustomerKind,
    FreshnessMode,
    LegalBasis,
    SuppressionReason,
)
from desktop_app.domain.policy import (
    ChannelPolicy,
    ConsentFacts,
    CustomerFacts,
    PurposePolicy,
    SuppressionFacts,
)

ON = date(2026, 3, 15)
EMAIL, SMS, PHONE, POST = Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.POST
CONSENT, EXISTING, PRESUMED, LI = (
    LegalBasis.CONSENT,
    LegalBasis.EXISTING_CUSTOMER,
    LegalBasis.PRESUMED_CONSENT,
    LegalBasis.LEGITIMATE_INTEREST,
)
NEWSLETTER, OFFERS, SURVEY = (DEFAULT_POLICIES[c] for c in ("newsletter", "offers", "survey"))
PROFILING, PERSONALISED, PARTNERS = (DEFAULT_POLICIES[c] for c in ("profiling", "personalised", "partners"))


def ts(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def person(**changes: object) -> CustomerFacts:
    base = CustomerFacts(
        kind=CustomerKind.CONSUMER,
        has_email=True,
        has_phone=True,
        has_mobile=True,
        has_postal_address=True,
        birth_date=date(1980, 5, 5),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def firm(**changes: object) -> CustomerFacts:
    return person(**{"kind": CustomerKind.BUSINESS, "birth_date": None, **changes})


def existing(**changes: object) -> CustomerFacts:
    flags = {"is_existing_customer": True, "address_from_sale": True, "informed_right_to_object": True}
    return person(**{**flags, **changes})


def sup(reason: SuppressionReason, at: str, channel: Channel | None = None) -> SuppressionFacts:
    return SuppressionFacts(reason=reason, channel=channel, effective_at=ts(at))


def suppressed(reason: SuppressionReason, at: str, channel: Channel | None = None) -> CustomerFacts:
    return person(suppressions=(sup(reason, at, channel),))


def objection(at: str, channel: Channel | None = None) -> tuple[SuppressionFacts, ...]:
    return (sup(SuppressionReason.OBJECTION, at, channel),)


def consent(**changes: object) -> ConsentFacts:
    base = ConsentFacts(
        id=1,
        status=ConsentStatus.GRANTED,
        granted_at=ts("2025-06-01T10:00"),
        doi_confirmed_at=ts("2025-06-01T10:30"),
        recorded_at=ts("2025-06-01T10:00"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def given(at: str, **changes: object) -> ConsentFacts:
    """A consent granted, double-opt-in confirmed and recorded at `at`."""
    return consent(**{"granted_at": ts(at), "doi_confirmed_at": ts(at), "recorded_at": ts(at), **changes})


def no_doi(**changes: object) -> ConsentFacts:
    return consent(**{"doi_confirmed_at": None, **changes})


def presumed(**changes: object) -> ConsentFacts:
    return no_doi(**{"legal_basis": LegalBasis.PRESUMED_CONSENT, **changes})


def withdrawn(at: str | None) -> ConsentFacts:
    return consent(status=ConsentStatus.WITHDRAWN, withdrawn_at=None if at is None else ts(at))


def policy(*channels: ChannelPolicy, mode: FreshnessMode = FreshnessMode.WARN) -> PurposePolicy:
    return PurposePolicy.of("custom", channels, freshness_mode=mode)


OBJECTED = objection("2025-08-01T12:00")
LATER = given("2025-09-01T10:00")  # granted and recorded after OBJECTED
OLD = "2023-06-01"  # more than 24 months before ON
MINOR_NOW = date(2011, 1, 10)  # 15 on ON
SIXTEEN_AT_CAPTURE = date(2009, 6, 1)  # 16 exactly on the default grant date 2025-06-01
FIFTEEN_AT_CAPTURE = date(2009, 9, 1)  # 15 at the default grant date, 16 on ON
OBJECTION, REFUSAL, ROBINSON, BOUNCE, ERASURE = (
    SuppressionReason.OBJECTION,
    SuppressionReason.REFUSAL,
    SuppressionReason.ROBINSON,
    SuppressionReason.BOUNCE,
    SuppressionReason.ERASURE,
)
