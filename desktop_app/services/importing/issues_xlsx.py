"""The problems of a dry run as an .xlsx file the user can sort and filter while fixing the list.

Every cell is written as text, never as a formula: the messages quote cells of the imported file, and
a cell such as ``=HYPERLINK("http://evil", "click")`` must come back as exactly that text.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.rows import RowIssue

if TYPE_CHECKING:  # openpyxl is imported when a list is saved, not with every import (half a second)
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_IMPORT = "Import"
_HEADINGS = (
    QT_TRANSLATE_NOOP("Import", "Row"),
    QT_TRANSLATE_NOOP("Import", "Column"),
    QT_TRANSLATE_NOOP("Import", "Kind"),
    QT_TRANSLATE_NOOP("Import", "Message"),
)
_SEVERITY = {
    "error": QT_TRANSLATE_NOOP("Import", "error"),
    "warning": QT_TRANSLATE_NOOP("Import", "warning"),
    "notice": QT_TRANSLATE_NOOP("Import", "notice"),
}
_WIDTHS = {"A": 8, "B": 24, "C": 10, "D": 100}


def _text_cell(sheet: WriteOnlyWorksheet, value: str) -> Cell:
    from openpyxl.cell import WriteOnlyCell

    cell: Cell = WriteOnlyCell(sheet)
    # Assigning a str starting with "=" makes openpyxl store a formula; the type is set after it.
    cell.value = value
    cell.data_type = "s"
    return cell


def save_issues_xlsx(path: str | os.PathLike[str], issues: Iterable[RowIssue]) -> Path:
    """Writes the list atomically (temporary file, then rename) and returns the path."""
    from openpyxl import Workbook

    target = Path(path)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(tr(_IMPORT, QT_TRANSLATE_NOOP("Import", "Import problems")))
    for letter, width in _WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    sheet.append([_text_cell(sheet, tr(_IMPORT, heading)) for heading in _HEADINGS])
    for issue in issues:
        sheet.append(
            [
                issue.row,
                _text_cell(sheet, issue.column),
                _text_cell(sheet, tr(_IMPORT, _SEVERITY[issue.severity])),
                _text_cell(sheet, issue.message),
            ]
        )
    descriptor, temporary = tempfile.mkstemp(prefix=".import-problems-", suffix=".xlsx", dir=target.parent)
    os.close(descriptor)
    try:
        book.save(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
