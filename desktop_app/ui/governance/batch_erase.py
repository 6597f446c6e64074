"""Erase the customers due under the retention rules: the list with each one's preview, then the batch.

The preview of each customer is services.erasure's own (the same as the single-customer dialog shows).
The batch runs on the worker (ui.widgets.worker.Task) with progress and Cancel; each customer is erased
in its own transaction and re-checked first, so a cancel or a failure leaves the rest untouched.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Generator
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services import customer_list, retention
from desktop_app.services.erasure import ErasurePreview
from desktop_app.services.retention import BatchProgress, BatchResult
from desktop_app.ui.context import AppContext
from desktop_app.ui.customer.erase_dialog import preview_list
from desktop_app.ui.widgets.tables import read_only_rows
from desktop_app.ui.widgets.worker import Task

BATCH_LIMIT = 500  # customers previewed and erased in one run; the next run takes the next ones


class BatchEraseDialog(QDialog):
    erased = Signal(object)  # BatchResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = dt.date.today()
        self.task: Task | None = None
        self.outcome: BatchResult | None = None
        self.previews: list[ErasurePreview] = []
        self.setWindowTitle(self.tr("Erase customers due for deletion"))
        self.resize(980, 620)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("City"), self.tr("What stays")]
        )
        read_only_rows(self.table, single=True)
        self.table.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setSizes([560, 400])
        self.confirm = QCheckBox(self.tr("I understand that this cannot be undone."), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase these customers"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.confirm.toggled.connect(lambda _on: self._update_buttons())
        self.erase_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._show_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.load()

    def load(self) -> None:
        with self.ctx.db.read_session() as session:
            ids = retention.due_ids(session, self.today, BATCH_LIMIT + 1)
            more = len(ids) > BATCH_LIMIT
            ids = ids[:BATCH_LIMIT]
            self.previews = retention.preview_batch(session, ids, self.today)
            rows = customer_list.rows_by_ids(session, ids)
        text = self.tr(
            "%n customer(s) are due for deletion under the retention rules. Choose one to see what is "
            "deleted and what is kept, and why.",
            "",
            len(ids),
        )
        if not ids:
            text = self.tr("Nobody is due for deletion.")
        if more:
            text += " " + self.tr(
                "This run takes the first %1; open this window again afterwards for the next ones."
            ).replace("%1", str(BATCH_LIMIT))
        self.intro.setText(text)
        self.table.setRowCount(len(self.previews))
        for row, preview in enumerate(self.previews):
            r = rows.get(preview.customer_id)
            stays = (
                self.tr("Only the do-not-contact entry and the history without personal data")
                if preview.full
                else self.tr("Name and phone number, restricted until %1 (§7a UWG)").replace(
                    "%1", preview.params["until"]
                )
            )
            cells = (r.customer_no if r else "", r.display_name if r else "", r.city if r else "", stays)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        if self.previews:
            self.table.selectRow(0)
        else:
            self.detail.setText(self.tr("Nobody is due for deletion."))
        self.confirm.setChecked(False)
        self._update_buttons()

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        preview = self.previews[rows[0].row()]
        item = self.table.item(rows[0].row(), 1)
        name = item.text() if item is not None else ""
        self.detail.setText(
            f"<p><b>{html.escape(name)}</b></p>"
            + preview_list(self.tr("Deleted"), preview.deleted, preview)
            + preview_list(self.tr("Kept, and why"), preview.kept, preview)
        )

    def _update_buttons(self) -> None:
        running = self.task is not None
        self.erase_button.setEnabled(bool(self.previews) and self.confirm.isChecked() and not running)
        self.confirm.setEnabled(bool(self.previews) and not running)

    def start(self) -> Task | None:
        if not self.previews or not self.confirm.isChecked() or self.task is not None:
            return None
        db, actor, today = self.ctx.db, self.ctx.actor, self.today
        ids = [p.customer_id for p in self.previews]

        def job(cancel: Any) -> Generator[BatchProgress, None, BatchResult]:
            return (yield from retention.erase_due(db, actor, ids, cancel, today))

        task = Task(job, self, self.tr("Erasing customers"), on_done=self._done, on_error=self._failed)
        task.describe = lambda step: (
            self.tr("%1 of %2 customers erased").replace("%1", str(step.done)).replace("%2", str(step.total))
        )
        self.task = task
        self._update_buttons()
        task.start()
        return task

    def _done(self, result: BatchResult) -> None:
        self.task = None
        self.outcome = result
        text = (
            self.tr("%1 of %2 customers erased.")
            .replace("%1", str(len(result.erased)))
            .replace("%2", str(result.total))
        )
        if result.cancelled:
            text = self.tr("Cancelled.") + " " + text + " " + self.tr("The others were not changed.")
        if result.kept_restricted:
            text += " " + self.tr(
                "%n of them keep name and phone number restricted for the §7a UWG evidence.",
                "",
                len(result.kept_restricted),
            )
        if result.skipped:
            text += " " + self.tr(
                "%n were no longer due (e.g. a new purchase or consent) and were left alone.",
                "",
                len(result.skipped),
            )
        if result.failed:
            text += " " + self.tr("%n could not be erased:", "", len(result.failed))
            text += " " + "; ".join(f"#{cid}: {message}" for cid, message in result.failed)
        self.load()
        self.message.setText(text)
        self.message.show()
        self.erased.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._update_buttons()
        if isinstance(error, UserError):
            self.message.setText(error.message())
            self.message.show()
            return
        raise error

    def wait(self) -> None:
        """Blocks until the batch is done (tests; closing the window)."""
        if self.task is not None:
            self.task.wait()

    def reject(self) -> None:
        if self.task is not None:  # a running batch is cancelled first, never cut off mid-customer
            self.task.cancel()
            self.task.wait()
        super().reject()
