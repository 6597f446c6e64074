"""The two entry points of the import: ``preview`` for the dialog, ``read_table`` for the commit."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, islice

from desktop_app.errors import UserError
from desktop_app.excel import limits
from desktop_app.excel.book import SheetInfo, Workbook
from desktop_app.excel.calamine_book import LAST_SHEET
from desktop_app.excel.cells import CellValue, Row, column_letter, is_blank
from desktop_app.excel.csv_book import CsvWorkbook
from desktop_app.excel.detect import FileKind
from desktop_app.excel.header import ColumnNames, detect_header
from desktop_app.excel.messages import SheetProblem
from desktop_app.excel.text_encoding import CP1252, LATIN1
from desktop_app.excel.workbook import open_workbook
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

_IMPORT = "Import"
#: Rows read after the first non-empty one to find the headings (candidates plus data below).
_HEAD_ROWS = limits.HEADER_SCAN_ROWS + 10

SHEET_EMPTY = QT_TRANSLATE_NOOP("Errors", "The sheet “{sheet}” is empty.")
NO_DATA = QT_TRANSLATE_NOOP(
    "Errors", "The sheet “{sheet}” has column headings in row {row} but no data below them."
)
EMPTY_HEADER_ROW = QT_TRANSLATE_NOOP(
    "Errors",
    "Row {row} of the sheet “{sheet}” is empty and cannot be used as the row of column headings.",
)
ONLY_HIDDEN_DATA = QT_TRANSLATE_NOOP(
    "Errors",
    "The visible sheets of “{name}” are empty; there is data only on hidden sheets ({sheets}). "
    "Choose one of them to import it.",
)
NO_DATA_AT_ALL = QT_TRANSLATE_NOOP("Errors", "“{name}” contains no data: all sheets are empty.")
_TITLE_SKIPPED = QT_TRANSLATE_NOOP(
    "Import", "The column headings were taken from row {row}; the rows above it are skipped."
)
_SHEET_SKIPPED = QT_TRANSLATE_NOOP("Import", "The sheet “{sheet}” holds no table and was skipped.")
_SHEET_HIDDEN = QT_TRANSLATE_NOOP("Import", "The sheet “{sheet}” is hidden in the file.")
_COLUMNS_IGNORED = QT_TRANSLATE_NOOP(
    "Import", "Only the first {limit} columns are read; the data in column {column} and beyond is ignored."
)
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Import",
    "The file is not in UTF-8 and was read as Windows-1252, as Excel in Germany saves CSV files. "
    "Check that umlauts such as ä, ö, ü look right.",
)


@dataclass(frozen=True, slots=True)
class RowRecord:
    #: The row number Excel shows (for CSV: the number of the record, a header line included).
    row_number: int
    #: Heading name -> cell. Every heading column is present (None when empty); columns beyond the
    #: headings appear only in rows with data there, named like blank headings ("Column H").
    values: dict[str, CellValue]


@dataclass(frozen=True, slots=True)
class Preview:
    sheet_names: list[str]
    chosen_sheet: str
    #: 0-based index of the heading row: row ``header_row_index + 1`` in Excel.
    header_row_index: int
    headers: list[str]
    rows: list[RowRecord]
    #: Data rows below the headings: exact when the preview reached the end of the sheet, otherwise
    #: estimated from the file (used rows or lines), empty rows included.
    total_rows_estimate: int
    #: Translated notes for the user (skipped title rows, renamed columns, ignored columns, ...).
    warnings: list[str]
    kind: FileKind
    sheets: list[SheetInfo]
    date_1904: bool


@dataclass
class _Table:
    sheet: str
    header_index: int
    names: ColumnNames
    rows: Iterator[Row]  # the rows below the headings
    notes: list[str]

    def require_data(self) -> None:
        """Raise :class:`SheetProblem` unless a non-empty row follows the headings."""
        seen: list[Row] = []
        for row in self.rows:
            seen.append(row)
            if any(not is_blank(value) for value in row):
                self.rows = chain(seen, self.rows)
                return
        raise SheetProblem(NO_DATA, sheet=self.sheet, row=self.header_index + 1)

    def records(self) -> Iterator[RowRecord]:
        headings = self.names.heading_columns
        # Rows within the headings (most rows) take the fast way: the template's copy updated.
        fast = headings.start == 0
        names = [self.names.name(index) for index in headings]
        template: dict[str, CellValue] = dict.fromkeys(names)
        width = len(names)
        for index, row in enumerate(self.rows, start=self.header_index + 2):
            if row and not all(is_blank(value) for value in row):
                if fast and len(row) <= width:
                    values = template.copy()
                    values.update(zip(names, row, strict=False))  # row may be shorter
                    yield RowRecord(index, values)
                else:
                    yield self._record(index, row)

    def _record(self, row_number: int, row: Row) -> RowRecord:
        headings = self.names.heading_columns
        values: dict[str, CellValue] = {self.names.name(index): None for index in headings}
        for index, value in enumerate(row[: limits.MAX_COLUMNS]):
            if value is not None:
                values[self.names.name(index)] = value
        return RowRecord(row_number, values)


def _open_table(book: Workbook, sheet: str, header_row: int | None) -> _Table:
    rows = book.iter_rows(sheet)
    head: list[Row] = []
    for row in rows:  # blank rows above the table do not count against the rows searched
        head.append(row)
        if any(not is_blank(value) for value in row):
            break
    else:
        raise SheetProblem(SHEET_EMPTY, sheet=sheet)
    head.extend(islice(rows, max(_HEAD_ROWS, (header_row or 0) - len(head) + 1)))
    index = detect_header(head) if header_row is None else header_row
    if not 0 <= index < len(head) or all(is_blank(value) for value in head[index]):
        raise UserError(EMPTY_HEADER_ROW, row=index + 1, sheet=sheet)
    notes: list[str] = []
    if any(not is_blank(value) for row in head[:index] for value in row):
        notes.append(tr(_IMPORT, _TITLE_SKIPPED, row=index + 1))
    names = ColumnNames(head[index])
    return _Table(sheet, index, names, chain(head[index + 1 :], rows), notes)


def _choose_sheet(book: Workbook, header_row: int | None) -> tuple[_Table, list[str]]:
    """The first visible sheet holding a table, and notes about the sheets passed over."""
    first_problem: SheetProblem | None = None
    skipped: list[str] = []
    for info in book.sheets:
        if info.hidden or info.rows == 0:
            continue
        try:
            table = _open_table(book, info.name, header_row)
            table.require_data()
        except SheetProblem as problem:
            first_problem = first_problem or problem
            skipped.append(info.name)
            continue
        notes = [tr(_IMPORT, _SHEET_SKIPPED, sheet=name) for name in skipped]
        return table, notes
    if first_problem is not None:
        raise first_problem
    hidden = [info.name for info in book.sheets if info.hidden and info.rows != 0]
    if hidden:
        raise UserError(
            ONLY_HIDDEN_DATA,
            name=book.name,
            sheets=", ".join(f"“{name}”" for name in hidden),
        )
    raise UserError(NO_DATA_AT_ALL, name=book.name)


def _table(book: Workbook, sheet: str | None, header_row: int | None) -> tuple[_Table, list[str]]:
    if sheet is None:
        return _choose_sheet(book, header_row)
    notes = []
    if book.sheet_info(sheet).hidden:
        notes.append(tr(_IMPORT, _SHEET_HIDDEN, sheet=sheet))
    return _open_table(book, sheet, header_row), notes


def _encoding_note(book: Workbook) -> list[str]:
    if isinstance(book, CsvWorkbook) and book.encoding in (CP1252, LATIN1):
        return [tr(_IMPORT, _NOT_UTF8)]
    return []


def _width_note(rows: list[Row]) -> list[str]:
    if not any(len(row) > limits.MAX_COLUMNS for row in rows):
        return []
    return [tr(_IMPORT, _COLUMNS_IGNORED, limit=limits.MAX_COLUMNS, column=column_letter(limits.MAX_COLUMNS))]


def preview(
    path: str | os.PathLike[str], sheet: str | None = None, max_rows: int = 50, header_row: int | None = None
) -> Preview:
    """The first ``max_rows`` data rows of a sheet with its headings, for the import dialog.

    ``sheet=None`` takes the first visible sheet holding a table (hidden sheets only when named);
    ``header_row`` (0-based) overrides the detected heading row. Raises :class:`UserError`.
    """
    with open_workbook(path) as book:
        table, notes = _table(book, sheet, header_row)
        table.require_data()
        raw: list[Row] = []
        records: list[RowRecord] = []
        collecting = _Collector(table.rows, raw)
        table.rows = collecting
        for record in table.records():
            records.append(record)
            if len(records) >= max_rows:
                break
        exhausted = collecting.exhausted or len(records) < max_rows
        hint = book.sheet_info(table.sheet).rows
        estimate = len(records)
        if not exhausted and hint is not None:
            estimate = max(estimate, hint - table.header_index - 1)
        return Preview(
            sheet_names=book.sheet_names,
            chosen_sheet=table.sheet,
            header_row_index=table.header_index,
            headers=table.names.names,
            rows=records,
            total_rows_estimate=estimate,
            warnings=[*notes, *_encoding_note(book), *table.notes, *table.names.notes, *_width_note(raw)],
            kind=book.kind,
            sheets=book.sheets,
            date_1904=book.date_1904,
        )


class _Collector(Iterator[Row]):
    """Passes rows through, keeping them for the preview's checks."""

    def __init__(self, rows: Iterator[Row], kept: list[Row]) -> None:
        self._rows = rows
        self._kept = kept
        self.exhausted = False

    def __next__(self) -> Row:
        try:
            row = next(self._rows)
        except StopIteration:
            self.exhausted = True
            raise
        self._kept.append(row)
        return row


def read_table(
    path: str | os.PathLike[str], sheet: str | None = None, header_row: int | None = None
) -> Iterator[RowRecord]:
    """Every non-empty data row below the headings, one at a time, for the commit.

    Pass the ``chosen_sheet`` and ``header_row_index`` the user confirmed in the preview; with
    ``None`` they are chosen as the preview does. The file stays open until the iterator is
    exhausted or closed. Raises :class:`UserError`, also in the middle of the rows (e.g. a CSV
    record with an unclosed quotation mark), so the caller must write in one transaction.
    """
    try:
        with open_workbook(path) as book:
            table, _notes = _table(book, sheet, header_row)
            yield from table.records()
    finally:
        LAST_SHEET.forget()  # the sheet a preview kept for this read is not needed any more
