"""File > Import history…: past import batches, and undoing one after seeing what the undo will do.

The list comes from ``list_batches``; "Undo this import…" first asks ``preview_undo`` (the undo done in
a savepoint and rolled back) on a worker thread, shows its counts and what will be kept and why in
``UndoConfirmDialog``, and only on confirmation runs ``undo_batch`` on the worker too: undoing a batch
of 100k customers takes a while and the window must stay responsive. A batch already undone, or one
whose every customer and consent was worked on since, cannot be undone; the dialog says why.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from html import escape
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import ImportBatchStatus
from desktop_app.errors import UserError
from desktop_app.services.display import time_text
from desktop_app.services.importing import BatchView, UndoReport, list_batches, preview_undo, undo_batch
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.tables import read_only_rows
from desktop_app.ui.widgets.worker import Job, Task

T = TypeVar("T")
#: At most this many kept customers are listed; the rest are counted.
KEPT_SHOWN = 500
COL_WHEN, COL_WHO, COL_FILE, COL_SOURCE, COL_NEW, COL_UPDATED, COL_SKIPPED, COL_STATUS = range(8)


def _once(call: Callable[[], T]) -> Callable[[Callable[[], bool]], Generator[None, None, T]]:
    """A one-step job for the Worker: the call runs on its thread, the result is the job's value."""

    def job(_cancelled: Callable[[], bool]) -> Generator[None, None, T]:
        yield None
        return call()

    return job


def _count(counts: dict[str, object], *keys: str) -> int:
    total = 0
    for key in keys:
        value = counts.get(key, 0)
        total += value if isinstance(value, int) else 0
    return total


