"""The rows of a long export sheet written as XlsxWriter writes them, but a row at a time.

XlsxWriter's constant_memory mode writes each row's XML to a temporary file once the next row starts,
so memory stays flat; but each cell goes through a method call, a dimension check, a tuple and a
second pass to turn it into XML (5–8 µs a cell: 25 s of a 64 s campaign export of half a
million rows). RowXml produces the very same XML for a whole chunk of rows in one pass and appends it
to that temporary file; everything else in the workbook (styles, column widths, the header row, page
setup, the evidence sheet, assembling the package) stays XlsxWriter's own.

The XML is XlsxWriter's byte for byte: tests/services/test_xlsx_rows.py writes the same cells both ways
(hostile text, control characters, "_x0041_", leading and trailing spaces, surrogate pairs, overlong
text, dates on both sides of 1 March 1900) and compares the packages. It relies on a few of
XlsxWriter's internals (the row file, the pending row, the dimensions); RowXml.usable() checks for them,
and where they are missing the writer falls back to XlsxWriter's cell methods.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop_app.excel.cells import column_letter

if TYPE_CHECKING:
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet

# Kinds of column, as the list writer knows them.
TEXT, CODE, NUMBER, DATE = range(4)
_MAX_UTF16 = 32_767  # Excel's longest cell text, in UTF-16 units; XlsxWriter cuts longer text
# Text that needs more than wrapping in <t>: XML's special characters, control characters and
# Excel's own "_xHHHH_" escapes, leading or trailing white space. A superset of what the exact
# treatment below changes; most cells have none of it.
_SPECIAL = re.compile("[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^\\s|\\s$")
# XlsxWriter's own rules (xmlwriter._escape_control_characters, utility._preserve_whitespace).
_EXCEL_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_LEADING, _TRAILING = re.compile(r"^\s"), re.compile(r"\s$")
_INTERNALS = ("constant_memory", "fh", "previous_row", "table", "row_info", "dim_rowmax")
_METHODS = ("_write_single_row", "_check_dimensions", "_convert_date_time")


def _utf16_cut(text: str) -> str:
    """The text cut to Excel's limit without splitting a character above U+FFFF (as XlsxWriter)."""
    length = 0
    for index, char in enumerate(text):
        length += 2 if ord(char) > 0xFFFF else 1
        if length > _MAX_UTF16:
            return text[:index]
    return text


def _inline(text: str) -> tuple[str, bool]:
    """Text as XlsxWriter puts it into an inline string (escaped), and whether it keeps its spaces."""
    if len(text) > _MAX_UTF16 // 2:
        text = _utf16_cut(text)
    text = _EXCEL_ESCAPE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    preserve = bool(_LEADING.search(text) or _TRAILING.search(text))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text, preserve


def _style(fmt: Format | None) -> str:
    return f' s="{fmt._get_xf_index()}"' if fmt is not None else ""


class RowXml:
    """Appends rows of cells to a constant_memory worksheet. `kinds`: the kind of each column;
    `formats`: the format XlsxWriter would give a cell of the column (its own or the column's);
    `quoted`: the format of text starting with a formula character; `day`: the format of dates.
    The cells are the list writer's stored form: text, integers, dates as ISO text, None."""

    def __init__(
        self,
        sheet: Worksheet,
        kinds: Sequence[int],
        formats: Sequence[Format | None],
        quoted: Format,
        day: Format,
        formula_start: frozenset[str],
    ) -> None:
        self.sheet = sheet
        self.kinds = tuple(kinds)
        self.styles = tuple(_style(f) for f in formats)
        self.quoted = _style(quoted)
        self.day = _style(day)
        self.letters = tuple(column_letter(i) for i in range(len(kinds)))
        self.starts = formula_start
        self.serials: dict[str, str] = {}  # ISO day -> its number as XlsxWriter writes it

    @staticmethod
    def usable(sheet: Any) -> bool:
        """Whether this XlsxWriter works as RowXml expects: constant_memory, the internals present,
        rows of the default height."""
        if not all(hasattr(sheet, a) for a in _INTERNALS + _METHODS):
            return False
        return bool(sheet.constant_memory) and sheet.default_row_height == sheet.original_row_height

    def write(self, rows: Sequence[Sequence[str | int | None]], first: int) -> int:
        """Writes `rows` as sheet rows `first`, `first` + 1, …; returns the row after the last."""
        sheet = self.sheet
        if first < sheet.previous_row or first in sheet.row_info:
            raise ValueError(f"row {first} is already written or formatted")
        if sheet.table:
            sheet._write_single_row(first)  # the row still pending (the header) goes first
        kinds, styles, letters, starts = self.kinds, self.styles, self.letters, self.starts
        quoted, day, special, serial_of = self.quoted, self.day, _SPECIAL.search, self._serial
        longest = _MAX_UTF16 // 2
        used = bytearray(len(kinds))  # the columns that got a cell: XlsxWriter's dimensions
        out: list[str] = []
        filled: list[int] = []  # the sheet rows that got a cell
        r = first
        for row in rows:
            number = str(r + 1)  # XML rows count from 1
            cells: list[str] = []
            add = cells.append
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                used[c] = 1
                kind = kinds[c]
                where = letters[c] + number
                if kind <= CODE:  # TEXT or CODE
                    text = str(value)
                    style = styles[c] if kind == CODE else (quoted if text[0] in starts else "")
                    if len(text) <= longest and special(text) is None:
                        add(f'<c r="{where}"{style} t="inlineStr"><is><t>{text}</t></is></c>')
                    else:
                        text, keep = _inline(text)
                        space = ' xml:space="preserve"' if keep else ""
                        add(f'<c r="{where}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>')
                elif kind == NUMBER:
                    add(f'<c r="{where}"{styles[c]}><v>{value:.16G}</v></c>')
                else:
                    add(f'<c r="{where}"{day}><v>{serial_of(str(value))}</v></c>')
            if cells:  # XlsxWriter writes no element for a row without cells
                out.append(f'<row r="{number}">{"".join(cells)}</row>')
                filled.append(r)
            r += 1
        sheet.fh.write("".join(out))
        if filled:
            columns = [c for c, u in enumerate(used) if u]
            sheet._check_dimensions(filled[0], columns[0])
            sheet._check_dimensions(filled[-1], columns[-1])
        sheet.previous_row = r  # the next row to write, as after XlsxWriter's own rows
        return r

    def _serial(self, iso: str) -> str:
        number = self.serials.get(iso)
        if number is None:
            value = self.sheet._convert_date_time(dt.date.fromisoformat(iso))
            number = self.serials[iso] = f"{value:.16G}"
        return number
