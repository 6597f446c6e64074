"""The shape of the "why / why not" trace: order, severities, languages.

Why separate from the scenario table: these pin down how reasons are arranged (which the UI and the
exports rely on), not which legal outcome a situation has.
"""

from __future__ import annotations

from dataclasses import replace

from desktop_app.domain.enums import ConsentStatus, CustomerStatus, SuppressionReason
from desktop_app.domain.policy import ChannelPolicy
from desktop_app.domain.reasons import ReasonCode as R
from desktop_app.domain.reasons import Severity
from desktop_app.domain.rules import decide
from tests.domain.builders import (
    EMAIL,
    LATER,
    NEWSLETTER,
    OBJECTED,
    OFFERS,
    ON,
    consent,
    existing,
    objection,
    person,
    policy,
    sup,
    ts,
)


def test_stale_in_warn_mode_is_a_warning() -> None:
    row = consent(granted_at=ts("2023-06-01"), doi_confirmed_at=ts("2023-06-01"))
    decision = decide(person(), NEWSLETTER, EMAIL, row, ON)
    assert decision.has_warnings
    assert [r.code for r in decision.warnings] == [R.CONSENT_STALE]
    assert decision.codes == (R.CONSENT_VALID, R.CONSENT_STALE)


def test_lifted_objection_trace_order_basis_warning_info() -> None:
    row = replace(LATER, granted_at=ts("2023-09-01"), recorded_at=ts("2023-09-01"))
    decision = decide(person(suppressions=objection("2023-08-01")), NEWSLETTER, EMAIL, row, ON)
    assert decision.codes == (R.CONSENT_VALID, R.CONSENT_STALE, R.OBJECTION_LIFTED_BY_CONSENT)
    assert [r.severity for r in decision.reasons] == [Severity.OK, Severity.WARN, Severity.INFO]


def test_every_hard_block_is_listed_in_evaluation_order() -> None:
    customer = person(
        status=CustomerStatus.RESTRICTED,
        has_email=False,
        suppressions=(
            sup(SuppressionReason.BOUNCE, "2025-01-01"),
            sup(SuppressionReason.REFUSAL, "2025-01-01", EMAIL),
            *OBJECTED,
        ),
    )
    row = consent(status=ConsentStatus.WITHDRAWN, withdrawn_at=ts("2025-12-01"))
    decision = decide(customer, policy(ChannelPolicy(EMAIL, enabled=False)), EMAIL, row, ON)
    assert decision.codes == (
        R.OBJECTION,
        R.CONSENT_WITHDRAWN,
        R.CHANNEL_REFUSED,
        R.SUPPRESSED_BOUNCE,
        R.CUSTOMER_RESTRICTED,
        R.CHANNEL_NOT_ALLOWED_FOR_PURPOSE,
        R.NO_CONTACT_POINT,
    )


def test_failed_alternatives_follow_the_consent_failure() -> None:
    customer = existing(address_from_sale=False, informed_right_to_object=False)
    decision = decide(customer, OFFERS, EMAIL, consent(doi_confirmed_at=None), ON)
    assert decision.codes == (
        R.DOI_MISSING,
        R.EXISTING_CUSTOMER_ADDRESS_NOT_FROM_SALE,
        R.EXISTING_CUSTOMER_NOT_INFORMED,
    )


def test_explanations_in_both_languages() -> None:
    decision = decide(person(suppressions=OBJECTED), NEWSLETTER, EMAIL, None, ON)
    assert decision.texts("en")[0] == "Objection to direct marketing (Art. 21(3) GDPR)"
    assert decision.texts("de")[0] == "Widerspruch gegen Direktwerbung (Art. 21 Abs. 3 DSGVO)"
    assert decision.decisive.text("de_DE") == decision.decisive.de
