"""Writing the contact list of a campaign export: the column catalogue and the .xlsx and .csv writers.

Both writers take the cells in their STORED form (what campaign_export_rows.values_json holds: text,
integers, dates as ISO text, None), so an export and a later re-export go through exactly the same code
and produce the same cells.

Formula injection is impossible by construction:
- .xlsx: every text cell is written with XlsxWriter's write_string (never write(), which guesses
  formulas, numbers and URLs). Text that starts with a formula character also gets Excel's "quote
  prefix" style, so that editing the cell in Excel later does not turn it into a formula either.
- .csv: the OWASP rule. A text cell starting with = + - @ TAB or CR (or their full-width forms) is
  written with a leading apostrophe, which spreadsheets show as text and never evaluate.
  Exception, by decision: a PHONE column cell that is strictly a phone number — "+", then only digits,
  spaces and ( ) / - . with at least six digits — is written unchanged, so "+49 30 1234567" arrives
  as typed in the mailing or telephony tool that reads the file. Such a cell holds no letters, no
  quotes, no "|" or "!", so even a spreadsheet that evaluated it could call no function, follow no link
  and start no program; at worst it would show a number. Anything else in a phone column is escaped.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol

from desktop_app.domain.enums import Channel
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import xlsx_rows
from desktop_app.services.xlsx_rows import RowXml

if TYPE_CHECKING:
    from xlsxwriter.format import Format

__all__ = [
    "COLUMNS",
    "Cell",
    "ColumnKind",
    "CsvListWriter",
    "ExportColumn",
    "ListWriter",
    "XlsxListWriter",
    "csv_text",
    "default_columns",
]

Cell = str | int | None  # a stored cell: dates are ISO text in DATE columns
XLSX_MAX_ROWS = 1_048_576  # Excel's sheet limit, header row included

# What spreadsheets take for the start of a formula (OWASP "CSV injection"), with the full-width forms
# some Excel locales accept as well.
FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_PHONE = re.compile(r"\+[0-9 ()/.\-]{5,40}")


class ColumnKind(StrEnum):
    TEXT = "text"
    CODE = "code"  # text that looks like a number but is not one (postcode, customer no.): kept as text
    PHONE = "phone"
    DATE = "date"
    NUMBER = "number"


@dataclass(frozen=True, slots=True)
class ExportColumn:
    key: str
    header: str  # English source, QT_TRANSLATE_NOOP("CampaignExport", ...)
    kind: ColumnKind
    width: int  # characters, for the .xlsx column


def _c(key: str, header: str, kind: ColumnKind, width: int) -> tuple[str, ExportColumn]:
    return key, ExportColumn(key, header, kind, width)


_T, _K, _P, _D, _N = ColumnKind.TEXT, ColumnKind.CODE, ColumnKind.PHONE, ColumnKind.DATE, ColumnKind.NUMBER
COLUMNS: Mapping[str, ExportColumn] = MappingProxyType(
    dict(
        [
            _c("customer_no", QT_TRANSLATE_NOOP("CampaignExport", "Customer no."), _K, 14),
            _c("salutation", QT_TRANSLATE_NOOP("CampaignExport", "Salutation"), _T, 10),
            _c("title", QT_TRANSLATE_NOOP("CampaignExport", "Title"), _T, 10),
            _c("first_name", QT_TRANSLATE_NOOP("CampaignExport", "First name"), _T, 16),
            _c("last_name", QT_TRANSLATE_NOOP("CampaignExport", "Last name"), _T, 18),
            _c("company", QT_TRANSLATE_NOOP("CampaignExport", "Company"), _T, 26),
            _c("email", QT_TRANSLATE_NOOP("CampaignExport", "E-mail"), _T, 32),
            _c("phone", QT_TRANSLATE_NOOP("CampaignExport", "Phone"), _P, 18),
            _c("mobile", QT_TRANSLATE_NOOP("CampaignExport", "Mobile"), _P, 18),
            _c("street", QT_TRANSLATE_NOOP("CampaignExport", "Street"), _T, 26),
            _c("postcode", QT_TRANSLATE_NOOP("CampaignExport", "Postcode"), _K, 9),
            _c("city", QT_TRANSLATE_NOOP("CampaignExport", "City"), _T, 18),
            _c("country", QT_TRANSLATE_NOOP("CampaignExport", "Country"), _K, 8),
            _c("basis", QT_TRANSLATE_NOOP("CampaignExport", "Basis of contact"), _T, 34),
            _c("consent_id", QT_TRANSLATE_NOOP("CampaignExport", "Consent id"), _N, 11),
            _c("consent_date", QT_TRANSLATE_NOOP("CampaignExport", "Consent date"), _D, 13),
        ]
    )
)
_NAMES = ("customer_no", "salutation", "title", "first_name", "last_name", "company")
_CONTACT = {
    Channel.EMAIL: ("email",),
    Channel.PHONE: ("phone", "mobile"),
    Channel.SMS: ("mobile", "phone"),
    Channel.POST: ("street", "postcode", "city", "country"),
}


def default_columns(channel: Channel) -> tuple[str, ...]:
    """Name, the contact point of the channel, and the basis of contact with its consent."""
    return (*_NAMES, *_CONTACT[channel], "basis", "consent_id", "consent_date")


def csv_text(value: str, kind: ColumnKind) -> str:
    """One text cell for .csv, escaped by the OWASP rule (module docstring)."""
    if not value or value[0] not in FORMULA_START:
        return value
    if kind is ColumnKind.PHONE and _PHONE.fullmatch(value) and sum(ch.isdigit() for ch in value) >= 6:
        return value
    return "'" + value


def _date_text(value: str, lang: str) -> str:
    day = dt.date.fromisoformat(value)
    return f"{day:%d.%m.%Y}" if lang.startswith("de") else day.isoformat()


class ListWriter(Protocol):
    def header(self, headers: Sequence[str]) -> None: ...

    def rows(self, rows: Sequence[Sequence[Cell]]) -> None: ...

    def close(self, evidence: Sequence[tuple[str, Cell | dt.date]], evidence_title: str) -> None: ...

    def discard(self) -> None: ...


class CsvListWriter:
    """UTF-8 with BOM (so Excel detects the encoding), CRLF line ends, ';' by default for German Excel."""

    def __init__(self, path: str, kinds: Sequence[ColumnKind], delimiter: str, lang: str) -> None:
        self.stream = open(path, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115 (closed in close)
        self.kinds = tuple(kinds)
        self.lang = lang
        self.writer = csv.writer(self.stream, delimiter=delimiter, quotechar='"', lineterminator="\r\n")

    def header(self, headers: Sequence[str]) -> None:
        self.writer.writerow([csv_text(h, ColumnKind.TEXT) for h in headers])

    def _cell(self, kind: ColumnKind, value: Cell) -> str:
        if value is None:
            return ""
        if kind is ColumnKind.NUMBER:
            return str(value)
        if kind is ColumnKind.DATE:
            return _date_text(str(value), self.lang)
        return csv_text(str(value), kind)

    def rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        kinds, cell = self.kinds, self._cell
        self.writer.writerows([[cell(k, v) for k, v in zip(kinds, row, strict=False)] for row in rows])

    def close(self, evidence: Sequence[tuple[str, Cell | dt.date]], evidence_title: str) -> None:
        """A .csv has one table only: its evidence lives in the database (and in the audit chain)."""
        self.stream.close()

    def discard(self) -> None:
        self.stream.close()


class XlsxListWriter:
    """XlsxWriter in constant_memory mode: each row goes to disk once the next one starts, so memory
    stays flat however long the list. Chosen over openpyxl's write-only mode by measurement (about
    twice as fast on the same rows; see bench/campaign_export.py)."""

    def __init__(
        self, path: str, columns: Sequence[ExportColumn], sheet: str, footer: str, lang: str
    ) -> None:
        """`path` is the temporary file in the target folder; XlsxWriter's row files go next to it,
        so a crash leaves personal data where the user is writing it, not hidden in a system folder."""
        import xlsxwriter

        # Defence in depth: these only affect write(), which this class never calls.
        options = {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
            "tmpdir": os.path.dirname(path) or ".",
        }
        self.book = xlsxwriter.Workbook(path, options)
        # Fixed document dates: a re-export of the same rows differs only where it says so.
        self.book.set_properties({"created": dt.datetime(2000, 1, 1)})
        self.columns = tuple(columns)
        self.sheet = self.book.add_worksheet(sheet[:31])
        self.bold = self.book.add_format({"bold": True, "bottom": 1})
        self.quoted = self.book.add_format({"quote_prefix": True})
        self.code = self.book.add_format({"num_format": "@"})  # edits stay text: "01067" keeps its 0
        self.date = self.book.add_format({"num_format": 14, "align": "left"})  # the reader's locale date
        self.next_row = 0
        self.lang = lang
        self._kinds = tuple(_WRITE_AS[c.kind] for c in self.columns)
        self._serials: dict[str, int] = {}  # ISO day -> its Excel serial number (excel_serial)
        # Ids sit at the left like the text around them: right-aligned, a consent id ran into the
        # date beside it ("5 01.07.2026").
        self.id_number = self.book.add_format({"align": "left"})
        # Style numbers in a fixed order, whichever way the rows are written (see _fast).
        for fmt in (self.bold, self.quoted, self.code, self.date, self.id_number):
            fmt._get_xf_index()
        ws = self.sheet
        for i, column in enumerate(self.columns):
            ws.set_column(i, i, column.width, self._column_format(column))
        ws.freeze_panes(1, 0)
        ws.set_paper(9)  # A4
        ws.set_landscape()
        ws.fit_to_pages(1, 0)  # all columns on the page width, as many pages as it takes
        ws.repeat_rows(0)
        ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        ws.set_footer("&L" + footer.replace("&", "&&") + "&R&P / &N")
        # The rows as XML in one pass (xlsx_rows), the same as XlsxWriter's cell methods would write.
        self._fast: RowXml | None = None
        if RowXml.usable(ws):
            own = {_CODE: self.code, _NUMBER: self.id_number}  # each cell's format, as rows() gives it
            formats = [own.get(kind) for kind in self._kinds]
            self._fast = RowXml(ws, self._kinds, formats, self.quoted, self.date, FORMULA_START)

    def header(self, headers: Sequence[str]) -> None:
        for i, title in enumerate(headers):
            self.sheet.write_string(0, i, title, self.bold)
            column = self.columns[i]
            # A heading wider than the column ("Einwilligungsdatum") widens it: bold letters and the
            # autofilter's button need a few characters more than the text.
            if len(title) + 4 > column.width:
                self.sheet.set_column(i, i, len(title) + 4, self._column_format(column))
        self.next_row = 1

    def _column_format(self, column: ExportColumn) -> Format | None:
        """The column's own format, which XlsxWriter gives every cell written without one."""
        if column.kind in _AS_CODE:
            return self.code
        return self.id_number if column.kind is ColumnKind.NUMBER else None

    def rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        """The hot loop of an export (millions of cells): one branch per cell, no call besides
        XlsxWriter's own."""
        if self._fast is not None:
            self.next_row = self._fast.write(rows, self.next_row)
            return
        ws, kinds, r = self.sheet, self._kinds, self.next_row
        text, number, date = ws.write_string, ws.write_number, ws.write_datetime
        quoted, code, day, starts = self.quoted, self.code, self.date, FORMULA_START
        from_iso, serials = dt.date.fromisoformat, self._serials
        for row in rows:
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                kind = kinds[c]
                if kind == _TEXT:
                    text(r, c, value, quoted if value[0] in starts else None)  # type: ignore[index] # text
                elif kind == _CODE:
                    text(r, c, value, code)
                elif kind == _NUMBER:
                    number(r, c, value)
                else:  # ISO text; the same few thousand days repeat over the whole list
                    serial = serials.get(value)  # type: ignore[arg-type]
                    if serial is None:
                        serial = serials[value] = excel_serial(from_iso(value))  # type: ignore[arg-type,index]
                    if serial:
                        number(r, c, serial, day)
                    else:
                        date(r, c, from_iso(value), day)  # type: ignore[arg-type]
            r += 1
        self.next_row = r

    def close(self, evidence: Sequence[tuple[str, Cell | dt.date]], evidence_title: str) -> None:
        last = max(self.next_row - 1, 0)
        self.sheet.autofilter(0, 0, last, max(len(self.columns) - 1, 0))
        sheet = self.book.add_worksheet(evidence_title[:31])
        sheet.set_column(0, 0, 34)
        sheet.set_column(1, 1, 90)
        sheet.set_paper(9)
        sheet.fit_to_pages(1, 0)
        label = self.book.add_format({"bold": True, "valign": "top"})
        wrap = self.book.add_format({"text_wrap": True, "valign": "top"})
        wrap_quoted = self.book.add_format({"text_wrap": True, "valign": "top", "quote_prefix": True})
        day = self.book.add_format({"num_format": 14, "align": "left", "valign": "top"})
        number = self.book.add_format({"align": "left", "valign": "top"})
        for r, (name, value) in enumerate(evidence):
            sheet.write_string(r, 0, name, label)
            if isinstance(value, dt.date):
                sheet.write_datetime(r, 1, value, day)
            elif isinstance(value, int):
                sheet.write_number(r, 1, value, number)
            elif value:
                sheet.write_string(r, 1, value, wrap_quoted if value[0] in FORMULA_START else wrap)
        self.book.close()

    def discard(self) -> None:
        """Cancelled: free XlsxWriter's temporary row files without assembling a workbook."""
        for sheet in self.book.worksheets():
            handle, name = getattr(sheet, "row_data_fh", None), getattr(sheet, "row_data_filename", None)
            if handle is not None and not handle.closed:
                handle.close()
            if name:
                with contextlib.suppress(OSError):
                    os.unlink(name)


def excel_serial(day: dt.date) -> int:
    """The day's number in Excel's 1900 date system, as write_datetime would store it; 0 for days
    before 1900-03-01, where that system counts a 29 February 1900 that never was (write_datetime
    handles those). A date cell is this number with a date format: written directly, the conversion
    runs once per distinct day instead of once per cell."""
    return (day - _EXCEL_DAY_ZERO).days if day >= _EXCEL_FIRST_PLAIN_DAY else 0


_EXCEL_DAY_ZERO = dt.date(1899, 12, 30)
_EXCEL_FIRST_PLAIN_DAY = dt.date(1900, 3, 1)
_AS_CODE = (ColumnKind.CODE, ColumnKind.PHONE)
_TEXT, _CODE, _NUMBER, _DATE = xlsx_rows.TEXT, xlsx_rows.CODE, xlsx_rows.NUMBER, xlsx_rows.DATE
_WRITE_AS = {
    ColumnKind.TEXT: _TEXT, ColumnKind.CODE: _CODE, ColumnKind.PHONE: _CODE, ColumnKind.NUMBER: _NUMBER,
    ColumnKind.DATE: _DATE,
}  # fmt: skip
