"""One normal form for cells, whichever reader produced them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.excel.cells import column_index, column_letter, normalise_cell, normalise_row


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", None),
        (None, None),
        (" ", " "),
        ("01067", "01067"),
        (12345.0, 12345),
        (12345, 12345),
        (-0.0, 0),
        (1.5, 1.5),
        (2.0**53, 2.0**53),  # beyond exact integers a float stays a float ...
        (2**53 + 1, float(2**53 + 1)),  # ... and so does an int (calamine can only give a float)
        (10**400, float("inf")),
        (True, True),
        (dt.datetime(2024, 3, 1), dt.date(2024, 3, 1)),
        (dt.datetime(2024, 3, 1, 0, 0, 1), dt.datetime(2024, 3, 1, 0, 0, 1)),
        (dt.date(2024, 3, 1), dt.date(2024, 3, 1)),
        (dt.time(12, 30), dt.time(12, 30)),
        (dt.timedelta(hours=36), dt.timedelta(hours=36)),
    ],
)
def test_normalise_cell(raw: object, expected: object) -> None:
    value = normalise_cell(raw)
    assert value == expected
    assert type(value) is type(expected)


def test_rows_lose_trailing_empty_cells_only() -> None:
    assert normalise_row(["", "a", "", None, ""]) == [None, "a"]
    assert normalise_row(["", None]) == []


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (199, "GR"), (16383, "XFD")])
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters
    assert column_index(letters) == index
