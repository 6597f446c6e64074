"""Files that look hostile or odd but hold a usable list: they must read, and read right."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from sheet_builders import number_cell, sheet_xml, text_cell, write_xlsx

from desktop_app.excel import limits, open_workbook, preview, read_table
from desktop_app.excel.cells import column_letter

HEADINGS = ["Name", "E-Mail", "PLZ"]


def _table_rows(rows: list[list[str]], first_row: int = 1) -> str:
    return "".join(
        f'<row r="{number}">'
        + "".join(text_cell(f"{column_letter(c)}{number}", value) for c, value in enumerate(row))
        + "</row>"
        for number, row in enumerate(rows, start=first_row)
    )


def test_an_absurd_dimension_record_is_not_trusted(tmp_path: Path) -> None:
    rows = _table_rows([HEADINGS, ["Müller", "m@example.de", "01067"]])
    path = write_xlsx(tmp_path / "dim.xlsx", {"Kunden": sheet_xml(rows, dimension="A1:XFD1048576")})
    started = time.monotonic()
    result = preview(path)
    records = list(read_table(path))
    assert time.monotonic() - started < 5
    assert result.headers == HEADINGS
    assert [r.values for r in records] == [{"Name": "Müller", "E-Mail": "m@example.de", "PLZ": "01067"}]
    # openpyxl trusts the record unless told otherwise: it would pad to 16384 columns and a
    # million rows.
    with open_workbook(path, engine="openpyxl") as book:
        assert list(book.iter_rows("Kunden")) == [HEADINGS, ["Müller", "m@example.de", "01067"]]
    assert time.monotonic() - started < 5


def test_cells_far_apart_do_not_crash_the_reader(tmp_path: Path) -> None:
    # One value in XFD300000: calamine would allocate 300000 x 16384 cells at once and abort the
    # whole process. The sheet is streamed by openpyxl instead.
    rows = (
        _table_rows([HEADINGS, ["Müller", "m@example.de", "01067"]])
        + f'<row r="300000">{number_cell("XFD300000", 1)}</row>'
    )
    path = write_xlsx(tmp_path / "weit.xlsx", {"Kunden": sheet_xml(rows)})
    result = preview(path)
    assert result.headers == HEADINGS
    assert result.rows[0].values["E-Mail"] == "m@example.de"


def test_a_cell_beyond_the_column_limit_is_ignored_with_a_warning(tmp_path: Path) -> None:
    far = column_letter(limits.MAX_COLUMNS + 5)
    rows = (
        _table_rows([HEADINGS])
        + f'<row r="2">{text_cell("A2", "Müller")}{text_cell(f"{far}2", "weit")}</row>'
    )
    result = preview(write_xlsx(tmp_path / "breit.xlsx", {"Kunden": sheet_xml(rows)}))
    assert "weit" not in result.rows[0].values.values()
    assert any(f"Only the first {limits.MAX_COLUMNS} columns are read" in w for w in result.warnings)


def test_formula_like_text_comes_back_as_plain_text(tmp_path: Path) -> None:
    hostile = [
        '=HYPERLINK("http://evil.example","Klick")',
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3",
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Notiz"])
    for text in hostile:
        sheet.append(["Müller", text])
        sheet.cell(sheet.max_row, 2).data_type = "s"  # stored as text, as a shop export would
    book.save(tmp_path / "formeln.xlsx")
    notes = [r.values["Notiz"] for r in read_table(tmp_path / "formeln.xlsx")]
    assert notes == hostile


def test_a_formula_cell_gives_its_stored_result_not_the_formula(tmp_path: Path) -> None:
    rows = (
        _table_rows([["Name", "Link"]])
        + '<row r="2"><c r="A2" t="inlineStr"><is><t>Müller</t></is></c>'
        + '<c r="B2" t="str"><f>HYPERLINK("http://evil.example","Klick")</f><v>Klick</v></c></row>'
    )
    [record] = read_table(write_xlsx(tmp_path / "formel.xlsx", {"Kunden": sheet_xml(rows)}))
    assert record.values["Link"] == "Klick"


def test_formula_like_text_in_a_csv_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "formeln.csv"
    path.write_text("Name;Notiz\nMüller;=1+1\nSchmidt;+cmd|' /C calc'!A0\n", encoding="utf-8")
    assert [r.values["Notiz"] for r in read_table(path)] == ["=1+1", "+cmd|' /C calc'!A0"]


def test_a_1904_workbook_gives_the_dates_excel_shows(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["Name", "Einwilligung am", "Zeitpunkt"])
    sheet.append(["Müller", dt.date(2024, 2, 29), dt.datetime(2024, 3, 1, 9, 30)])
    book.save(tmp_path / "mac.xlsx")
    for engine in ("auto", "openpyxl"):
        with open_workbook(tmp_path / "mac.xlsx", engine=engine) as workbook:  # type: ignore[arg-type]
            assert workbook.date_1904
            rows = list(workbook.iter_rows(workbook.sheet_names[0]))
        assert rows[1] == ["Müller", dt.date(2024, 2, 29), dt.datetime(2024, 3, 1, 9, 30)], engine


def test_numbers_and_numbers_stored_as_text_keep_their_kind(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "PLZ", "Telefon"])
    sheet.append(["Müller", "01067", "0301234567"])
    sheet.append(["Schmidt", 1067, 301234567])
    book.save(tmp_path / "zahlen.xlsx")
    first, second = read_table(tmp_path / "zahlen.xlsx")
    assert (first.values["PLZ"], first.values["Telefon"]) == ("01067", "0301234567")
    assert (second.values["PLZ"], second.values["Telefon"]) == (1067, 301234567)


def test_title_rows_and_blank_rows_above_the_headings_are_skipped(tmp_path: Path) -> None:
    rows = (
        _table_rows([["Kundenliste Messe 2025"]])
        + _table_rows([["Stand: 03.03.2025"]], first_row=2)
        + _table_rows([HEADINGS, ["Müller", "m@example.de", "01067"]], first_row=5)
        + _table_rows([["Schmidt", "s@example.de", "10115"]], first_row=9)
    )
    path = write_xlsx(tmp_path / "titel.xlsx", {"Kunden": sheet_xml(rows)})
    result = preview(path)
    assert result.header_row_index == 4
    assert [r.row_number for r in result.rows] == [6, 9]
    assert "The column headings were taken from row 5; the rows above it are skipped." in result.warnings
    assert [r.row_number for r in read_table(path, "Kunden", 4)] == [6, 9]


def test_a_list_placed_further_right_starts_at_its_first_heading(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C5"], sheet["D5"], sheet["C6"], sheet["D6"] = "Name", "E-Mail", "Müller", "m@example.de"
    book.save(tmp_path / "versetzt.xlsx")
    result = preview(tmp_path / "versetzt.xlsx")
    assert result.headers == ["Name", "E-Mail"]
    assert result.rows[0].row_number == 6
    assert result.rows[0].values == {"Name": "Müller", "E-Mail": "m@example.de"}


def test_hidden_sheets_are_listed_but_not_chosen(tmp_path: Path) -> None:
    sheets = {
        "Alt": sheet_xml(_table_rows([HEADINGS, ["Alt", "a@example.de", "1"]])),
        "Neu": sheet_xml(_table_rows([HEADINGS, ["Neu", "n@example.de", "2"]])),
    }
    path = write_xlsx(tmp_path / "zwei.xlsx", sheets, hidden=("Alt",))
    result = preview(path)
    assert result.sheet_names == ["Alt", "Neu"]
    assert [s.hidden for s in result.sheets] == [True, False]
    assert result.chosen_sheet == "Neu"
    chosen = preview(path, sheet="Alt")
    assert chosen.rows[0].values["Name"] == "Alt"
    assert "The sheet “Alt” is hidden in the file." in chosen.warnings


def test_a_sheet_without_a_table_is_skipped_for_the_next_one(tmp_path: Path) -> None:
    sheets = {
        "Info": sheet_xml(_table_rows([["Exportiert aus dem Shop"]])),
        "Daten": sheet_xml(_table_rows([HEADINGS, ["Müller", "m@example.de", "01067"]])),
    }
    result = preview(write_xlsx(tmp_path / "info.xlsx", sheets))
    assert result.chosen_sheet == "Daten"
    assert "The sheet “Info” holds no table and was skipped." in result.warnings


def test_blank_and_repeated_headings_get_unique_names(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "E-Mail", None, "e-mail", "Column C"])
    sheet.append(["Müller", "a@example.de", "x", "b@example.de", "y"])
    book.save(tmp_path / "namen.xlsx")
    result = preview(tmp_path / "namen.xlsx")
    assert result.headers == ["Name", "E-Mail", "Column C (2)", "e-mail (2)", "Column C"]
    assert "Column D repeats the heading “e-mail”; it is called “e-mail (2)”." in result.warnings
    assert result.rows[0].values["e-mail (2)"] == "b@example.de"


def test_generated_names_follow_the_ui_language(tmp_path: Path) -> None:
    from desktop_app import i18n

    book = openpyxl.Workbook()
    book.active.append(["Name", None, "Ort"])
    book.active.append(["Müller", "x", "Berlin"])
    book.save(tmp_path / "leer.xlsx")
    i18n.set_language("de")
    result = preview(tmp_path / "leer.xlsx")
    assert result.headers == ["Name", "Spalte B", "Ort"]
    assert "Spalte B hat keine Überschrift; sie heißt „Spalte B“." in result.warnings


@pytest.mark.parametrize("max_rows", [1, 3])
def test_the_preview_stops_at_max_rows_and_estimates_the_rest(tmp_path: Path, max_rows: int) -> None:
    book = openpyxl.Workbook()
    book.active.append(HEADINGS)
    for number in range(10):
        book.active.append([f"Kunde {number}", f"k{number}@example.de", "10115"])
    book.save(tmp_path / "zehn.xlsx")
    result = preview(tmp_path / "zehn.xlsx", max_rows=max_rows)
    assert len(result.rows) == max_rows
    assert result.total_rows_estimate == 10
    assert len(list(read_table(tmp_path / "zehn.xlsx"))) == 10


def test_a_chosen_heading_row_overrides_detection(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for row in (["Name", "Ort"], ["Vorname", "Stadt"], ["Hans", "Berlin"]):
        book.active.append(row)
    book.save(tmp_path / "zwei-koepfe.xlsx")
    result = preview(tmp_path / "zwei-koepfe.xlsx", header_row=1)
    assert result.headers == ["Vorname", "Stadt"]
    assert [r.values for r in result.rows] == [{"Vorname": "Hans", "Stadt": "Berlin"}]


def test_a_chosen_heading_row_may_lie_below_the_rows_searched(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for number in range(60):
        book.active.append([number, number * 2])
    book.active.append(["Name", "Ort"])
    book.active.append(["Hans", "Berlin"])
    book.save(tmp_path / "tief.xlsx")
    result = preview(tmp_path / "tief.xlsx", header_row=60)
    assert (result.headers, result.rows[0].row_number) == (["Name", "Ort"], 62)
