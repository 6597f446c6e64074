"""Finding the row of column headings below titles, dates and blank rows."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.excel import detect_header
from desktop_app.excel.cells import CellValue
from desktop_app.excel.header import NO_HEADER, ColumnNames
from desktop_app.excel.messages import SheetProblem

HEAD = ["Name", "Vorname", "E-Mail", "PLZ", "Newsletter"]
DATA = [["Müller", "Hans", "h@example.de", "01067", "ja"], ["Weiß", "Eva", "e@example.de", 10115, None]]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param([HEAD, *DATA], 0, id="headings in row 1"),
        pytest.param([["Kundenliste Messe 2025"], [], HEAD, *DATA], 2, id="title and blank row"),
        pytest.param([[], [], ["Kundenliste", "Stand: 03.03.2025"], [], HEAD, *DATA], 4, id="two-cell title"),
        pytest.param(
            [[None, "Kundenliste Messe 2025"], [None, *HEAD], *[[None, *r] for r in DATA]],
            1,
            id="title above an indented table",
        ),
        pytest.param([["Exportiert am", dt.date(2025, 3, 3)], HEAD, *DATA], 1, id="date line"),
        pytest.param(
            [["Name", None, "E-Mail", "PLZ", None], ["Müller", "Hans", "h@example.de", "01067", "ja"]],
            0,
            id="some headings blank",
        ),
        pytest.param([["E-Mail"], ["a@example.de"], ["b@example.de"]], 0, id="one column"),
        pytest.param(
            [["Newsletter-Empfänger"], ["E-Mail"], ["a@example.de"]], 1, id="title above one column"
        ),
        pytest.param([HEAD], 0, id="headings without data"),
        pytest.param([["Kunden 2025"], ["Name", "Jahr"], ["Müller", 2024]], 1, id="numbers are data"),
    ],
)
def test_detect_header(rows: list[list[CellValue]], expected: int) -> None:
    assert detect_header(rows) == expected


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([["Kundenliste Messe 2025"]], id="only a title"),
        pytest.param([[1, 2, 3], [4, 5, 6]], id="only numbers"),
        pytest.param(
            [["a@example.de", "b@example.de"], ["c@example.de", "d@example.de"]], id="only addresses"
        ),
        pytest.param([[], [None, "  "]], id="empty"),
    ],
)
def test_no_header_found(rows: list[list[CellValue]]) -> None:
    with pytest.raises(SheetProblem) as problem:
        detect_header(rows)
    assert problem.value.text == NO_HEADER


def test_only_the_first_rows_are_searched() -> None:
    rows: list[list[CellValue]] = [[i] for i in range(100)] + [HEAD, *DATA]
    with pytest.raises(SheetProblem):
        detect_header(rows)


def test_column_names_are_cleaned_and_unique() -> None:
    names = ColumnNames(["  Vor-\nname ", None, "PLZ", "plz", "Column B", 2024, dt.date(2025, 1, 31)])
    assert names.names == ["Vor- name", "Column B (2)", "PLZ", "plz (2)", "Column B", "2024", "31.01.2025"]
    assert names.name(8) == "Column I"
    assert names.names[-1] == "Column I"
