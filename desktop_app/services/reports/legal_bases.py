"""The legal bases a purpose's channel policy allows, written out with their norms (LEGAL.md)."""

from __future__ import annotations

from desktop_app.domain.enums import Channel, SourceKind
from desktop_app.domain.policy import ChannelPolicy
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.reports.texts import ReportTexts

# The UWG paragraph that makes consent necessary on each channel; post needs none (no §7(2) case).
_CONSENT = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Reports", "Consent (Art. 6(1)(a) GDPR; §7(2) No. 2 UWG)"),
    Channel.SMS: QT_TRANSLATE_NOOP("Reports", "Consent (Art. 6(1)(a) GDPR; §7(2) No. 2 UWG)"),
    Channel.PHONE: QT_TRANSLATE_NOOP(
        "Reports", "Consent (Art. 6(1)(a) GDPR; §7(2) No. 1 UWG), documented per §7a UWG"
    ),
    Channel.POST: QT_TRANSLATE_NOOP("Reports", "Consent (Art. 6(1)(a) GDPR)"),
}
_CONTACT_DATA = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Reports", "e-mail address"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Reports", "phone numbers"),
    Channel.SMS: QT_TRANSLATE_NOOP("Reports", "mobile number"),
    Channel.POST: QT_TRANSLATE_NOOP("Reports", "postal address"),
}
SOURCE_KINDS = {
    SourceKind.WEB_FORM: QT_TRANSLATE_NOOP("Labels", "Web form"),
    SourceKind.SHOP_CHECKOUT: QT_TRANSLATE_NOOP("Labels", "Shop checkout"),
    SourceKind.TRADE_FAIR: QT_TRANSLATE_NOOP("Labels", "Trade fair"),
    SourceKind.PAPER_FORM: QT_TRANSLATE_NOOP("Labels", "Paper form"),
    SourceKind.PHONE_CALL: QT_TRANSLATE_NOOP("Labels", "Phone call"),
    SourceKind.THIRD_PARTY: QT_TRANSLATE_NOOP("Labels", "Purchased / third-party list"),
    SourceKind.EXISTING_CUSTOMER: QT_TRANSLATE_NOOP("Labels", "Existing customer relationship"),
    SourceKind.IMPORT: QT_TRANSLATE_NOOP("Labels", "Excel import"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}


def source_kind(t: ReportTexts, kind: SourceKind) -> str:
    return t.in_context("Labels", SOURCE_KINDS[kind])


def consent_possible(policy: ChannelPolicy) -> bool:
    """Whether a customer can give consent for this channel (what a consent form may offer)."""
    return policy.enabled and policy.allow_consent


def bases(t: ReportTexts, policy: ChannelPolicy) -> list[str]:
    """Each basis the policy allows on its channel; the flags a channel cannot have are ignored,
    as the rules engine ignores them."""
    if not policy.enabled:
        return []
    channel = policy.channel
    out: list[str] = []
    if policy.allow_consent:
        text = t(_CONSENT[channel])
        if policy.require_doi:
            text += t(QT_TRANSLATE_NOOP("Reports", ", confirmed by double opt-in"))
        out.append(text)
    if policy.allow_existing_customer and channel == Channel.EMAIL:
        out.append(
            t(QT_TRANSLATE_NOOP("Reports", "Existing-customer exception (§7(3) UWG; Art. 6(1)(f) GDPR)"))
        )
    if policy.allow_presumed_b2b and channel == Channel.PHONE:
        out.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports", "Presumed consent of businesses only (§7(2) No. 1 UWG; Art. 6(1)(f) GDPR)"
                )
            )
        )
    if policy.allow_legitimate_interest and channel == Channel.POST:
        out.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports", "Legitimate interest unless objected (Art. 6(1)(f) GDPR, Recital 47)"
                )
            )
        )
    return out


def channel_rows(t: ReportTexts, policies: dict[Channel, ChannelPolicy]) -> tuple[tuple[str, str], ...]:
    rows = []
    for channel in Channel:
        policy = policies.get(channel)
        allowed = bases(t, policy) if policy is not None else []
        if policy is None or not policy.enabled:
            text = t(QT_TRANSLATE_NOOP("Reports", "Not used for this purpose"))
        elif not allowed:
            text = t(QT_TRANSLATE_NOOP("Reports", "Enabled, but no legal basis is allowed: not used"))
        else:
            text = "\n".join(allowed)
        rows.append((t.channel(channel), text))
    return tuple(rows)


def contact_data(t: ReportTexts, policies: dict[Channel, ChannelPolicy]) -> list[str]:
    return [t(_CONTACT_DATA[ch]) for ch in Channel if ch in policies and bases(t, policies[ch])]
