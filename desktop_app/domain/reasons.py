"""The reason catalogue of the contactability rules: stable codes with German and English sentences.

Why a catalogue: every "why / why not" the app shows, prints or exports must name the norm it rests on,
in the user's language, and must read the same on screen, in the Art. 15 report and in an export years
later. The codes are stable identifiers (stored with campaign exports and compared with the SQL
evaluation); the wording may improve, the codes must not change meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Severity(StrEnum):
    BLOCK = "block"  # this reason alone makes the customer not contactable
    WARN = "warn"  # contactable, but someone should look (e.g. a stale consent in warn mode)
    OK = "ok"  # the legal basis the contact rests on
    INFO = "info"  # context or an obligation that comes with the basis


class ReasonCode(StrEnum):
    # The legal bases that make a customer contactable.
    CONSENT_VALID = "consent_valid"
    EXISTING_CUSTOMER_7_3 = "existing_customer_7_3"
    PRESUMED_CONSENT_B2B = "presumed_consent_b2b"
    LEGITIMATE_INTEREST_POST = "legitimate_interest_post"
    # Hard blocks, in evaluation order.
    OBJECTION = "objection"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CHANNEL_REFUSED = "channel_refused"
    SUPPRESSED_ERASURE = "suppressed_erasure"
    SUPPRESSED_ROBINSON = "suppressed_robinson"
    SUPPRESSED_BOUNCE = "suppressed_bounce"
    CUSTOMER_ERASED = "customer_erased"
    CUSTOMER_RESTRICTED = "customer_restricted"
    CONSENT_REFUSED = "consent_refused"
    CHANNEL_NOT_ALLOWED_FOR_PURPOSE = "channel_not_allowed_for_purpose"
    NO_CONTACT_POINT = "no_contact_point"
    NO_ALLOWED_BASIS = "no_allowed_basis"
    # Age (Art. 8(1) GDPR, 16 in Germany).
    MINOR_AT_CAPTURE = "minor_at_capture"
    MINOR = "minor"
    # Why a consent record does not carry the contact.
    NO_CONSENT = "no_consent"
    PRESUMED_CONSENT_CONSUMER = "presumed_consent_consumer"
    CONSENT_NOT_EXPRESS = "consent_not_express"
    DOI_PENDING = "doi_pending"
    CONSENT_GRANT_DATE_MISSING = "consent_grant_date_missing"
    CONSENT_NOT_YET_GRANTED = "consent_not_yet_granted"
    CONSENT_EXPIRED = "consent_expired"
    DOI_MISSING = "doi_missing"
    THIRD_PARTY_NOT_NAMING_BUSINESS = "third_party_not_naming_business"
    CONSENT_STALE = "consent_stale"
    # Why the existing-customer exception does not apply (each §7(3) condition separately).
    EXISTING_CUSTOMER_NO_SALE = "existing_customer_no_sale"
    EXISTING_CUSTOMER_ADDRESS_NOT_FROM_SALE = "existing_customer_address_not_from_sale"
    EXISTING_CUSTOMER_NOT_INFORMED = "existing_customer_not_informed"
    # Context.
    OBJECTION_LIFTED_BY_CONSENT = "objection_lifted_by_consent"
    OBJECTION_NOTICE_REQUIRED = "objection_notice_required"


@dataclass(frozen=True, slots=True)
class ReasonText:
    severity: Severity  # the usual severity; the engine may downgrade (stale consent in warn mode)
    en: str
    de: str


_C = ReasonCode
_S = Severity

REASON_TEXTS: Mapping[ReasonCode, ReasonText] = MappingProxyType(
    {
        _C.CONSENT_VALID: ReasonText(
            _S.OK,
            "Valid consent for this purpose and channel (Art. 6(1)(a), Art. 7 GDPR; §7(2) UWG)",
            "Gültige Einwilligung für diesen Zweck und Kanal (Art. 6 Abs. 1 lit. a, Art. 7 DSGVO; "
            "§ 7 Abs. 2 UWG)",
        ),
        _C.EXISTING_CUSTOMER_7_3: ReasonText(
            _S.OK,
            "Existing customer: advertising own similar goods or services to an e-mail address obtained "
            "in a sale (§7(3) UWG; Art. 6(1)(f) GDPR)",
            "Bestandskunde: Werbung für eigene ähnliche Waren oder Dienstleistungen an eine beim Verkauf "
            "erhaltene E-Mail-Adresse (§ 7 Abs. 3 UWG; Art. 6 Abs. 1 lit. f DSGVO)",
        ),
        _C.PRESUMED_CONSENT_B2B: ReasonText(
            _S.OK,
            "Presumed consent of a business to phone calls, justification recorded (§7(2) No. 1 UWG)",
            "Mutmaßliche Einwilligung eines Unternehmens in Telefonwerbung, Begründung dokumentiert "
            "(§ 7 Abs. 2 Nr. 1 UWG)",
        ),
        _C.LEGITIMATE_INTEREST_POST: ReasonText(
            _S.OK,
            "Addressed post on legitimate interest, no objection (Art. 6(1)(f) GDPR, Recital 47)",
            "Adressierte Briefwerbung aufgrund berechtigten Interesses, kein Widerspruch "
            "(Art. 6 Abs. 1 lit. f DSGVO, ErwG 47)",
        ),
        _C.OBJECTION: ReasonText(
            _S.BLOCK,
            "Objection to direct marketing (Art. 21(3) GDPR)",
            "Widerspruch gegen Direktwerbung (Art. 21 Abs. 3 DSGVO)",
        ),
        _C.CONSENT_WITHDRAWN: ReasonText(
            _S.BLOCK,
            "Consent withdrawn; no basis may be used for this purpose and channel (Art. 7(3) GDPR)",
            "Einwilligung widerrufen; für diesen Zweck und Kanal gilt keine Rechtsgrundlage mehr "
            "(Art. 7 Abs. 3 DSGVO)",
        ),
        _C.CHANNEL_REFUSED: ReasonText(
            _S.BLOCK,
            "Advertising over this channel recognisably refused (§7(1) sentence 2 UWG)",
            "Werbung über diesen Kanal erkennbar abgelehnt (§ 7 Abs. 1 Satz 2 UWG)",
        ),
        _C.SUPPRESSED_ERASURE: ReasonText(
            _S.BLOCK,
            "This person's data was erased before; the erasure suppression keeps them from being "
            "contacted again (Art. 17 GDPR)",
            "Die Daten dieser Person wurden bereits gelöscht; die Löschsperre verhindert eine erneute "
            "Ansprache (Art. 17 DSGVO)",
        ),
        _C.SUPPRESSED_ROBINSON: ReasonText(
            _S.BLOCK,
            "Listed on a Robinson (no advertising) list (§7(1) sentence 2 UWG)",
            "In einer Robinsonliste (keine Werbung) eingetragen (§ 7 Abs. 1 Satz 2 UWG)",
        ),
        _C.SUPPRESSED_BOUNCE: ReasonText(
            _S.BLOCK,
            "Contact point undeliverable (bounce); data must be kept accurate (Art. 5(1)(d) GDPR)",
            "Kontaktadresse unzustellbar (Bounce); Daten müssen richtig sein (Art. 5 Abs. 1 lit. d DSGVO)",
        ),
        _C.CUSTOMER_ERASED: ReasonText(
            _S.BLOCK,
            "Customer erased or anonymised (Art. 17 GDPR)",
            "Kunde gelöscht bzw. anonymisiert (Art. 17 DSGVO)",
        ),
        _C.CUSTOMER_RESTRICTED: ReasonText(
            _S.BLOCK,
            "Processing of this customer's data is restricted (Art. 18 GDPR)",
            "Verarbeitung der Daten dieses Kunden ist eingeschränkt (Art. 18 DSGVO)",
        ),
        _C.CONSENT_REFUSED: ReasonText(
            _S.BLOCK,
            "Consent refused for this purpose and channel (Art. 7 GDPR; §7(1) sentence 2 UWG)",
            "Einwilligung für diesen Zweck und Kanal verweigert (Art. 7 DSGVO; § 7 Abs. 1 Satz 2 UWG)",
        ),
        _C.CHANNEL_NOT_ALLOWED_FOR_PURPOSE: ReasonText(
            _S.BLOCK,
            "This purpose is not used over this channel (purpose policy; purpose limitation, "
            "Art. 5(1)(b) GDPR)",
            "Dieser Zweck wird über diesen Kanal nicht verfolgt (Zweck-Einstellung; Zweckbindung, "
            "Art. 5 Abs. 1 lit. b DSGVO)",
        ),
        _C.NO_CONTACT_POINT: ReasonText(
            _S.BLOCK,
            "No contact point for this channel on file (e-mail address, phone number, mobile number or "
            "full postal address)",
            "Keine Kontaktangabe für diesen Kanal hinterlegt (E-Mail-Adresse, Telefonnummer, "
            "Mobilnummer oder vollständige Postanschrift)",
        ),
        _C.NO_ALLOWED_BASIS: ReasonText(
            _S.BLOCK,
            "The purpose's policy allows no legal basis for this channel and customer type "
            "(Art. 6(1) GDPR; §7 UWG)",
            "Die Zweck-Einstellung lässt für diesen Kanal und diese Kundenart keine Rechtsgrundlage zu "
            "(Art. 6 Abs. 1 DSGVO; § 7 UWG)",
        ),
        _C.MINOR_AT_CAPTURE: ReasonText(
            _S.BLOCK,
            "Consent given before the age of 16 without parental consent (Art. 8(1) GDPR; Germany: 16)",
            "Einwilligung vor Vollendung des 16. Lebensjahres ohne Zustimmung der Eltern erteilt "
            "(Art. 8 Abs. 1 DSGVO; Deutschland: 16)",
        ),
        _C.MINOR: ReasonText(
            _S.BLOCK,
            "Customer is under 16: as a precaution only a consent (with parental consent where given "
            "under 16) is used, no other basis (Art. 8(1) GDPR)",
            "Kunde ist unter 16: vorsichtshalber nur mit Einwilligung (unter 16 mit Zustimmung der "
            "Eltern), keine andere Rechtsgrundlage (Art. 8 Abs. 1 DSGVO)",
        ),
        _C.NO_CONSENT: ReasonText(
            _S.BLOCK,
            "No consent recorded for this purpose and channel (Art. 6(1)(a) GDPR; §7(2) UWG)",
            "Keine Einwilligung für diesen Zweck und Kanal erfasst (Art. 6 Abs. 1 lit. a DSGVO; "
            "§ 7 Abs. 2 UWG)",
        ),
        _C.PRESUMED_CONSENT_CONSUMER: ReasonText(
            _S.BLOCK,
            "Presumed consent does not count for consumers; phone advertising needs their prior express "
            "consent (§7(2) No. 1 UWG)",
            "Mutmaßliche Einwilligung genügt bei Verbrauchern nicht; Telefonwerbung braucht deren "
            "vorherige ausdrückliche Einwilligung (§ 7 Abs. 2 Nr. 1 UWG)",
        ),
        _C.CONSENT_NOT_EXPRESS: ReasonText(
            _S.BLOCK,
            "The record is not an express consent, and this purpose and channel need one "
            "(§7(2) UWG; Art. 7 GDPR)",
            "Der Eintrag ist keine ausdrückliche Einwilligung, die für diesen Zweck und Kanal nötig ist "
            "(§ 7 Abs. 2 UWG; Art. 7 DSGVO)",
        ),
        _C.DOI_PENDING: ReasonText(
            _S.BLOCK,
            "Consent pending: double opt-in not yet confirmed (Art. 7(1) GDPR; BGH I ZR 164/09)",
            "Einwilligung ausstehend: Double-Opt-in noch nicht bestätigt (Art. 7 Abs. 1 DSGVO; "
            "BGH I ZR 164/09)",
        ),
        _C.CONSENT_GRANT_DATE_MISSING: ReasonText(
            _S.BLOCK,
            "Consent has no grant date, so it cannot be shown to have been given beforehand (Art. 7(1) GDPR)",
            "Einwilligung ohne Erteilungsdatum; dass sie vorher erteilt wurde, ist nicht nachweisbar "
            "(Art. 7 Abs. 1 DSGVO)",
        ),
        _C.CONSENT_NOT_YET_GRANTED: ReasonText(
            _S.BLOCK,
            "Consent was granted only after this date; it must be given beforehand (§7(2) UWG; "
            "Art. 6(1)(a) GDPR)",
            "Einwilligung wurde erst nach diesem Datum erteilt; sie muss vorher vorliegen (§ 7 Abs. 2 UWG; "
            "Art. 6 Abs. 1 lit. a DSGVO)",
        ),
        _C.CONSENT_EXPIRED: ReasonText(
            _S.BLOCK,
            "Consent is past its valid-until date (Art. 6(1)(a), Art. 7 GDPR)",
            "Einwilligung ist über ihr Gültig-bis-Datum hinaus (Art. 6 Abs. 1 lit. a, Art. 7 DSGVO)",
        ),
        _C.DOI_MISSING: ReasonText(
            _S.BLOCK,
            "Double opt-in required but not confirmed by this date; consent not proven "
            "(Art. 7(1) GDPR; BGH I ZR 164/09)",
            "Double-Opt-in erforderlich, aber bis zu diesem Datum nicht bestätigt; Einwilligung nicht "
            "nachgewiesen (Art. 7 Abs. 1 DSGVO; BGH I ZR 164/09)",
        ),
        _C.THIRD_PARTY_NOT_NAMING_BUSINESS: ReasonText(
            _S.BLOCK,
            "Consent from a third-party source does not name this business (BGH I ZR 169/10; §7(2) UWG)",
            "Einwilligung aus einer Fremdquelle nennt dieses Unternehmen nicht (BGH I ZR 169/10; "
            "§ 7 Abs. 2 UWG)",
        ),
        _C.CONSENT_STALE: ReasonText(
            _S.BLOCK,
            "Consent neither given nor used within the purpose's freshness window; courts have treated "
            "such consents as lapsed (LG Berlin 15 O 653/03; LG München I 17 HK O 138/10)",
            "Einwilligung innerhalb der Aktualitätsfrist des Zwecks weder erteilt noch genutzt; Gerichte "
            "sahen solche Einwilligungen als verbraucht an (LG Berlin 15 O 653/03; "
            "LG München I 17 HK O 138/10)",
        ),
        _C.EXISTING_CUSTOMER_NO_SALE: ReasonText(
            _S.BLOCK,
            "Existing-customer exception not available: no sale to this customer (§7(3) No. 1 UWG)",
            "Bestandskundenausnahme nicht anwendbar: kein Verkauf an diesen Kunden (§ 7 Abs. 3 Nr. 1 UWG)",
        ),
        _C.EXISTING_CUSTOMER_ADDRESS_NOT_FROM_SALE: ReasonText(
            _S.BLOCK,
            "Existing-customer exception not available: e-mail address not obtained in connection with "
            "a sale (§7(3) No. 1 UWG)",
            "Bestandskundenausnahme nicht anwendbar: E-Mail-Adresse nicht im Zusammenhang mit einem "
            "Verkauf erhalten (§ 7 Abs. 3 Nr. 1 UWG)",
        ),
        _C.EXISTING_CUSTOMER_NOT_INFORMED: ReasonText(
            _S.BLOCK,
            "Existing-customer exception not available: customer not told at collection that they may "
            "object at any time (§7(3) No. 4 UWG)",
            "Bestandskundenausnahme nicht anwendbar: Kunde wurde bei der Erhebung nicht auf sein "
            "jederzeitiges Widerspruchsrecht hingewiesen (§ 7 Abs. 3 Nr. 4 UWG)",
        ),
        _C.OBJECTION_LIFTED_BY_CONSENT: ReasonText(
            _S.INFO,
            "An earlier objection is superseded by explicit consent recorded after it, for this purpose "
            "and channel only (Art. 21(3), Art. 7 GDPR)",
            "Ein früherer Widerspruch ist durch eine danach erfasste ausdrückliche Einwilligung überholt, "
            "nur für diesen Zweck und Kanal (Art. 21 Abs. 3, Art. 7 DSGVO)",
        ),
        _C.OBJECTION_NOTICE_REQUIRED: ReasonText(
            _S.INFO,
            "This contact must tell the recipient that they may object at any time at no extra cost "
            "(Art. 21(4) GDPR; for e-mail also §7(3) No. 4 UWG)",
            "Diese Ansprache muss darauf hinweisen, dass jederzeit ohne zusätzliche Kosten widersprochen "
            "werden kann (Art. 21 Abs. 4 DSGVO; bei E-Mail auch § 7 Abs. 3 Nr. 4 UWG)",
        ),
    }
)


@dataclass(frozen=True, slots=True)
class Reason:
    """One step of the "why / why not" trace; its texts come from the catalogue, never stored twice."""

    code: ReasonCode
    severity: Severity

    @property
    def en(self) -> str:
        return REASON_TEXTS[self.code].en

    @property
    def de(self) -> str:
        return REASON_TEXTS[self.code].de

    def text(self, lang: str) -> str:
        """German for any 'de…' locale ('de', 'de_DE', 'de-AT'), English otherwise.

        Lenient on purpose: callers pass UI locale names, and an English sentence beats a crash.
        """
        return self.de if lang.lower().startswith("de") else self.en


def reason(code: ReasonCode, severity: Severity | None = None) -> Reason:
    """A reason with the catalogue's usual severity unless the caller overrides it."""
    return Reason(code, REASON_TEXTS[code].severity if severity is None else severity)
