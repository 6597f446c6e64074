"""python-calamine (Rust) as the main reader: xls (BIFF8 and BIFF5), ods, xlsx and xlsm.

calamine parses a whole sheet into one block of memory. That is fast (about ten times openpyxl)
but it must know the block is of sane size first: an xlsx sheet whose cells lie too far apart is
handed to openpyxl, which streams (see ``xlsx_parts.sheet_extent``); ODS files are checked before
opening (``ods_parts``); an xls sheet cannot exceed 65536 x 256 cells by its format.
"""

from __future__ import annotations

import contextlib
import hashlib
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import python_calamine

from desktop_app.errors import UserError
from desktop_app.excel import limits, messages
from desktop_app.excel.book import SHEET_NOT_FOUND, SheetInfo, Workbook
from desktop_app.excel.cells import Row, normalise_row
from desktop_app.excel.detect import FileKind
from desktop_app.excel.xlsx_parts import WorkbookParts, rows_hint, sheet_extent
from desktop_app.excel.zip_safety import ZIP_ERRORS

if TYPE_CHECKING:  # imported when needed: openpyxl takes half a second to import
    from desktop_app.excel.openpyxl_book import OpenpyxlWorkbook

_T = TypeVar("_T")
_NOT_INTERRUPTS = (KeyboardInterrupt, SystemExit, GeneratorExit)


def _guarded(name: str, action: Callable[[], _T], sheet: str = "") -> _T:
    """Run a calamine call and turn its failures into messages.

    Broader than ``except Exception`` on purpose: a panic inside the Rust code reaches Python as
    ``pyo3_runtime.PanicException``, which derives from BaseException.
    """
    try:
        return action()
    except python_calamine.PasswordError:
        raise UserError(messages.PASSWORD_PROTECTED, name=name) from None
    except python_calamine.WorksheetNotFound:
        raise UserError(SHEET_NOT_FOUND, sheet=sheet) from None
    except _NOT_INTERRUPTS:
        raise
    except BaseException:
        raise UserError(messages.DAMAGED, name=name) from None


class _LastSheet:
    """The sheet loaded last, kept for the next reader of the same unchanged file.

    An import opens its file twice: the preview (headings, first rows) and then the run over every
    row. calamine loads the whole sheet both times - a second or more for 100,000 rows - so the
    preview's sheet is kept and the run takes it over. The file is identified by its content
    (SHA-256, a fiftieth of the load's time), so a file changed in between is loaded again;
    ``read_table`` drops the sheet when it is done, so at most one sheet is held between a preview
    and its import.
    """

    def __init__(self) -> None:
        self._kept: tuple[tuple[object, ...], str, python_calamine.CalamineSheet] | None = None

    def get(self, file: tuple[object, ...], sheet: str) -> python_calamine.CalamineSheet | None:
        kept = self._kept
        return kept[2] if kept is not None and kept[0] == file and kept[1] == sheet else None

    def keep(self, file: tuple[object, ...], sheet: str, data: python_calamine.CalamineSheet) -> None:
        self._kept = (file, sheet, data)

    def forget(self) -> None:
        self._kept = None


LAST_SHEET = _LastSheet()


def _identity(path: Path) -> tuple[object, ...]:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return (path.stat().st_size, digest.digest())


class CalamineWorkbook(Workbook):
    def __init__(self, path: Path, kind: FileKind) -> None:
        self.kind = kind
        self.name = path.name
        self._path = path
        self._identity: tuple[object, ...] | None = None
        self._book = _guarded(self.name, lambda: python_calamine.CalamineWorkbook.from_path(path))
        worksheet = python_calamine.SheetTypeEnum.WorkSheet
        visible = python_calamine.SheetVisibleEnum.Visible
        self._listed = [
            (meta.name, meta.visible != visible)
            for meta in self._book.sheets_metadata
            if meta.typ == worksheet
        ]
        self._sheets: list[SheetInfo] | None = None

    @property
    def sheets(self) -> list[SheetInfo]:
        if self._sheets is None:
            self._sheets = [SheetInfo(name, hidden, self._used_rows(name)) for name, hidden in self._listed]
        return self._sheets

    def _used_rows(self, sheet: str) -> int | None:
        end = self._load(sheet).end
        return end[0] + 1 if end else 0

    def _load(self, sheet: str) -> python_calamine.CalamineSheet:
        if self._identity is None:
            self._identity = _guarded(self.name, lambda: _identity(self._path))
        data = LAST_SHEET.get(self._identity, sheet)
        if data is None:
            data = _guarded(self.name, lambda: self._book.get_sheet_by_name(sheet), sheet)
            LAST_SHEET.keep(self._identity, sheet, data)
        return data

    def iter_rows(self, sheet: str) -> Iterator[Row]:
        if sheet not in (name for name, _ in self._listed):
            raise UserError(SHEET_NOT_FOUND, sheet=sheet)
        data = self._load(sheet)
        # calamine yields rows from row 1 but cells only from the first used column on.
        start = data.start
        padding: list[object] = [None] * start[1] if start else []
        rows = _guarded(self.name, data.iter_rows)
        while True:
            raw = _guarded(self.name, lambda: next(rows, None))
            if raw is None:
                return
            yield normalise_row(padding + raw if padding else raw)

    def close(self) -> None:
        with contextlib.suppress(python_calamine.WorkbookClosed):
            self._book.close()


class XlsxWorkbook(CalamineWorkbook):
    """calamine for xlsx/xlsm, with the sheet list from the file's parts and openpyxl as fallback."""

    def __init__(self, path: Path, kind: FileKind, archive: zipfile.ZipFile, parts: WorkbookParts) -> None:
        super().__init__(path, kind)
        self._archive = archive
        self._parts = {sheet.name: sheet.part for sheet in parts.sheets}
        self.date_1904 = parts.date_1904
        self._fallback: OpenpyxlWorkbook | None = None

    def _used_rows(self, sheet: str) -> int | None:
        # Loading every sheet into calamine just to count rows would read the whole file.
        part = self._parts.get(sheet)
        return rows_hint(self._archive, part) if part else None

    def iter_rows(self, sheet: str) -> Iterator[Row]:
        part = self._parts.get(sheet)
        if part is not None:
            try:
                rows, columns = sheet_extent(self._archive, part)
            except (KeyError, *ZIP_ERRORS):
                raise UserError(messages.DAMAGED, name=self.name) from None
            if rows * columns > limits.MAX_DENSE_CELLS:
                return self._streamed_rows(sheet, rows, columns)
        return super().iter_rows(sheet)

    def _streamed_rows(self, sheet: str, rows: int, columns: int) -> Iterator[Row]:
        try:
            if self._fallback is None:
                from desktop_app.excel.openpyxl_book import OpenpyxlWorkbook

                self._fallback = OpenpyxlWorkbook(self._path, self.kind)
            self._fallback.sheet_info(sheet)
        except UserError:  # e.g. strict OOXML, which openpyxl does not read
            raise UserError(messages.SHEET_TOO_LARGE, sheet=sheet, rows=rows, columns=columns) from None
        return self._fallback.iter_rows(sheet)

    def close(self) -> None:
        super().close()
        if self._fallback is not None:
            self._fallback.close()
        self._archive.close()
