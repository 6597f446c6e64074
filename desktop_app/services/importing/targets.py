"""What a spreadsheet column can be imported as, and the automatic mapping of headings to it.

Headings are compared in a normal form (case-folded, accents and every non-letter/digit removed),
so "E-Mail-Adresse", "e-mail adresse" and "EMAIL_ADRESSE" are one heading, and "Straße" equals
"Strasse" (case folding turns ß into ss). The auto-mapping never guesses between two columns: when
two headings name the same target, neither is mapped and both are reported as ambiguous.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.enums import Channel
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

_IMPORT = "Import"
# "E-Mail (2)", the reading layer's name for a repeated heading, is still an e-mail heading.
_REPEAT_SUFFIX = re.compile(r"\s*\(\d+\)$")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


class Target(StrEnum):
    """Stored in profiles as these strings: renaming one breaks saved profiles (bump the version)."""

    CUSTOMER_NO = "customer_no"
    KIND = "kind"
    SALUTATION = "salutation"
    TITLE = "title"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    COMPANY = "company"
    EMAIL = "email"
    PHONE = "phone"
    MOBILE = "mobile"
    STREET = "street"
    HOUSE_NUMBER = "house_number"  # joined to the street: "Hauptstraße" + "12a"
    POSTCODE = "postcode"
    CITY = "city"
    COUNTRY = "country"
    BIRTH_DATE = "birth_date"
    IS_EXISTING_CUSTOMER = "is_existing_customer"
    CUSTOMER_SINCE = "customer_since"
    LAST_PURCHASE_ON = "last_purchase_on"
    ADDRESS_FROM_SALE = "address_from_sale"
    INFORMED_RIGHT_TO_OBJECT = "informed_right_to_object"
    NOTES = "notes"
    TAGS = "tags"
    CONSENT = "consent"  # a yes/no or date column for one purpose x channel
    CONSENT_DATE = "consent_date"  # when consent was given, for the consent columns without their own
    DOI_DATE = "doi_date"  # when the double opt-in was confirmed
    WITHDRAWAL_DATE = "withdrawal_date"
    PROOF_REF = "proof_ref"  # a reference to the evidence, stored with each imported consent
    NOTE = "note"  # kept as a line "Heading: value" in the customer's notes
    IGNORE = "ignore"


class Kind(StrEnum):
    """How the cells of a target are read (excel.values parsers)."""

    TEXT = "text"
    EMAIL = "email"
    PHONE = "phone"
    POSTCODE = "postcode"
    DATE = "date"
    DATETIME = "datetime"
    FLAG = "flag"
    CUSTOMER_KIND = "customer_kind"
    COUNTRY = "country"
    TAGS = "tags"


T = Target
KINDS: dict[Target, Kind] = {
    T.CUSTOMER_NO: Kind.TEXT, T.KIND: Kind.CUSTOMER_KIND, T.SALUTATION: Kind.TEXT, T.TITLE: Kind.TEXT,
    T.FIRST_NAME: Kind.TEXT, T.LAST_NAME: Kind.TEXT, T.COMPANY: Kind.TEXT, T.EMAIL: Kind.EMAIL,
    T.PHONE: Kind.PHONE, T.MOBILE: Kind.PHONE, T.STREET: Kind.TEXT, T.HOUSE_NUMBER: Kind.TEXT,
    T.POSTCODE: Kind.POSTCODE, T.CITY: Kind.TEXT, T.COUNTRY: Kind.COUNTRY, T.BIRTH_DATE: Kind.DATE,
    T.IS_EXISTING_CUSTOMER: Kind.FLAG, T.CUSTOMER_SINCE: Kind.DATE, T.LAST_PURCHASE_ON: Kind.DATE,
    T.ADDRESS_FROM_SALE: Kind.FLAG, T.INFORMED_RIGHT_TO_OBJECT: Kind.FLAG, T.NOTES: Kind.TEXT,
    T.TAGS: Kind.TAGS, T.CONSENT_DATE: Kind.DATETIME, T.DOI_DATE: Kind.DATETIME,
    T.WITHDRAWAL_DATE: Kind.DATETIME, T.PROOF_REF: Kind.TEXT, T.NOTE: Kind.TEXT,
}  # fmt: skip

#: Targets any number of columns may have; every other target takes one column at most.
MULTI_COLUMN = frozenset({T.CONSENT, T.NOTE, T.IGNORE})

LABELS: dict[Target, str] = {
    T.CUSTOMER_NO: QT_TRANSLATE_NOOP("Import", "Customer number"),
    T.KIND: QT_TRANSLATE_NOOP("Import", "Consumer or business"),
    T.SALUTATION: QT_TRANSLATE_NOOP("Import", "Salutation"),
    T.TITLE: QT_TRANSLATE_NOOP("Import", "Title"),
    T.FIRST_NAME: QT_TRANSLATE_NOOP("Import", "First name"),
    T.LAST_NAME: QT_TRANSLATE_NOOP("Import", "Last name"),
    T.COMPANY: QT_TRANSLATE_NOOP("Import", "Company"),
    T.EMAIL: QT_TRANSLATE_NOOP("Import", "E-mail"),
    T.PHONE: QT_TRANSLATE_NOOP("Import", "Phone"),
    T.MOBILE: QT_TRANSLATE_NOOP("Import", "Mobile"),
    T.STREET: QT_TRANSLATE_NOOP("Import", "Street"),
    T.HOUSE_NUMBER: QT_TRANSLATE_NOOP("Import", "House number (joined to the street)"),
    T.POSTCODE: QT_TRANSLATE_NOOP("Import", "Postcode"),
    T.CITY: QT_TRANSLATE_NOOP("Import", "City"),
    T.COUNTRY: QT_TRANSLATE_NOOP("Import", "Country"),
    T.BIRTH_DATE: QT_TRANSLATE_NOOP("Import", "Birth date"),
    T.IS_EXISTING_CUSTOMER: QT_TRANSLATE_NOOP("Import", "Existing customer (yes/no)"),
    T.CUSTOMER_SINCE: QT_TRANSLATE_NOOP("Import", "Customer since"),
    T.LAST_PURCHASE_ON: QT_TRANSLATE_NOOP("Import", "Last purchase"),
    T.ADDRESS_FROM_SALE: QT_TRANSLATE_NOOP("Import", "Address obtained in a sale (yes/no)"),
    T.INFORMED_RIGHT_TO_OBJECT: QT_TRANSLATE_NOOP("Import", "Informed of the right to object (yes/no)"),
    T.NOTES: QT_TRANSLATE_NOOP("Import", "Notes"),
    T.TAGS: QT_TRANSLATE_NOOP("Import", "Tags (separated by commas)"),
    T.CONSENT: QT_TRANSLATE_NOOP("Import", "Consent (purpose and channel)"),
    T.CONSENT_DATE: QT_TRANSLATE_NOOP("Import", "Consent given on"),
    T.DOI_DATE: QT_TRANSLATE_NOOP("Import", "Double opt-in confirmed on"),
    T.WITHDRAWAL_DATE: QT_TRANSLATE_NOOP("Import", "Consent withdrawn on"),
    T.PROOF_REF: QT_TRANSLATE_NOOP("Import", "Proof reference of the consents"),
    T.NOTE: QT_TRANSLATE_NOOP("Import", "Keep in the notes"),
    T.IGNORE: QT_TRANSLATE_NOOP("Import", "Ignore"),
}


def label(target: Target) -> str:
    return tr(_IMPORT, LABELS[target])


def normalise_heading(heading: str) -> str:
    """The form headings are compared in: "E-Mail-Adresse (2)" -> "emailadresse"."""
    text = _REPEAT_SUFFIX.sub("", heading.strip())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_ALNUM.sub("", plain)


def _words(*names: str) -> tuple[str, ...]:
    return tuple(normalise_heading(name) for name in names)


# German first, then English. "Name" alone is the surname, as in "Name, Vorname" on German forms.
_SYNONYMS: dict[Target, tuple[str, ...]] = {
    T.CUSTOMER_NO: _words(
        "Kundennummer", "Kundennr", "Kd.-Nr.", "Kd-Nummer", "Kunden-ID", "Kundenkennung", "Customer number",
        "Customer no", "Customer ID", "Client ID",
    ),
    T.KIND: _words("Kundenart", "Kundentyp", "Privat/Gewerblich", "B2B/B2C", "Customer type"),
    T.SALUTATION: _words("Anrede", "Briefanrede", "Salutation"),
    T.TITLE: _words("Titel", "Akad. Grad", "Akademischer Grad", "Title"),
    T.FIRST_NAME: _words("Vorname", "Rufname", "First name", "Firstname", "Given name", "Forename"),
    T.LAST_NAME: _words("Nachname", "Name", "Familienname", "Zuname", "Last name", "Lastname", "Surname"),
    T.COMPANY: _words("Firma", "Firmenname", "Unternehmen", "Organisation", "Company", "Organization"),
    T.EMAIL: _words(
        "E-Mail", "E-Mail-Adresse", "Mail", "Mailadresse", "Email", "Email address", "E-Mail address",
    ),
    T.PHONE: _words(
        "Telefon", "Tel.", "Telefonnummer", "Tel.-Nr.", "Festnetz", "Rufnummer", "Phone", "Phone number",
        "Telephone",
    ),
    T.MOBILE: _words(
        "Handy", "Mobil", "Mobilnummer", "Handynummer", "Mobiltelefon", "Mobilfunk", "Mobile", "Cell",
        "Mobile phone", "Cell phone",
    ),
    T.STREET: _words(
        "Straße", "Str.", "Strasse und Hausnummer", "Straße und Hausnummer", "Straße/Hausnr.", "Straße Nr.",
        "Adresse", "Anschrift", "Street", "Address",
    ),
    T.HOUSE_NUMBER: _words("Hausnummer", "Hausnr.", "Haus-Nr.", "House number"),
    T.POSTCODE: _words("PLZ", "Postleitzahl", "Postcode", "Post code", "ZIP", "ZIP code", "Postal code"),
    T.CITY: _words("Ort", "Stadt", "Wohnort", "City", "Town"),
    T.COUNTRY: _words("Land", "Staat", "Country"),
    T.BIRTH_DATE: _words(
        "Geburtsdatum", "Geb.-Datum", "Geburtstag", "Geboren am", "Birth date", "Date of birth", "Birthday",
    ),
    T.IS_EXISTING_CUSTOMER: _words("Bestandskunde", "Existing customer"),
    T.CUSTOMER_SINCE: _words("Kunde seit", "Customer since"),
    T.LAST_PURCHASE_ON: _words("Letzter Kauf", "Letzte Bestellung", "Last purchase", "Last order"),
    T.NOTES: _words(
        "Bemerkung", "Bemerkungen", "Notiz", "Notizen", "Kommentar", "Anmerkung", "Anmerkungen", "Notes",
        "Note", "Comment", "Comments",
    ),
    T.TAGS: _words("Tags", "Schlagworte", "Schlagwörter", "Gruppe", "Gruppen"),
    T.CONSENT_DATE: _words(
        "Einwilligung am", "Einwilligungsdatum", "Datum Einwilligung", "Eingewilligt am", "Angemeldet am",
        "Anmeldedatum", "Opt-In am", "Opt-In-Datum", "Consent date", "Consented on", "Subscribed on",
    ),
    T.DOI_DATE: _words(
        "DOI", "DOI am", "DOI-Datum", "Double-Opt-In am", "Double-Opt-In", "Double-Opt-In-Datum",
        "Bestätigt am", "Bestaetigt am", "Confirmed on", "Double opt-in confirmed",
    ),
    T.WITHDRAWAL_DATE: _words(
        "Widerruf am", "Widerrufen am", "Widerrufsdatum", "Abgemeldet am", "Abmeldedatum", "Withdrawn on",
        "Unsubscribed on",
    ),
    T.PROOF_REF: _words("Quelle", "Nachweis", "Beleg", "Herkunft", "Source", "Proof"),
}  # fmt: skip

#: Consent columns recognised by their heading: purpose code and channel (the user can change both).
CONSENT_SYNONYMS: dict[str, tuple[str, Channel]] = {
    **dict.fromkeys(
        _words("Newsletter", "Newsletter E-Mail", "E-Mail-Newsletter"), ("newsletter", Channel.EMAIL)
    ),
    **dict.fromkeys(_words("SMS-Newsletter", "Newsletter SMS"), ("newsletter", Channel.SMS)),
    **dict.fromkeys(
        _words("E-Mail-Werbung", "Werbung per E-Mail", "Angebote per E-Mail", "Email marketing"),
        ("offers", Channel.EMAIL),
    ),
    **dict.fromkeys(
        _words("Postwerbung", "Werbung per Post", "Briefwerbung", "Angebote per Post", "Direct mail"),
        ("offers", Channel.POST),
    ),
    **dict.fromkeys(
        _words("Telefonwerbung", "Werbung per Telefon", "Telefonmarketing", "Anrufe", "Phone marketing"),
        ("offers", Channel.PHONE),
    ),
    **dict.fromkeys(_words("SMS-Werbung", "Werbung per SMS"), ("offers", Channel.SMS)),
    **dict.fromkeys(_words("Kundenbefragung", "Umfragen", "Umfrage", "Survey"), ("survey", Channel.EMAIL)),
}  # fmt: skip

_BY_WORD: dict[str, Target] = {word: target for target, words in _SYNONYMS.items() for word in words}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What a heading looks like: a field target, or a consent column for purpose x channel."""

    target: Target
    purpose: str = ""
    channel: Channel | None = None


def suggest(heading: str) -> Suggestion | None:
    """The target a heading names by its synonyms, or None when it names none."""
    word = normalise_heading(heading)
    if word in CONSENT_SYNONYMS:
        purpose, channel = CONSENT_SYNONYMS[word]
        return Suggestion(T.CONSENT, purpose, channel)
    target = _BY_WORD.get(word)
    return Suggestion(target) if target is not None else None
