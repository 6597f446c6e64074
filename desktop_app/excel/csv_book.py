"""CSV and other delimited text files as a workbook with one sheet.

The delimiter is chosen by parsing the first lines with each candidate and keeping the one that
gives the most lines with the same number (> 1) of fields: ``csv.Sniffer`` guesses wrong on short
German files. Excel's ``sep=;`` first line is honoured. Cells are text (``str``) or ``None``: a CSV
file has no types, and reading ``01067`` as a number would lose the leading zero.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from desktop_app.errors import UserError
from desktop_app.excel import limits, messages
from desktop_app.excel.book import SHEET_NOT_FOUND, SheetInfo, Workbook
from desktop_app.excel.cells import Row, normalise_row
from desktop_app.excel.detect import FileKind
from desktop_app.excel.text_encoding import UTF16_BE, UTF16_LE, decode_head, detect_encoding
from desktop_app.i18n import QT_TRANSLATE_NOOP

DELIMITERS = (";", ",", "\t", "|")
_HEAD_BYTES = 64 * 1024
_SAMPLE_LINES = 50
_CHUNK = 1 << 20

TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Errors",
    "“{name}” has more than {limit} rows, more than Excel itself allows. Split the list into smaller files.",
)
UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "Errors",
    "A quotation mark in row {row} of “{name}” is never closed, so the rest of the file would end "
    "up in one cell. Check that row in a text editor.",
)


def detect_delimiter(text: str) -> tuple[str, bool]:
    """(delimiter, whether the first line is Excel's ``sep=`` hint) for the start of a file."""
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        return lines[0].strip()[4], True
    sample = lines[:_SAMPLE_LINES]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=delimiter) if any(f.strip() for f in r)]
        except csv.Error:
            continue
        multi = [w for w in widths if w > 1]
        if multi:
            width, lines_with_width = Counter(multi).most_common(1)[0]
            if (lines_with_width, width) > best_score:
                best, best_score = delimiter, (lines_with_width, width)
    return best, False


def _count_lines(path: Path, encoding: str) -> int:
    newline = {UTF16_LE: b"\n\0", UTF16_BE: b"\0\n"}.get(encoding, b"\n")
    count = 0
    last = b""
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            count += chunk.count(newline)
            last = chunk
    return count + (0 if last.rstrip(b"\0").endswith(b"\n") else 1)


class CsvWorkbook(Workbook):
    def __init__(self, path: Path) -> None:
        self.kind = FileKind.CSV
        self.name = path.name
        self._path = path
        try:
            with path.open("rb") as stream:
                head = stream.read(_HEAD_BYTES)
            self.encoding = detect_encoding(path, head)
            lines = _count_lines(path, self.encoding)
        except OSError:
            raise UserError(messages.DAMAGED, name=self.name) from None
        text = decode_head(head, self.encoding).lstrip("\ufeff")
        if len(head) == _HEAD_BYTES:
            text = text[: text.rfind("\n") + 1] or text  # the last line may be cut
        self.delimiter, self._sep_line = detect_delimiter(text)
        self._sheets = [SheetInfo(self.name, False, lines - int(self._sep_line))]

    @property
    def sheets(self) -> list[SheetInfo]:
        return self._sheets

    def iter_rows(self, sheet: str) -> Iterator[Row]:
        if sheet != self.name:
            raise UserError(SHEET_NOT_FOUND, sheet=sheet)
        try:
            with self._path.open(encoding=self.encoding, newline="") as stream:
                yield from self._records(stream)
        except (OSError, UnicodeError):
            raise UserError(messages.DAMAGED, name=self.name) from None

    def _records(self, stream: TextIO) -> Iterator[Row]:
        lines = _Lines(stream, self.name)
        if self._sep_line:
            next(lines, None)
        reader = csv.reader(lines, delimiter=self.delimiter, strict=False)
        row = 0
        while True:
            first_line = lines.number + 1
            try:
                fields = next(reader, None)
            except csv.Error:
                raise UserError(UNCLOSED_QUOTE, row=row + 1, name=self.name) from None
            if fields is None:
                return
            row += 1
            spanned = lines.number - first_line + 1
            unclosed_at_end = spanned > 1 and lines.at_end and '"' not in lines.last
            if spanned > limits.MAX_CSV_LINES_PER_RECORD or unclosed_at_end:
                raise UserError(UNCLOSED_QUOTE, row=row, name=self.name)
            if row > limits.MAX_ROWS:
                raise UserError(TOO_MANY_ROWS, name=self.name, limit=limits.MAX_ROWS)
            yield normalise_row(fields)


class _Lines:
    """Physical lines, each checked for length and NUL characters before the csv module sees it."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self._stream = stream
        self._name = name
        self.number = 0
        self.last = ""
        self.at_end = False

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._stream.readline(limits.MAX_CSV_LINE_CHARS + 1)
        if not line:
            self.at_end = True
            raise StopIteration
        self.number += 1
        if len(line.rstrip("\r\n")) > limits.MAX_CSV_LINE_CHARS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {line} of “{name}” is longer than {limit} characters; this is not a usable "
                    "CSV file.",
                ),
                line=self.number,
                name=self._name,
                limit=limits.MAX_CSV_LINE_CHARS,
            )
        if "\0" in line:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {line} of “{name}” contains binary data (NUL characters); the file is "
                    "damaged or not a CSV file.",
                ),
                line=self.number,
                name=self._name,
            )
        self.last = line
        return line
