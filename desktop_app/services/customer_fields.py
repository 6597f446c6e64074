"""The columns of a customer that are computed from what was typed, and the checks on what was typed.

Why separate from services.customers: the Excel import writes customers in bulk with Core inserts and
must fill exactly the same derived columns (normal forms, search text, keyed hashes) and apply the same
checks as the customer dialog, without going through the ORM row by row.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

import phonenumbers

from desktop_app.domain.normalise import (
    clean_text,
    email_problem,
    is_mobile,
    normalise_email,
    normalise_phone,
    search_text,
)
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.display import date_text
from desktop_app.services.suppression import SuppressionKeys

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_GERMAN_POSTCODE = re.compile(r"^[0-9]{5}$")
_FIELDS = "CustomerFields"
OLDEST_BIRTH_DATE = dt.date(1900, 1, 1)

# Column widths of the customers table: PostgreSQL enforces them, so a long value must be a message.
MAX_LENGTHS: dict[str, tuple[int, str]] = {
    "customer_no": (60, QT_TRANSLATE_NOOP("CustomerFields", "Customer number")),
    "salutation": (200, QT_TRANSLATE_NOOP("CustomerFields", "Salutation")),
    "title": (200, QT_TRANSLATE_NOOP("CustomerFields", "Title")),
    "first_name": (200, QT_TRANSLATE_NOOP("CustomerFields", "First name")),
    "last_name": (200, QT_TRANSLATE_NOOP("CustomerFields", "Last name")),
    "company": (200, QT_TRANSLATE_NOOP("CustomerFields", "Company")),
    "email": (320, QT_TRANSLATE_NOOP("CustomerFields", "E-mail")),
    "phone": (60, QT_TRANSLATE_NOOP("CustomerFields", "Phone")),
    "mobile": (60, QT_TRANSLATE_NOOP("CustomerFields", "Mobile")),
    "street": (200, QT_TRANSLATE_NOOP("CustomerFields", "Street")),
    "postcode": (12, QT_TRANSLATE_NOOP("CustomerFields", "Postcode")),
    "city": (120, QT_TRANSLATE_NOOP("CustomerFields", "City")),
}


@dataclass(frozen=True)
class DerivedFields:
    """Everything on a customer row that is computed, named as the columns are."""

    email_norm: str | None
    phone_e164: str | None
    mobile_e164: str | None
    phone_is_mobile: bool  # the "phone" field holds a mobile number: SMS can go to it
    search_text: str
    email_hash: str | None
    email_loose_hash: str | None
    phone_hash: str | None
    mobile_hash: str | None

    def columns(self) -> dict[str, str | bool | None]:
        return asdict(self)


def phone_region(country: str) -> str:
    """Local numbers are read in the customer's country ("044 123 45 67" is Zurich for a Swiss one)."""
    code = clean_text(country).upper()
    return code if _COUNTRY.match(code) else "DE"


def derive_fields(
    keys: SuppressionKeys,
    *,
    customer_no: str | None,
    first_name: str,
    last_name: str,
    company: str,
    email: str,
    phone: str,
    mobile: str,
    postcode: str,
    city: str,
    country: str = "DE",
) -> DerivedFields:
    """The one definition of the derived columns; call it on every write of the underlying fields."""
    region = phone_region(country)
    email_norm = normalise_email(email)
    phone_e164 = normalise_phone(phone, region)
    mobile_e164 = normalise_phone(mobile, region)
    # Hash the E.164 form, not the text: the keys would read a local number as German.
    hashes = keys.hashes(email_norm, phone_e164)
    return DerivedFields(
        email_norm=email_norm,
        phone_e164=phone_e164,
        mobile_e164=mobile_e164,
        phone_is_mobile=is_mobile(phone_e164),
        search_text=search_text(
            customer_no, first_name, last_name, company, email, phone, mobile, postcode, city
        ),
        email_hash=hashes.email,
        email_loose_hash=hashes.email_loose,
        phone_hash=hashes.phone,
        mobile_hash=keys.hashes(None, mobile_e164).phone,
    )


def check_lengths(values: dict[str, str]) -> None:
    for name, value in values.items():
        limit, label = MAX_LENGTHS[name]
        if len(value) > limit:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{field} is too long (at most {limit} characters)."),
                field=tr(_FIELDS, label),
                limit=limit,
            )


def check_email(email: str) -> None:
    if email and (email_problem(email) is not None or normalise_email(email) is None):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "“{email}” is not a valid e-mail address."), email=email)


def _dialable(value: str, region: str) -> bool:
    """Stricter than normalise_phone, which matches leniently: a number typed without its area code
    ("1234567") is only "possible locally" and would be stored as a wrong E.164 number."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    reason = phonenumbers.is_possible_number_with_reason(number)
    return reason == phonenumbers.ValidationResult.IS_POSSIBLE and normalise_phone(value, region) is not None


def check_phone(value: str, country: str) -> None:
    if value and not _dialable(value, phone_region(country)):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{phone}” is not a valid phone number. Enter it with the area code, e.g. 030 1234567 "
                "or +49 30 1234567.",
            ),
            phone=value,
        )


def check_address(postcode: str, country: str) -> None:
    if not _COUNTRY.match(country):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The country must be a two-letter code such as DE, AT or CH.")
        )
    if postcode and country == "DE" and not _GERMAN_POSTCODE.match(postcode):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "German postcodes have five digits (e.g. 01067); “{postcode}” does not."
            ),
            postcode=postcode,
        )


def check_dates(
    today: dt.date,
    birth_date: dt.date | None,
    customer_since: dt.date | None,
    last_purchase_on: dt.date | None,
) -> None:
    if birth_date is not None and birth_date > today:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The birth date lies in the future."))
    if birth_date is not None and birth_date < OLDEST_BIRTH_DATE:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The birth date {date} is not plausible."), date=date_text(birth_date)
        )
    if customer_since is not None and customer_since > today:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "“Customer since” lies in the future."))
    if last_purchase_on is not None and last_purchase_on > today:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The last purchase lies in the future."))
    if customer_since is not None and last_purchase_on is not None and last_purchase_on < customer_since:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The last purchase ({last}) is before “customer since” ({since})."),
            last=date_text(last_purchase_on),
            since=date_text(customer_since),
        )
