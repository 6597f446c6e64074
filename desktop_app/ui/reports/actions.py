"""Open the preview of a report from a menu or a button; the builders run in one read session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop_app import APP_NAME
from desktop_app.errors import UserError
from desktop_app.services.reports.model import Report
from desktop_app.ui.context import AppContext
from desktop_app.ui.reports.preview import ReportPreviewDialog


def preview_processing_record(ctx: AppContext, parent: QWidget) -> ReportPreviewDialog | None:
    from desktop_app.services.reports.processing_record import build_processing_record

    return open_preview(ctx, parent, lambda session: build_processing_record(session, ctx.language))


def preview_consent_form(ctx: AppContext, text_id: int, parent: QWidget) -> ReportPreviewDialog | None:
    from desktop_app.services.reports.consent_form import build_consent_form

    # The form takes the language of its consent text, whatever the UI language is.
    return open_preview(ctx, parent, lambda session: build_consent_form(session, text_id))


def preview_customer_report(
    ctx: AppContext, customer_id: int, parent: QWidget, language: str | None = None
) -> ReportPreviewDialog | None:
    from desktop_app.services.reports.customer_report import build_customer_report

    return open_preview(
        ctx, parent, lambda session: build_customer_report(session, customer_id, language or ctx.language)
    )


def preview_overview(ctx: AppContext, parent: QWidget) -> ReportPreviewDialog | None:
    from desktop_app.services.reports.overview import build_overview

    return open_preview(ctx, parent, lambda session: build_overview(session, ctx.language))


def preview_campaign_export(ctx: AppContext, export_id: int, parent: QWidget) -> ReportPreviewDialog | None:
    from desktop_app.services.reports.campaign_export_report import build_campaign_export_report

    return open_preview(
        ctx, parent, lambda session: build_campaign_export_report(session, export_id, ctx.language)
    )


def open_preview(
    ctx: AppContext, parent: QWidget, build: Callable[[Session], Report]
) -> ReportPreviewDialog | None:
    """Shows the preview window (non-modal, so the data can be looked at beside it); None on a refusal."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with ctx.db.read_session() as session:
            report = build(session)
        dialog = ReportPreviewDialog(report, parent)
    except UserError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, APP_NAME, error.message())
        return None
    QApplication.restoreOverrideCursor()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
