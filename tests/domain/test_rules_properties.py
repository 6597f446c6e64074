"""Properties of the rules engine that must hold for every input, not just the named scenarios.

Why: the scenario table shows the rules as a lawyer reads them; these show that no combination of
facts the table did not think of slips through a hard block (withdrawal, objection, erasure,
restriction, age) and that the decision's shape stays what the UI and the exports rely on.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.enums import (
    Channel,
    ConsentStatus,
    CustomerKind,
    CustomerStatus,
    FreshnessMode,
    LegalBasis,
    SuppressionReason,
)
from desktop_app.domain.policy import ChannelPolicy, SuppressionFacts
from desktop_app.domain.reasons import REASON_TEXTS, ReasonCode, Severity
from desktop_app.domain.rules import RULES_VERSION, add_months, age_on, decide
from tests.domain.strategies import (
    Scenario,
    scenarios,
    suppression_facts,
    timestamps_on_or_before,
)


def examples(n: int) -> settings:
    """n examples, times RULES_PROPERTY_SCALE (e.g. 50 for a deep run before a rules release).

    No deadline: the engine takes microseconds, a timing limit would only make a loaded CI box fail.
    """
    scale = float(os.environ.get("RULES_PROPERTY_SCALE", "1"))
    return settings(deadline=None, max_examples=max(1, int(n * scale)))


def _utc_day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


@examples(150)
@given(scenarios())
def test_decision_shape(s: Scenario) -> None:
    d = s.decide()
    assert d.reasons and d.rules_version == RULES_VERSION
    assert len(set(d.codes)) == len(d.codes)
    assert all(r.code in REASON_TEXTS for r in d.reasons)
    if d.contactable:
        assert d.basis is not None
        assert d.reasons[0].severity is Severity.OK
        assert all(r.severity is not Severity.BLOCK for r in d.reasons)
        assert [r.severity for r in d.reasons].count(Severity.OK) == 1
    else:
        assert d.basis is None and d.consent_id is None
        assert d.reasons[0].severity is Severity.BLOCK


@examples(50)
@given(scenarios())
def test_deterministic(s: Scenario) -> None:
    copy = Scenario(replace(s.customer), s.purpose, s.channel, s.consent and replace(s.consent), s.on)
    assert s.decide() == s.decide() == copy.decide()
    assert hash(s.decide()) == hash(copy.decide())


@examples(150)
@given(scenarios())
def test_basis_only_where_the_law_has_it(s: Scenario) -> None:
    """Restates LEGAL.md per basis: whatever the engine answers "yes" on must meet these facts."""
    d = s.decide()
    policy = s.purpose.channels.get(s.channel)
    if not d.contactable:
        return
    assert policy is not None and policy.enabled
    assert s.customer.status is CustomerStatus.ACTIVE
    if d.basis in (LegalBasis.CONSENT, LegalBasis.PRESUMED_CONSENT):
        c = s.consent
        assert c is not None and d.consent_id == c.id
        assert c.status in (ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN)
        assert c.granted_at is not None and _utc_day(c.granted_at) <= s.on
        assert c.valid_until is None or s.on <= c.valid_until
        assert c.withdrawn_at is None or _utc_day(c.withdrawn_at) > s.on or c.granted_at > c.withdrawn_at
    if d.basis is LegalBasis.CONSENT:
        assert s.consent is not None and s.consent.legal_basis is LegalBasis.CONSENT and policy.allow_consent
        confirmed = s.consent.doi_confirmed_at
        assert not policy.require_doi or (confirmed is not None and _utc_day(confirmed) <= s.on)
        assert not s.consent.source_third_party or s.consent.names_business
    elif d.basis is LegalBasis.PRESUMED_CONSENT:
        assert s.channel is Channel.PHONE and policy.allow_presumed_b2b
        assert s.customer.kind is CustomerKind.BUSINESS
    elif d.basis is LegalBasis.EXISTING_CUSTOMER:
        assert s.channel is Channel.EMAIL and policy.allow_existing_customer
        c2 = s.customer
        assert c2.is_existing_customer and c2.address_from_sale and c2.informed_right_to_object
    else:
        assert d.basis is LegalBasis.LEGITIMATE_INTEREST
        assert s.channel is Channel.POST and policy.allow_legitimate_interest
    if d.basis is not LegalBasis.CONSENT and s.customer.birth_date is not None:
        assert age_on(s.customer.birth_date, s.on) >= 16


@examples(80)
@given(scenarios(consent=st.just(True)), st.data())
def test_withdrawn_by_the_date_is_never_contactable(s: Scenario, data: st.DataObject) -> None:
    assert s.consent is not None
    at = data.draw(st.none() | timestamps_on_or_before(s.on))
    row = replace(s.consent, status=ConsentStatus.WITHDRAWN, withdrawn_at=at)
    d = decide(s.customer, s.purpose, s.channel, row, s.on)
    assert not d.contactable
    assert ReasonCode.CONSENT_WITHDRAWN in d.codes


@examples(80)
@given(scenarios(), st.data())
def test_objection_without_later_consent_is_never_contactable(s: Scenario, data: st.DataObject) -> None:
    at = data.draw(timestamps_on_or_before(s.on))
    scope = data.draw(st.sampled_from((None, s.channel)))
    objection = SuppressionFacts(reason=SuppressionReason.OBJECTION, channel=scope, effective_at=at)
    customer = replace(s.customer, suppressions=(*s.customer.suppressions, objection))
    row = s.consent
    if row is not None:  # given before, or only recorded before: either way not after the objection
        earlier = at - timedelta(seconds=data.draw(st.integers(0, 10**8)))
        if data.draw(st.booleans()):
            row = replace(row, granted_at=earlier)
        else:
            row = replace(row, recorded_at=earlier)
    d = decide(customer, s.purpose, s.channel, row, s.on)
    assert not d.contactable
    assert d.codes[0] is ReasonCode.OBJECTION


@examples(80)
@given(scenarios(), st.data())
def test_lifted_objection_only_through_consent(s: Scenario, data: st.DataObject) -> None:
    at = data.draw(timestamps_on_or_before(s.on))
    objection = SuppressionFacts(reason=SuppressionReason.OBJECTION, channel=None, effective_at=at)
    d = decide(replace(s.customer, suppressions=(objection,)), s.purpose, s.channel, s.consent, s.on)
    if d.contactable:
        assert d.basis is LegalBasis.CONSENT
        assert ReasonCode.OBJECTION_LIFTED_BY_CONSENT in d.codes
    else:
        assert d.codes[0] is ReasonCode.OBJECTION


@examples(80)
@given(scenarios(), st.sampled_from((CustomerStatus.ERASED, CustomerStatus.RESTRICTED)))
def test_erased_or_restricted_is_never_contactable(s: Scenario, status: CustomerStatus) -> None:
    d = decide(replace(s.customer, status=status), s.purpose, s.channel, s.consent, s.on)
    assert not d.contactable
    code = ReasonCode.CUSTOMER_ERASED if status is CustomerStatus.ERASED else ReasonCode.CUSTOMER_RESTRICTED
    assert code in d.codes


@examples(80)
@given(scenarios(consent=st.just(True)), st.data())
def test_minor_at_capture_without_parents_is_never_contactable_via_consent(
    s: Scenario, data: st.DataObject
) -> None:
    assert s.consent is not None
    granted = data.draw(timestamps_on_or_before(s.on))
    captured = _utc_day(granted)
    birth = add_months(captured, -16 * 12) + timedelta(days=data.draw(st.integers(1, 16 * 365)))
    birth = min(birth, captured)
    row = replace(s.consent, granted_at=granted, parental_consent=False)
    d = decide(replace(s.customer, birth_date=birth), s.purpose, s.channel, row, s.on)
    assert d.basis is not LegalBasis.CONSENT
    if d.contactable:  # only a non-consent basis, and only once the person is 16
        assert age_on(birth, s.on) >= 16


@examples(80)
@given(scenarios(), st.data())
def test_a_further_suppression_never_makes_contactable(s: Scenario, data: st.DataObject) -> None:
    extra = data.draw(suppression_facts(s.on))
    before = s.decide()
    customer = replace(s.customer, suppressions=(*s.customer.suppressions, extra))
    after = decide(customer, s.purpose, s.channel, s.consent, s.on)
    assert before.contactable or not after.contactable


@examples(80)
@given(scenarios())
def test_block_mode_is_never_more_permissive_than_warn(s: Scenario) -> None:
    warn = replace(s.purpose, freshness_mode=FreshnessMode.WARN)
    block = replace(s.purpose, freshness_mode=FreshnessMode.BLOCK)
    d_warn = decide(s.customer, warn, s.channel, s.consent, s.on)
    d_block = decide(s.customer, block, s.channel, s.consent, s.on)
    assert d_warn.contactable or not d_block.contactable
    # The mode only matters for a stale consent; when neither trace mentions one they must agree.
    # (A stale consent in block mode may still leave another basis, e.g. §7(3), standing.)
    if ReasonCode.CONSENT_STALE not in d_warn.codes + d_block.codes:
        assert d_block == d_warn


@examples(80)
@given(scenarios())
def test_disabled_channel_is_never_contactable(s: Scenario) -> None:
    channels = {**s.purpose.channels, s.channel: ChannelPolicy(s.channel, enabled=False)}
    d = decide(s.customer, replace(s.purpose, channels=channels), s.channel, s.consent, s.on)
    assert not d.contactable
    assert ReasonCode.CHANNEL_NOT_ALLOWED_FOR_PURPOSE in d.codes
