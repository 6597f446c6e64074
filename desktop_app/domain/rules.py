"""The contactability rules: may this customer be contacted for this purpose over this channel on a date?

Why it looks like this:
- It is the single Python statement of LEGAL.md. Campaign exports, the "why / why not" panel and the
  Art. 15 report all call `decide`, and the SQL used for big lists is tested against it, so it must be
  pure and deterministic: no clock, no I/O, every fact passed in.
- It never stops at the first "no": the trace lists every hard block and every basis that was tried,
  because staff need to see all that is wrong. The first reason is the decisive one: for a "no" the first
  block in LEGAL.md's evaluation order, for a "yes" the legal basis relied on.
- Dates: `on` is a calendar date and a timestamp counts on its calendar date in UTC (the database stores
  UTC and the SQL mirror compares `date(column)`); "on the day" is inclusive both ways, so a withdrawal
  takes effect on its own date and a consent granted that day already counts.
- Where facts are missing or ambiguous the least permissive reading wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.dates import add_months, age_on, is_later, utc_day
from desktop_app.domain.enums import (
    Channel,
    ConsentStatus,
    CustomerKind,
    CustomerStatus,
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
from desktop_app.domain.reasons import Reason, ReasonCode, Severity, reason

__all__ = ["MIN_AGE", "RULES_VERSION", "Decision", "add_months", "age_on", "decide", "is_stale"]

# Printed on every export: a list is only reproducible together with the rules that made it.
RULES_VERSION = "2026.1"
# Art. 8(1) GDPR lets member states choose 13-16; Germany kept 16.
MIN_AGE = 16

_C = ReasonCode

# Suppressions other than objections, in the order their reasons are reported.
_SUPPRESSION_CODES: tuple[tuple[SuppressionReason, ReasonCode], ...] = (
    (SuppressionReason.REFUSAL, _C.CHANNEL_REFUSED),
    (SuppressionReason.ERASURE, _C.SUPPRESSED_ERASURE),
    (SuppressionReason.ROBINSON, _C.SUPPRESSED_ROBINSON),
    (SuppressionReason.BOUNCE, _C.SUPPRESSED_BOUNCE),
)


@dataclass(frozen=True, slots=True)
class Decision:
    """The answer and its trace. Invariants: contactable ⇔ basis is set ⇔ reasons[0] is OK-severity;
    consent_id is set exactly when the basis rests on a consent row (consent or presumed consent)."""

    contactable: bool
    basis: LegalBasis | None
    consent_id: int | None
    reasons: tuple[Reason, ...]
    rules_version: str = RULES_VERSION

    @property
    def decisive(self) -> Reason:
        return self.reasons[0]

    @property
    def codes(self) -> tuple[ReasonCode, ...]:
        return tuple(r.code for r in self.reasons)

    @property
    def warnings(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if r.severity is Severity.WARN)

    @property
    def has_warnings(self) -> bool:
        return any(r.severity is Severity.WARN for r in self.reasons)

    def texts(self, lang: str) -> tuple[str, ...]:
        return tuple(r.text(lang) for r in self.reasons)


def decide(
    customer: CustomerFacts,
    purpose: PurposePolicy,
    channel: Channel,
    consent: ConsentFacts | None,
    on: date,
) -> Decision:
    """Decide for one customer, purpose and channel on a date.

    `consent` is the customer's consent row for exactly this purpose and channel (or None); the caller
    has already matched the customer's suppressions by id or keyed hash.
    """
    objection_at = _latest_objection(customer.suppressions, channel, on)
    # An objection can only give way to the person's own later, explicit consent for exactly this
    # purpose and channel; whether that consent holds is only known after the full evaluation below.
    lifting = objection_at is not None and _may_lift_objection(consent, objection_at)

    blocks: list[Reason] = []
    if objection_at is not None and not lifting:
        blocks.append(reason(_C.OBJECTION))
    if consent is not None and _withdrawn(consent, on):
        blocks.append(reason(_C.CONSENT_WITHDRAWN))
    blocks.extend(_suppression_blocks(customer.suppressions, channel, on))
    if customer.status is CustomerStatus.ERASED:
        blocks.append(reason(_C.CUSTOMER_ERASED))
    elif customer.status is CustomerStatus.RESTRICTED:
        blocks.append(reason(_C.CUSTOMER_RESTRICTED))
    if consent is not None and consent.status is ConsentStatus.REFUSED:
        blocks.append(reason(_C.CONSENT_REFUSED))
    policy = purpose.channels.get(channel)
    if policy is None or not policy.enabled:
        blocks.append(reason(_C.CHANNEL_NOT_ALLOWED_FOR_PURPOSE))
    if not _has_contact_point(customer, channel):
        blocks.append(reason(_C.NO_CONTACT_POINT))

    success, failures = (
        _evaluate_bases(customer, purpose, policy, channel, consent, on, consent_only=lifting)
        if policy is not None and policy.enabled
        else (None, [])
    )
    if lifting and (blocks or success is None):
        blocks.insert(0, reason(_C.OBJECTION))
    if blocks or success is None:
        # A basis that would have worked is not listed: it is not why the answer is "no".
        return _refuse(blocks if success is not None else blocks + failures)
    reasons = list(success.reasons)
    if lifting:
        reasons.append(reason(_C.OBJECTION_LIFTED_BY_CONSENT))
    return Decision(True, success.basis, success.consent_id, tuple(reasons))


def _refuse(reasons: list[Reason]) -> Decision:
    seen: set[ReasonCode] = set()
    unique = []
    for r in reasons:
        if r.code not in seen:
            seen.add(r.code)
            unique.append(r)
    assert unique and unique[0].severity is Severity.BLOCK, "a refusal must start with a blocking reason"
    return Decision(False, None, None, tuple(unique))


# --- hard blocks ------------------------------------------------------------------------------------


def _applies(s: SuppressionFacts, channel: Channel, on: date) -> bool:
    return (s.channel is None or s.channel is channel) and utc_day(s.effective_at) <= on


def _latest_objection(
    suppressions: Sequence[SuppressionFacts], channel: Channel, on: date
) -> datetime | None:
    latest: datetime | None = None
    for s in suppressions:
        if s.reason is SuppressionReason.OBJECTION and _applies(s, channel, on):
            if latest is None or is_later(s.effective_at, latest):
                latest = s.effective_at
    return latest


def _may_lift_objection(consent: ConsentFacts | None, objection_at: datetime) -> bool:
    return (
        consent is not None
        and consent.legal_basis is LegalBasis.CONSENT
        and consent.granted_at is not None
        and is_later(consent.granted_at, objection_at)
        and is_later(consent.recorded_at, objection_at)
    )


def _withdrawn(consent: ConsentFacts, on: date) -> bool:
    """Withdrawn by `on`. An undated withdrawal counts from forever (least permissive); a withdrawal
    followed by a fresh grant (granted_at after withdrawn_at, status no longer withdrawn) is superseded."""
    if consent.withdrawn_at is None:
        return consent.status is ConsentStatus.WITHDRAWN
    if utc_day(consent.withdrawn_at) > on:
        return False
    regranted = (
        consent.status in (ConsentStatus.GRANTED, ConsentStatus.PENDING)
        and consent.granted_at is not None
        and is_later(consent.granted_at, consent.withdrawn_at)
    )
    return not regranted


def _suppression_blocks(suppressions: Sequence[SuppressionFacts], channel: Channel, on: date) -> list[Reason]:
    present = {s.reason for s in suppressions if _applies(s, channel, on)}
    return [reason(code) for kind, code in _SUPPRESSION_CODES if kind in present]


def _has_contact_point(customer: CustomerFacts, channel: Channel) -> bool:
    if channel is Channel.EMAIL:
        return customer.has_email
    if channel is Channel.PHONE:
        return customer.has_phone
    if channel is Channel.SMS:
        return customer.has_mobile
    return customer.has_postal_address


# --- legal bases ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Outcome:
    basis: LegalBasis
    ok: bool
    reasons: tuple[Reason, ...]  # success: basis reason, then warnings, then info; failure: blocks
    consent_id: int | None = None


def _candidates(
    customer: CustomerFacts,
    policy: ChannelPolicy,
    channel: Channel,
    consent: ConsentFacts | None,
    consent_only: bool,
) -> list[LegalBasis]:
    """The bases to try, in the order LEGAL.md prefers them; a flag on the wrong channel is ignored."""
    consent_basis = [LegalBasis.CONSENT] if policy.allow_consent else []
    if consent_only:
        return consent_basis
    if channel is Channel.EMAIL:
        return consent_basis + ([LegalBasis.EXISTING_CUSTOMER] if policy.allow_existing_customer else [])
    if channel is Channel.POST:
        return ([LegalBasis.LEGITIMATE_INTEREST] if policy.allow_legitimate_interest else []) + consent_basis
    if channel is Channel.PHONE and customer.kind is CustomerKind.BUSINESS and policy.allow_presumed_b2b:
        presumed_row = consent is not None and consent.legal_basis is LegalBasis.PRESUMED_CONSENT
        # One row per purpose × channel: it is either an express consent or a presumed one.
        if presumed_row or not policy.allow_consent:
            return [LegalBasis.PRESUMED_CONSENT]
    return consent_basis


def _evaluate_bases(
    customer: CustomerFacts,
    purpose: PurposePolicy,
    policy: ChannelPolicy,
    channel: Channel,
    consent: ConsentFacts | None,
    on: date,
    *,
    consent_only: bool,
) -> tuple[_Outcome | None, list[Reason]]:
    """The first basis that holds, or None and why each one failed (in the order they were tried)."""
    candidates = _candidates(customer, policy, channel, consent, consent_only)
    if not candidates:
        return None, [reason(_C.NO_ALLOWED_BASIS)]
    failures: list[Reason] = []
    for basis in candidates:
        if basis is LegalBasis.CONSENT:
            outcome = _try_consent(customer, purpose, policy, channel, consent, on)
        elif basis is LegalBasis.PRESUMED_CONSENT:
            outcome = _try_presumed(customer, purpose, consent, on)
        elif basis is LegalBasis.EXISTING_CUSTOMER:
            outcome = _try_existing_customer(customer, on)
        else:
            outcome = _try_legitimate_interest(customer, on)
        if outcome.ok:
            return outcome, []
        failures.extend(outcome.reasons)
    return None, failures


def _try_consent(
    customer: CustomerFacts,
    purpose: PurposePolicy,
    policy: ChannelPolicy,
    channel: Channel,
    consent: ConsentFacts | None,
    on: date,
) -> _Outcome:
    if consent is None:
        return _Outcome(LegalBasis.CONSENT, False, (reason(_C.NO_CONSENT),))
    blocks: list[Reason] = []
    # Age counts when the consent was given: a consent given at 15 does not heal on the 16th birthday.
    captured = None if consent.granted_at is None else utc_day(consent.granted_at)
    if (
        captured is not None
        and not consent.parental_consent
        and _under_min_age(customer.birth_date, captured)
    ):
        blocks.append(reason(_C.MINOR_AT_CAPTURE))
    if consent.legal_basis is not LegalBasis.CONSENT:
        consumer_phone = channel is Channel.PHONE and customer.kind is CustomerKind.CONSUMER
        if consent.legal_basis is LegalBasis.PRESUMED_CONSENT and consumer_phone:
            blocks.append(reason(_C.PRESUMED_CONSENT_CONSUMER))
        else:
            blocks.append(reason(_C.CONSENT_NOT_EXPRESS))
        return _Outcome(LegalBasis.CONSENT, False, tuple(blocks))
    row_blocks, warnings = _row_problems(
        consent, purpose, on, require_doi=policy.require_doi, third_party=True
    )
    blocks.extend(row_blocks)
    if blocks:
        return _Outcome(LegalBasis.CONSENT, False, tuple(blocks))
    return _Outcome(LegalBasis.CONSENT, True, (reason(_C.CONSENT_VALID), *warnings), consent.id)


def _try_presumed(
    customer: CustomerFacts, purpose: PurposePolicy, consent: ConsentFacts | None, on: date
) -> _Outcome:
    """A recorded B2B justification: the row's time window applies, DOI and third-party naming don't
    (it is the business's own assessment, not a declaration by the other side)."""
    blocks = _minor_blocks(customer, on)
    if consent is None:
        return _Outcome(LegalBasis.PRESUMED_CONSENT, False, (*blocks, reason(_C.NO_CONSENT)))
    row_blocks, warnings = _row_problems(consent, purpose, on, require_doi=False, third_party=False)
    blocks.extend(row_blocks)
    if blocks:
        return _Outcome(LegalBasis.PRESUMED_CONSENT, False, tuple(blocks))
    return _Outcome(
        LegalBasis.PRESUMED_CONSENT, True, (reason(_C.PRESUMED_CONSENT_B2B), *warnings), consent.id
    )


def _try_existing_customer(customer: CustomerFacts, on: date) -> _Outcome:
    """UWG §7(3); condition (2) "own similar goods" is the purpose's (allow_existing_customer) and
    condition (3) "no objection" was checked as a hard block."""
    blocks = _minor_blocks(customer, on)
    if not customer.is_existing_customer:
        blocks.append(reason(_C.EXISTING_CUSTOMER_NO_SALE))
    if not customer.address_from_sale:
        blocks.append(reason(_C.EXISTING_CUSTOMER_ADDRESS_NOT_FROM_SALE))
    if not customer.informed_right_to_object:
        blocks.append(reason(_C.EXISTING_CUSTOMER_NOT_INFORMED))
    if blocks:
        return _Outcome(LegalBasis.EXISTING_CUSTOMER, False, tuple(blocks))
    return _Outcome(
        LegalBasis.EXISTING_CUSTOMER,
        True,
        (reason(_C.EXISTING_CUSTOMER_7_3), reason(_C.OBJECTION_NOTICE_REQUIRED)),
    )


def _try_legitimate_interest(customer: CustomerFacts, on: date) -> _Outcome:
    blocks = _minor_blocks(customer, on)
    if blocks:
        return _Outcome(LegalBasis.LEGITIMATE_INTEREST, False, tuple(blocks))
    return _Outcome(
        LegalBasis.LEGITIMATE_INTEREST,
        True,
        (reason(_C.LEGITIMATE_INTEREST_POST), reason(_C.OBJECTION_NOTICE_REQUIRED)),
    )


def _minor_blocks(customer: CustomerFacts, on: date) -> list[Reason]:
    """Without a consent there is no parental declaration to lean on, so a child is not contacted."""
    return [reason(_C.MINOR)] if _under_min_age(customer.birth_date, on) else []


def _row_problems(
    consent: ConsentFacts, purpose: PurposePolicy, on: date, *, require_doi: bool, third_party: bool
) -> tuple[list[Reason], list[Reason]]:
    """Why a consent row does not hold on `on` (blocks), and what is doubtful about it (warnings).

    Withdrawal and refusal are hard blocks reported before; they add nothing here.
    """
    if consent.status is ConsentStatus.REFUSED or _withdrawn(consent, on):
        return [], []
    blocks: list[Reason] = []
    pending = consent.status is ConsentStatus.PENDING
    if pending:
        blocks.append(reason(_C.DOI_PENDING))
    if consent.granted_at is None:
        blocks.append(reason(_C.CONSENT_GRANT_DATE_MISSING))
    elif utc_day(consent.granted_at) > on:
        blocks.append(reason(_C.CONSENT_NOT_YET_GRANTED))
    if consent.valid_until is not None and on > consent.valid_until:
        blocks.append(reason(_C.CONSENT_EXPIRED))
    confirmed = consent.doi_confirmed_at
    if require_doi and not pending and (confirmed is None or utc_day(confirmed) > on):
        blocks.append(reason(_C.DOI_MISSING))
    if third_party and consent.source_third_party and not consent.names_business:
        blocks.append(reason(_C.THIRD_PARTY_NOT_NAMING_BUSINESS))
    warnings: list[Reason] = []
    if is_stale(consent, purpose, on):
        if purpose.freshness_mode is FreshnessMode.BLOCK:
            blocks.append(reason(_C.CONSENT_STALE, Severity.BLOCK))
        else:
            warnings.append(reason(_C.CONSENT_STALE, Severity.WARN))
    return blocks, warnings


# --- freshness and age ----------------------------------------------------------------------------


def is_stale(consent: ConsentFacts, purpose: PurposePolicy, on: date) -> bool:
    """Stale when more than freshness_months calendar months lie between the later of grant and last
    use and `on`. A use after `on` does not count, so a past date is judged as it stood then."""
    if purpose.freshness_months is None:
        return False
    refs = [
        utc_day(t) for t in (consent.granted_at, consent.last_used_at) if t is not None and utc_day(t) <= on
    ]
    return bool(refs) and on > add_months(max(refs), purpose.freshness_months)


def _under_min_age(birth_date: date | None, on: date) -> bool:
    # An unknown birth date is not treated as a minor: most records have none, and asking is the fix.
    return birth_date is not None and age_on(birth_date, on) < MIN_AGE
