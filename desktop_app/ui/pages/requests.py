"""Data-subject requests page: every request with its deadline; overdue ones stand out in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import RequestStatus
from desktop_app.errors import UserError
from desktop_app.services import requests
from desktop_app.services.requests import RequestView
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.request_dialog import RequestDialog
from desktop_app.ui.widgets.tables import read_only_rows

OVERDUE = QColor("#b42318")
DUE_SOON = QColor("#b54708")


class RequestsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.views: list[RequestView] = []
        title = QLabel(self.tr("Data-subject requests"), self)
        title.setObjectName("pageTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.open_only = QCheckBox(self.tr("Open requests only"), self)
        self.open_only.setChecked(True)
        self.new_button = QPushButton(self.tr("New request…"), self)
        self.identity_button = QPushButton(self.tr("Identity checked"), self)
        self.extend_button = QPushButton(self.tr("Extend deadline…"), self)
        self.done_button = QPushButton(self.tr("Done…"), self)
        self.reject_button = QPushButton(self.tr("Reject…"), self)
        self.table = QTableWidget(self)
        self.table.setColumnCount(8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Request"),
                self.tr("Person"),
                self.tr("Received"),
                self.tr("Due"),
                self.tr("Deadline"),
                self.tr("Status"),
                self.tr("Handled by"),
            ]
        )
        read_only_rows(self.table, stretch=2, single=True)
        bar = QHBoxLayout()
        for button in (
            self.new_button,
            self.identity_button,
            self.extend_button,
            self.done_button,
            self.reject_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.open_only)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.create_request)
        self.identity_button.clicked.connect(self.identity_checked)
        self.extend_button.clicked.connect(self.extend)
        self.done_button.clicked.connect(lambda: self.close_request(RequestStatus.DONE))
        self.reject_button.clicked.connect(lambda: self.close_request(RequestStatus.REJECTED))
        self.open_only.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        today = dt.date.today()
        with self.ctx.db.read_session() as session:
            self.views = requests.list_requests(session, open_only=self.open_only.isChecked())
            open_views = requests.list_requests(session, open_only=True)
        overdue = sum(1 for v in open_views if v.is_overdue(today))
        self.summary.setText(
            self.tr("%1 open, %2 overdue. Answer within one month of receipt (Art. 12(3) GDPR).")
            .replace("%1", str(len(open_views)))
            .replace("%2", str(overdue))
        )
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            self._fill_row(row, view, today)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _fill_row(self, row: int, view: RequestView, today: dt.date) -> None:
        days = view.days_left(today)
        if not view.is_open:
            left = "–"
        elif days < 0:
            left = self.tr("overdue by %n day(s)", "", -days)
        else:
            left = self.tr("%n day(s) left", "", days)
        cells = [
            str(view.id),
            labels.label(labels.REQUEST_KINDS, view.kind),
            view.customer_label or view.requester,
            view.received_on.strftime("%d.%m.%Y"),
            view.due.strftime("%d.%m.%Y"),
            left,
            labels.label(labels.REQUEST_STATUSES, view.status),
            view.handled_by,
        ]
        colour = OVERDUE if view.is_overdue(today) else DUE_SOON if view.is_open and days <= 7 else None
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if colour is not None and column in (4, 5):
                item.setForeground(QBrush(colour))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def selected(self) -> RequestView | None:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        view = self.selected()
        is_open = view is not None and view.is_open
        for button in (self.extend_button, self.done_button, self.reject_button):
            button.setEnabled(is_open)
        self.identity_button.setEnabled(is_open and view is not None and not view.identity_checked)

    def create_request(self) -> None:
        if RequestDialog(self.ctx, self).exec():
            self.refresh()

    def _run(self, action: str, call) -> None:  # type: ignore[no-untyped-def]
        try:
            with self.ctx.db.session() as session:
                call(session)
        except UserError as error:
            QMessageBox.warning(self, action, error.message())
        self.refresh()

    def identity_checked(self) -> None:
        view = self.selected()
        if view is not None:
            self._run(
                self.tr("Identity checked"),
                lambda s: requests.mark_identity_checked(s, self.ctx.actor, view.id),
            )

    def extend(self) -> None:
        view = self.selected()
        if view is None:
            return
        months, ok = QInputDialog.getInt(
            self, self.tr("Extend deadline"), self.tr("Extend by how many months (1 or 2)?"), 2, 1, 2
        )
        if not ok:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Extend deadline"), self.tr("Reason (the person must be told it):")
        )
        if ok:
            self._run(
                self.tr("Extend deadline"),
                lambda s: requests.extend_deadline(s, self.ctx.actor, view.id, months, reason),
            )

    def close_request(self, status: RequestStatus) -> None:
        view = self.selected()
        if view is None:
            return
        prompt = (
            self.tr("What was done (e.g. report sent on …)?")
            if status == RequestStatus.DONE
            else self.tr("Why is the request rejected?")
        )
        note, ok = QInputDialog.getMultiLineText(self, labels.label(labels.REQUEST_STATUSES, status), prompt)
        if ok:
            self._run(
                labels.label(labels.REQUEST_STATUSES, status),
                lambda s: requests.set_status(s, self.ctx.actor, view.id, status, note),
            )
