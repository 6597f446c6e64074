"""Which row holds the column headings, and unique names for the columns.

Lists from trade fairs and old address books often start with a title ("Kundenliste Messe 2025"),
a date or blank rows. The heading row is the first row made mostly of short labels that is about as
wide as the data below it - a one-cell title above five columns of data is not.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from desktop_app.domain.normalise import clean_text
from desktop_app.excel import limits
from desktop_app.excel.cells import CellValue, Row, column_letter, is_blank
from desktop_app.excel.messages import SheetProblem
from desktop_app.excel.values import cell_text
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

_IMPORT = "Import"
#: Rows below a candidate looked at to judge how wide the data is.
_DATA_ROWS_LOOKED_AT = 5
_LABEL_SHARE = 0.75
_MAX_LABEL_LENGTH = 80
_NUMBER_OR_DATE = re.compile(r"[\d\s.,:/+\-]+")

NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors",
    "No row with column headings was found. The import needs a row of column names (for example "
    "Name, E-Mail, PLZ) above the data.",
)
GENERATED_NAME = QT_TRANSLATE_NOOP("Import", "Column {column}")
REPEATED_NAME = QT_TRANSLATE_NOOP("Import", "{heading} ({number})")
_NO_HEADING = QT_TRANSLATE_NOOP("Import", "Column {column} has no heading; it is called “{name}”.")
_REPEATED_HEADING = QT_TRANSLATE_NOOP(
    "Import", "Column {column} repeats the heading “{heading}”; it is called “{name}”."
)


def _is_label(value: CellValue) -> bool:
    """Text that reads like a column name: not a number, date, e-mail address or a sentence."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return (
        0 < len(text) <= _MAX_LABEL_LENGTH
        and "@" not in text
        and _NUMBER_OR_DATE.fullmatch(text) is None
        and any(char.isalpha() for char in text)
    )


def _filled(row: Row) -> list[CellValue]:
    return [value for value in row if not is_blank(value)]


def detect_header(rows: list[list[CellValue]]) -> int:
    """0-based index of the heading row among ``rows`` (the first rows of a sheet, from row 1).

    Candidates are the ``limits.HEADER_SCAN_ROWS`` rows from the first non-empty one on; pass a
    few more so the last candidates have data below them. Raises :class:`SheetProblem` (a
    ``UserError``) when no row qualifies, e.g. for a sheet holding only a title.
    """
    first = next((index for index, row in enumerate(rows) if _filled(row)), len(rows))
    for index in range(first, min(len(rows), first + limits.HEADER_SCAN_ROWS)):
        row = rows[index]
        filled = _filled(row)
        if not filled:
            continue
        labels = sum(1 for value in filled if _is_label(value))
        if labels < math.ceil(len(filled) * _LABEL_SHARE):
            continue
        below = [r for r in rows[index + 1 :] if _filled(r)][:_DATA_ROWS_LOOKED_AT]
        # Counted, not measured: a list may start in column C, a stray note may sit in column GW.
        data_width = max((len(_filled(r)) for r in below), default=0)
        if len(filled) >= 2 and len(filled) >= math.ceil(data_width / 2):
            return index
        if len(filled) == 1 and data_width == 1 and not _is_label(below[0][0]):
            return index  # a one-column list, e.g. only e-mail addresses under "E-Mail"
    raise SheetProblem(NO_HEADER)


class ColumnNames:
    """Unique names for the columns of a table, also for columns found later in the data.

    The table starts at the first filled heading (a list placed at C5 has no columns A and B). A
    blank heading becomes "Column F" (translated; the letter Excel shows), a repeated one gets a
    number: the second "E-Mail" is "E-Mail (2)". Names are the keys of ``RowRecord.values``; they
    depend on the UI language only for columns without a heading.
    """

    def __init__(self, heading_row: Sequence[CellValue]) -> None:
        headings = [clean_text(cell_text(value)) for value in heading_row[: limits.MAX_COLUMNS]]
        self._given = {heading.casefold() for heading in headings if heading}
        self._by_index: dict[int, str] = {}
        self._taken: set[str] = set()
        self.notes: list[str] = []
        first = next((index for index, heading in enumerate(headings) if heading), 0)
        #: Positions (0-based) of the columns under the heading row.
        self.heading_columns = range(first, len(headings))
        for index in self.heading_columns:
            self._add(index, headings[index])

    def _add(self, index: int, heading: str) -> str:
        letter = column_letter(index)
        if not heading:
            name = self._unique(tr(_IMPORT, GENERATED_NAME, column=letter))
            self.notes.append(tr(_IMPORT, _NO_HEADING, column=letter, name=name))
        elif heading.casefold() in self._taken:
            name = self._unique(heading)
            self.notes.append(tr(_IMPORT, _REPEATED_HEADING, column=letter, heading=heading, name=name))
        else:
            name = heading
        self._by_index[index] = name
        self._taken.add(name.casefold())
        return name

    def _unique(self, base: str) -> str:
        if base.casefold() not in self._taken and base.casefold() not in self._given:
            return base
        number = 2
        while True:
            candidate = tr(_IMPORT, REPEATED_NAME, heading=base, number=number)
            if candidate.casefold() not in self._taken and candidate.casefold() not in self._given:
                return candidate
            number += 1

    @property
    def names(self) -> list[str]:
        """All names given so far, left to right."""
        return [self._by_index[index] for index in sorted(self._by_index)]

    def name(self, index: int) -> str:
        """Name of the column at a 0-based position, named on first use if it has no heading."""
        return self._by_index.get(index) or self._add(index, "")
