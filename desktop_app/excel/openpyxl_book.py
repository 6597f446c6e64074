"""openpyxl in read-only mode as the second reader for xlsx/xlsm.

Slower than calamine (about 10x) but it streams: it never holds more than one row, so it reads
sheets whose cells lie too far apart for calamine's one-block allocation. The tests also read every
generated workbook with both readers and require identical rows.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.utils.escape import unescape

from desktop_app.errors import UserError
from desktop_app.excel import messages
from desktop_app.excel.book import SheetInfo, Workbook
from desktop_app.excel.cells import Row, normalise_row
from desktop_app.excel.detect import FileKind
from desktop_app.excel.zip_safety import require_defusedxml

_T = TypeVar("_T")
_ERROR = "e"
# Rows fetched per call: silencing warnings costs microseconds, too much to repeat for every row.
_BATCH = 1000


def _quietly(name: str, action: Callable[[], _T]) -> _T:
    """Run an openpyxl step: its warnings ("Unknown extension ...") silenced, failures translated."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return action()
    except UserError:
        raise
    except Exception as error:  # openpyxl raises anything from KeyError to IndexError on damaged files
        if _caused_by_defusedxml(error):
            raise UserError(messages.UNSAFE_XML, name=name) from None
        raise UserError(messages.DAMAGED, name=name) from None


def _caused_by_defusedxml(error: BaseException | None) -> bool:
    # openpyxl wraps parser errors ("Unable to read workbook ..."), keeping the original as cause.
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, DefusedXmlException):
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


def _value(cell: Any) -> object:
    if cell.data_type == _ERROR:  # #N/A, #DIV/0!: None, as calamine reports them
        return None
    value = cell.value
    # openpyxl leaves Excel's escapes for control characters in the text (_x000D_ for a carriage
    # return, as in addresses pasted into a cell); calamine decodes them. The rare literal text
    # "_x000D_" (stored as _x005F_x000D_) is decoded once too many here: openpyxl already dropped
    # the "x005F_" that told them apart.
    if isinstance(value, str) and "_x" in value:
        return unescape(value)
    return value


class OpenpyxlWorkbook(Workbook):
    def __init__(self, path: Path, kind: FileKind) -> None:
        require_defusedxml()
        self.kind = kind
        self.name = path.name
        # Our own handle: openpyxl leaves the file open when loading fails half-way.
        self._file = path.open("rb")
        try:
            self._book: Any = _quietly(
                self.name,
                lambda: openpyxl.load_workbook(self._file, read_only=True, data_only=True, keep_links=False),
            )
        except BaseException:
            self._file.close()
            raise
        self.date_1904 = self._book.epoch == CALENDAR_MAC_1904
        self._sheets = [
            SheetInfo(sheet.title, sheet.sheet_state != "visible", sheet.max_row)
            for sheet in self._book.worksheets
        ]

    @property
    def sheets(self) -> list[SheetInfo]:
        return self._sheets

    def iter_rows(self, sheet: str) -> Iterator[Row]:
        self.sheet_info(sheet)
        worksheet = self._book[sheet]
        # The dimension record is the writer's claim; A1:XFD1048576 would make openpyxl pad every
        # row to 16384 cells and yield a million empty rows. Without it, rows end at their last cell.
        worksheet.reset_dimensions()
        rows = _quietly(self.name, worksheet.iter_rows)
        while batch := _quietly(self.name, lambda: list(islice(rows, _BATCH))):
            for cells in batch:
                yield normalise_row(_value(cell) for cell in cells)

    def close(self) -> None:
        self._book.close()
        self._file.close()
