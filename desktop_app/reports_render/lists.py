"""Tables of the report model (model.Table) as striped rows of tab-aligned text, one paragraph per row.

Why not QTextTable: a customer with a thousand consents has two tables of over a thousand rows. As
QTextTables they took about 10 s to lay out and 13 s to write as PDF on this machine (a cell costs three
times a paragraph to lay out, and cell borders make up most of the PDF painting), against the 3 s the
access report must take. A paragraph per row, its cells wrapped here to their column widths and placed
on tab stops, lays out and paints about ten times faster and looks like a ledger: a shaded header,
alternate rows shaded, no grid.

What QTextTable did by itself is done here while writing, in the real layout: the header is repeated on
every page a table runs over, a row is never split across pages, a table of up to SHORT_TABLE_ROWS rows
is not split at all, and a table starts on a new page together with the heading above it when not even
its first row fits. Whatever keep_together would do above a table is settled before it is written, so
nothing moves it afterwards.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from desktop_app.reports_render.page import PageGeometry, font, mm
from desktop_app.services.reports import model

if TYPE_CHECKING:
    from desktop_app.reports_render.blocks import Writer

SHORT_TABLE_ROWS = 12  # moved whole to the next page rather than split
_SIZE = 8.5
_PAD = mm(1.3)  # left and right of a cell's text
_HEAD_FILL = QColor("#e2e6ea")
_STRIPE = QColor("#f3f4f6")
_BATCH = 12  # rows written between two looks at the layout
_SLACK = 0.985  # wrap a little short of the column: measured and laid-out widths differ by rounding
_SHY = "\u00ad"  # soft hyphen: where a translation allows a long word to break


class Wrapper:
    """Greedy word wrap with each word measured once: a long table repeats the same words (dates,
    labels) thousands of times, and measuring whole candidate lines made wrapping quadratic."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self.metrics = metrics
        self.space = metrics.horizontalAdvance(" ")
        self.widths: dict[str, float] = {}

    def width(self, word: str) -> float:
        found = self.widths.get(word)
        if found is None:
            found = self.widths[word] = self.metrics.horizontalAdvance(word.replace(_SHY, ""))
        return found

    def wrap(self, text: str, width: float) -> list[str]:
        """`text` (its own line breaks kept) as lines at most `width` wide."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in paragraph.split(" "):
                advance = self.width(word)
                if line and used + self.space + advance > width:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                if advance > width:  # a word wider than the column is cut where it must be
                    pieces = self._cut(word, width)
                    lines.extend(pieces[:-1])
                    word, advance = pieces[-1], self.width(pieces[-1])
                used += (self.space if line else 0.0) + advance
                line.append(word.replace(_SHY, ""))
            lines.append(" ".join(line))
        return lines

    def _cut(self, word: str, width: float) -> list[str]:
        """Pieces of a word too wide for its column: after a hyphen, slash or soft hyphen (printed as
        a hyphen) where one fits, else wherever the column ends."""
        pieces = []
        while len(word) > 1 and self.width(word) > width:
            cut = len(word) - 1
            while cut > 1 and self.width(word[:cut]) > width:
                cut -= 1
            soft = max(word.rfind(mark, 0, cut) for mark in ("-", "/", _SHY))
            if soft > 0:
                cut = soft + 1
            piece = word[:cut].replace(_SHY, "")
            pieces.append(piece + "-" if word[cut - 1] == _SHY else piece)
            word = word[cut:]
        return [*pieces, word]


class _Columns:
    """Column positions; a column of counts is right-aligned (a right tab at its right edge) so that
    units line up under units, as in any ledger."""

    def __init__(self, widths: Sequence[float], text_width: float, right: Sequence[bool]) -> None:
        total = sum(widths)
        self.starts: list[float] = []
        self.widths: list[float] = []
        self.ends: list[float] = []
        self.right = list(right)
        x = 0.0
        for percent in widths:
            width = text_width * percent / total
            self.starts.append(x)
            self.widths.append((width - 2 * _PAD) * _SLACK)
            x += width
            self.ends.append(x)

    def tabs(self) -> list[QTextOption.Tab]:
        return [
            QTextOption.Tab(end - _PAD, QTextOption.TabType.RightTab)
            if right
            else QTextOption.Tab(start + _PAD, QTextOption.TabType.LeftTab)
            for start, end, right in zip(self.starts, self.ends, self.right, strict=True)
        ]

    def text(self, cells: Sequence[str], wrapper: Wrapper) -> str:
        """The row as lines of tab-separated fragments, every cell wrapped to its column."""
        wrapped = [wrapper.wrap(cell, width) for cell, width in zip(cells, self.widths, strict=True)]
        height = max(len(lines) for lines in wrapped)
        return "\n".join(
            "".join("\t" + (lines[n] if n < len(lines) else "") for lines in wrapped) for n in range(height)
        )


# A count as the reports print it: "7", "1.097" or "1,097" (not a date like 29.11.2026), or a dash.
_COUNT = re.compile(r"\d{1,3}(?:[.,\u202f]\d{3})*|[–-]")


def numeric_columns(rows: Sequence[Sequence[str]], columns: int) -> list[bool]:
    """Columns holding only counts (and at least one): those are printed right-aligned."""
    return [
        any(row[index] and row[index] not in "–-" for row in rows)
        and all(not row[index] or _COUNT.fullmatch(row[index]) for row in rows)
        for index in range(columns)
    ]


class _Layout:
    def __init__(self, document: QTextDocument, geometry: PageGeometry) -> None:
        self.layout = document.documentLayout()
        self.geometry = geometry

    def page(self, y: float) -> int:
        return math.floor(y / self.geometry.height)

    def span(self, block: QTextBlock) -> tuple[int, int]:
        """The pages of the block's first and last line."""
        rect = self.layout.blockBoundingRect(block)
        lines = block.layout()
        count = lines.lineCount()
        bottom = rect.top() + lines.lineAt(count - 1).rect().bottom() if count else rect.bottom()
        return self.page(rect.top()), self.page(bottom - 1)

    def at_page_top(self, block: QTextBlock) -> bool:
        y = self.layout.blockBoundingRect(block).top()
        return y - self.page(y) * self.geometry.height <= self.geometry.top + mm(8)