class ImportHistoryDialog(QDialog):
    #: A batch was undone: the customer list must be reloaded.
    undone = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.confirm: UndoConfirmDialog | None = None
        self.batches: list[BatchView] = []
        self.setWindowTitle(self.tr("Import history"))
        self.resize(1000, 520)
        self.table = QTableWidget(0, 8, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Imported"), self.tr("By"), self.tr("File"), self.tr("Data source"), self.tr("New"),
             self.tr("Updated"), self.tr("Skipped"), self.tr("Status")]
        )  # fmt: skip
        read_only_rows(self.table, stretch=COL_FILE, single=True)
        self.table.setWordWrap(False)
        self.empty = QLabel(self.tr("No customer list has been imported into this database yet."), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("Undo this import…"), self)
        self.undo_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.undo_button.clicked.connect(self.ask_undo)
        self.close_button.clicked.connect(self.reject)
        self.reload()

    # -- the list ------------------------------------------------------------------------------------

    def reload(self) -> None:
        with self.ctx.db.read_session() as session:
            self.batches = list_batches(session)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            counts = batch.counts
            cells = {
                COL_WHEN: time_text(batch.imported_at),
                COL_WHO: batch.imported_by,
                COL_FILE: batch.file_name + (f" ({batch.sheet})" if batch.sheet else ""),
                COL_SOURCE: batch.source_name,
                COL_NEW: str(_count(counts, "new")),
                COL_UPDATED: str(_count(counts, "updated")),
                COL_SKIPPED: str(_count(counts, "skipped", "unchanged", "duplicates", "errors", "blocked")),
                COL_STATUS: self.status_text(batch),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column in (COL_NEW, COL_UPDATED, COL_SKIPPED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not self.batches)
        if self.batches:
            self.table.selectRow(0)
        self._selected()

    def status_text(self, batch: BatchView) -> str:
        if batch.status is ImportBatchStatus.UNDONE and batch.undone_at is not None:
            text = self.tr("Undone on %1 by %2")
            return text.replace("%1", time_text(batch.undone_at)).replace("%2", batch.undone_by)
        return self.tr("Imported (batch %1)").replace("%1", str(batch.id))

    def selected(self) -> BatchView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def select_batch(self, batch_id: int) -> None:
        row = next(i for i, b in enumerate(self.batches) if b.id == batch_id)
        self.table.selectRow(row)

    def _selected(self) -> None:
        batch = self.selected()
        busy = self.task is not None and self.task.running
        undoable = batch is not None and batch.status is ImportBatchStatus.COMMITTED
        self.undo_button.setEnabled(undoable and not busy)
        if busy:
            return
        if batch is not None and batch.status is ImportBatchStatus.UNDONE:
            self.status.setText(
                self.tr("This import has already been undone; it cannot be undone a second time.")
            )
        else:
            self.status.setText("")

    # -- undo ----------------------------------------------------------------------------------------

    def ask_undo(self) -> None:
        """Works out what the undo would do (on the worker), then asks for confirmation."""
        batch = self.selected()
        if batch is None or batch.status is not ImportBatchStatus.COMMITTED:
            return
        db = self.ctx.db

        def preview() -> UndoReport:
            with db.read_session() as session:
                return preview_undo(session, batch.id)

        self.status.setText(self.tr("Checking what undoing this import would change…"))
        self._run(_once(preview), lambda report: self._show_preview(batch, report))

    def _show_preview(self, batch: BatchView, report: UndoReport) -> None:
        self.status.setText("")
        dialog = UndoConfirmDialog(batch, report, self)
        dialog.accepted.connect(lambda: self.undo(batch))
        self.confirm = dialog
        dialog.open()

    def undo(self, batch: BatchView) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def run() -> UndoReport:
            with db.session() as session:
                return undo_batch(session, actor, batch.id)

        self.status.setText(self.tr("Undoing the import of %1…").replace("%1", batch.file_name))
        self._run(_once(run), self._undone)

    def _undone(self, report: UndoReport) -> None:
        self.reload()
        self.select_batch(report.batch_id)
        text = self.tr(
            "The import has been undone. Customers deleted: %1, customers restored: %2, consents deleted: %3."
        )
        text = (
            text.replace("%1", str(report.customers_removed))
            .replace("%2", str(report.customers_restored))
            .replace("%3", str(report.consents_removed))
        )
        if report.kept:
            kept = self.tr("Kept because they were changed after the import: %1.")
            text += " " + kept.replace("%1", str(len(report.kept)))
        self.status.setText(text)
        self.undone.emit(report.batch_id)

    def _run(self, job: Job, done: Callable[[Any], None]) -> None:
        holder: list[Task] = []
        task = Task(
            job,
            self,
            on_done=lambda result: self._ended(holder[0], result, None, done),
            on_error=lambda error: self._ended(holder[0], None, error, done),
            progress_dialog=False,  # the status line says what runs; an undo cannot be cancelled
        )
        holder.append(task)
        self.task = task
        self.undo_button.setEnabled(False)
        self.close_button.setEnabled(False)
        task.start()

    def _ended(
        self, task: Task, result: Any, error: BaseException | None, done: Callable[[Any], None]
    ) -> None:
        if task is not self.task:
            return
        self.close_button.setEnabled(True)
        self._selected()
        if error is not None:
            if not isinstance(error, UserError):
                raise error
            self.reload()  # e.g. undone meanwhile on another PC
            self.status.setText(error.message())
            return
        done(result)

    def running(self) -> bool:
        return self.task is not None and self.task.running

    def reject(self) -> None:
        if self.running():
            return  # the undo is one transaction: it finishes, then the dialog can close
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.running():
            event.ignore()
            return
        super().closeEvent(event)


class UndoConfirmDialog(QDialog):
    """What undoing a batch will do, with what is kept and why; OK undoes, unless nothing would change."""

    def __init__(self, batch: BatchView, report: UndoReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Undo import"))
        self.resize(860, 480)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.kept = QTableWidget(0, 2, self)
        self.kept.setHorizontalHeaderLabels([self.tr("Customer number"), self.tr("Kept because")])
        read_only_rows(self.kept, stretch=1)
        self.kept.setWordWrap(False)  # one line each; the tooltip has the whole reason
        self.more = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        if report.changes_nothing:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.undo_button: QPushButton | None = None
        else:
            self.undo_button = self.buttons.addButton(
                self.tr("Undo import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.kept, 1)
        layout.addWidget(self.more)
        layout.addWidget(self.buttons)
        self.summary.setText(self._summary(batch, report))
        self._fill_kept(report)

    def _summary(self, batch: BatchView, report: UndoReport) -> str:
        title = self.tr("Import of “%1” on %2 by %3").replace("%1", batch.file_name)
        title = title.replace("%2", time_text(batch.imported_at)).replace("%3", batch.imported_by)
        html = f"<p><b>{escape(title)}</b></p>"
        if report.changes_nothing and not report.kept:
            text = self.tr("This import wrote no customers and no consents: there is nothing to undo.")
            return html + f"<p>{escape(text)}</p>"
        if report.changes_nothing:
            text = self.tr(
                "This import can no longer be undone: every customer and consent it wrote has been edited, "
                "used or changed since (see the list). Change those customers by hand if needed."
            )
            return html + f"<p>{escape(text)}</p>"
        rows = [
            (self.tr("Customers it created will be deleted"), report.customers_removed),
            (self.tr("Customers it changed will get their old values back"), report.customers_restored),
            (self.tr("Consents it created will be deleted"), report.consents_removed),
            (self.tr("Consent entries it recorded will be deleted"), report.events_removed),
            (self.tr("Kept because they were changed after the import"), len(report.kept)),
        ]
        cells = "".join(f"<tr><td>{escape(t)}</td><td align='right'><b>{n}</b></td></tr>" for t, n in rows)
        lead = self.tr("What undoing this import does:")
        html += f"<p>{escape(lead)}</p><table cellspacing='2'>{cells}</table>"
        note = self.tr("This is recorded in the audit log. The import cannot be redone from here.")
        return html + f"<p>{escape(note)}</p>"

    def _fill_kept(self, report: UndoReport) -> None:
        shown = report.kept[:KEPT_SHOWN]
        self.kept.setRowCount(len(shown))
        for row, kept in enumerate(shown):
            self.kept.setItem(row, 0, QTableWidgetItem(kept.customer_no))
            reason = QTableWidgetItem(kept.reason)
            reason.setToolTip(kept.reason)
            self.kept.setItem(row, 1, reason)
        self.kept.resizeColumnToContents(0)
        self.kept.setVisible(bool(report.kept))
        hidden = len(report.kept) - len(shown)
        self.more.setText(self.tr("… and %1 more.").replace("%1", str(hidden)) if hidden else "")
        self.more.setVisible(bool(hidden))
