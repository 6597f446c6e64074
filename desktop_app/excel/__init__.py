"""Reading spreadsheets for the import: any file in, rows of normalised cells or a clear message out.

Pipeline
--------
1. **What is it** (``detect``): the first bytes decide, never the extension. ZIP files are told
   apart by their parts (``xl/workbook.xml`` = xlsx/xlsm, ``mimetype`` = ods, ``xl/workbook.bin`` =
   xlsb, ``word/`` = a Word document ...); OLE2 compound files by their stream names (``Workbook``
   = xls, ``EncryptionInfo`` = a password-protected xlsx); anything that decodes as text is CSV.
   PDFs, images, HTML pages saved as ``.xls``, Apple Numbers files and others are refused with a
   message naming what the file looks like.
2. **Is it safe** (``zip_safety``, ``xlsx_parts``, ``ods_parts``): before a parser runs, a ZIP file
   must stay within the limits in ``limits`` (file and unpacked size, number of parts, compression
   ratio of large parts), and no XML part may declare a DTD (XXE, "billion laughs"). openpyxl must
   have defusedxml active. calamine allocates a sheet's whole rectangle at once and aborts the
   process when that fails, so the rectangle is measured first: an xlsx sheet spanning too many
   cells is streamed by openpyxl instead; an ODS file whose repeated cells would expand too far
   is refused.
3. **Read** (``open_workbook`` -> ``Workbook``): calamine for xls (BIFF8/BIFF5), ods, xlsx and xlsm;
   openpyxl (read-only, streaming) for oversized xlsx sheets and, with ``engine="openpyxl"``, as a
   second implementation the tests hold to identical results; the ``csv`` module for text, after
   detecting the encoding (BOM, UTF-16, UTF-8, else Windows-1252) and the delimiter (``;`` ``,``
   tab ``|``, by parsing the first lines with each). ``Workbook.iter_rows(sheet)`` yields every
   row from row 1 so that positions match what Excel shows.
4. **Find the table** (``header``, ``table``): ``detect_header`` skips titles and blank rows;
   ``preview()`` shows the first rows with unique column names and notes for the user;
   ``read_table()`` streams all non-empty rows as ``RowRecord`` for the commit.
5. **Parse fields** (``values``): dates, consent flags, postcodes, phone numbers, e-mail addresses,
   each returning a value and/or a translatable problem.

Every failure a user can cause or fix is a ``UserError`` with a translated message; nothing else
escapes (a panic inside calamine included).

Normalised cell values (``CellValue``)
--------------------------------------
Whatever reader produced them, cells arrive as:

- ``None``: empty cell, and error cells such as ``#N/A`` or ``#DIV/0!`` (calamine cannot tell them
  from empty ones, so openpyxl's error strings are mapped to ``None`` too);
- ``str``: text exactly as stored, not stripped; text that looks like a formula (``=HYPERLINK(...)``,
  ``+cmd|...``, ``@SUM``) stays text, and formula cells give their last calculated value - nothing
  is ever evaluated;
- ``int`` for integral numbers (12345.0 -> 12345) up to 2**53, ``float`` otherwise;
- ``bool``;
- ``datetime.date`` when a date cell has no time part, ``datetime.datetime`` when it has one,
  ``datetime.time`` for a time of day, ``datetime.timedelta`` for durations (``[h]:mm``); the 1904
  date system is applied by the readers (``Workbook.date_1904`` says which one the file uses, for
  numbers that ``values.parse_date`` must read as serial dates);
- CSV cells are ``str`` or ``None`` only: CSV has no types, and ``01067`` must not become 1067.

Column names: the heading text, cleaned (trimmed, white space collapsed). A blank heading becomes
"Column F" (translated, with the letter Excel shows); a repeated heading becomes "E-Mail (2)".
Rows are numbered as Excel shows them (``RowRecord.row_number``); for CSV the record number.
"""

from __future__ import annotations

from desktop_app.excel.book import SheetInfo, Workbook
from desktop_app.excel.cells import CellValue, Row
from desktop_app.excel.detect import FileKind
from desktop_app.excel.header import detect_header
from desktop_app.excel.table import Preview, RowRecord, preview, read_table
from desktop_app.excel.workbook import open_workbook

__all__ = [
    "CellValue",
    "FileKind",
    "Preview",
    "Row",
    "RowRecord",
    "SheetInfo",
    "Workbook",
    "detect_header",
    "open_workbook",
    "preview",
    "read_table",
]
