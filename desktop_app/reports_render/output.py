"""Getting laid-out pages out: a PDF file (written atomically), page images, and a printer."""

from __future__ import annotations

import errno
import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from desktop_app import APP_NAME
from desktop_app.atomic import write_atomically
from desktop_app.reports_render.document import PagedReport
from desktop_app.reports_render.page import UNITS_PER_INCH
from desktop_app.services.reports.model import Report

PDF_RESOLUTION = 1200  # dots per inch of the PDF's coordinate system; text and lines stay vectors


def ensure_gui_application() -> QGuiApplication:
    """Fonts and text layout need a QGuiApplication; the CLI creates one on demand.

    On Linux the offscreen platform is used (a server may have no display at all); Windows and macOS
    keep their native platform, whose font databases are the ones the GUI uses too.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else APP_NAME])


def a4_pdf_writer(target: QIODevice | str, margin_mm: float = 0) -> QPdfWriter:
    """A PDF writer for portrait A4 pages at PDF_RESOLUTION (the reports paint their own margins)."""
    writer = QPdfWriter(target)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def pdf_bytes(paged: PagedReport) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = a4_pdf_writer(buffer)
    writer.setTitle(paged.report.title)
    writer.setCreator(APP_NAME)
    paint_pages(paged, writer)
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def paint_pages(paged: PagedReport, device: QPagedPaintDevice, pages: range | None = None) -> None:
    """Paints pages (all by default, 0-based) onto a PDF writer or a printer in full-page mode.

    The A4 page is scaled to the device's page, keeping its proportions (a Letter printer gets the A4
    page slightly reduced instead of cut off).
    """
    size = paged.page_size
    scale = min(device.width() / size.width(), device.height() / size.height())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(errno.EIO, "the output device cannot be painted on")
    try:
        for number, index in enumerate(pages if pages is not None else range(paged.page_count)):
            if number:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            paged.paint_page(painter, index)
            painter.restore()
    finally:
        painter.end()


def write_pdf(report: Report | PagedReport, path: str | os.PathLike[str]) -> int:
    """Writes the PDF atomically (temporary file in the same folder, then os.replace); returns pages.

    OSError (missing or unwritable folder, full disk) is left to the caller to turn into a message.
    """
    paged = report if isinstance(report, PagedReport) else PagedReport(report)
    data = pdf_bytes(paged)
    write_atomically(path, lambda stream: stream.write(data))
    return paged.page_count


def page_image(paged: PagedReport, index: int, dpi: float) -> QImage:
    """One page as an image at `dpi`, white background: thumbnails and tests."""
    size = paged.page_size
    scale = dpi / UNITS_PER_INCH
    image = QImage(round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    paged.paint_page(painter, index)
    painter.end()
    return image
