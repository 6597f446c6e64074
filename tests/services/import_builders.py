"""Spreadsheets and plans for the import tests: written into tmp_path, never committed."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl

from desktop_app.db.engine import Database
from desktop_app.domain.enums import SourceKind
from desktop_app.services.importing import (
    ImportPlan,
    ImportProfile,
    ImportReport,
    MergePolicy,
    SourceSpec,
    auto_profile,
    import_file,
    make_plan,
    preview_import,
)

ACTOR = "anna"
HEADINGS = (
    "Kundennummer",
    "Vorname",
    "Nachname",
    "E-Mail",
    "Telefon",
    "PLZ",
    "Ort",
    "Newsletter",
    "Einwilligung am",
)
SOURCE = SourceSpec("Messe Hannover 2025", SourceKind.TRADE_FAIR)


def row(
    number: str = "",
    first: str = "Anna",
    last: str = "Müller",
    email: str = "anna@example.de",
    phone: str = "030 1234567",
    postcode: Any = "01067",
    city: str = "Dresden",
    newsletter: Any = "ja",
    given: Any = dt.date(2024, 5, 1),
) -> list[Any]:
    return [number, first, last, email, phone, postcode, city, newsletter, given]


def xlsx(
    path: Path, rows: Sequence[Sequence[Any]], headings: Sequence[str] = HEADINGS, title: str = ""
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Kunden"
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(list(headings))
    for values in rows:
        sheet.append(list(values))
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as a hostile list would hold it
    book.save(path)
    return path


def german_csv(path: Path, rows: Sequence[Sequence[Any]], headings: Sequence[str] = HEADINGS) -> Path:
    """What German Excel writes for "CSV (Trennzeichen-getrennt)": Windows-1252 and semicolons."""
    with path.open("w", encoding="cp1252", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(headings)
        for values in rows:
            cells = [
                v.strftime("%d.%m.%Y") if isinstance(v, dt.date) else ("" if v is None else v) for v in values
            ]
            writer.writerow(cells)
    return path


def plan(path: Path, **settings: Any) -> ImportPlan:
    """The automatic mapping of `path`, with the trade-fair source and fill-empty unless overridden."""
    from desktop_app.excel import preview

    shown = preview(path)
    mapping = auto_profile(shown.headers)
    base: dict[str, Any] = {"source": SOURCE, "merge_policy": MergePolicy.FILL_EMPTY}
    base.update(settings)
    profile: ImportProfile = replace(mapping.profile, **base)
    return make_plan(path, profile, shown)


def dry(db: Database, plan_: ImportPlan) -> ImportReport:
    return preview_import(db, plan_, ACTOR)


def commit(db: Database, plan_: ImportPlan) -> ImportReport:
    return import_file(db, plan_, ACTOR)


def file_hash(db: Database) -> str:
    """The SQLite database file's SHA-256 after folding the write-ahead log into it, so that only a
    committed change, never a checkpoint of an earlier one, changes the hash."""
    path = db.file_path
    assert path is not None
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()
