"""The default purposes encode LEGAL.md; these tests state each policy choice once more, as a rule.

Why: the catalogue seeds every new database. A slip here (say, §7(3) allowed for the newsletter or
legitimate interest for profiling letters) would make every office's campaigns unlawful by default.
"""

from __future__ import annotations

import pytest

from desktop_app.domain.catalog import DEFAULT_POLICIES, DEFAULT_PURPOSES, DefaultPurposeCode, default_purpose
from desktop_app.domain.enums import Channel, FreshnessMode

CODES = ["newsletter", "offers", "survey", "profiling", "personalised", "partners"]


def flags(attribute: str) -> set[tuple[str, Channel]]:
    return {
        (code, channel)
        for code, policy in DEFAULT_POLICIES.items()
        for channel, channel_policy in policy.channels.items()
        if getattr(channel_policy, attribute)
    }


def test_codes_are_stable_and_ordered() -> None:
    assert [p.code.value for p in DEFAULT_PURPOSES] == CODES
    assert list(DEFAULT_POLICIES) == CODES
    assert [c.value for c in DefaultPurposeCode] == CODES


def test_every_purpose_uses_every_channel_with_consent() -> None:
    everywhere = {(code, channel) for code in CODES for channel in Channel}
    assert flags("enabled") == everywhere
    assert flags("allow_consent") == everywhere


def test_email_consent_needs_double_opt_in_and_nothing_else_does() -> None:
    assert flags("require_doi") == {(code, Channel.EMAIL) for code in CODES}


def test_existing_customer_exception_only_for_own_similar_offers_by_email() -> None:
    assert flags("allow_existing_customer") == {("offers", Channel.EMAIL)}


def test_presumed_b2b_consent_only_for_offer_and_survey_calls() -> None:
    assert flags("allow_presumed_b2b") == {("offers", Channel.PHONE), ("survey", Channel.PHONE)}


def test_legitimate_interest_only_for_post_and_never_for_profiling_or_partners() -> None:
    assert flags("allow_legitimate_interest") == {
        ("newsletter", Channel.POST),
        ("offers", Channel.POST),
        ("survey", Channel.POST),
    }


def test_profiling_flags_and_freshness() -> None:
    for purpose in DEFAULT_PURPOSES:
        policy = purpose.policy
        assert policy.code == purpose.code.value
        assert policy.is_profiling is (purpose.code in ("profiling", "personalised"))
        assert policy.freshness_months == 24
        expected = FreshnessMode.BLOCK if purpose.code == "partners" else FreshnessMode.WARN
        assert policy.freshness_mode is expected


def test_names_and_descriptions_in_both_languages() -> None:
    for purpose in DEFAULT_PURPOSES:
        assert purpose.name_de and purpose.name_en and purpose.description_de and purpose.description_en
        assert purpose.description_de != purpose.description_en


def test_lookup_by_code() -> None:
    assert default_purpose("offers").policy is DEFAULT_POLICIES["offers"]
    assert default_purpose(DefaultPurposeCode.PARTNERS).code is DefaultPurposeCode.PARTNERS
    with pytest.raises(KeyError):
        default_purpose("lottery")
