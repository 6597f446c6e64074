"""Printing through the system's print dialog (QtPrintSupport, imported only when printing)."""

from __future__ import annotations

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.reports_render.document import PagedReport
from desktop_app.reports_render.output import paint_pages


def a4_printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # The report paints its own margins, header and footer: the printer must not add more.
    printer.setFullPage(True)
    printer.setDocName(title)
    return printer


def print_pages(paged: PagedReport, printer: QPrinter) -> None:
    """Prints the range the user chose in the dialog (all pages when none was chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, min(last, paged.page_count)) if first > 0 else None
    paint_pages(paged, printer, pages)


def print_with_dialog(paged: PagedReport, parent: QWidget) -> bool:
    printer = a4_printer(paged.report.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, paged.page_count)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        print_pages(paged, printer)
    except OSError as error:
        QMessageBox.warning(parent, dialog.windowTitle(), str(error))
        return False
    return True
