"""Broken and hostile files end in one specific, translated message - never a traceback or a hang.

Every file is generated in tmp_path (see sheet_builders); each case names the message the user must
get, both from the reader and from a whole import into a database, whose file's SHA-256 must not
change (some problems lie past the preview's rows and are only met while the import writes). Files
that read fine despite being odd (absurd dimensions, far-apart cells, UTF-16 without BOM) are in
test_odd_files_read.py.
"""

from __future__ import annotations

import os
import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from sheet_builders import (
    ods_cell,
    ole_file,
    patch_zip_entries,
    sheet_xml,
    text_cell,
    write_ods,
    write_xlsx,
    write_zip,
)

from desktop_app.db.engine import Database
from desktop_app.domain.enums import SourceKind
from desktop_app.errors import UserError
from desktop_app.excel import detect, header, limits, messages, preview, table, zip_safety
from desktop_app.excel.csv_book import TOO_MANY_ROWS, UNCLOSED_QUOTE
from desktop_app.excel.openpyxl_book import OpenpyxlWorkbook
from desktop_app.services.importing import (
    ColumnRule,
    MergePolicy,
    SourceSpec,
    Target,
    auto_profile,
    import_file,
    make_plan,
)
from tests.services.import_builders import file_hash

Builder = Callable[[Path], Path]

_XXE = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
_TABLE_ROWS = "".join(
    f'<row r="{r}">{text_cell(f"A{r}", a)}{text_cell(f"B{r}", b)}</row>'
    for r, (a, b) in enumerate([("Name", "E-Mail"), ("Müller", "m@example.de")], start=1)
)


def _valid_xlsx(path: Path) -> Path:
    return write_xlsx(path, {"Kunden": sheet_xml(_TABLE_ROWS)})


def _bytes(data: bytes, name: str) -> Builder:
    def build(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return build


def _truncated(tmp_path: Path) -> Path:
    path = _valid_xlsx(tmp_path / "ganz.xlsx")
    cut = tmp_path / "abgeschnitten.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return cut


def _zip_bomb(tmp_path: Path) -> Path:
    # 20 MB of one repeated byte pack into about 20 KB: a ratio of about 1000.
    return write_xlsx(
        tmp_path / "bombe.xlsx",
        {"Kunden": sheet_xml(_TABLE_ROWS)},
        extra_members={"xl/media/x.bin": b"\0" * (20 * limits.MB)},
    )


def _too_many_parts(tmp_path: Path) -> Path:
    extra = {f"xl/media/image{i}.png": b"" for i in range(limits.MAX_ZIP_MEMBERS + 1)}
    return write_xlsx(tmp_path / "viele.xlsx", {"Kunden": sheet_xml(_TABLE_ROWS)}, extra_members=extra)


def _lying_size(tmp_path: Path) -> Path:
    # Declares 300 MB for the sheet while storing a few hundred bytes: refused before unpacking.
    path = _valid_xlsx(tmp_path / "luegt.xlsx")
    patch_zip_entries(path, "xl/worksheets/sheet1.xml", file_size=300 * limits.MB)
    return path


def _zip_encrypted(tmp_path: Path) -> Path:
    path = _valid_xlsx(tmp_path / "zip-passwort.xlsx")
    patch_zip_entries(path, "xl/worksheets/sheet1.xml", flags=0x1)
    return path


def _renamed_docx(tmp_path: Path) -> Path:
    return write_zip(
        tmp_path / "brief.xlsx", {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}
    )


def _plain_zip(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "archiv.xlsx", {"liste.txt": "Name;E-Mail"})


def _xlsb(tmp_path: Path) -> Path:
    return write_zip(
        tmp_path / "binaer.xlsb", {"[Content_Types].xml": "<Types/>", "xl/workbook.bin": b"\x83\x01\x00"}
    )


def _numbers(tmp_path: Path) -> Path:
    return write_zip(tmp_path / "liste.numbers", {"Index/Document.iwa": b"\0\1\2"})


def _odt(tmp_path: Path) -> Path:
    return write_zip(
        tmp_path / "brief.ods", {"mimetype": "application/vnd.oasis.opendocument.text"}, zipfile.ZIP_STORED
    )


def _encrypted_xlsx(tmp_path: Path) -> Path:
    # What Excel writes for "Encrypt with Password": an OLE2 container, not a ZIP file.
    streams = {"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": os.urandom(6000)}
    path = tmp_path / "geheim.xlsx"
    path.write_bytes(ole_file(streams))
    return path


def _encrypted_xls(tmp_path: Path) -> Path:
    # BOF record, then FILEPASS (0x002F) with XOR obfuscation: calamine alone misreads these.
    bof = struct.pack("<HH", 0x0809, 16) + struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0)
    filepass = struct.pack("<HH", 0x002F, 6) + struct.pack("<HHH", 0, 0x1234, 0x5678)
    path = tmp_path / "passwort.xls"
    path.write_bytes(ole_file({"Workbook": bof + filepass + struct.pack("<HH", 0x000A, 0)}))
    return path