class TableWriter:
    """Writes one model.Table through the blocks.Writer (blocks imports this module, hence the late
    imports of blocks and keep here)."""

    def __init__(self, writer: Writer, geometry: PageGeometry) -> None:
        self.writer = writer
        self.document = writer.document
        self.geometry = geometry
        self.pages = _Layout(self.document, geometry)
        self.head_chars = _chars(bold=True)
        self.body_chars = _chars(bold=False)

    def write(self, block: model.Table) -> None:
        from desktop_app.reports_render.keep import keep_together

        writer = self.writer
        # Settle what keep_together would still move above this table: its pages are final from here on.
        keep_together(self.document, self.geometry, writer.keeps)
        writer.keeps.clear()
        heading = writer.heading_above
        columns = _Columns(
            block.widths or [1] * len(block.header),
            self.geometry.text_width,
            numeric_columns(block.rows, len(block.header)),
        )
        tabs = columns.tabs()
        head = columns.text(block.header, Wrapper(QFontMetricsF(font(_SIZE, bold=True))))
        body = Wrapper(QFontMetricsF(font(_SIZE)))
        rows = [columns.text(cells, body) for cells in block.rows]
        start, was_fresh = self._end(), writer.fresh
        if not self._rows(head, rows, tabs, restartable=True):
            return
        # Not even the first row (or, for a short table, not all of it) fits below the heading: start
        # over on the next page, with the heading when there is one directly above.
        self._remove_from(start)
        writer.fresh = was_fresh
        heading_block = self.document.findBlockByNumber(heading) if heading is not None else None
        if heading_block is not None and not self.pages.at_page_top(heading_block):
            fmt = heading_block.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(heading_block).setBlockFormat(fmt)
        else:
            writer.page_break()
        self._rows(head, rows, tabs, restartable=False)

    def _rows(self, head: str, rows: list[str], tabs: list[QTextOption.Tab], *, restartable: bool) -> bool:
        """Writes header and rows; True (and stops) when the table has to start on a new page.

        Rows go in batches inside one edit block: once the document has a layout, Qt lays it out again
        after every single change, and a change per row cost more than the rows themselves.
        """
        header = self._line(head, self.head_chars, _HEAD_FILL, tabs)
        page = self.pages.span(header)[1]
        short = len(rows) <= SHORT_TABLE_ROWS
        index = 0
        while index < len(rows):
            written = self._batch(rows, index, tabs)
            for offset, (position, row) in enumerate(written):
                first, last = self.pages.span(row)
                if first == last == page:
                    continue
                at = index + offset
                if restartable and (at == 0 or short) and not self.pages.at_page_top(header):
                    return True
                # This row would run onto the next page: it starts that page, under a repeated header.
                self._remove_from(position)
                self.writer.page_break()
                self._line(head, self.head_chars, _HEAD_FILL, tabs)
                row = self._line(rows[at], self.body_chars, _fill(at), tabs)
                page = self.pages.span(row)[1]
                index = at + 1
                break
            else:
                index += len(written)
        return False

    def _batch(
        self, rows: list[str], start: int, tabs: list[QTextOption.Tab]
    ) -> list[tuple[int, QTextBlock]]:
        """Rows from `start` on, a bit fewer than a page holds; their start positions and blocks."""
        cursor = self.writer.cursor
        cursor.beginEditBlock()
        written = []
        for index in range(start, min(start + _BATCH, len(rows))):
            position = self._end()
            written.append((position, self._line(rows[index], self.body_chars, _fill(index), tabs)))
        cursor.endEditBlock()
        return written

    def _line(
        self, text: str, chars: QTextCharFormat, fill: QColor | None, tabs: list[QTextOption.Tab]
    ) -> QTextBlock:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(0)
        fmt.setBottomMargin(0)
        fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setTabPositions(tabs)
        # Lines are wrapped above; "non-breakable" makes Qt keep each as it is instead of wrapping again.
        fmt.setNonBreakableLines(True)
        if fill is not None:
            fmt.setBackground(QBrush(fill))
        self.writer.paragraph(text, chars, fmt)
        return self.writer.cursor.block()

    def _end(self) -> int:
        return self.document.characterCount() - 1

    def _remove_from(self, position: int) -> None:
        cursor = QTextCursor(self.document)
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self.writer.cursor.movePosition(QTextCursor.MoveOperation.End)


def _fill(index: int) -> QColor | None:
    return _STRIPE if index % 2 else None


def _chars(*, bold: bool) -> QTextCharFormat:
    from desktop_app.reports_render.blocks import char_format

    return char_format(_SIZE, bold=bold)
