"""Campaigns page: the campaigns, the preview of the selected one, its export and its past exports."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import CampaignStatus
from desktop_app.domain.reasons import ReasonCode
from desktop_app.errors import UserError
from desktop_app.services import campaigns
from desktop_app.services.campaign_evidence import ExportView, export_view, list_exports
from desktop_app.services.campaign_export import ExportProgress, ExportRequest, ExportResult, export_list
from desktop_app.services.campaign_reexport import reexport
from desktop_app.services.campaigns import CampaignView
from desktop_app.services.display import count_text, date_text, time_text
from desktop_app.ui import labels
from desktop_app.ui.campaigns.campaign_dialog import CampaignDialog
from desktop_app.ui.campaigns.export_dialog import EvidenceDialog, ExportChoice, ExportDialog, safe_file_name
from desktop_app.ui.campaigns.preview import PreviewPanel, ReasonCustomersDialog
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.tables import read_only_rows
from desktop_app.ui.widgets.worker import Task


class CampaignsPage(QWidget):
    openCustomer = Signal(object)
    exportFinished = Signal(object)  # ExportResult, also after a re-export

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: list[CampaignView] = []
        self.exports: list[ExportView] = []
        self.task: Task | None = None
        self.dialog: Any = None  # the dialog opened last (tests drive it)
        self._preview_due = False
        self.last_message = ""
        title = QLabel(self.tr("Campaigns"), self)
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr("Whom may we contact for this purpose over this channel, and why not the others?"), self
        )
        hint.setObjectName("hint")
        self.new_button = QPushButton(self.tr("New campaign…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Purpose"), self.tr("Channel"), self.tr("Planned"),
             self.tr("Status"), self.tr("Last export")]
        )  # fmt: skip
        read_only_rows(self.table, stretch=0, single=True)
        self.preview = PreviewPanel(ctx, self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.exports_table = QTableWidget(0, 5, self)
        self.exports_table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Exported"), self.tr("By"), self.tr("Rows"), self.tr("File")]
        )
        read_only_rows(self.exports_table, stretch=4, single=True)
        self.evidence_button = QPushButton(self.tr("Evidence…"), self)
        self.print_evidence_button = QPushButton(self.tr("Print evidence…"), self)
        self.print_evidence_button.setToolTip(self.tr("Preview, print or save the export's evidence as PDF"))
        self.reexport_button = QPushButton(self.tr("Re-export…"), self)
        self._layout(title, hint)
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button.clicked.connect(self.edit_campaign)
        self.duplicate_button.clicked.connect(self.duplicate_campaign)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.show_archived.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.edit_campaign())
        self.preview.reasonChosen.connect(self.show_reason)
        self.export_button.clicked.connect(self.choose_export)
        self.evidence_button.clicked.connect(self.show_evidence)
        self.print_evidence_button.clicked.connect(lambda: self.print_evidence())
        self.reexport_button.clicked.connect(self.choose_reexport)
        self.exports_table.itemSelectionChanged.connect(self._update_buttons)
        self.exports_table.cellDoubleClicked.connect(lambda _r, _c: self.show_evidence())
        self.refresh()

    def _layout(self, title: QLabel, hint: QLabel) -> None:
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button, self.archive_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.show_archived)
        preview_box = QGroupBox(self.tr("Preview"), self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview, 1)
        preview_layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        exports_box = QGroupBox(self.tr("Exports of this campaign"), self)
        exports_layout = QVBoxLayout(exports_box)
        exports_layout.addWidget(self.exports_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.evidence_button)
        buttons.addWidget(self.print_evidence_button)
        buttons.addWidget(self.reexport_button)
        exports_layout.addLayout(buttons)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(preview_box)
        lower.addWidget(exports_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # --- the list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected()
        with self.ctx.db.read_session() as session:
            self.views = campaigns.list_campaigns(session, include_archived=self.show_archived.isChecked())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            cells = [
                view.name,
                view.purpose_name(self.ctx.language),
                labels.label(labels.CHANNELS, view.channel),
                date_text(view.planned_on) if view.planned_on else "",
                self._status(view.status),
                time_text(view.last_export_at) if view.last_export_at else "",
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.blockSignals(False)
        ids = [v.id for v in self.views]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        elif self.views:
            self.table.selectRow(0)
        self._selection_changed()

    def _status(self, status: CampaignStatus) -> str:
        return {
            CampaignStatus.DRAFT: self.tr("draft"),
            CampaignStatus.ACTIVE: self.tr("active"),
            CampaignStatus.ARCHIVED: self.tr("archived"),
        }[status]

    def selected(self) -> CampaignView | None:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) and self.table.selectedItems() else None

    def select(self, campaign_id: int) -> None:
        for row, view in enumerate(self.views):
            if view.id == campaign_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        view = self.selected()
        self._preview_due = view is not None and not self.isVisible()
        if view is None:
            self.preview.clear()
        elif not self._preview_due:
            self.preview.show_for(view.purpose_id, view.channel, view.segment)
        self._fill_exports(view)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """The preview counts a whole segment: not done for a page nobody has opened yet."""
        super().showEvent(event)
        view = self.selected()
        if self._preview_due and view is not None:
            self._preview_due = False
            self.preview.show_for(view.purpose_id, view.channel, view.segment)

    def _fill_exports(self, view: CampaignView | None) -> None:
        if view is None:
            self.exports = []
        else:
            with self.ctx.db.read_session() as session:
                self.exports = list_exports(session, view.id)
        self.exports_table.setRowCount(len(self.exports))
        for row, export in enumerate(self.exports):
            cells = [str(export.id), time_text(export.exported_at), export.exported_by,
                     count_text(export.row_count), export.file_name]  # fmt: skip
            for column, text in enumerate(cells):
                self.exports_table.setItem(row, column, QTableWidgetItem(text))
        self.exports_table.resizeColumnsToContents()
        self.exports_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _update_buttons(self) -> None:
        view = self.selected()
        busy = self.task is not None
        for button in (self.edit_button, self.duplicate_button, self.archive_button):
            button.setEnabled(view is not None and not busy)
        archived = view is not None and view.status is CampaignStatus.ARCHIVED
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.export_button.setEnabled(view is not None and not archived and not busy)
        chosen = self.selected_export() is not None
        self.evidence_button.setEnabled(chosen)
        self.print_evidence_button.setEnabled(chosen)
        self.reexport_button.setEnabled(chosen and not busy)

    # --- editing -----------------------------------------------------------------------------------

    def new_campaign(self) -> CampaignDialog:
        return self._open_editor(None)

    def edit_campaign(self) -> CampaignDialog | None:
        view = self.selected()
        return self._open_editor(view) if view is not None else None

    def _open_editor(self, view: CampaignView | None) -> CampaignDialog:
        dialog = CampaignDialog(self.ctx, view, self)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, dialog: CampaignDialog) -> None:
        self.refresh()
        if dialog.saved is not None:
            self.select(dialog.saved.id)

    def _run(self, action: str, call: Any) -> None:
        try:
            with self.ctx.db.session() as session:
                result = call(session)
        except UserError as error:
            QMessageBox.warning(self, action, error.message())
            return
        self.refresh()
        if isinstance(result, CampaignView):
            self.select(result.id)

    def duplicate_campaign(self) -> None:
        view = self.selected()
        if view is not None:
            self._run(
                self.tr("Duplicate"), lambda s: campaigns.duplicate_campaign(s, self.ctx.actor, view.id)
            )

    def toggle_archive(self) -> None:
        view = self.selected()
        if view is None:
            return
        if view.status is CampaignStatus.ARCHIVED:
            self._run(self.tr("Restore"), lambda s: campaigns.restore_campaign(s, self.ctx.actor, view.id))
        else:
            self._run(self.tr("Archive"), lambda s: campaigns.archive_campaign(s, self.ctx.actor, view.id))

    # --- preview click-through ---------------------------------------------------------------------

    def show_reason(self, code: ReasonCode) -> ReasonCustomersDialog | None:
        params = self.preview.params
        if params is None:
            return None
        dialog = ReasonCustomersDialog(self.ctx, params, code, self.preview.snapshots, self)
        dialog.openCustomer.connect(self.openCustomer.emit)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- exporting ---------------------------------------------------------------------------------

    def choose_export(self) -> ExportDialog | None:
        view = self.selected()
        if view is None:
            return None
        suggested = Path.home() / f"{safe_file_name(view.name)}.xlsx"
        preview = self.preview.preview
        dialog = ExportDialog(view.channel, suggested, preview.contactable if preview else None, self)
        dialog.accepted.connect(lambda: self.start_export(dialog.choice()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def start_export(self, choice: ExportChoice) -> Task | None:
        view = self.selected()
        if view is None:
            return None
        request = ExportRequest(
            view.purpose_id, view.channel, self.preview.on(), choice.path, view.segment, view.id,
            choice.columns, choice.delimiter,
        )  # fmt: skip
        db, actor = self.ctx.db, self.ctx.actor

        def job(cancel: Any) -> Generator[ExportProgress, None, ExportResult]:
            with db.session() as session:
                result = yield from export_list(session, actor, request, cancel)
            return result

        return self._start(job, self.tr("Exporting %1").replace("%1", view.name))

    def selected_export(self) -> ExportView | None:
        row = self.exports_table.currentRow()
        chosen = 0 <= row < len(self.exports) and self.exports_table.selectedItems()
        return self.exports[row] if chosen else None

    def show_evidence(self) -> EvidenceDialog | None:
        export = self.selected_export()
        if export is None:
            return None
        with self.ctx.db.read_session() as session:
            fresh = export_view(session, export.id)
        dialog = EvidenceDialog(fresh, self.ctx.language, self)
        dialog.reexport_button.clicked.connect(self.choose_reexport)
        # From the (window-modal) evidence dialog the preview must be its child, or it would be blocked.
        dialog.print_button.clicked.connect(lambda: self.print_evidence(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_evidence(self, parent: QWidget | None = None) -> QWidget | None:
        """The selected export's evidence report (Art. 7(1) GDPR proof of the list) in the preview."""
        from desktop_app.ui.reports.actions import preview_campaign_export

        export = self.selected_export()
        if export is None:
            return None
        preview = preview_campaign_export(self.ctx, export.id, parent or self)
        self.dialog = preview
        return preview

    def choose_reexport(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        export = self.selected_export()
        if export is None:
            return
        suggested = str(
            Path.home() / f"{Path(export.file_name).stem} ({export.id}){Path(export.file_name).suffix}"
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Re-export to"), suggested)
        if path:
            self.start_reexport(export.id, Path(path))

    def start_reexport(self, export_id: int, path: Path) -> Task:
        db, actor = self.ctx.db, self.ctx.actor

        def job(cancel: Any) -> Generator[ExportProgress, None, ExportResult]:
            with db.session() as session:
                result = yield from reexport(session, actor, export_id, path, cancel)
            return result

        return self._start(job, self.tr("Re-exporting no. %1").replace("%1", str(export_id)))

    def _start(self, job: Any, title: str) -> Task:
        task = Task(job, self, title, on_done=self._export_done, on_error=self._export_failed)
        task.describe = self._describe
        self.task = task
        self._update_buttons()
        task.start()
        return task

    def _describe(self, step: ExportProgress) -> str:
        if step.phase == "counting":
            return self.tr("Checking who may be contacted…")
        if step.phase == "finishing":
            return self.tr("Finishing the file…")
        if step.phase == "recording":
            return self.tr("Recording the evidence and the consent uses…")
        return (
            self.tr("%1 of %2 rows written")
            .replace("%1", count_text(step.done))
            .replace("%2", count_text(step.total))
        )

    def _export_done(self, result: ExportResult) -> None:
        self.task = None
        self.refresh()
        if result.reexport:
            text = self.tr("Export no. %1 was written again to %2.")
        else:
            text = self.tr("Export no. %1 was written to %2 and recorded with its evidence.")
        self.last_message = text.replace("%1", str(result.export_id)).replace("%2", str(result.path))
        self.exportFinished.emit(result)
        if not self.property("quiet"):
            QMessageBox.information(self, self.tr("Export"), self.last_message)

    def _export_failed(self, error: BaseException) -> None:
        self.task = None
        self._update_buttons()
        if isinstance(error, UserError):
            self.last_message = error.message()
            self.exportFinished.emit(error)
            if not self.property("quiet"):
                QMessageBox.warning(self, self.tr("Export"), self.last_message)
            return
        raise error

    def wait(self) -> None:
        """Blocks until background work is done (tests, and before the window closes)."""
        self.preview.wait()
        if self.task is not None:
            self.task.wait()
