"""The field parsers the column mapping uses, table by table."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.excel.cells import CellValue
from desktop_app.excel.values import (
    Problem,
    describe,
    excel_serial_to_datetime,
    parse_consent_flag,
    parse_date,
    parse_datetime,
    parse_email,
    parse_phone,
    parse_postcode,
    parse_text,
)

D = dt.date
DT = dt.datetime


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("31.12.2024", D(2024, 12, 31)),
        ("1.2.2024", D(2024, 2, 1)),
        ("01.02.24", D(2024, 2, 1)),
        ("1.2.29", D(2029, 2, 1)),  # Excel's rule: 00-29 -> 20xx
        ("1.2.30", D(1930, 2, 1)),  # 30-99 -> 19xx
        (" 29.02.2024 ", D(2024, 2, 29)),
        ("2024-12-31", D(2024, 12, 31)),
        ("2024-12-31T23:59:00", D(2024, 12, 31)),
        (D(2024, 5, 1), D(2024, 5, 1)),
        (DT(2024, 5, 1, 8, 30), D(2024, 5, 1)),
        (45351, D(2024, 2, 29)),  # serial number in a column that is not formatted as date
        (45351.75, D(2024, 2, 29)),
        (1, D(1900, 1, 1)),
        (59, D(1900, 2, 28)),
        (61, D(1900, 3, 1)),  # after the non-existent 29 February 1900
        (None, None),
        ("", None),
        ("   ", None),
    ],
)
def test_parse_date(value: CellValue, expected: dt.date | None) -> None:
    parsed = parse_date(value)
    assert (parsed.value, parsed.problem) == (expected, None)


@pytest.mark.parametrize(
    "value",
    [
        "31.02.2024",
        "2024-02-30",
        "12/31/2024",
        "morgen",
        "31.12.",
        60,
        0,
        -1,
        3e7,
        True,
        dt.time(12, 0),
        "45351",
    ],
)
def test_parse_date_problems(value: CellValue) -> None:
    parsed = parse_date(value)
    assert parsed.value is None and parsed.is_error
    assert parsed.problem is not None
    assert parsed.problem.message().startswith("“")
    assert "is not a date" in parsed.problem.message()


@pytest.mark.parametrize(
    ("value", "date_1904", "expected"),
    [
        ("03.03.2025 14:05", False, DT(2025, 3, 3, 14, 5)),
        ("03.03.2025 14:05:09 Uhr", False, DT(2025, 3, 3, 14, 5, 9)),
        ("2014-02-14T08:27:48.765Z", False, DT(2014, 2, 14, 8, 27, 48, 765000, tzinfo=dt.UTC)),
        (D(2024, 1, 2), False, DT(2024, 1, 2)),
        (45351.5, False, DT(2024, 2, 29, 12, 0)),
        (0, True, DT(1904, 1, 1)),
        (43889, True, DT(2024, 2, 29)),  # the same day counted from 1904
    ],
)
def test_parse_datetime(value: CellValue, date_1904: bool, expected: dt.datetime) -> None:
    assert parse_datetime(value, date_1904).value == expected


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, DT(1900, 1, 1)),
        (59.5, DT(1900, 2, 28, 12)),
        (60, None),
        (61, DT(1900, 3, 1)),
        (2958465, DT(9999, 12, 31)),
    ],
)
def test_excel_serials_follow_the_1900_leap_year_bug(serial: float, expected: dt.datetime | None) -> None:
    assert excel_serial_to_datetime(serial) == expected


YES = ["ja", "Ja", "JA", "j", "x", "X", "1", "wahr", "WAHR", "true", "True", "yes", "y", " ja ", True, 1]
NO = ["nein", "Nein", "n", "0", "falsch", "FALSCH", "false", "no", False, 0]


@pytest.mark.parametrize("value", YES)
def test_consent_flag_yes(value: CellValue) -> None:
    assert parse_consent_flag(value).value is True


@pytest.mark.parametrize("value", NO)
def test_consent_flag_no(value: CellValue) -> None:
    assert parse_consent_flag(value).value is False


@pytest.mark.parametrize("value", [None, "", "  "])
def test_an_empty_consent_cell_means_not_asked_never_granted(value: CellValue) -> None:
    parsed = parse_consent_flag(value)
    assert parsed.value is None and parsed.problem is None


@pytest.mark.parametrize("value", ["vielleicht", "ja, per Post", "2", 2, 0.5, D(2024, 1, 1), "-"])
def test_consent_flag_problems(value: CellValue) -> None:
    parsed = parse_consent_flag(value)
    assert parsed.value is None and parsed.is_error
    assert parsed.problem is not None and "is not a yes/no answer" in parsed.problem.message()


@pytest.mark.parametrize(
    ("value", "country", "expected", "warns"),
    [
        ("01067", "DE", "01067", False),
        (" 10115 ", "DE", "10115", False),
        ("D-80331", "DE", "80331", False),
        (80331, "DE", "80331", False),
        (1067, "DE", "01067", True),  # Dresden, after Excel dropped the zero
        ("1067", "de", "01067", True),
        (1010, "AT", "1010", False),  # Vienna: four digits are right
        ("8001", "CH", "8001", False),
        ("SW1A 1AA", "GB", "SW1A 1AA", False),
        (None, "DE", None, False),
    ],
)
def test_parse_postcode(value: CellValue, country: str, expected: str | None, warns: bool) -> None:
    parsed = parse_postcode(value, country)
    assert parsed.value == expected
    assert (parsed.problem is not None) == warns
    if warns:
        assert parsed.problem is not None and parsed.problem.severity == "warning"
        assert "01067" in parsed.problem.message()


def test_a_postcode_stored_as_number_is_reported() -> None:
    problem = parse_postcode(1067).problem
    assert problem is not None
    assert problem.message() == (
        "The postcode 1067 was stored as a number, which drops leading zeros; it was read as 01067."
    )


@pytest.mark.parametrize("value", ["123", "123456", "Berlin", "1067 Dresden", 123, 1.5, True, D(2024, 1, 1)])
def test_postcode_problems(value: CellValue) -> None:
    parsed = parse_postcode(value)
    assert parsed.value is None and parsed.is_error


@pytest.mark.parametrize(
    ("value", "expected", "warns"),
    [
        ("030 1234567", "030 1234567", False),
        (" +49 (30) 123-4567 ", "+49 (30) 123-4567", False),
        (301234567, "301234567", True),  # the leading 0 is gone; the digits are kept, not guessed
        (None, None, False),
    ],
)
def test_parse_phone(value: CellValue, expected: str | None, warns: bool) -> None:
    parsed = parse_phone(value)
    assert parsed.value == expected
    assert (parsed.problem is not None and parsed.problem.severity == "warning") == warns


def test_a_phone_number_stored_as_number_is_reported() -> None:
    problem = parse_phone(301234567).problem
    assert problem is not None
    assert problem.message() == (
        "The phone number 301234567 was stored as a number, so a leading 0 or + may have been lost. Check it."
    )


@pytest.mark.parametrize("value", [1.5, -30123, True, D(2024, 1, 1)])
def test_phone_problems(value: CellValue) -> None:
    assert parse_phone(value).is_error


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (" hans@example.de ", "hans@example.de"),
        ("mailto:Hans@Example.de", "Hans@Example.de"),
        ("<hans@example.de>", "hans@example.de"),
        ("", None),
        (None, None),
    ],
)
def test_parse_email(value: CellValue, expected: str | None) -> None:
    parsed = parse_email(value)
    assert (parsed.value, parsed.problem) == (expected, None)


@pytest.mark.parametrize("value", ["hans", "hans@", "@example.de", "hans müller@example.de", "a@b@c", 42])
def test_email_problems(value: CellValue) -> None:
    parsed = parse_email(value)
    assert parsed.is_error and parsed.problem is not None
    assert "is not an e-mail address" in parsed.problem.message()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Hans   Müller ", "Hans Müller"),
        (42, "42"),
        (D(2024, 3, 1), "01.03.2024"),
        (None, None),
        ("  ", None),
    ],
)
def test_parse_text(value: CellValue, expected: str | None) -> None:
    assert parse_text(value).value == expected


def test_problems_are_listed_with_row_and_column() -> None:
    problem = parse_postcode("Berlin").problem
    assert isinstance(problem, Problem)
    assert (
        describe(problem, 12, "PLZ")
        == "Row 12, column “PLZ”: “Berlin” is not a German postcode (five digits)."
    )
