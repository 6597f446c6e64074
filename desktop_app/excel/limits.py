"""Bounds that keep a hostile or broken file from exhausting memory or time.

Read through the module (``limits.MAX_ROWS``), not imported by name, so tests can lower them.
"""

from __future__ import annotations

MB = 1024 * 1024

#: Size of the file on disk (any format); a customer list of a small business is far smaller.
MAX_FILE_BYTES = 200 * MB
#: Sum of the declared unpacked sizes of all parts of an xlsx/ods (ZIP) file.
MAX_UNPACKED_BYTES = 200 * MB
#: Parts in an xlsx/ods; real workbooks have tens, a few hundred with many images.
MAX_ZIP_MEMBERS = 5000
#: A part that unpacks to more than this many times its packed size is a ZIP bomb ...
MAX_MEMBER_RATIO = 100
#: ... provided it is at least this large unpacked (tiny parts compress oddly without harm).
RATIO_CHECK_MIN_BYTES = 5 * MB

#: Rows per sheet (Excel's own limit); a CSV with more is refused.
MAX_ROWS = 1_048_576
#: Columns read per row; the rest is ignored (with a warning in the preview).
MAX_COLUMNS = 200
#: Cells of the rectangle a sheet spans. calamine allocates the whole rectangle at once (32 bytes a
#: cell) and aborts the process when that fails, so sparse sheets beyond this are read another way.
MAX_DENSE_CELLS = 10_000_000

#: Characters in one physical CSV line.
MAX_CSV_LINE_CHARS = 1_000_000
#: Physical lines one CSV record may span; more means an unclosed quotation mark.
MAX_CSV_LINES_PER_RECORD = 100

#: Rows searched for the column headings.
HEADER_SCAN_ROWS = 30
