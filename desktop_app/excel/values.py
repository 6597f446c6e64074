"""Turning normalised cells into the values a customer record needs, or saying what is wrong.

Pure functions, one per kind of field. Each returns :class:`Parsed`: a value, optionally with a
warning (the value is usable but the user should look, e.g. a postcode that lost its leading zero),
or no value and an error. Messages are marked for translation in context "Import" so the preview
can list "Row 12, column “PLZ”: …". An empty cell is never an error here: it parses to ``None``,
and for consent flags ``None`` means "not asked", never "granted".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from desktop_app.domain.normalise import clean_text
from desktop_app.excel.cells import CellValue
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

_IMPORT = "Import"
T = TypeVar("T")
Severity = Literal["error", "warning"]

# The 1900 date system counts 29 February 1900, which never existed (Lotus 1-2-3 compatibility):
# serial 60 is that day, serials below it are one day "early".
_LEAP_BUG_SERIAL = 60
_MAX_SERIAL = 2_958_465  # 31 December 9999
_BEFORE_1900 = dt.datetime(1899, 12, 31)
_AFTER_LEAP_BUG = dt.datetime(1899, 12, 30)
_EPOCH_1904 = dt.datetime(1904, 1, 1)
# Excel's two-digit year rule: 00-29 are 2000-2029, 30-99 are 1930-1999.
_CENTURY_PIVOT = 30

_GERMAN_DATE = re.compile(
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})"
    r"(?:[ T,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\s*Uhr)?)?"
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_POSTCODE_DE = re.compile(r"(?:D-|DE-)?(\d{5})", re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")

_YES = frozenset({"ja", "j", "yes", "y", "x", "1", "wahr", "true", "✓", "✔"})
_NO = frozenset({"nein", "n", "no", "0", "falsch", "false"})


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with a cell: English source text (context "Import") and its parameters."""

    text: str
    params: Mapping[str, object] = field(default_factory=dict)
    severity: Severity = "error"

    def message(self) -> str:
        return tr(_IMPORT, self.text, **self.params)


@dataclass(frozen=True, slots=True)
class Parsed(Generic[T]):
    value: T | None
    problem: Problem | None = None

    @property
    def is_error(self) -> bool:
        return self.problem is not None and self.problem.severity == "error"


def _error(text: str, /, **params: object) -> Parsed[Any]:
    return Parsed(None, Problem(text, params))


def _warning(result: T, text: str, /, **params: object) -> Parsed[T]:
    return Parsed(result, Problem(text, params, "warning"))


def describe(problem: Problem, row: int, column: str) -> str:
    """One line for a list of problems: "Row 12, column “PLZ”: …"."""
    return tr(
        _IMPORT,
        QT_TRANSLATE_NOOP("Import", "Row {row}, column “{column}”: {message}"),
        row=row,
        column=column,
        message=problem.message(),
    )


