"""Named legal scenarios for the rules engine: one row per rule or interplay of rules in LEGAL.md.

Why a table: each row is a sentence a lawyer can check ("an objection beats a consent given before it"),
and a failing id says which legal statement broke. Dates are fixed around 15 March 2026 so that the
day-boundaries (on the day, the day before) are visible in the rows themselves.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from _pytest.mark import ParameterSet

from desktop_app.domain.enums import Channel, ConsentStatus, CustomerStatus, FreshnessMode, LegalBasis
from desktop_app.domain.policy import ChannelPolicy, ConsentFacts, CustomerFacts, PurposePolicy
from desktop_app.domain.reasons import ReasonCode as R
from desktop_app.domain.reasons import Severity
from desktop_app.domain.rules import RULES_VERSION, decide
from tests.domain.builders import (
    BOUNCE,
    CONSENT,
    EMAIL,
    ERASURE,
    EXISTING,
    FIFTEEN_AT_CAPTURE,
    LATER,
    LI,
    MINOR_NOW,
    NEWSLETTER,
    OBJECTED,
    OFFERS,
    OLD,
    ON,
    PARTNERS,
    PERSONALISED,
    PHONE,
    POST,
    PRESUMED,
    PROFILING,
    REFUSAL,
    ROBINSON,
    SIXTEEN_AT_CAPTURE,
    SMS,
    SURVEY,
    consent,
    existing,
    firm,
    given,
    no_doi,
    objection,
    person,
    policy,
    presumed,
    suppressed,
    ts,
    withdrawn,
)

Expect = tuple[bool, LegalBasis | None, R, tuple[R, ...]]


def yes(basis: LegalBasis, first: R, *also: R) -> Expect:
    return True, basis, first, also


def no(first: R, *also: R) -> Expect:
    return False, None, first, also


def case(
    case_id: str,
    customer: CustomerFacts,
    purpose: PurposePolicy,
    channel: Channel,
    row: ConsentFacts | None,
    expect: Expect,
    on: date = ON,
) -> ParameterSet:
    return pytest.param(customer, purpose, channel, row, on, *expect, id=case_id)


# fmt: off
SCENARIOS = [
    # --- the plain bases ---
    case("consent_valid_email", person(), NEWSLETTER, EMAIL, consent(), yes(CONSENT, R.CONSENT_VALID)),
    case("no_consent_email", person(), NEWSLETTER, EMAIL, None, no(R.NO_CONSENT)),
    case("sms_consent_without_doi", person(), NEWSLETTER, SMS, no_doi(), yes(CONSENT, R.CONSENT_VALID)),
    case("consumer_phone_express_consent", person(), OFFERS, PHONE, no_doi(), yes(CONSENT, R.CONSENT_VALID)),
    case("post_legitimate_interest", person(), NEWSLETTER, POST, None,
         yes(LI, R.LEGITIMATE_INTEREST_POST, R.OBJECTION_NOTICE_REQUIRED)),
    case("post_li_preferred_over_consent", person(), NEWSLETTER, POST, consent(),
         yes(LI, R.LEGITIMATE_INTEREST_POST)),
    # --- objection (Art. 21(3) GDPR) ---
    case("objection_beats_consent", person(suppressions=OBJECTED), NEWSLETTER, EMAIL, consent(),
         no(R.OBJECTION)),
    case("objection_beats_existing_customer_7_3", existing(suppressions=OBJECTED), OFFERS, EMAIL, None,
         no(R.OBJECTION)),
    case("objection_beats_post_li", person(suppressions=OBJECTED), NEWSLETTER, POST, None, no(R.OBJECTION)),
    case("objection_beats_b2b_presumed", firm(suppressions=OBJECTED), OFFERS, PHONE, presumed(),
         no(R.OBJECTION)),
    case("objection_survives_later_purchase", existing(suppressions=objection("2023-01-10")), OFFERS, EMAIL,
         None, no(R.OBJECTION)),
    case("objection_lifted_by_later_consent", person(suppressions=OBJECTED), NEWSLETTER, EMAIL, LATER,
         yes(CONSENT, R.CONSENT_VALID, R.OBJECTION_LIFTED_BY_CONSENT)),
    case("objection_lifted_only_consent_basis_on_post", person(suppressions=OBJECTED), NEWSLETTER, POST,
         LATER, yes(CONSENT, R.CONSENT_VALID, R.OBJECTION_LIFTED_BY_CONSENT)),
    case("objection_lifted_no_7_3_fallback", existing(suppressions=OBJECTED), OFFERS, EMAIL,
         replace(LATER, doi_confirmed_at=None), no(R.OBJECTION, R.DOI_MISSING)),
    case("objection_not_lifted_for_other_channel", person(suppressions=OBJECTED), NEWSLETTER, POST, None,
         no(R.OBJECTION)),
    case("objection_consent_recorded_before_doesnt_lift", person(suppressions=OBJECTED), NEWSLETTER, EMAIL,
         consent(), no(R.OBJECTION)),
    case("objection_backdated_consent_doesnt_lift", person(suppressions=OBJECTED), NEWSLETTER, EMAIL,
         replace(LATER, granted_at=ts("2025-07-01")), no(R.OBJECTION)),
    case("objection_later_consent_pending_doesnt_lift", person(suppressions=OBJECTED), NEWSLETTER, EMAIL,
         replace(LATER, status=ConsentStatus.PENDING, doi_confirmed_at=None), no(R.OBJECTION, R.DOI_PENDING)),
    case("objection_later_presumed_row_doesnt_lift", firm(suppressions=OBJECTED), OFFERS, PHONE,
         replace(LATER, legal_basis=LegalBasis.PRESUMED_CONSENT), no(R.OBJECTION)),
    case("objection_other_channel_only", person(suppressions=objection("2025-08-01", PHONE)), NEWSLETTER,
         EMAIL, consent(), yes(CONSENT, R.CONSENT_VALID)),
    case("objection_effective_on_the_day", person(suppressions=objection("2026-03-15T23:00")), NEWSLETTER,
         POST, None, no(R.OBJECTION)),
    case("objection_effective_next_day_not_yet", person(suppressions=objection("2026-03-16T00:30")),
         NEWSLETTER, POST, None, yes(LI, R.LEGITIMATE_INTEREST_POST)),
    case("objection_first_even_when_erased", person(status=CustomerStatus.ERASED, suppressions=OBJECTED),
         NEWSLETTER, EMAIL, consent(), no(R.OBJECTION, R.CUSTOMER_ERASED)),
    # --- withdrawal (Art. 7(3) GDPR) ---
    case("withdrawn_on_the_day", person(), NEWSLETTER, EMAIL, withdrawn("2026-03-15T08:00"),
         no(R.CONSENT_WITHDRAWN)),
    case("withdrawn_day_before_still_ok", person(), NEWSLETTER, EMAIL, withdrawn("2026-03-15T08:00"),
         yes(CONSENT, R.CONSENT_VALID), on=date(2026, 3, 14)),
    case("withdrawn_without_date", person(), NEWSLETTER, EMAIL, withdrawn(None), no(R.CONSENT_WITHDRAWN)),
    case("withdrawn_blocks_post_li", person(), NEWSLETTER, POST, withdrawn("2025-12-01"),
         no(R.CONSENT_WITHDRAWN)),
    case("withdrawn_blocks_existing_customer", existing(), OFFERS, EMAIL, withdrawn("2025-12-01"),
         no(R.CONSENT_WITHDRAWN)),
    case("regranted_after_withdrawal", person(), NEWSLETTER, EMAIL,
         given("2025-10-01", withdrawn_at=ts("2025-09-01")), yes(CONSENT, R.CONSENT_VALID)),
    case("withdrawal_before_channel_refusal", suppressed(REFUSAL, "2025-01-01"), NEWSLETTER, EMAIL,
         withdrawn("2025-12-01"), no(R.CONSENT_WITHDRAWN, R.CHANNEL_REFUSED)),
    case("withdrawal_counts_on_its_utc_date", person(), NEWSLETTER, EMAIL,
         withdrawn("2026-03-16T00:30+02:00"), no(R.CONSENT_WITHDRAWN)),
    # --- suppressions, customer status, refusal ---
    case("channel_refused_keine_briefwerbung", suppressed(REFUSAL, "2025-01-01", POST), NEWSLETTER, POST,
         None, no(R.CHANNEL_REFUSED)),
    case("channel_refusal_other_channel_irrelevant", suppressed(REFUSAL, "2025-01-01", PHONE), NEWSLETTER,
         EMAIL, consent(), yes(CONSENT, R.CONSENT_VALID)),
    case("robinson_list", suppressed(ROBINSON, "2024-01-01", POST), NEWSLETTER, POST, None,
         no(R.SUPPRESSED_ROBINSON)),
    case("bounce", suppressed(BOUNCE, "2026-01-01", EMAIL), NEWSLETTER, EMAIL, consent(),
         no(R.SUPPRESSED_BOUNCE)),
    case("erased_person_reappears", suppressed(ERASURE, "2024-01-01"), NEWSLETTER, EMAIL, consent(),
         no(R.SUPPRESSED_ERASURE)),
    case("customer_erased", person(status=CustomerStatus.ERASED), NEWSLETTER, POST, None,
         no(R.CUSTOMER_ERASED)),
    case("customer_restricted", person(status=CustomerStatus.RESTRICTED), NEWSLETTER, EMAIL, consent(),
         no(R.CUSTOMER_RESTRICTED)),
    case("consent_refused", person(), NEWSLETTER, EMAIL,
         consent(status=ConsentStatus.REFUSED, refused_at=ts("2025-06-01")), no(R.CONSENT_REFUSED)),
    case("refusal_blocks_post_li", person(), NEWSLETTER, POST, consent(status=ConsentStatus.REFUSED),
         no(R.CONSENT_REFUSED)),
    # --- policy and contact points ---
    case("channel_disabled_in_policy", person(), policy(ChannelPolicy(SMS, enabled=False)), SMS, consent(),
         no(R.CHANNEL_NOT_ALLOWED_FOR_PURPOSE)),
    case("channel_missing_in_policy", person(), policy(ChannelPolicy(EMAIL)), SMS, consent(),
         no(R.CHANNEL_NOT_ALLOWED_FOR_PURPOSE)),
    case("no_basis_allowed_by_policy", person(), policy(ChannelPolicy(SMS, allow_consent=False)), SMS,
         consent(), no(R.NO_ALLOWED_BASIS)),
    case("no_email_address", person(has_email=False), NEWSLETTER, EMAIL, consent(), no(R.NO_CONTACT_POINT)),
    case("sms_needs_mobile", person(has_mobile=False), NEWSLETTER, SMS, consent(), no(R.NO_CONTACT_POINT)),
    case("phone_needs_number", person(has_phone=False), OFFERS, PHONE, consent(), no(R.NO_CONTACT_POINT)),
    case("post_needs_postal_address", person(has_postal_address=False), NEWSLETTER, POST, None,
         no(R.NO_CONTACT_POINT)),
    # --- minors (Art. 8(1) GDPR, 16 in Germany) ---
    case("minor_at_capture_without_parental_consent", person(birth_date=MINOR_NOW), NEWSLETTER, EMAIL,
         consent(), no(R.MINOR_AT_CAPTURE)),
    case("minor_with_parental_consent", person(birth_date=MINOR_NOW), NEWSLETTER, EMAIL,
         consent(parental_consent=True), yes(CONSENT, R.CONSENT_VALID)),
    case("age_at_capture_counts_not_age_now", person(birth_date=FIFTEEN_AT_CAPTURE), NEWSLETTER, EMAIL,
         consent(), no(R.MINOR_AT_CAPTURE)),
    case("sixteenth_birthday_on_capture_day", person(birth_date=SIXTEEN_AT_CAPTURE), NEWSLETTER, EMAIL,
         consent(), yes(CONSENT, R.CONSENT_VALID)),
    case("minor_no_post_li", person(birth_date=MINOR_NOW), NEWSLETTER, POST, None, no(R.MINOR, R.NO_CONSENT)),
    case("minor_post_falls_back_to_parental_consent", person(birth_date=MINOR_NOW), NEWSLETTER, POST,
         no_doi(parental_consent=True), yes(CONSENT, R.CONSENT_VALID)),
    case("minor_at_capture_now_16_post_li", person(birth_date=FIFTEEN_AT_CAPTURE), NEWSLETTER, POST,
         consent(), yes(LI, R.LEGITIMATE_INTEREST_POST)),
    case("minor_no_existing_customer_7_3", existing(birth_date=MINOR_NOW), OFFERS, EMAIL, None,
         no(R.NO_CONSENT, R.MINOR)),
    # --- consent validity over time, and its evidence ---
    case("pending_doi", person(), NEWSLETTER, EMAIL, no_doi(status=ConsentStatus.PENDING), no(R.DOI_PENDING)),
    case("doi_never_confirmed", person(), NEWSLETTER, EMAIL, no_doi(), no(R.DOI_MISSING)),
    case("doi_confirmed_after_the_date", person(), NEWSLETTER, EMAIL,
         consent(doi_confirmed_at=ts("2026-03-16")), no(R.DOI_MISSING)),
    case("doi_confirmed_on_the_day", person(), NEWSLETTER, EMAIL,
         consent(doi_confirmed_at=ts("2026-03-15T22:00")), yes(CONSENT, R.CONSENT_VALID)),
    case("consent_granted_after_the_date", person(), NEWSLETTER, EMAIL, given("2026-03-16T09:00"),
         no(R.CONSENT_NOT_YET_GRANTED, R.DOI_MISSING)),
    case("consent_granted_on_the_day", person(), NEWSLETTER, EMAIL, given("2026-03-15T07:00"),
         yes(CONSENT, R.CONSENT_VALID)),
    case("consent_without_grant_date", person(), NEWSLETTER, EMAIL, consent(granted_at=None),
         no(R.CONSENT_GRANT_DATE_MISSING)),
    case("valid_until_passed", person(), NEWSLETTER, EMAIL, consent(valid_until=date(2026, 3, 14)),
         no(R.CONSENT_EXPIRED)),
    case("valid_until_is_the_day", person(), NEWSLETTER, EMAIL, consent(valid_until=ON),
         yes(CONSENT, R.CONSENT_VALID)),
    case("stale_warn_still_contactable", person(), NEWSLETTER, EMAIL, given(OLD),
         yes(CONSENT, R.CONSENT_VALID, R.CONSENT_STALE)),
    case("stale_block_partners", person(), PARTNERS, EMAIL, given(OLD), no(R.CONSENT_STALE)),
    case("last_use_refreshes_freshness", person(), PARTNERS, EMAIL, given(OLD, last_used_at=ts("2025-01-01")),
         yes(CONSENT, R.CONSENT_VALID)),
    case("use_after_the_date_does_not_refresh", person(), PARTNERS, EMAIL,
         given(OLD, last_used_at=ts("2026-04-01")), no(R.CONSENT_STALE)),
    case("exactly_24_months_is_fresh", person(), PARTNERS, EMAIL, given("2024-03-15"),
         yes(CONSENT, R.CONSENT_VALID)),
    case("24_months_and_a_day_is_stale", person(), PARTNERS, EMAIL, given("2024-03-14"), no(R.CONSENT_STALE)),
    case("third_party_not_naming_business", person(), PARTNERS, EMAIL, consent(source_third_party=True),
         no(R.THIRD_PARTY_NOT_NAMING_BUSINESS)),
    case("third_party_naming_business", person(), PARTNERS, EMAIL,
         consent(source_third_party=True, names_business=True), yes(CONSENT, R.CONSENT_VALID)),
    # --- existing customers (UWG §7(3)) ---
    case("existing_customer_all_conditions", existing(), OFFERS, EMAIL, None,
         yes(EXISTING, R.EXISTING_CUSTOMER_7_3, R.OBJECTION_NOTICE_REQUIRED)),
    case("existing_customer_no_sale", existing(is_existing_customer=False), OFFERS, EMAIL, None,
         no(R.NO_CONSENT, R.EXISTING_CUSTOMER_NO_SALE)),
    case("existing_customer_address_not_from_sale", existing(address_from_sale=False), OFFERS, EMAIL, None,
         no(R.NO_CONSENT, R.EXISTING_CUSTOMER_ADDRESS_NOT_FROM_SALE)),
    case("existing_customer_not_informed", existing(informed_right_to_object=False), OFFERS, EMAIL, None,
         no(R.NO_CONSENT, R.EXISTING_CUSTOMER_NOT_INFORMED)),
    case("existing_customer_only_own_similar_offers", existing(), NEWSLETTER, EMAIL, None, no(R.NO_CONSENT)),
    case("existing_customer_not_for_personalised", existing(), PERSONALISED, EMAIL, None, no(R.NO_CONSENT)),
    case("existing_customer_not_for_sms", existing(),
         policy(ChannelPolicy(SMS, allow_existing_customer=True)), SMS, None, no(R.NO_CONSENT)),
    case("existing_customer_not_for_phone", existing(), OFFERS, PHONE, None, no(R.NO_CONSENT)),
    case("existing_customer_prefers_valid_consent", existing(), OFFERS, EMAIL, consent(),
         yes(CONSENT, R.CONSENT_VALID)),
    case("existing_customer_after_stale_consent", existing(),
         policy(ChannelPolicy(EMAIL, require_doi=True, allow_existing_customer=True),
                mode=FreshnessMode.BLOCK),
         EMAIL, given(OLD), yes(EXISTING, R.EXISTING_CUSTOMER_7_3)),
    # --- businesses ---
    case("b2b_email_still_needs_consent", firm(), NEWSLETTER, EMAIL, None, no(R.NO_CONSENT)),
    case("b2b_email_presumed_row_not_enough", firm(), OFFERS, EMAIL, presumed(), no(R.CONSENT_NOT_EXPRESS)),
    case("b2b_phone_presumed_consent", firm(), OFFERS, PHONE, presumed(),
         yes(PRESUMED, R.PRESUMED_CONSENT_B2B)),
    case("b2b_phone_presumed_for_survey", firm(), SURVEY, PHONE, presumed(),
         yes(PRESUMED, R.PRESUMED_CONSENT_B2B)),
    case("b2b_phone_presumed_not_for_newsletter", firm(), NEWSLETTER, PHONE, presumed(),
         no(R.CONSENT_NOT_EXPRESS)),
    case("b2b_phone_presumed_expired", firm(), OFFERS, PHONE, presumed(valid_until=date(2026, 1, 1)),
         no(R.CONSENT_EXPIRED)),
    case("b2b_phone_nothing_recorded", firm(), OFFERS, PHONE, None, no(R.NO_CONSENT)),
    case("b2b_phone_express_consent", firm(), NEWSLETTER, PHONE, no_doi(), yes(CONSENT, R.CONSENT_VALID)),
    case("consumer_phone_presumed_does_not_count", person(), OFFERS, PHONE, presumed(),
         no(R.PRESUMED_CONSENT_CONSUMER)),
    # --- profiling and partners need consent on every channel ---
    case("post_profiling_needs_consent", person(), PROFILING, POST, None, no(R.NO_CONSENT)),
    case("post_profiling_with_consent", person(), PROFILING, POST, no_doi(), yes(CONSENT, R.CONSENT_VALID)),
    case("post_partners_needs_consent", person(), PARTNERS, POST, None, no(R.NO_CONSENT)),
]
# fmt: on


@pytest.mark.parametrize(
    ("customer", "purpose", "channel", "row", "on", "contactable", "basis", "first", "also"), SCENARIOS
)
def test_scenario(
    customer: CustomerFacts,
    purpose: PurposePolicy,
    channel: Channel,
    row: ConsentFacts | None,
    on: date,
    contactable: bool,
    basis: LegalBasis | None,
    first: R,
    also: tuple[R, ...],
) -> None:
    decision = decide(customer, purpose, channel, row, on)
    assert (decision.contactable, decision.basis, decision.reasons[0].code) == (contactable, basis, first), (
        decision.codes
    )
    assert set(also) <= set(decision.codes), decision.codes
    assert decision.rules_version == RULES_VERSION
    if contactable:
        assert decision.reasons[0].severity is Severity.OK
        assert all(r.severity is not Severity.BLOCK for r in decision.reasons)
        expects_row = basis in (CONSENT, PRESUMED)
        assert decision.consent_id == (row.id if expects_row and row is not None else None)
    else:
        assert decision.reasons[0].severity is Severity.BLOCK
        assert decision.consent_id is None


def test_enough_named_scenarios() -> None:
    assert len(SCENARIOS) >= 45
    assert len({p.id for p in SCENARIOS}) == len(SCENARIOS)
