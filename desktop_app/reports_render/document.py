"""A report laid out on A4 pages: one QTextDocument in layout units, painted page by page.

QTextDocument paginates by itself once it has a page size: each page gets the root frame's margins,
table header rows (QTextTableFormat.headerRowCount) are repeated on every page a table runs over, and
blocks with a page-break policy start a new page. Header and footer are painted into the margins.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextDocument

from desktop_app.qt_none_guard import protect_none
from desktop_app.reports_render.blocks import Writer, block_format, char_format, write_blocks
from desktop_app.reports_render.keep import keep_together
from desktop_app.reports_render.page import A4, MUTED_COLOR, PageGeometry, font, mm, paint_header_footer
from desktop_app.services.reports.model import Report


class PagedReport:
    """Lay out once, then paint any page on any device (PDF, printer, preview widget, image)."""

    def __init__(self, report: Report, geometry: PageGeometry = A4) -> None:
        protect_none()  # layout and painting make thousands of Qt calls; see qt_none_guard
        self.report = report
        self.geometry = geometry
        self.document = QTextDocument()
        self.document.setUseDesignMetrics(True)
        self.document.setDocumentMargin(0)
        self.document.setDefaultFont(font(9.5))
        self.document.setIndentWidth(mm(6))
        self.document.setPageSize(QSizeF(geometry.width, geometry.height))
        frame = self.document.rootFrame().frameFormat()
        frame.setLeftMargin(geometry.left)
        frame.setRightMargin(geometry.right)
        frame.setTopMargin(geometry.top)
        frame.setBottomMargin(geometry.bottom)
        self.document.rootFrame().setFrameFormat(frame)
        self.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report.title)
        writer = Writer(self.document, geometry)
        self._write_title(writer)
        write_blocks(writer, report.blocks)
        keep_together(self.document, geometry, writer.keeps)

    def _write_title(self, writer: Writer) -> None:
        writer.paragraph(self.report.title, char_format(18, bold=True), block_format(after=mm(1)))
        if self.report.subtitle:
            writer.paragraph(
                self.report.subtitle, char_format(11, color=MUTED_COLOR), block_format(after=mm(4))
            )

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def page_size(self) -> QSizeF:
        """In layout units (1/720 inch)."""
        return QSizeF(self.geometry.width, self.geometry.height)

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paints page `index` (0-based); the painter must already map layout units to the device."""
        height = self.geometry.height
        painter.save()
        painter.translate(0, -index * height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, index * height, self.geometry.width, height)
        painter.setClipRect(context.clip)
        self.document.documentLayout().draw(painter, context)
        painter.restore()
        paint_header_footer(painter, self.report, index + 1, self.page_count, self.geometry)
