"""Keeping things together across page breaks: headings with what follows, short tables whole.

QTextDocument has no "keep with next" and splits a table wherever a page ends. After the first layout
each item is checked in document order; one that would be torn apart gets "page break before", which
only moves later content down, so a single pass in order settles the whole document.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

from desktop_app.reports_render.blocks import Keep
from desktop_app.reports_render.page import PageGeometry, mm

_LINES_KEPT = 2  # a heading needs this many lines of what follows below it on its page
_AT_PAGE_TOP = mm(8)  # this close below the body's top edge counts as "already at the top of a page"
_BREAK = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


def keep_together(document: QTextDocument, geometry: PageGeometry, keeps: list[Keep]) -> None:
    pages = _Pages(document, geometry)
    for keep in keeps:
        if keep.table is not None:
            first = keep.table.firstCursorPosition().block()
            last = keep.table.lastCursorPosition().block()
            if not pages.split(first, last):
                continue
            if keep.heading is not None:
                pages.break_before_block(document.findBlockByNumber(keep.heading))
            else:
                fmt = keep.table.format()
                fmt.setPageBreakPolicy(_BREAK)
                keep.table.setFormat(fmt)
                pages.relayout_from(keep.table.firstPosition() - 1)
        elif keep.heading is not None:
            heading = document.findBlockByNumber(keep.heading)
            if pages.orphaned(heading):
                pages.break_before_block(heading)


class _Pages:
    def __init__(self, document: QTextDocument, geometry: PageGeometry) -> None:
        self.document = document
        self.layout = document.documentLayout()
        self.geometry = geometry

    def _page(self, y: float) -> int:
        return math.floor(y / self.geometry.height)

    def _at_page_top(self, y: float) -> bool:
        return y - self._page(y) * self.geometry.height <= self.geometry.top + _AT_PAGE_TOP

    def _body_end(self, page: int) -> float:
        return (page + 1) * self.geometry.height - self.geometry.bottom

    def _line_bottoms(self, block: QTextBlock) -> list[float]:
        rect = self.layout.blockBoundingRect(block)
        lines = block.layout()
        return [rect.top() + lines.lineAt(i).y() + lines.lineAt(i).height() for i in range(lines.lineCount())]

    def split(self, first: QTextBlock, last: QTextBlock) -> bool:
        """Whether the stretch from `first` to `last` runs over a page end although it fits on one page."""
        top = self.layout.blockBoundingRect(first).top()
        bottoms = self._line_bottoms(last) or [self.layout.blockBoundingRect(last).bottom()]
        bottom = max(bottoms)
        if self._page(top) == self._page(bottom - 1) or self._at_page_top(top):
            return False
        return bottom - top < self._body_end(0) - self.geometry.top

    def orphaned(self, heading: QTextBlock) -> bool:
        """Whether fewer than two lines of what follows the heading fit on the heading's page."""
        top = self.layout.blockBoundingRect(heading).top()
        if self._at_page_top(top):
            return False  # moving it would only leave an empty page
        # Distinct line bottoms rather than lines: the cells of one table row share a bottom.
        bottoms: set[int] = set()
        block = heading.next()
        while block.isValid() and len(bottoms) < _LINES_KEPT:
            if block.text().strip():
                bottoms.update(round(b) for b in self._line_bottoms(block))
            block = block.next()
        end = self._body_end(self._page(top))
        return any(bottom > end for bottom in sorted(bottoms)[:_LINES_KEPT])

    def break_before_block(self, block: QTextBlock) -> None:
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(_BREAK)
        QTextCursor(block).setBlockFormat(fmt)
        self.relayout_from(block.position())

    def relayout_from(self, position: int) -> None:
        # The incremental relayout after a format change leaves some later blocks without lines (they
        # would print as blank space); lay out the rest of the document afresh.
        position = max(0, position)
        self.document.markContentsDirty(position, self.document.characterCount() - position)
