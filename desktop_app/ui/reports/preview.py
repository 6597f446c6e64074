"""Print preview: the pages exactly as they will print, with zoom, "Save as PDF…" and "Print…".

The pages are painted by the same code that writes the PDF (reports_render), straight into widgets
that are only as large as a page at the chosen zoom; only the visible ones are painted. QPrintPreview-
Widget is not used: it would lay the report out a second time against the printer, and the preview
could then differ from the PDF.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reports_render.document import PagedReport
from desktop_app.reports_render.output import write_pdf
from desktop_app.reports_render.page import UNITS_PER_INCH
from desktop_app.services.reports.model import Report

PRINTING_AVAILABLE = importlib.util.find_spec("PySide6.QtPrintSupport") is not None
_ZOOMS = (50, 75, 100, 125, 150, 200)
_FIT_WIDTH = 0
_PAGE_GAP = 16


class PageView(QWidget):
    """One page at the current zoom."""

    def __init__(self, paged: PagedReport, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paged = paged
        self.index = index
        self.scale = 1.0

    def set_zoom(self, zoom: float) -> None:
        # Zoom 1.0 shows the page at its real size on a correctly configured screen.
        self.scale = zoom * self.logicalDpiX() / UNITS_PER_INCH
        size = self.paged.page_size
        self.setFixedSize(round(size.width() * self.scale), round(size.height() * self.scale))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.scale(self.scale, self.scale)
        self.paged.paint_page(painter, self.index)
        painter.end()


class ReportPreviewDialog(QDialog):
    saved = Signal(str)

    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.paged = PagedReport(report)
        self.setWindowTitle(self.tr("Print preview – %1").replace("%1", report.title))
        self.resize(900, 1000)

        count = self.paged.page_count
        self.page_count_label = QLabel(self.tr("%n page(s)", "", count), self)
        self.zoom = QComboBox(self)
        self.zoom.addItem(self.tr("Fit width"), _FIT_WIDTH)
        for percent in _ZOOMS:
            self.zoom.addItem(f"{percent} %", percent)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setVisible(PRINTING_AVAILABLE)
        close_button = QPushButton(self.tr("Close"), self)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pages = [PageView(self.paged, index) for index in range(count)]
        sheet = QWidget(self)
        sheet.setObjectName("previewSheet")
        sheet.setStyleSheet("#previewSheet { background: #8a8f98; }")
        column = QVBoxLayout(sheet)
        column.setSpacing(_PAGE_GAP)
        column.setContentsMargins(_PAGE_GAP, _PAGE_GAP, _PAGE_GAP, _PAGE_GAP)
        for page in self.pages:
            column.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)  # pages stay stacked at the top when zoomed out
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(sheet)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        bar = QHBoxLayout()
        bar.addWidget(self.page_count_label)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Zoom"), self))
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.status)

        self.zoom.currentIndexChanged.connect(self._apply_zoom)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.print_button.clicked.connect(self.print_report)
        close_button.clicked.connect(self.close)
        self._apply_zoom()

    def current_zoom(self) -> float:
        percent = self.zoom.currentData()
        if percent != _FIT_WIDTH:
            return float(percent) / 100
        available = self.scroll_area.viewport().width() - 2 * _PAGE_GAP
        page_width = self.paged.page_size.width() * self.logicalDpiX() / UNITS_PER_INCH
        return max(0.25, float(available / page_width))

    def _apply_zoom(self) -> None:
        zoom = self.current_zoom()
        for page in self.pages:
            page.set_zoom(zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom.currentData() == _FIT_WIDTH:
            self._apply_zoom()

    def suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / self.report.suggested_file_name)

    def save_as_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.suggested_path(), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.write_to(path)

    def write_to(self, path: str) -> bool:
        try:
            write_pdf(self.paged, path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The PDF could not be saved to %1:\n%2")
                .replace("%1", path)
                .replace("%2", error.strerror or str(error)),
            )
            return False
        self.status.setText(self.tr("Saved to %1").replace("%1", path))
        self.saved.emit(path)
        return True

    def print_report(self) -> None:
        from desktop_app.ui.reports.printing import print_with_dialog

        print_with_dialog(self.paged, self)
