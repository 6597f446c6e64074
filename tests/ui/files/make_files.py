"""Writes kundenliste.xls and kundenliste.ods (committed beside this script), run by hand:

    python tests/ui/files/make_files.py

The list is ours (invented names, example.de addresses): an .xlsx written with openpyxl, converted by
LibreOffice (``soffice --headless --convert-to``), so the .xls is BIFF8 and the .ods is ODF as real
office programs write them, with date cells, numbers and text cells.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
TITLE = "Kundenliste Sommerfest 2025"
HEADINGS = ["Kd.-Nr.", "Vorname", "Nachname", "E-Mail-Adresse", "PLZ", "Ort", "Newsletter", "Einwilligung am"]
ROWS: list[list[object]] = [
    [1001, "Jürgen", "Größe", "juergen.groesse@example.de", "01067", "Dresden", "ja", dt.date(2025, 6, 14)],
    [1002, "Zoë", "Weiß", "zoe.weiss@example.de", "80331", "München", "x", dt.date(2025, 6, 14)],
    [1003, "Carla", "Meier", "JUERGEN.GROESSE@example.de ", "04109", "Leipzig", "ja", dt.date(2025, 6, 15)],
    [1004, "Dora", "Dorn", "dora(at)example", "20095", "Hamburg", "nein", None],
    [
        1005,
        '=HYPERLINK("http://evil.example";"klick")',
        "Evil",
        "evil@example.de",
        "10115",
        "Berlin",
        "",
        None,
    ],
    [1006, "@SUMME(1+1)", "Plus", "plus@example.de", "50667", "Köln", "", None],
]


def write_xlsx(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Kunden"
    sheet.append([TITLE])
    sheet.append([])
    sheet.append(HEADINGS)
    for values in ROWS:
        sheet.append(values)
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str) and cell.value[:1] in "=@":
                cell.data_type = "s"  # text that looks like a formula
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD.MM.YYYY"
    book.save(path)


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed to write .xls and .ods"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "kundenliste.xlsx"
        write_xlsx(source)
        profile = Path(tmp) / "lo-profile"
        for target in ("xls", "ods"):
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                 "--outdir", str(HERE), str(source)],
                check=True, capture_output=True, timeout=120,
            )  # fmt: skip


if __name__ == "__main__":
    main()
