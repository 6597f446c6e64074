"""The print preview: pages as they print, zoom, page count, Save as PDF, printing; opened from the
File menu and the Consent texts page; and none of it loaded at start-up."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from desktop_app import i18n
from desktop_app.db.models import Purpose
from desktop_app.services import consent_texts
from desktop_app.services.consent_texts import ConsentTextInput
from desktop_app.services.reports.model import Paragraph, Section, Table
from desktop_app.ui.context import AppContext
from desktop_app.ui.reports.preview import PRINTING_AVAILABLE, ReportPreviewDialog
from tests.services.report_pdf import make_report, page_texts


def _report():  # type: ignore[no-untyped-def]
    rows = tuple((f"K-{n:04d}", f"Person {n}") for n in range(120))
    return make_report(Section("Customers", (Paragraph("All of them."), Table(("Number", "Name"), rows))))


@pytest.mark.parametrize(("language", "pages_word"), [("en", "pages"), ("de", "Seiten")])
def test_preview_shows_every_page_and_the_count(qtbot, qapp, language: str, pages_word: str) -> None:  # type: ignore[no-untyped-def]
    i18n.install_qt_translator(qapp, language)
    try:
        dialog = ReportPreviewDialog(_report())
    finally:
        i18n.uninstall_qt_translator(qapp)
        i18n.set_language("en")
    qtbot.addWidget(dialog)
    dialog.show()
    count = dialog.paged.page_count
    assert count >= 3
    assert dialog.page_count_label.text() == f"{count} {pages_word}"
    assert len(dialog.pages) == count
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(100))
    full = dialog.pages[0].width()
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(50))
    assert abs(dialog.pages[0].width() - full / 2) <= 1
    assert dialog.pages[0].height() > dialog.pages[0].width()  # portrait A4
    assert dialog.print_button.isVisible() == PRINTING_AVAILABLE


def test_save_as_pdf_writes_the_previewed_pages(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportPreviewDialog(_report())
    qtbot.addWidget(dialog)
    chosen = tmp_path / "customers"  # without .pdf: the dialog adds it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "PDF"))
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert saved.args == [str(chosen) + ".pdf"]
    pages = page_texts(Path(saved.args[0]))
    assert len(pages) == dialog.paged.page_count and "Number Name" in pages[-1]
    assert "Saved to" in dialog.status.text()


def test_a_failed_save_is_a_message(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportPreviewDialog(_report())
    qtbot.addWidget(dialog)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert not dialog.write_to(str(tmp_path / "missing" / "x.pdf"))
    assert shown and "could not be saved" in shown[0]


@pytest.mark.skipif(not PRINTING_AVAILABLE, reason="QtPrintSupport is not installed")
def test_printing_paints_the_chosen_pages(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.ui.reports.printing import a4_printer, print_pages

    dialog = ReportPreviewDialog(_report())
    qtbot.addWidget(dialog)
    printer = a4_printer("Customers")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file stands in for the printer
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFromTo(2, 3)
    print_pages(dialog.paged, printer)
    pages = page_texts(tmp_path / "printed.pdf")
    assert len(pages) == 2 and f"Page 2 of {dialog.paged.page_count}" in pages[0]


def test_file_menu_opens_the_processing_record(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "Print record of processing activities…")
    action.trigger()
    dialog = window.findChild(ReportPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.report.kind == "processing-record" and dialog.paged.page_count >= 2
    dialog.close()


def test_consent_texts_page_prints_the_selected_version(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.pages.consent_texts import ConsentTextsPage

    page = ConsentTextsPage(ctx)
    qtbot.addWidget(page)
    assert not page.print_button.isEnabled()
    with ctx.db.session() as s:
        purpose_id = s.execute(select(Purpose.id).where(Purpose.code == "newsletter")).scalar_one()
        consent_texts.create_version(
            s,
            "anna",
            ConsentTextInput(
                purpose_id, "de", "Newsletter", "Ja, ich möchte den Newsletter.", dt.date(2026, 1, 1)
            ),
        )
    page.refresh()
    page.table.selectRow(0)
    assert page.print_button.isEnabled()
    page.print_button.click()
    dialog = page.findChild(ReportPreviewDialog)
    assert dialog is not None
    assert dialog.report.page_marker == "Formular newsletter-de-v1"  # a German text prints a German form
    dialog.close()


def test_start_up_does_not_load_the_report_layer() -> None:
    code = (
        "import sys, desktop_app.ui.app, desktop_app.ui.main_window, desktop_app.cli;"
        "desktop_app.cli.build_parser();"
        "print(sorted(m for m in sys.modules if 'reports' in m or 'QtPrintSupport' in m))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['desktop_app.cli.reports']"
