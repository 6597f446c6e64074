"""The inputs of the rules engine: a purpose's policy and the facts about one customer and consent.

Why plain frozen dataclasses rather than the ORM rows: the same decision must come out of the app, the
CLI, the tests and (mirrored) the SQL used for big lists. Spelling out exactly which facts the engine
reads keeps it free of I/O, makes every input visible in a test, and tells the SQL mirror which columns
it has to reproduce. Timestamps should be timezone-aware (the database layer hands out aware UTC); a
naive one is read as UTC.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from desktop_app.domain.enums import (
    Channel,
    ConsentStatus,
    CustomerKind,
    CustomerStatus,
    FreshnessMode,
    LegalBasis,
    SuppressionReason,
)


@dataclass(frozen=True, slots=True)
class ChannelPolicy:
    """Which legal bases a purpose accepts over one channel (LEGAL.md, UWG §7).

    The allow_* flags only open a door the law has; the engine ignores a flag on a channel where the
    law has no such basis (e.g. existing-customer on SMS, presumed consent on e-mail).
    """

    channel: Channel
    enabled: bool = True
    allow_consent: bool = True
    allow_existing_customer: bool = False  # UWG §7(3): e-mail only
    allow_presumed_b2b: bool = False  # UWG §7(2) Nr. 1: phone, businesses only
    allow_legitimate_interest: bool = False  # Art. 6(1)(f) GDPR: addressed post only
    require_doi: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PurposePolicy:
    """A purpose as the engine sees it. freshness_months=None means consents never go stale
    (the BGH view, III ZR 196/17); the default 24 follows the lower courts' practice."""

    code: str
    channels: Mapping[Channel, ChannelPolicy]
    is_profiling: bool = False
    freshness_months: int | None = 24
    freshness_mode: FreshnessMode = FreshnessMode.WARN

    def __post_init__(self) -> None:
        for channel, policy in self.channels.items():
            if policy.channel is not channel:
                raise ValueError(f"policy for {policy.channel} filed under {channel}")
        if self.freshness_months is not None and self.freshness_months < 1:
            raise ValueError("freshness_months must be at least 1, or None for no limit")
        # A read-only copy: a policy shared between threads and decisions must not change under them.
        object.__setattr__(self, "channels", MappingProxyType(dict(self.channels)))

    @classmethod
    def of(
        cls,
        code: str,
        policies: Iterable[ChannelPolicy],
        *,
        is_profiling: bool = False,
        freshness_months: int | None = 24,
        freshness_mode: FreshnessMode = FreshnessMode.WARN,
    ) -> PurposePolicy:
        """Build from a list of channel policies, as they come out of the database."""
        return cls(
            code=code,
            channels={p.channel: p for p in policies},
            is_profiling=is_profiling,
            freshness_months=freshness_months,
            freshness_mode=freshness_mode,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ConsentFacts:
    """The current state of one consent row (customer × purpose × channel).

    legal_basis is CONSENT for an express consent or PRESUMED_CONSENT for a recorded B2B phone
    justification. names_business and parental_consent default to False so that a missing fact never
    makes a consent look better than its evidence.
    """

    id: int | None = None
    status: ConsentStatus
    legal_basis: LegalBasis = LegalBasis.CONSENT
    granted_at: datetime | None = None
    doi_confirmed_at: datetime | None = None
    withdrawn_at: datetime | None = None
    refused_at: datetime | None = None
    valid_until: date | None = None
    last_used_at: datetime | None = None
    names_business: bool = False
    source_third_party: bool = False
    parental_consent: bool = False
    recorded_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class SuppressionFacts:
    """A do-not-contact entry already matched to the customer (by id or keyed hash); None = all channels."""

    reason: SuppressionReason
    channel: Channel | None = None
    effective_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class CustomerFacts:
    kind: CustomerKind = CustomerKind.CONSUMER
    status: CustomerStatus = CustomerStatus.ACTIVE
    has_email: bool = False
    has_phone: bool = False  # landline or mobile: something that can be called
    has_mobile: bool = False  # SMS-capable
    has_postal_address: bool = False  # street, postcode and city all present
    birth_date: date | None = None
    is_existing_customer: bool = False
    address_from_sale: bool = False
    informed_right_to_object: bool = False
    suppressions: Sequence[SuppressionFacts] = ()

    def __post_init__(self) -> None:
        # Frozen all the way down, so a decision can be replayed from the very same facts.
        object.__setattr__(self, "suppressions", tuple(self.suppressions))
