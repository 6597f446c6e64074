"""Normal forms of contact data, used for matching, deduplication, suppression and search.

The originals are always kept as entered; these forms are derived and can be recomputed.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email

DEFAULT_REGION = "DE"
_SPACES = re.compile(r"\s+")


def clean_text(value: str | None) -> str:
    """Trim, NFC and collapse inner whitespace: what a person meant to type."""
    if not value:
        return ""
    # Most values already are clean: printable ASCII (NFC leaves it alone, and its only whitespace is
    # the plain space) without doubled or outer spaces. An import checks a dozen fields per row.
    if value.isascii() and value.isprintable() and "  " not in value and value[0] != " " != value[-1]:
        return value
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def normalise_email(value: str | None) -> str | None:
    """trim, NFC, lower-case, IDNA-encoded domain; None when empty or not an address."""
    text = clean_text(value)
    if not text or "@" not in text:
        return None
    local, _, domain = text.rpartition("@")
    if not local or not domain:
        return None
    try:
        ascii_domain = domain.lower().encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return f"{local.lower()}@{ascii_domain}"


def loose_email(value: str | None) -> str | None:
    """The normal form with a `+tag` removed: only for matching suppressions, never for sending."""
    norm = normalise_email(value)
    if norm is None:
        return None
    local, _, domain = norm.rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def email_problem(value: str) -> str | None:
    """None when the address is usable, else email-validator's explanation (English)."""
    try:
        validate_email(clean_text(value), check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None


def normalise_phone(value: str | None, region: str = DEFAULT_REGION) -> str | None:
    """E.164 (e.g. +4930123456) or None when the text is not a possible number."""
    text = clean_text(value)
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def is_mobile(e164: str | None) -> bool:
    if not e164:
        return False
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    kind = phonenumbers.number_type(number)
    return kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def keyed_hash(key: bytes, normalised: str) -> str:
    """HMAC-SHA256: without the key, nobody can test a list of addresses against the suppressions."""
    return hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


def search_text(*parts: str | None) -> str:
    """One case-folded string a substring search runs over (Unicode-aware: MÜLLER finds Müller)."""
    return " ".join(clean_text(p).casefold() for p in parts if p and clean_text(p))
