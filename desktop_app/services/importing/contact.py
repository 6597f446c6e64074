"""The derived customer columns and the phone check, as services.customer_fields defines them, with
each phone number parsed once.

Why not call derive_fields and check_phone directly: together they parse every phone number five
times with libphonenumber (normalise, check, hash, is-mobile, hash again), about 0.9 ms for a row with
two numbers - more than reading the whole row from the file. Here one parse answers all questions.
tests/services/test_import_contact.py holds the results equal to derive_fields/check_phone on generated
and hand-picked inputs, so the import writes exactly the columns the customer dialog would.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType, ValidationResult

from desktop_app.domain.normalise import (
    clean_text,
    is_mobile,
    keyed_hash,
    loose_email,
    normalise_email,
    normalise_phone,
    search_text,
)
from desktop_app.services.customer_fields import DerivedFields, phone_region
from desktop_app.services.suppression import SuppressionKeys

_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
_POSSIBLE = (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY)


@dataclass(frozen=True, slots=True)
class PhoneFacts:
    e164: str | None  # normalise_phone(text, region)
    dialable: bool  # what customer_fields.check_phone accepts (an empty text is dialable)
    mobile: bool  # normalise.is_mobile(e164)
    hashed: str | None  # what SuppressionKeys.hashes hashes: normalise_phone(e164)


NO_PHONE = PhoneFacts(None, True, False, None)
_UNREADABLE = PhoneFacts(None, False, False, None)


def phone_facts(text: str, region: str, want_type: bool = False) -> PhoneFacts:
    """`want_type`: also find out whether it is a mobile number (a further metadata match)."""
    text = clean_text(text)
    if not text:
        return NO_PHONE
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        return _UNREADABLE
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason not in _POSSIBLE:
        return _UNREADABLE
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    dialable = reason == ValidationResult.IS_POSSIBLE
    if number.italian_leading_zero:
        # Leading zeros of the national number do not survive a second parse of the E.164 text (tests
        # found "000000"): take the slow, literal way that normalise/is_mobile go for these rare numbers.
        again = normalise_phone(e164)
        return PhoneFacts(e164, dialable, want_type and is_mobile(e164), again)
    mobile = want_type and phonenumbers.number_type(number) in _MOBILE_TYPES
    return PhoneFacts(e164, dialable, mobile, e164)


def customer_search_text(values: Mapping[str, Any], customer_no: str | None) -> str:
    """derive_fields' search_text of a record given as a dict of fields."""
    return search_text(
        customer_no, values["first_name"], values["last_name"], values["company"], values["email"],
        values["phone"], values["mobile"], values["postcode"], values["city"],
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ContactFields:
    derived: DerivedFields
    phone_ok: bool
    mobile_ok: bool


def contact_fields(
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
) -> ContactFields:
    """derive_fields(...) plus whether phone and mobile pass check_phone, for already cleaned text."""
    region = phone_region(country)
    email_norm = normalise_email(email)
    phone_facts_ = phone_facts(phone, region, want_type=True)
    mobile_facts = phone_facts(mobile, region)
    # keys.hashes(email_norm, e164) normalises both again; both normal forms are fixed points.
    again = normalise_email(email_norm)
    loose = loose_email(email_norm)
    key = keys.key
    derived = DerivedFields(
        email_norm=email_norm,
        phone_e164=phone_facts_.e164,
        mobile_e164=mobile_facts.e164,
        phone_is_mobile=phone_facts_.mobile,
        search_text=search_text(
            customer_no, first_name, last_name, company, email, phone, mobile, postcode, city
        ),
        email_hash=keyed_hash(key, again) if again else None,
        email_loose_hash=keyed_hash(key, loose) if loose else None,
        phone_hash=keyed_hash(key, phone_facts_.hashed) if phone_facts_.hashed else None,
        mobile_hash=keyed_hash(key, mobile_facts.hashed) if mobile_facts.hashed else None,
    )
    return ContactFields(derived, phone_facts_.dialable, mobile_facts.dialable)
