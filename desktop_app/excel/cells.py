"""The normalised cell values every reader produces, and helpers to build them.

Readers disagree on the same cell: calamine returns ``''`` for an empty cell, ``12345.0`` for an
integer and ``date`` for a date-only cell, openpyxl returns ``None``, ``12345`` and a ``datetime`` at
midnight. :func:`normalise_cell` maps both to one form so that nothing downstream knows which
reader ran.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

#: A normalised cell: ``None`` (empty, or an error value such as ``#N/A``), ``bool``, ``int``
#: (integral numbers), ``float``, ``str`` (exactly as stored), ``datetime.date`` (no time part),
#: ``datetime.datetime`` (with a time part), ``datetime.time`` (time of day only) or
#: ``datetime.timedelta`` (durations such as ``[h]:mm``).
CellValue = None | bool | int | float | str | dt.date | dt.datetime | dt.time | dt.timedelta

Row = list[CellValue]

# Beyond 2**53 a float no longer holds every integer, so turning it into an int would invent digits.
_EXACT_INT_LIMIT = 2**53
_MIDNIGHT = dt.time(0, 0)


def normalise_cell(value: object) -> CellValue:
    """One reader's raw value in the common form (see :data:`CellValue`)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool | str | dt.time | dt.timedelta):
        return value
    if isinstance(value, int):
        # Beyond the exact range calamine can only deliver a float; round the same way.
        return value if abs(value) < _EXACT_INT_LIMIT else _float_of_int(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _EXACT_INT_LIMIT:
            return int(value)
        return value
    if isinstance(value, dt.datetime):
        # A date cell is a number without a fraction: same answer whichever reader looked at it.
        if value.time() == _MIDNIGHT and value.tzinfo is None:
            return value.date()
        return value
    if isinstance(value, dt.date):
        return value
    return str(value)


def _float_of_int(value: int) -> float:
    try:
        return float(value)
    except OverflowError:
        return float("inf") if value > 0 else float("-inf")


def normalise_row(values: Iterable[object]) -> Row:
    """Normalised cells with the empty cells at the end removed (an empty row becomes ``[]``)."""
    # Text is most cells: `v or None` is what normalise_cell does with it, without the call.
    row = [(v or None) if type(v) is str else normalise_cell(v) for v in values]
    while row and row[-1] is None:
        row.pop()
    return row


def is_blank(value: CellValue) -> bool:
    """Empty for the purpose of finding tables: ``None`` or text of white space only."""
    return value is None or (isinstance(value, str) and not value.strip())


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_index(letters: str) -> int:
    """0-based index of a column name: A -> 0, XFD -> 16383."""
    index = 0
    for char in letters.upper():
        index = index * 26 + ord(char) - ord("A") + 1
    return index - 1
