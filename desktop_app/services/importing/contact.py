"""The derived customer columns and the phone check, as services.customer_fields defines them, with
each phone number parsed once.

Why not call derive_fields and check_phone directly: together they parse every phone number five
times with libphonenumber (normalise, check, hash, is-mobile, hash again), about 0.9 ms for a row with
two numbers - more than reading the whole row from the file. Here one parse answers all questions.
tests/services/test_import_contact.py holds the results equal to derive_fields/check_phone on generated
and hand-picked inputs, so the import writes exactly the columns the customer dialog would.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

import phonenumbers
from email_validator import SPECIAL_USE_DOMAIN_NAMES
from phonenumbers import (
    NumberParseException,
    PhoneNumber,
    PhoneNumberFormat,
    PhoneNumberType,
    ValidationResult,
)
from phonenumbers import phonenumberutil as pnu
from phonenumbers.phonemetadata import PhoneMetadata

from desktop_app.domain.normalise import (
    clean_text,
    is_mobile,
    normalise_email,
    normalise_phone,
)
from desktop_app.services.customer_fields import DerivedFields, phone_region
from desktop_app.services.suppression import SuppressionKeys

_MOBILE_TYPES: tuple[int, ...] = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
_POSSIBLE = (ValidationResult.IS_POSSIBLE, ValidationResult.IS_POSSIBLE_LOCAL_ONLY)
_KEEP_PREFIX = (
    ValidationResult.TOO_SHORT,
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ValidationResult.INVALID_LENGTH,
)
# A national number as German lists write it: 0, area code and number, with spaces, / or - between.
_NATIONAL = re.compile(r"0[1-9][0-9 /-]*[0-9]")
_SEPARATORS = str.maketrans("", "", " /-")
_MIN_NSN, _MAX_NSN = 2, 17  # phonenumberutil's _MIN_LENGTH_FOR_NSN and _MAX_LENGTH_FOR_NSN
# Email addresses of the common shape, which email-validator always accepts (tests hold it to that):
# dot-atom of letters, digits, _ + -; host labels of letters, digits and inner hyphens (no "--", so
# no IDNA "xn--" labels); a top-level domain of letters.
_PLAIN_EMAIL = re.compile(
    r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
_RESERVED_DOMAINS = frozenset(SPECIAL_USE_DOMAIN_NAMES)


@dataclass(frozen=True, slots=True)
class PhoneFacts:
    e164: str | None  # normalise_phone(text, region)
    dialable: bool  # what customer_fields.check_phone accepts (an empty text is dialable)
    mobile: bool  # normalise.is_mobile(e164)
    hashed: str | None  # what SuppressionKeys.hashes hashes: normalise_phone(e164)


NO_PHONE = PhoneFacts(None, True, False, None)
_UNREADABLE = PhoneFacts(None, False, False, None)


def plain_email_ok(email: str) -> bool:
    """True when `email` certainly passes customer_fields.check_email; False means: ask it."""
    if len(email) > 254 or "--" in email or not _PLAIN_EMAIL.fullmatch(email):
        return False
    labels = email.rpartition("@")[2].lower().split(".")
    # email-validator refuses a reserved name and every name below it: test each ending of the domain.
    return all(".".join(labels[i:]) not in _RESERVED_DOMAINS for i in range(len(labels)))


def _national(text: str, region: str) -> PhoneNumber | None:
    """phonenumbers.parse(text, region) for a plain national number, or None for "ask parse".

    parse() spends most of its time finding a number in free text (extensions, RFC 3966, country codes,
    letters); for "030 1234567" only its last steps matter, and those are called here as parse calls
    them. The private helpers tie this to the phonenumbers version: tests/services/test_import_contact.py
    compares the result with parse() on generated numbers, so an upgrade that changes them fails there.
    """
    metadata = PhoneMetadata.metadata_for_region(region)
    if (
        metadata is None
        or metadata.national_prefix_for_parsing != "0"
        or metadata.national_prefix_transform_rule
        or metadata.international_prefix != "00"
        or not _NATIONAL.fullmatch(text)
        or not pnu._is_viable_phone_number(text)
    ):
        return None
    digits = text.translate(_SEPARATORS)
    # _maybe_strip_national_prefix_carrier_code for the prefix "0" without a transform rule: the 0 is
    # stripped unless the number is viable with it and not without it.
    general = _patterns(metadata).general
    stripped = digits[1:]
    if _fits(general, digits) and not _fits(general, stripped):
        stripped = digits
    if pnu._test_number_length(stripped, metadata) not in _KEEP_PREFIX:
        digits = stripped
    if not _MIN_NSN <= len(digits) <= _MAX_NSN:
        return None
    number = PhoneNumber(country_code=metadata.country_code)
    pnu._set_italian_leading_zeros_for_phone_number(digits, number)
    number.national_number = int(digits)
    return number


_Desc = tuple[frozenset[int], re.Pattern[str] | None]  # possible lengths, national number pattern
_SPECIAL_TYPES = (
    ("premium_rate", PhoneNumberType.PREMIUM_RATE), ("toll_free", PhoneNumberType.TOLL_FREE),
    ("shared_cost", PhoneNumberType.SHARED_COST), ("voip", PhoneNumberType.VOIP),
    ("personal_number", PhoneNumberType.PERSONAL_NUMBER), ("pager", PhoneNumberType.PAGER),
    ("uan", PhoneNumberType.UAN), ("voicemail", PhoneNumberType.VOICEMAIL),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _RegionPatterns:
    """A region's number descriptions compiled once (phonenumbers looks each regex up per call)."""

    general: _Desc | None
    special: tuple[tuple[_Desc | None, int], ...]  # PhoneNumberType values are ints
    fixed_line: _Desc | None
    mobile: _Desc | None
    same_mobile_and_fixed_line: bool


