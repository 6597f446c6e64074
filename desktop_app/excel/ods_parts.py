"""Checks on an OpenDocument spreadsheet before calamine parses it.

ODS stores runs of equal cells as one element with ``table:number-columns-repeated`` and
``table:number-rows-repeated``. Trailing empty runs are normal (LibreOffice writes a row repeated a
million times to the end of the sheet), but a repeated cell *with a value* is expanded by calamine
into real cells, so a few bytes can ask for billions. calamine stops only at 100 million cells (over
3 GB), hence this scan with a tighter bound, done before calamine sees the file because it parses
every sheet when the file is opened.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from xml.parsers import expat

from desktop_app.errors import UserError
from desktop_app.excel import limits, messages
from desktop_app.excel.zip_safety import ZIP_ERRORS

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_SEP = " "
_TABLE_ELEMENT = f"{_TABLE}{_SEP}table"
_ROW = f"{_TABLE}{_SEP}table-row"
_CELLS = {f"{_TABLE}{_SEP}table-cell", f"{_TABLE}{_SEP}covered-table-cell"}
_ROWS_REPEATED = f"{_TABLE}{_SEP}number-rows-repeated"
_COLUMNS_REPEATED = f"{_TABLE}{_SEP}number-columns-repeated"
_VALUE_TYPE = f"{_OFFICE}{_SEP}value-type"
_NAME = f"{_TABLE}{_SEP}name"
_CHUNK = 1 << 20


class _Unsafe(Exception):
    pass


@dataclass
class _Extent:
    """Rectangle of the cells with content in the current table, in cells as calamine counts them."""

    table: str = ""
    row: int = 0
    rows: int = 0
    columns: int = 0
    row_repeat: int = 1
    column: int = 0
    last_column: int = 0
    cell_repeat: int = 0
    cell_content: bool = False
    in_cell: bool = False
    total: int = 0
    largest: tuple[str, int, int] = field(default=("", 0, 0))

    def too_large(self) -> bool:
        current = self.rows * self.columns
        if current > self.largest[1] * self.largest[2]:
            self.largest = (self.table, self.rows, self.columns)
        return self.total + current > limits.MAX_DENSE_CELLS

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == _TABLE_ELEMENT:
            self.table, self.row, self.rows, self.columns = attributes.get(_NAME, ""), 0, 0, 0
        elif name == _ROW:
            self.row_repeat = int(attributes.get(_ROWS_REPEATED, "1"))
            self.column = self.last_column = 0
        elif name in _CELLS:
            self.cell_repeat = int(attributes.get(_COLUMNS_REPEATED, "1"))
            self.cell_content = _VALUE_TYPE in attributes
            self.in_cell = True
        elif self.in_cell:
            self.cell_content = True  # text, a link or an annotation inside the cell

    def end(self, name: str) -> None:
        if name in _CELLS:
            self.column += self.cell_repeat
            if self.cell_content:
                self.last_column = self.column
            self.in_cell = False
        elif name == _ROW:
            self.row += self.row_repeat
            if self.last_column:
                self.rows, self.columns = self.row, max(self.columns, self.last_column)
        elif name == _TABLE_ELEMENT:
            self.too_large()  # records the largest table
            self.total += self.rows * self.columns
            self.rows = self.columns = 0


def _refuse_declarations(*_args: object) -> None:
    raise _Unsafe


def check_ods(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an encrypted ODS, and one whose repeated cells would expand beyond the cell limit."""
    try:
        with archive.open("META-INF/manifest.xml") as stream:
            if b"encryption-data" in stream.read(1 << 20):
                raise UserError(messages.PASSWORD_PROTECTED, name=name)
    except KeyError:
        pass
    except ZIP_ERRORS:
        raise UserError(messages.DAMAGED, name=name) from None
    extent = _Extent()
    parser = expat.ParserCreate(namespace_separator=_SEP)
    parser.StartElementHandler = extent.start
    parser.EndElementHandler = extent.end
    parser.StartDoctypeDeclHandler = _refuse_declarations
    parser.EntityDeclHandler = _refuse_declarations
    try:
        with archive.open("content.xml") as stream:
            while chunk := stream.read(_CHUNK):
                parser.Parse(chunk, False)
                if extent.too_large():
                    break
            else:
                parser.Parse(b"", True)
    except _Unsafe:
        raise UserError(messages.UNSAFE_XML, name=name) from None
    except (KeyError, expat.ExpatError, ValueError, *ZIP_ERRORS):
        raise UserError(messages.DAMAGED, name=name) from None
    if extent.too_large():
        sheet, rows, columns = extent.largest
        raise UserError(messages.SHEET_TOO_LARGE, sheet=sheet, rows=rows, columns=columns)
