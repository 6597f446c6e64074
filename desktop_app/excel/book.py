"""The one interface all readers share: sheets, and rows of normalised cells."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from types import TracebackType

from desktop_app.errors import UserError
from desktop_app.excel.cells import Row
from desktop_app.excel.detect import FileKind
from desktop_app.i18n import QT_TRANSLATE_NOOP

SHEET_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The file has no sheet named “{sheet}”.")


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    hidden: bool
    #: Number of the last used row (a cheap hint, for xlsx taken from the file's own dimension
    #: record): 0 for an empty sheet, None when unknown.
    rows: int | None


class Workbook(ABC):
    """An open spreadsheet file. Use as a context manager; every method may raise UserError."""

    kind: FileKind
    #: The file name, for messages.
    name: str
    #: True if serial numbers count days from 1904 (old Mac Excel) instead of 1900.
    date_1904: bool = False

    @property
    @abstractmethod
    def sheets(self) -> list[SheetInfo]:
        """Worksheets in file order (chart sheets are left out), hidden ones included."""

    @property
    def sheet_names(self) -> list[str]:
        return [sheet.name for sheet in self.sheets]

    def sheet_info(self, sheet: str) -> SheetInfo:
        for info in self.sheets:
            if info.name == sheet:
                return info
        raise UserError(SHEET_NOT_FOUND, sheet=sheet)

    @abstractmethod
    def iter_rows(self, sheet: str) -> Iterator[Row]:
        """Every row from row 1 on, so that the n-th row yielded is row n of the sheet.

        Cells are normalised (see ``desktop_app.excel.cells``); empty cells at the end of a row
        are dropped, so an empty row is ``[]``. Rows are not cut to a maximum width here.
        """

    def close(self) -> None:  # noqa: B027 - readers without resources need not override it
        """Release the file (idempotent)."""

    def __enter__(self) -> Workbook:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
