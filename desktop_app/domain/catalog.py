"""The default purposes a new ConsentDesk database starts with, and their per-channel policies.

Why as data in the domain: the defaults encode LEGAL.md (which basis suffices for which purpose over
which channel) and must be reviewable and testable next to the rules that read them. The database seeds
its purpose tables from here; an office may change its own copy afterwards, the codes stay stable.

Choices, by LEGAL.md:
- E-mail: express consent with double opt-in, the accepted proof for consents captured online
  (BGH I ZR 164/09). The existing-customer exception (UWG §7(3)) only for `offers`: it covers the
  seller's *own similar* goods and services only.
- SMS: express consent (§7(2) Nr. 2 UWG). No DOI by default: the mobile number is confirmed in the
  capture itself (code or call) and the evidence is the capture record.
- Phone: express consent; presumed consent of businesses (§7(2) Nr. 1 UWG) only for `offers` and
  `survey`, where a business's interest in the call can be presumed. Not for the newsletter
  (not a phone format) nor for anything involving profiling or passing data on.
- Post: legitimate interest (Art. 6(1)(f) GDPR, Recital 47) for `newsletter`, `offers` and `survey`;
  `profiling`, `personalised` and `partners` need consent on every channel, post included: LEGAL.md
  treats profiling as consent-only by default, and passing data to partners is beyond what a recipient
  of a letter reasonably expects.
- Freshness: 24 months on every purpose. `warn` by default, because the BGH holds that consent does not
  lapse by time alone (III ZR 196/17); `block` for `partners`, where the consent must name the companies
  (BGH I ZR 169/10) and an old list of names is the typical way it stops doing so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from desktop_app.domain.enums import Channel, FreshnessMode
from desktop_app.domain.policy import ChannelPolicy, PurposePolicy


class DefaultPurposeCode(StrEnum):
    NEWSLETTER = "newsletter"
    OFFERS = "offers"
    SURVEY = "survey"
    PROFILING = "profiling"
    PERSONALISED = "personalised"
    PARTNERS = "partners"


@dataclass(frozen=True, slots=True)
class DefaultPurpose:
    code: DefaultPurposeCode
    name_de: str
    name_en: str
    description_de: str
    description_en: str
    policy: PurposePolicy


def _channels(*, existing_customer: bool, presumed_b2b: bool, post_li: bool) -> tuple[ChannelPolicy, ...]:
    return (
        ChannelPolicy(Channel.EMAIL, require_doi=True, allow_existing_customer=existing_customer),
        ChannelPolicy(Channel.SMS),
        ChannelPolicy(Channel.PHONE, allow_presumed_b2b=presumed_b2b),
        ChannelPolicy(Channel.POST, allow_legitimate_interest=post_li),
    )


def _purpose(
    code: DefaultPurposeCode,
    names: tuple[str, str],
    descriptions: tuple[str, str],
    *,
    is_profiling: bool = False,
    existing_customer: bool = False,
    presumed_b2b: bool = False,
    post_li: bool = False,
    freshness_mode: FreshnessMode = FreshnessMode.WARN,
) -> DefaultPurpose:
    policy = PurposePolicy.of(
        code.value,
        _channels(existing_customer=existing_customer, presumed_b2b=presumed_b2b, post_li=post_li),
        is_profiling=is_profiling,
        freshness_months=24,
        freshness_mode=freshness_mode,
    )
    return DefaultPurpose(code, names[0], names[1], descriptions[0], descriptions[1], policy)


_P = DefaultPurposeCode

DEFAULT_PURPOSES: tuple[DefaultPurpose, ...] = (
    _purpose(
        _P.NEWSLETTER,
        ("Newsletter", "Newsletter"),
        (
            "Regelmäßige Informationen über unser Unternehmen, Neuigkeiten und Veranstaltungen.",
            "Regular news about our business, updates and events.",
        ),
        post_li=True,
    ),
    _purpose(
        _P.OFFERS,
        ("Angebote zu eigenen Produkten", "Offers on our own products"),
        (
            "Werbung für eigene Waren und Dienstleistungen, die den bereits gekauften ähnlich sind.",
            "Advertising for our own goods and services similar to those already bought.",
        ),
        existing_customer=True,
        presumed_b2b=True,
        post_li=True,
    ),
    _purpose(
        _P.SURVEY,
        ("Kundenbefragung", "Customer survey"),
        (
            "Fragen zur Zufriedenheit mit unseren Produkten und Leistungen.",
            "Questions about satisfaction with our products and services.",
        ),
        presumed_b2b=True,
        post_li=True,
    ),
    _purpose(
        _P.PROFILING,
        ("Profilbildung und Analyse", "Profiling and analysis"),
        (
            "Auswertung von Kauf- und Nutzungsdaten, um Interessen einzuschätzen.",
            "Analysing purchase and usage data to assess interests.",
        ),
        is_profiling=True,
    ),
    _purpose(
        _P.PERSONALISED,
        ("Personalisierte Angebote", "Personalised offers"),
        (
            "Auf Ihre Interessen zugeschnittene Angebote auf Grundlage einer Profilbildung.",
            "Offers tailored to your interests, based on profiling.",
        ),
        is_profiling=True,
    ),
    _purpose(
        _P.PARTNERS,
        ("Weitergabe an Partner", "Sharing with partners"),
        (
            "Weitergabe Ihrer Kontaktdaten an die in der Einwilligung genannten Partnerunternehmen "
            "für deren Werbung.",
            "Passing your contact details to the partner companies named in the consent for their "
            "advertising.",
        ),
        freshness_mode=FreshnessMode.BLOCK,
    ),
)

DEFAULT_POLICIES: Mapping[str, PurposePolicy] = MappingProxyType(
    {p.code.value: p.policy for p in DEFAULT_PURPOSES}
)


def default_purpose(code: str) -> DefaultPurpose:
    """The default definition for a code; KeyError for a code that is not one of the defaults."""
    for purpose in DEFAULT_PURPOSES:
        if purpose.code == code:
            return purpose
    raise KeyError(code)
