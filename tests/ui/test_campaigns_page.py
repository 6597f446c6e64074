"""Campaigns page, driven through its widgets: create, preview and click through, export, re-export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.enums import CampaignStatus, Channel
from desktop_app.errors import UserError
from desktop_app.services import campaigns
from desktop_app.services.campaign_export import ExportProgress, ExportResult
from desktop_app.services.campaign_segment import Segment
from desktop_app.services.catalog import purpose_by_code
from desktop_app.services.demo import generate_demo
from desktop_app.ui.campaigns.campaign_dialog import CampaignDialog
from desktop_app.ui.campaigns.export_dialog import EvidenceDialog, ExportDialog
from desktop_app.ui.campaigns.preview import ReasonCustomersDialog
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.campaigns import CampaignsPage

TODAY = dt.date.today()


@pytest.fixture
def page(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    generate_demo(ctx.db, customers=300, seed=3, today=TODAY)
    widget = CampaignsPage(ctx)
    widget.setProperty("quiet", True)  # results go to exportFinished instead of message boxes
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.wait()


def create_through_dialog(qtbot, page: CampaignsPage, name: str, postcodes: str) -> None:  # type: ignore[no-untyped-def]
    dialog = page.new_campaign()
    assert isinstance(dialog, CampaignDialog)
    dialog.name.setText(name)  # keyClicks types ASCII only
    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Newsletter"))
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.EMAIL.value))
    qtbot.keyClicks(dialog.segment.postcodes, postcodes)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible(), dialog.error.text()


def wait_for_preview(qtbot, page: CampaignsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.preview.preview is not None and not page.preview.tasks, timeout=20_000)


def test_create_preview_click_through_and_why(qtbot, page: CampaignsPage, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    create_through_dialog(qtbot, page, "Frühjahr", "10000-49999, 80331")
    assert [v.name for v in page.views] == ["Frühjahr"] and page.selected() is not None
    wait_for_preview(qtbot, page)
    with ctx.db.read_session() as s:
        purpose = purpose_by_code(s, "newsletter")
        assert purpose is not None
        segment = Segment(postcodes=("10000-49999", "80331"))
        expected = campaigns.campaign_preview(s, purpose.id, Channel.EMAIL, TODAY, segment)
    assert page.preview.contactable.text() == f"{expected.contactable:,} contactable"
    assert f"of {expected.total_in_segment:,} customers in the segment" in page.preview.summary.text()
    assert page.preview.reasons.rowCount() == len(expected.excluded)

    code, count = next(iter(expected.excluded.items()))
    page.preview.reasons.cellClicked.emit(0, 1)
    listing = page.dialog
    assert isinstance(listing, ReasonCustomersDialog) and listing.code is code
    qtbot.waitUntil(lambda: listing.table.rowCount() == min(count, 200), timeout=20_000)
    why = listing.explain(0)
    assert not why.decision.contactable and why.decision.decisive.code is code
    assert why.reasons.rowCount() == len(why.decision.reasons)
    with qtbot.waitSignal(page.openCustomer) as opened:
        why.open_button.click()
    assert opened.args == [listing.rows[0].id]
    why.close()
    listing.close()


def test_export_evidence_and_re_export(qtbot, page: CampaignsPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_through_dialog(qtbot, page, "Herbst", "")
    wait_for_preview(qtbot, page)
    contactable = page.preview.preview.contactable  # type: ignore[union-attr]
    dialog = page.choose_export()
    assert isinstance(dialog, ExportDialog)
    dialog.path.setText(str(tmp_path / "herbst.xlsx"))
    for row in range(dialog.columns.count()):  # keep number, name and e-mail only
        item = dialog.columns.item(row)
        keep = item.data(Qt.ItemDataRole.UserRole) in ("customer_no", "last_name", "email")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    with qtbot.waitSignal(page.exportFinished, timeout=30_000) as done:
        dialog.export_button.click()
    result = done.args[0]
    assert isinstance(result, ExportResult) and result.rows == contactable > 0
    sheet = openpyxl.load_workbook(tmp_path / "herbst.xlsx").worksheets[0]
    assert [c.value for c in sheet[1]] == ["Customer no.", "Last name", "E-mail"]
    assert sheet.max_row == contactable + 1
    assert page.exports_table.rowCount() == 1 and page.table.item(0, 5).text()
    assert "recorded with its evidence" in page.last_message

    page.exports_table.selectRow(0)
    evidence = page.show_evidence()
    assert isinstance(evidence, EvidenceDialog)
    text = evidence.text.toPlainText()
    assert f"Contactable: rows in this list: {contactable}" in text and result.sha256 in text
    evidence.close()

    with qtbot.waitSignal(page.exportFinished, timeout=30_000) as again:
        page.start_reexport(result.export_id, tmp_path / "again.csv")
    assert again.args[0].reexport and (tmp_path / "again.csv").exists()
    assert page.exports_table.rowCount() == 1  # a re-export is not a new export


def test_cancelled_export_leaves_nothing(qtbot, page: CampaignsPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_through_dialog(qtbot, page, "Abbruch", "")
    wait_for_preview(qtbot, page)
    dialog = page.choose_export()
    assert dialog is not None
    dialog.path.setText(str(tmp_path / "nothing.csv"))
    dialog.file_format.setCurrentIndex(dialog.file_format.findData(".csv"))
    choice = dialog.choice()
    dialog.close()
    with qtbot.waitSignal(page.exportFinished, timeout=30_000) as done:
        task = page.start_export(choice)
        assert task is not None
        task.cancel()  # as the progress dialog's Cancel button does
    assert isinstance(done.args[0], UserError) and "cancelled" in page.last_message
    assert list(tmp_path.glob("*.csv")) == [] and page.exports_table.rowCount() == 0
    assert choice.path.suffix == ".csv" and choice.delimiter == ";"


def test_edit_duplicate_archive_restore(qtbot, page: CampaignsPage) -> None:  # type: ignore[no-untyped-def]
    create_through_dialog(qtbot, page, "Sommer", "20000-22999")
    editor = page.edit_campaign()
    assert editor is not None and editor.segment.postcodes.text() == "20000-22999"
    editor.segment.kind.setCurrentIndex(editor.segment.kind.findData("business"))
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert page.selected().segment.kind.value == "business"  # type: ignore[union-attr]
    page.duplicate_button.click()
    assert sorted(v.name for v in page.views) == ["Sommer", "Sommer (2)"]
    assert page.selected().name == "Sommer (2)"  # type: ignore[union-attr]
    page.archive_button.click()
    assert [v.name for v in page.views] == ["Sommer"]
    page.show_archived.setChecked(True)
    page.select(next(v.id for v in page.views if v.name == "Sommer (2)"))
    assert page.archive_button.text() == "Restore" and not page.export_button.isEnabled()
    page.archive_button.click()
    assert page.selected().status is CampaignStatus.DRAFT  # type: ignore[union-attr]
    wait_for_preview(qtbot, page)


def test_dialog_shows_the_services_refusal(qtbot, page: CampaignsPage) -> None:  # type: ignore[no-untyped-def]
    dialog = page.new_campaign()
    qtbot.keyClicks(dialog.name, "Falsch")
    qtbot.keyClicks(dialog.segment.postcodes, "20000-10000")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "must not be larger" in dialog.error.text()
    dialog.close()


def test_main_window_lists_the_page(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    window.sidebar.setCurrentRow(titles.index("Campaigns"))
    assert window.pages.currentWidget() is window.campaigns_page
    window.campaigns_page.wait()


def test_preview_is_reused_until_something_is_recorded(qtbot, page: CampaignsPage, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    create_through_dialog(qtbot, page, "Cache", "")
    wait_for_preview(qtbot, page)
    first = page.preview.preview
    page.preview.refresh()
    qtbot.waitUntil(lambda: not page.preview.tasks, timeout=20_000)
    assert page.preview.preview is first  # nothing changed: the numbers come from the cache
    with ctx.db.session() as s:
        view = page.selected()
        assert view is not None
        campaigns.duplicate_campaign(s, ctx.actor, view.id)  # any recorded change
    page.preview.refresh()
    qtbot.waitUntil(lambda: not page.preview.tasks, timeout=20_000)
    assert page.preview.preview is not first and page.preview.preview == first


def test_the_progress_says_what_the_export_is_doing(page: CampaignsPage) -> None:
    """The text of each step in the progress dialog (Task.describe): after the last row, the .xlsx
    package takes seconds on a long list, then the evidence."""
    n = 48103
    steps = [("counting", 0, 0), ("writing", 1234, n), ("finishing", n, n), ("recording", n, n)]
    texts = [page._describe(ExportProgress(*step)) for step in steps]
    assert texts == [
        "Checking who may be contacted…",
        "1,234 of 48,103 rows written",
        "Finishing the file…",
        "Recording the evidence and the consent uses…",
    ]