def _word_doc(tmp_path: Path) -> Path:
    path = tmp_path / "brief.xls"
    path.write_bytes(ole_file({"WordDocument": b"\xec\xa5" + b"\0" * 100}))
    return path


def _broken_ole(tmp_path: Path) -> Path:
    path = tmp_path / "kaputt.xls"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + os.urandom(600))
    return path


def _xxe_in(member: str) -> Builder:
    def build(tmp_path: Path) -> Path:
        if member == "sheet":
            return write_xlsx(
                tmp_path / "xxe.xlsx",
                {
                    "Kunden": sheet_xml(
                        '<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>', prolog=_XXE
                    )
                },
            )
        strings = f'<?xml version="1.0"?>{_XXE}<sst xmlns="{MAIN_NS}"><si><t>&xxe;</t></si></sst>'
        return write_xlsx(
            tmp_path / "xxe.xlsx",
            {"Kunden": sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')},
            shared_strings=strings,
        )

    return build


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _billion_laughs(tmp_path: Path) -> Path:
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    return write_xlsx(tmp_path / "lachen.xlsx", {"Kunden": sheet_xml(rows, prolog=_LAUGHS)})


def _ods_expanding(tmp_path: Path) -> Path:
    body = f'<table:table-row table:number-rows-repeated="1048576">{ods_cell("x", 16384)}</table:table-row>'
    return write_ods(tmp_path / "riesig.ods", body)


def _ods_encrypted(tmp_path: Path) -> Path:
    return write_ods(
        tmp_path / "geheim.ods", "", manifest_extra='<manifest:encryption-data manifest:checksum="x"/>'
    )


def _only_title(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "titel.xlsx",
        {"Kunden": sheet_xml(f'<row r="1">{text_cell("A1", "Kundenliste Messe 2025")}</row>')},
    )


def _only_headers(tmp_path: Path) -> Path:
    row = "".join(text_cell(f"{c}1", h) for c, h in zip("ABC", ["Name", "E-Mail", "PLZ"], strict=True))
    return write_xlsx(tmp_path / "kopf.xlsx", {"Kunden": sheet_xml(f'<row r="1">{row}</row>')})


def _all_empty(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "leer.xlsx", {"Tabelle1": sheet_xml(""), "Tabelle2": sheet_xml("")})


def _hidden_data_only(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "versteckt.xlsx",
        {"Leer": sheet_xml(""), "Daten": sheet_xml(_TABLE_ROWS)},
        hidden=("Daten",),
    )


def _text(data: str, name: str, encoding: str = "utf-8") -> Builder:
    return _bytes(data.encode(encoding), name)


def _nul_later(tmp_path: Path) -> Path:
    lines = "Name;E-Mail\n" + "Müller;m@example.de\n" * 1000 + "Kaputt\0\0;x\n"
    return _text(lines, "nul.csv")(tmp_path)


def _long_line(tmp_path: Path) -> Path:
    return _text("Name;E-Mail\n" + "x" * (10 * limits.MB) + "\n", "lang.csv")(tmp_path)


def _unclosed_quote(tmp_path: Path) -> Path:
    return _text('Name;E-Mail\n"Müller;m@example.de\nSchmidt;s@example.de\n', "quote.csv")(tmp_path)


# Past the preview's rows: the commit has begun when these are found, and must leave nothing behind.
_GOOD_ROWS = "Name;E-Mail\n" + "Müller;m@example.de\n" * 300


def _late_quote(tmp_path: Path) -> Path:
    return _text(_GOOD_ROWS + '"Offen;o@example.de\nSchmidt;s@example.de\n', "spaet.csv")(tmp_path)


def _late_long_line(tmp_path: Path) -> Path:
    return _text(_GOOD_ROWS + "x" * (10 * limits.MB) + "\n", "spaet-lang.csv")(tmp_path)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "ordner.xlsx"
    folder.mkdir()
    return folder


CASES: list[tuple[str, Builder, str]] = [
    ("empty csv", _bytes(b"", "leer.csv"), "The file “{name}” is empty (0 bytes)."),
    ("zero-byte xlsx", _bytes(b"", "leer.xlsx"), "The file “{name}” is empty (0 bytes)."),
    ("missing file", lambda tmp_path: tmp_path / "weg.xlsx", "The file “{name}” does not exist (any more)."),
    ("folder", _folder, messages.NOT_A_SPREADSHEET),
    ("truncated zip", _truncated, messages.DAMAGED),
    ("zip garbage", _bytes(b"PK\x03\x04" + os.urandom(2000), "muell.xlsx"), messages.DAMAGED),
    ("zip bomb", _zip_bomb, "bomb"),
    ("too many parts", _too_many_parts, zip_safety.TOO_MANY_PARTS),
    ("lying declared size", _lying_size, "bomb"),
    ("zip-level encryption", _zip_encrypted, messages.PASSWORD_PROTECTED),
    ("docx renamed", _renamed_docx, messages.NOT_A_SPREADSHEET),
    ("plain zip renamed", _plain_zip, messages.NOT_A_SPREADSHEET),
    (
        "pdf renamed",
        _bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "rechnung.xlsx"),
        messages.NOT_A_SPREADSHEET,
    ),
    ("png renamed", _bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100), "bild.xlsx"), messages.NOT_A_SPREADSHEET),
    ("xlsb", _xlsb, "xlsb"),
    ("apple numbers", _numbers, "Numbers"),
    ("odt renamed", _odt, messages.NOT_A_SPREADSHEET),
    ("encrypted xlsx", _encrypted_xlsx, messages.PASSWORD_PROTECTED),
    ("xls with FILEPASS", _encrypted_xls, messages.PASSWORD_PROTECTED),
    ("word .doc renamed", _word_doc, messages.NOT_A_SPREADSHEET),
    ("broken OLE", _broken_ole, messages.DAMAGED),
    ("Excel 4 BIFF", _bytes(b"\x09\x04\x06\x00\x00\x00\x10\x00" + b"\0" * 100, "alt.xls"), "Excel 2 to 4"),
    (
        "HTML as xls",
        _text("<html><body><table><tr><td>Name</td></tr></table></body></html>", "shop.xls"),
        "HTML",
    ),
    (
        "SpreadsheetML 2003",
        _text(
            '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>', "alt.xml"
        ),
        "XML Spreadsheet 2003",
    ),
    ("binary garbage csv", _bytes(bytes(range(256)) * 20, "muell.csv"), "binary data"),
    ("NUL bytes in a later line", _nul_later, "NUL"),
    ("10 MB single line", _long_line, "longer than"),
    ("unclosed quotation mark", _unclosed_quote, UNCLOSED_QUOTE),
    ("unclosed quotation mark after 300 good rows", _late_quote, UNCLOSED_QUOTE),
    ("10 MB line after 300 good rows", _late_long_line, "longer than"),
    ("XXE in sheet1.xml", _xxe_in("sheet"), messages.UNSAFE_XML),
    ("XXE in sharedStrings.xml", _xxe_in("strings"), messages.UNSAFE_XML),
    ("billion laughs", _billion_laughs, messages.UNSAFE_XML),
    ("ODS expanding to billions of cells", _ods_expanding, messages.SHEET_TOO_LARGE),
    ("encrypted ODS", _ods_encrypted, messages.PASSWORD_PROTECTED),
    ("sheet with only a title", _only_title, header.NO_HEADER),
    ("headings without data", _only_headers, table.NO_DATA),
    ("all sheets empty", _all_empty, table.NO_DATA_AT_ALL),
    ("data only on a hidden sheet", _hidden_data_only, table.ONLY_HIDDEN_DATA),
]


