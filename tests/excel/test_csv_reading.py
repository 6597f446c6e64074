"""CSV as German offices, web shops and Excel's export menu write it."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop_app.excel import open_workbook, preview, read_table
from desktop_app.excel.csv_book import CsvWorkbook, detect_delimiter

EXPECTED = [
    {"Name": "Müller", "Straße": "Hauptstraße 1", "PLZ": "01067", "E-Mail": "mueller@example.de"},
    {"Name": "Weiß", "Straße": "Am Ölberg 2", "PLZ": "80331", "E-Mail": None},
]


def _write(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


ROWS = [
    ["Name", "Straße", "PLZ", "E-Mail"],
    ["Müller", "Hauptstraße 1", "01067", "mueller@example.de"],
    ["Weiß", "Am Ölberg 2", "80331", ""],
]


def _lines(delimiter: str, newline: str = "\n", prefix: str = "") -> str:
    return prefix + "".join(delimiter.join(row) + newline for row in ROWS)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        pytest.param(_lines(";", "\r\n"), "cp1252", id="German Excel: cp1252, semicolons, CRLF"),
        pytest.param(_lines(",", prefix="\ufeff"), "utf-8", id="UTF-8 with BOM and commas"),
        pytest.param(_lines("\t"), "utf-8", id="tab-separated UTF-8"),
        pytest.param(
            _lines("\t", "\r\n", "\ufeff"), "utf-16-le", id="Excel 'Unicode text': UTF-16 with BOM, tabs"
        ),
        pytest.param(_lines(";"), "utf-16-le", id="UTF-16 without BOM"),
        pytest.param("sep=,\n" + _lines(","), "utf-8", id="Excel's sep= line"),
    ],
)
def test_encodings_and_delimiters(tmp_path: Path, text: str, encoding: str) -> None:
    path = _write(tmp_path, "liste.csv", text, encoding)
    result = preview(path)
    assert result.headers == ["Name", "Straße", "PLZ", "E-Mail"]
    assert [r.values for r in result.rows] == EXPECTED
    assert [r.values for r in read_table(path)] == EXPECTED


def test_a_windows_1252_file_is_flagged_so_umlauts_get_checked(tmp_path: Path) -> None:
    path = _write(tmp_path, "liste.csv", "Name;Ort\nMüller;Köln\n", "cp1252")
    assert any("read as Windows-1252" in w for w in preview(path).warnings)
    utf8 = _write(tmp_path, "utf8.csv", "Name;Ort\nMüller;Köln\n", "utf-8")
    assert not any("Windows-1252" in w for w in preview(utf8).warnings)


def test_utf8_is_recognised_even_when_the_first_umlaut_comes_late(tmp_path: Path) -> None:
    text = "Name;Ort\n" + "Meier;Berlin\n" * 20000 + "Müller;Köln\n"
    with CsvWorkbook(_write(tmp_path, "spaet.csv", text, "utf-8")) as book:
        assert book.encoding == "utf-8"
        assert list(book.iter_rows("spaet.csv"))[-1] == ["Müller", "Köln"]


def test_quoted_fields_with_newlines_delimiters_and_quotes(tmp_path: Path) -> None:
    text = (
        'Name;Adresse;Notiz\n"Müller; Hans";"Hauptstraße 1\n01067 Dresden";"sagt ""ja"""\nSchmidt;Ring 2;\n'
    )
    records = list(read_table(_write(tmp_path, "quoted.csv", text, "utf-8")))
    assert records[0].values == {
        "Name": "Müller; Hans",
        "Adresse": "Hauptstraße 1\n01067 Dresden",
        "Notiz": 'sagt "ja"',
    }
    # Rows count records, as Excel shows them, not physical lines.
    assert [r.row_number for r in records] == [2, 3]


def test_a_stray_quote_inside_a_field_is_kept(tmp_path: Path) -> None:
    text = 'Name;Firma\nMüller;Bau "Nord" GmbH\nSchmidt;X\n'
    records = list(read_table(_write(tmp_path, "stray.csv", text, "utf-8")))
    assert [r.values["Firma"] for r in records] == ['Bau "Nord" GmbH', "X"]


def test_cells_stay_text_so_leading_zeros_survive(tmp_path: Path) -> None:
    path = _write(tmp_path, "zahlen.csv", "PLZ;Telefon;Betrag\n01067;0301234567;12,50\n", "utf-8")
    with open_workbook(path) as book:
        assert list(book.iter_rows(book.sheet_names[0]))[1] == ["01067", "0301234567", "12,50"]


def test_a_single_column_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "mails.csv", "E-Mail\na@example.de\nb@example.de\n", "utf-8")
    assert [r.values for r in read_table(path)] == [{"E-Mail": "a@example.de"}, {"E-Mail": "b@example.de"}]


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        ("a;b;c\n1;2;3\n", ";"),
        ("a,b,c\n1,2,3\n", ","),
        ("a\tb\n1\t2\n", "\t"),
        ("a|b\n1|2\n", "|"),
        # Commas inside the values, semicolons between them: semicolons are consistent.
        ("Name;Ort\nMüller, Hans;Berlin\nSchmidt;Köln, Rhein\n", ";"),
        # Delimiters inside quotes do not count.
        ('"a;b",c\n"d;e",f\n"g;h",i\n', ","),
        ("Kundenliste\n\nName;Ort;PLZ\nA;B;C\nD;E;F\n", ";"),
        ("nur eine Spalte\nzweite Zeile\n", ","),
    ],
)
def test_delimiter_detection(sample: str, expected: str) -> None:
    assert detect_delimiter(sample) == (expected, False)


def test_the_sep_line_names_the_delimiter(tmp_path: Path) -> None:
    assert detect_delimiter("sep=;\na,b;c\n") == (";", True)


def test_codecs_bom_is_not_part_of_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"E-Mail;Name\na@example.de;A\n")
    assert preview(path).headers == ["E-Mail", "Name"]


def test_utf16_text_starting_with_a_tab_is_not_mistaken_for_old_excel(tmp_path: Path) -> None:
    path = _write(tmp_path, "tab.txt", "\tName\tOrt\n1\tMüller\tKöln\n", "utf-16-le")
    assert preview(path).headers == ["Column A", "Name", "Ort"]  # column A holds data without a heading
