"""Campaigns page: the evidence of a past export opens as a printable report, from the exports list and
from the evidence dialog."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.enums import Channel
from desktop_app.services import campaigns
from desktop_app.services.campaign_export import ExportResult
from desktop_app.ui.campaigns.export_dialog import EvidenceDialog
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.campaigns import CampaignsPage
from desktop_app.ui.reports.preview import ReportPreviewDialog
from tests.services.campaign_factories import contactable, export, newsletter_id
from tests.services.ledger_factories import ACTOR


def _page_with_two_exports(
    qtbot, ctx: AppContext, tmp_path: Path
) -> tuple[CampaignsPage, list[ExportResult]]:  # type: ignore[no-untyped-def]
    for n in range(1, 4):
        contactable(ctx.db, n)
    with ctx.db.session() as s:
        campaign = campaigns.create_campaign(
            s, ACTOR, campaigns.CampaignInput("Sommerfest", newsletter_id(ctx.db), Channel.EMAIL)
        )
    results = [export(ctx.db, tmp_path / f"liste-{n}.xlsx", campaign_id=campaign.id) for n in (1, 2)]
    page = CampaignsPage(ctx)
    page.setProperty("quiet", True)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    return page, results


def test_print_evidence_previews_the_selected_export(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, results = _page_with_two_exports(qtbot, ctx, tmp_path)
    assert page.exports_table.rowCount() == 2
    assert not page.print_evidence_button.isEnabled()  # nothing chosen yet
    page.exports_table.selectRow(1)  # newest first: row 1 is the first export
    assert page.print_evidence_button.isEnabled()
    page.print_evidence_button.click()
    dialog = page.findChild(ReportPreviewDialog)
    assert dialog is not None and dialog.isVisible()
    report = dialog.report
    assert (report.kind, report.title) == ("campaign-export", "Campaign export evidence")
    assert report.subtitle == f"Sommerfest · Export no. {results[0].export_id}"
    assert dialog.paged.page_count >= 1
    dialog.close()
    page.wait()


def test_the_evidence_dialog_prints_too(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, results = _page_with_two_exports(qtbot, ctx, tmp_path)
    page.exports_table.selectRow(0)
    evidence = page.show_evidence()
    assert isinstance(evidence, EvidenceDialog)
    evidence.print_button.click()
    dialog = evidence.findChild(ReportPreviewDialog)  # not blocked by the modal evidence dialog
    assert dialog is not None and dialog.report.subtitle.endswith(f"Export no. {results[1].export_id}")
    dialog.close()
    evidence.close()
    page.wait()


def test_an_export_deleted_meanwhile_is_a_message_not_a_crash(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch
) -> None:
    page, _results = _page_with_two_exports(qtbot, ctx, tmp_path)
    page.exports_table.selectRow(0)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    page.exports[0] = dataclasses.replace(page.exports[0], id=999_999)  # as if gone since the list loaded
    assert page.print_evidence() is None
    assert told == ["The campaign export no longer exists."]
    assert page.findChild(ReportPreviewDialog) is None
    page.wait()