@pytest.mark.parametrize(("builder", "expected"), [pytest.param(b, e, id=i) for i, b, e in CASES])
def test_refused_with_its_own_message(tmp_path: Path, builder: Builder, expected: str) -> None:
    path = builder(tmp_path)
    with pytest.raises(UserError) as refused:
        preview(path)  # some problems lie beyond the preview's rows ...
        list(table.read_table(path))  # ... and must stop the commit
    _says(refused.value, expected, path)


def _says(error: UserError, expected: str, path: Path) -> None:
    """The error is the expected one, every parameter filled in, naming the file where it should."""
    shown = error.message()
    if (
        expected in (messages.NOT_A_SPREADSHEET, messages.DAMAGED, messages.PASSWORD_PROTECTED)
        or "{" in expected
    ):
        assert error.text == expected, shown
    else:
        assert expected in shown, shown
    assert "{" not in shown, "every parameter is filled in"
    if "{name}" in error.text:
        assert f"“{path.name}”" in shown


def test_the_hostile_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("builder", "expected"), [pytest.param(b, e, id=i) for i, b, e in CASES])
def test_importing_it_leaves_the_database_file_unchanged(
    db: Database, tmp_path: Path, builder: Builder, expected: str
) -> None:
    """The whole import as the wizard and the CLI run it (preview, plan, commit with a new data source),
    refused with the file's own message; the database file's SHA-256 is the same afterwards."""
    path = builder(tmp_path)
    before = file_hash(db)
    with pytest.raises(UserError) as refused:
        shown = preview(path)
        mapping = auto_profile(shown.headers)
        columns = {**mapping.profile.columns, shown.headers[0]: ColumnRule(Target.LAST_NAME)}
        profile = replace(
            mapping.profile,
            columns=columns,
            merge_policy=MergePolicy.FILL_EMPTY,
            source=SourceSpec("Feindliche Liste", SourceKind.IMPORT),
        )
        import_file(db, make_plan(path, profile, shown), "anna")
    error = refused.value
    if "Nothing was imported." in error.message():  # found while writing: the reader's message inside
        assert isinstance(error.__cause__, UserError) and error.__cause__.message() in error.message()
        error = error.__cause__
    _says(error, expected, path)
    assert file_hash(db) == before


