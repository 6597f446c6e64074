"""The kind of a file comes from its bytes; the extension is ignored."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from sheet_builders import CORPUS, CORPUS_FILES, NO_CORPUS, ods_cell, ole_file, write_ods

from desktop_app.excel.detect import FileKind, detect_kind
from desktop_app.excel.ole import OleError, ole_entry_names


def _xlsx(path: Path, macro: bool = False) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.save(path)
    if macro:  # what Excel changes for .xlsm: the content type of the workbook part
        import zipfile

        with zipfile.ZipFile(path) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"sheet.main+xml", b"sheet.macroEnabled.main+xml"
        )
        with zipfile.ZipFile(path, "w") as target:
            for name, data in parts.items():
                target.writestr(name, data)
    return path


def test_kinds_regardless_of_extension(tmp_path: Path) -> None:
    assert detect_kind(_xlsx(tmp_path / "liste.csv")) is FileKind.XLSX
    assert detect_kind(_xlsx(tmp_path / "makro.xlsx", macro=True)) is FileKind.XLSM
    assert (
        detect_kind(write_ods(tmp_path / "liste.xlsx", f"<table:table-row>{ods_cell('x')}</table:table-row>"))
        is FileKind.ODS
    )
    text = tmp_path / "liste.xlsx"
    text.write_text("Name;E-Mail\n", encoding="utf-8")
    assert detect_kind(text) is FileKind.CSV


@pytest.mark.skipif(not CORPUS_FILES, reason=NO_CORPUS)
def test_real_xls_files_are_recognised_inside_their_container(tmp_path: Path) -> None:
    for path in CORPUS.glob("*.xls"):
        if not path.name.startswith("password_"):
            renamed = tmp_path / (path.stem + ".dat")
            shutil.copy(path, renamed)
            assert detect_kind(renamed) is FileKind.XLS, path.name
            assert {"Workbook", "Book"} & ole_entry_names(path)


def test_the_ole_reader_lists_stream_names(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(ole_file({"EncryptionInfo": b"1", "EncryptedPackage": b"2", "Workbook": b"3"}))
    assert ole_entry_names(path) == {"Root Entry", "EncryptionInfo", "EncryptedPackage", "Workbook"}


def test_the_ole_reader_survives_loops_and_garbage(tmp_path: Path) -> None:
    data = bytearray(ole_file({"Workbook": b"x"}))
    data[512:516] = (1).to_bytes(4, "little")  # FAT entry 0 points to sector 1 ...
    data[516:520] = (1).to_bytes(4, "little")  # ... and sector 1 to itself: the directory chain loops
    path = tmp_path / "loop.xls"
    path.write_bytes(bytes(data))
    with pytest.raises(OleError):
        ole_entry_names(path)
