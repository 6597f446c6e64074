"""The import's one-parse contact fields equal customer_fields.derive_fields and check_phone exactly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.errors import UserError
from desktop_app.services.customer_fields import check_phone, derive_fields
from desktop_app.services.importing.contact import contact_fields
from desktop_app.services.suppression import SuppressionKeys

KEYS = SuppressionKeys(b"k" * 32)
PLAIN = (
    r"[A-Za-z0-9_+-]{1,10}(?:\.[A-Za-z0-9_+-]{1,5}){0,2}@(?:[a-z0-9]{1,3}-?[a-z0-9]{0,3}\.){1,3}[A-Za-z]{2,4}"
)

digits = st.text("0123456789", min_size=0, max_size=14)
separator = st.sampled_from(["", " ", "/", "-", " / ", "(", ")", ".", "  "])
phones = st.one_of(
    st.builds(lambda a, s, b: f"0{a}{s}{b}", digits, separator, digits),
    st.builds(
        lambda p, a, s, b: f"{p}{a}{s}{b}",
        st.sampled_from(["+49 ", "0049 ", "+41 ", "+43", "+1 ", "+"]),
        digits,
        separator,
        digits,
    ),
    st.builds(lambda a, e: f"{a} {e}", digits, st.sampled_from(["x12", "ext. 3", "Durchwahl 4", "#5"])),
    st.text(max_size=12),
)
emails = st.one_of(
    st.sampled_from(["", "Anna.Muller+news@Example.DE", "x@bücher.de", "a@b", "kaputt", " a@b.de "]),
    st.emails(),
    st.text(max_size=20),
)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(phone=phones, mobile=phones, email=emails, country=st.sampled_from(["DE", "AT", "CH", "US", "X1"]))
@example(phone="030 1234567", mobile="0151 23456789", email="Anna@Example.de", country="DE")
@example(phone="1234567", mobile="+49 (0)30 1234567", email="", country="DE")
@example(phone="044 123 45 67", mobile="0049 151 2345678", email="a@b.ch", country="CH")
def test_contact_fields_equal_derive_fields(phone: str, mobile: str, email: str, country: str) -> None:
    from desktop_app.domain.normalise import clean_text

    phone, mobile, email = clean_text(phone), clean_text(mobile), clean_text(email)
    fields = {
        "customer_no": "K-0000001", "first_name": "Jürgen", "last_name": "Müller", "company": "",
        "email": email, "phone": phone, "mobile": mobile, "postcode": "01067", "city": "Dresden",
        "country": country,
    }  # fmt: skip
    fast = contact_fields(KEYS, **fields)
    assert fast.derived == derive_fields(KEYS, **fields)
    assert fast.phone_ok == _accepted(phone, country)
    assert fast.mobile_ok == _accepted(mobile, country)


def _accepted(value: str, country: str) -> bool:
    try:
        check_phone(value, country)
    except UserError:
        return False
    return True


@pytest.mark.parametrize("value", ["030 1234567", "+49 30 1234567", "0151 23456789", "", "1234567", "abc"])
def test_hand_picked_numbers(value: str) -> None:
    fields = {
        "customer_no": None, "first_name": "", "last_name": "X", "company": "", "email": "", "phone": value,
        "mobile": value, "postcode": "", "city": "",
    }  # fmt: skip
    fast = contact_fields(KEYS, **fields)  # type: ignore[arg-type]
    assert fast.phone_ok == _accepted(value, "DE")
    assert fast.derived == derive_fields(KEYS, **fields)  # type: ignore[arg-type]


national = st.builds(
    lambda first, rest: "0" + first + rest,
    st.sampled_from("123456789"),
    st.text("0123456789 /-", max_size=16),
)


@settings(max_examples=300, deadline=None)
@given(text=national, region=st.sampled_from(["DE", "AT", "CH", "US", "IT"]))
@example(text="030 1234567", region="DE")
@example(text="01", region="DE")
@example(text="0123", region="DE")
@example(text="0301234567890123456", region="DE")
def test_the_shortcut_for_national_numbers_is_what_parse_returns(text: str, region: str) -> None:
    import phonenumbers

    from desktop_app.services.importing.contact import _national

    fast = _national(text, region)
    if fast is None:
        return  # parse() decides
    assert fast == phonenumbers.parse(text, region)


@settings(max_examples=500, deadline=None)
@given(
    code=st.sampled_from([49, 43, 41, 1, 7, 44, 39, 800, 979, 999]),
    national=st.text("0123456789", min_size=1, max_size=15),
)
@example(code=49, national="15123456789")  # mobile
@example(code=49, national="301234567")  # fixed line
@example(code=49, national="9001234567")  # premium rate
@example(code=39, national="0612345678")  # Italian leading zero
def test_number_type_and_e164_are_what_phonenumbers_gives(code: int, national: str) -> None:
    import phonenumbers

    from desktop_app.services.importing.contact import _e164, _number_type

    number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
    if national.startswith("0") and len(national) > 1:
        number.italian_leading_zero = True
        number.number_of_leading_zeros = len(national) - len(national.lstrip("0")) or None
    assert _number_type(number) == phonenumbers.number_type(number)
    assert _e164(number) == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@settings(max_examples=300, deadline=None)
@given(
    email=st.one_of(
        st.from_regex(PLAIN, fullmatch=True),
        st.builds(
            lambda local, d: f"{local}@{d}",
            st.from_regex(r"[a-z]{1,8}", fullmatch=True),
            st.sampled_from(
                [
                    "x.local",
                    "localhost.de",
                    "a.test",
                    "b.arpa",
                    "c.onion",
                    "xn--bcher-kva.de",
                    "ab--cd.de",
                    "web.de",
                    "-a.de",
                    "a-.de",
                    "a..de",
                    "a.d1",
                ]
            ),
        ),
    )
)
@example(email="anna.mueller+news@web.de")
@example(email="a" * 250 + "@web.de")
def test_plain_addresses_are_ones_email_validator_accepts(email: str) -> None:
    from desktop_app.domain.normalise import email_problem, normalise_email
    from desktop_app.services.importing.contact import plain_email_ok

    if plain_email_ok(email):
        assert email_problem(email) is None and normalise_email(email) is not None


def test_the_shortcuts_are_taken_for_the_common_cases() -> None:
    from desktop_app.services.importing.contact import _national, plain_email_ok

    assert _national("030 1234567", "DE") is not None and _national("0151/2345-678", "DE") is not None
    assert _national("+49 30 1234567", "DE") is None  # international format: parse() itself
    assert plain_email_ok("anna.mueller+news@web.de") and plain_email_ok("A_B-1@Sub.Example.COM")
    assert not plain_email_ok("x@bücher.de") and not plain_email_ok("x@host.local")