@pytest.mark.parametrize(
    ("builder", "looks_like"),
    [
        (_renamed_docx, "a Word document"),
        (_word_doc, "a Word document"),
        (_plain_zip, "a ZIP archive"),
        (_bytes(b"%PDF-1.4", "x.xlsx"), "a PDF document"),
        (_bytes(b"\x89PNG\r\n\x1a\n....", "x.xlsx"), "an image (PNG)"),
        (_odt, "a text document (OpenDocument)"),
        (_folder, "a folder"),
    ],
)
def test_a_refused_file_says_what_it_looks_like(tmp_path: Path, builder: Builder, looks_like: str) -> None:
    with pytest.raises(UserError, match=f"it looks like {re.escape(looks_like)}\\."):
        preview(builder(tmp_path))


def test_the_zip_bomb_message_names_the_part_and_its_ratio(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"part “xl/media/x\.bin” would unpack to \d{3,} times"):
        preview(_zip_bomb(tmp_path))


def test_unpacked_size_is_limited_by_what_the_parts_declare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _valid_xlsx(tmp_path / "gross.xlsx")
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(UserError, match="unpacks to 1 MB \\(the limit is 1 MB\\)"):
        preview(path)


def test_a_csv_longer_than_the_row_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _text("Name;E-Mail\n" + "Müller;m@example.de\n" * 20, "lang.csv")(tmp_path)
    monkeypatch.setattr(limits, "MAX_ROWS", 10)
    with pytest.raises(UserError) as refused:
        list(table.read_table(path))
    assert refused.value.text == TOO_MANY_ROWS


def test_a_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _valid_xlsx(tmp_path / "gross.xlsx")
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 100)
    with pytest.raises(UserError) as refused:
        preview(path)
    assert refused.value.text == messages.TOO_LARGE_FILE


def test_openpyxl_refuses_entities_through_defusedxml(tmp_path: Path) -> None:
    # Defence in depth: even without the prolog check, openpyxl's parser (defusedxml) refuses.
    path = _xxe_in("sheet")(tmp_path)
    with pytest.raises(UserError) as refused, OpenpyxlWorkbook(path, detect.FileKind.XLSX) as book:
        list(book.iter_rows("Kunden"))
    assert refused.value.text == messages.UNSAFE_XML


def test_no_import_without_defusedxml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(UserError, match="defusedxml"):
        preview(_valid_xlsx(tmp_path / "ok.xlsx"))
