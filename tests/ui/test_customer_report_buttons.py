"""The customer editor's Art. 15 report (in the customer's language) and Art. 20 data export, and the
File menu's consent overview: each opens its preview or writes its file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.ui.context import AppContext
from desktop_app.ui.customer.editor import CustomerEditor
from desktop_app.ui.reports.preview import ReportPreviewDialog
from tests.services.report_factories import rich_customer


@pytest.mark.parametrize(
    ("menu_entry", "language", "title"),
    [("Deutsch", "de", "Auskunft über Ihre Daten"), ("English", "en", "Information about your data")],
)
def test_the_report_button_previews_the_access_report_in_the_chosen_language(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, menu_entry: str, language: str, title: str
) -> None:
    rich = rich_customer(ctx.db)
    editor = CustomerEditor(ctx, rich.customer_id)
    qtbot.addWidget(editor)
    buttons = editor.report_buttons
    action = next(a for a in buttons.report_button.menu().actions() if a.text() == menu_entry)
    action.trigger()
    dialog = editor.findChild(ReportPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    assert (dialog.report.kind, dialog.report.language, dialog.report.title) == ("customer", language, title)
    assert dialog.paged.page_count >= 2
    dialog.close()


def test_the_export_button_writes_the_chosen_file(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rich = rich_customer(ctx.db)
    editor = CustomerEditor(ctx, rich.customer_id)
    qtbot.addWidget(editor)
    chosen = tmp_path / "juergen"  # no extension: the chosen filter decides
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "Excel workbook (*.xlsx)")
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    editor.report_buttons.export_button.click()
    assert (tmp_path / "juergen.xlsx").is_file() and told and "juergen.xlsx" in told[0]
    assert editor.report_buttons.write_export(rich.customer_id, str(tmp_path / "again.json"))
    assert (
        json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))["customer"]["first_name"]
        == "Jürgen"
    )


def test_an_unsaved_customer_is_saved_first(qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    editor = CustomerEditor(ctx)
    qtbot.addWidget(editor)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    editor.report_buttons.export_button.click()
    editor.report_buttons.print_report("de")
    assert told == ["Save the customer first."] * 2
    assert editor.findChild(ReportPreviewDialog) is None


def test_file_menu_opens_the_consent_overview(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    rich_customer(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "Print consent overview…")
    action.trigger()
    dialog = window.findChild(ReportPreviewDialog)
    assert dialog is not None and dialog.report.kind == "overview" and dialog.paged.page_count >= 1
    dialog.close()