def cell_text(value: CellValue) -> str:
    """A cell as the text a German user would see in the sheet ("" for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M:%S" if value.second else "%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    return str(value)


def _is_empty(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --------------------------------------------------------------------------- dates


def excel_serial_to_datetime(serial: float, date_1904: bool = False) -> dt.datetime | None:
    """The moment an Excel serial number stands for, or None if it stands for no real day."""
    if not 0 <= serial <= _MAX_SERIAL:
        return None
    days = int(serial)
    milliseconds = round((serial - days) * 86_400_000)
    if date_1904:
        base = _EPOCH_1904
    elif days == 0 or days == _LEAP_BUG_SERIAL:  # "0 January 1900" and "29 February 1900"
        return None
    else:
        base = _BEFORE_1900 if days < _LEAP_BUG_SERIAL else _AFTER_LEAP_BUG
    return base + dt.timedelta(days=days, milliseconds=milliseconds)


def _text_to_datetime(text: str) -> dt.datetime | dt.date | None:
    match = _GERMAN_DATE.fullmatch(text)
    if match:
        year = int(match["y"])
        if len(match["y"]) == 2:
            year += 2000 if year < _CENTURY_PIVOT else 1900
        try:
            day = dt.date(year, int(match["m"]), int(match["d"]))
            if match["H"] is None:
                return day
            time_of_day = dt.time(int(match["H"]), int(match["M"]), int(match["S"] or 0))
        except ValueError:
            return None
        return dt.datetime.combine(day, time_of_day)
    if _ISO_DATE.fullmatch(text):
        try:
            moment = dt.datetime.fromisoformat(text.replace(",", "."))
        except ValueError:
            return None
        return moment.date() if len(text) == 10 else moment
    return None


_NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "“{value}” is not a date (expected e.g. 31.12.2024 or 2024-12-31).")


def parse_datetime(value: CellValue, date_1904: bool = False) -> Parsed[dt.datetime]:
    """A date cell, ``dd.mm.yyyy [hh:mm[:ss]]``, ``d.m.yy``, ISO 8601 or an Excel serial number.

    A date without time becomes midnight. ISO text with a UTC offset gives an aware datetime.
    ``date_1904`` is ``Workbook.date_1904`` for numbers read from that workbook.
    """
    if _is_empty(value):
        return Parsed(None)
    result: dt.datetime | dt.date | None = None
    if isinstance(value, dt.date):
        result = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        result = excel_serial_to_datetime(value, date_1904)
    elif isinstance(value, str):
        result = _text_to_datetime(value.strip())
    if result is None:
        return _error(_NOT_A_DATE, value=cell_text(value))
    if not isinstance(result, dt.datetime):
        result = dt.datetime.combine(result, dt.time())
    return Parsed(result)


def parse_date(value: CellValue, date_1904: bool = False) -> Parsed[dt.date]:
    """Like :func:`parse_datetime`, keeping the day only."""
    parsed = parse_datetime(value, date_1904)
    if parsed.value is None:
        return Parsed(None, parsed.problem)
    return Parsed(parsed.value.date())


# --------------------------------------------------------------------------- consent flags


def parse_consent_flag(value: CellValue) -> Parsed[bool]:
    """ja/nein, x, 1/0, wahr/falsch, true/false, yes/no (any case) and checkbox cells.

    Empty is ``None`` - "not asked" - and must never be read as consent.
    """
    if _is_empty(value):
        return Parsed(None)
    if isinstance(value, bool):
        return Parsed(value)
    if isinstance(value, int) and value in (0, 1):
        return Parsed(value == 1)
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in _YES:
            return Parsed(True)
        if word in _NO:
            return Parsed(False)
    return _error(
        QT_TRANSLATE_NOOP(
            "Import",
            "“{value}” is not a yes/no answer. Use ja or nein, x for yes, or 1 and 0; leave the cell "
            "empty if the person was not asked.",
        ),
        value=cell_text(value),
    )


# --------------------------------------------------------------------------- contact data


def parse_postcode(value: CellValue, country: str = "DE") -> Parsed[str]:
    """The postcode as text. For Germany: five digits, a lost leading zero restored with a warning.

    Excel turns 01067 (Dresden) into the number 1067 unless the column is formatted as text.
    """
    if _is_empty(value):
        return Parsed(None)
    german = country.strip().upper() in ("DE", "D", "DEU")
    if isinstance(value, bool) or not isinstance(value, int | str):
        return _error(QT_TRANSLATE_NOOP("Import", "“{value}” is not a postcode."), value=cell_text(value))
    if isinstance(value, int):
        digits = str(value)
        if german and _FOUR_DIGITS.fullmatch(digits):
            return _warning(
                "0" + digits,
                QT_TRANSLATE_NOOP(
                    "Import",
                    "The postcode {value} was stored as a number, which drops leading zeros; it was "
                    "read as {postcode}.",
                ),
                value=digits,
                postcode="0" + digits,
            )
        value = digits
    text = value.strip()
    if not german:
        return Parsed(text)
    match = _POSTCODE_DE.fullmatch(text)
    if match:
        return Parsed(match[1])
    if _FOUR_DIGITS.fullmatch(text):  # a CSV exported after Excel had dropped the zero
        return _warning(
            "0" + text,
            QT_TRANSLATE_NOOP(
                "Import", "The postcode {value} has only four digits; it was read as {postcode}. Check it."
            ),
            value=text,
            postcode="0" + text,
        )
    return _error(
        QT_TRANSLATE_NOOP("Import", "“{value}” is not a German postcode (five digits)."), value=text
    )


def parse_phone(value: CellValue) -> Parsed[str]:
    """The phone number as text, as written. A number cell is kept with a warning: Excel drops the
    leading 0 of 0301234567, and guessing it back could dial a stranger."""
    if _is_empty(value):
        return Parsed(None)
    if isinstance(value, str):
        return Parsed(value.strip())
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return _warning(
            str(value),
            QT_TRANSLATE_NOOP(
                "Import",
                "The phone number {value} was stored as a number, so a leading 0 or + may have been "
                "lost. Check it.",
            ),
            value=str(value),
        )
    return _error(QT_TRANSLATE_NOOP("Import", "“{value}” is not a phone number."), value=cell_text(value))


def parse_email(value: CellValue) -> Parsed[str]:
    """The address trimmed, without a ``mailto:`` or angle brackets around it.

    Only the shape is checked here (one @, something on both sides, no spaces); full validation
    belongs to the customer fields.
    """
    if _is_empty(value):
        return Parsed(None)
    if isinstance(value, str):
        text = value.strip().strip("<>").strip()
        if text[:7].casefold() == "mailto:":
            text = text[7:].strip()
        local, at, domain = text.rpartition("@")
        if at and local and domain and "@" not in local and text.split() == [text]:  # no white space
            return Parsed(text)
    return _error(QT_TRANSLATE_NOOP("Import", "“{value}” is not an e-mail address."), value=cell_text(value))


def parse_text(value: CellValue) -> Parsed[str]:
    """Any cell as cleaned text (trimmed, inner white space collapsed); numbers and dates as shown."""
    text = clean_text(cell_text(value))
    return Parsed(text or None)