_NON_GEO = "001"  # phonenumberutil.REGION_CODE_FOR_NON_GEO_ENTITY
_REGION_PATTERNS: dict[int, tuple[PhoneMetadata, _RegionPatterns]] = {}


def _desc(desc: Any) -> _Desc | None:
    if desc is None:
        return None
    pattern = desc.national_number_pattern
    return frozenset(desc.possible_length), re.compile(pattern) if pattern else None


def _patterns(metadata: PhoneMetadata) -> _RegionPatterns:
    known = _REGION_PATTERNS.get(id(metadata))
    if known is None or known[0] is not metadata:
        patterns = _RegionPatterns(
            _desc(metadata.general_desc),
            tuple((_desc(getattr(metadata, name)), kind) for name, kind in _SPECIAL_TYPES),
            _desc(metadata.fixed_line),
            _desc(metadata.mobile),
            bool(metadata.same_mobile_and_fixed_line_pattern),
        )
        known = _REGION_PATTERNS[id(metadata)] = (metadata, patterns)
    return known[1]


def _fits(desc: _Desc | None, national: str) -> bool:
    """phonenumberutil._match_national_number(national, desc, False): the pattern only."""
    return desc is not None and desc[1] is not None and desc[1].fullmatch(national) is not None


def _is_type(desc: _Desc | None, national: str) -> bool:
    """phonenumberutil._is_number_matching_desc: the possible lengths, then the pattern."""
    if desc is None or (desc[0] and len(national) not in desc[0]):
        return False
    return _fits(desc, national)


def _number_type(number: PhoneNumber) -> int:
    """phonenumbers.number_type with compiled patterns, for calling codes of one region."""
    regions = pnu.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code or 0)
    metadata = None
    if regions is not None and len(regions) == 1 and regions[0] != _NON_GEO:
        metadata = PhoneMetadata.metadata_for_region(regions[0])
    if metadata is None:
        return phonenumbers.number_type(number)
    national = pnu.national_significant_number(number)
    patterns = _patterns(metadata)  # from here on: phonenumberutil._number_type_helper
    if not _is_type(patterns.general, national):
        return PhoneNumberType.UNKNOWN
    for desc, kind in patterns.special:
        if _is_type(desc, national):
            return kind
    if _is_type(patterns.fixed_line, national):
        if patterns.same_mobile_and_fixed_line or _is_type(patterns.mobile, national):
            return PhoneNumberType.FIXED_LINE_OR_MOBILE
        return PhoneNumberType.FIXED_LINE
    if not patterns.same_mobile_and_fixed_line and _is_type(patterns.mobile, national):
        return PhoneNumberType.MOBILE
    return PhoneNumberType.UNKNOWN


def _e164(number: PhoneNumber) -> str:
    """format_number(number, E164): for a parsed number its early exit, "+", calling code, digits."""
    if number.national_number and number.country_code is not None:
        return f"+{number.country_code}{pnu.national_significant_number(number)}"
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def phone_facts(text: str, region: str, want_type: bool = False) -> PhoneFacts:
    """`want_type`: also find out whether it is a mobile number (a further metadata match)."""
    text = clean_text(text)
    if not text:
        return NO_PHONE
    number = _national(text, region)
    if number is None:
        try:
            number = phonenumbers.parse(text, region)
        except NumberParseException:
            return _UNREADABLE
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason not in _POSSIBLE:
        return _UNREADABLE
    e164 = _e164(number)
    dialable = reason == ValidationResult.IS_POSSIBLE
    if number.italian_leading_zero:
        # Leading zeros of the national number do not survive a second parse of the E.164 text (tests
        # found "000000"): take the slow, literal way that normalise/is_mobile go for these rare numbers.
        again = normalise_phone(e164)
        return PhoneFacts(e164, dialable, want_type and is_mobile(e164), again)
    mobile = want_type and _number_type(number) in _MOBILE_TYPES
    return PhoneFacts(e164, dialable, mobile, e164)


def customer_search_text(values: Mapping[str, Any], customer_no: str | None) -> str:
    """derive_fields' search_text of a record given as a dict of fields."""
    return clean_search_text(
        customer_no, values["first_name"], values["last_name"], values["company"], values["email"],
        values["phone"], values["mobile"], values["postcode"], values["city"],
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ContactFields:
    derived: DerivedFields
    phone_ok: bool
    mobile_ok: bool


def clean_search_text(*parts: str | None) -> str:
    """normalise.search_text for parts that are clean already (clean_text is then the identity)."""
    return " ".join(part.casefold() for part in parts if part)


_DERIVED_NAMES = tuple(f.name for f in fields(DerivedFields))


def derived_columns(derived: DerivedFields) -> dict[str, Any]:
    """DerivedFields.columns() without dataclasses.asdict's deep copy (a tenth of the time)."""
    return {name: getattr(derived, name) for name in _DERIVED_NAMES}


def _keyed(key: bytes, text: str | None) -> str | None:
    """normalise.keyed_hash (HMAC-SHA256, hex) through hmac.digest, the one-shot C implementation."""
    return hmac.digest(key, text.encode("utf-8"), "sha256").hex() if text else None


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
    # keys.hashes(email_norm, e164) normalises the address again (a fixed point, so email_norm itself)
    # and strips its +tag for the loose form, as normalise.loose_email does.
    loose = None
    if email_norm:
        local, _, domain = email_norm.rpartition("@")
        loose = f"{local.split('+', 1)[0]}@{domain}"
    key = keys.key
    derived = DerivedFields(
        email_norm=email_norm,
        phone_e164=phone_facts_.e164,
        mobile_e164=mobile_facts.e164,
        phone_is_mobile=phone_facts_.mobile,
        search_text=clean_search_text(
            customer_no, first_name, last_name, company, email, phone, mobile, postcode, city
        ),
        email_hash=_keyed(key, email_norm),
        email_loose_hash=_keyed(key, loose),
        phone_hash=_keyed(key, phone_facts_.hashed),
        mobile_hash=_keyed(key, mobile_facts.hashed),
    )
    return ContactFields(derived, phone_facts_.dialable, mobile_facts.dialable)
