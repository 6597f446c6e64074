"""Register a data-subject request: what was asked, when, by whom, and whether identity was checked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import RequestKind
from desktop_app.errors import UserError
from desktop_app.services import requests
from desktop_app.services.requests import RequestInput, RequestView
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.customer_picker import CustomerPicker
from desktop_app.ui.widgets.forms import error_label, save_cancel_buttons


class RequestDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: RequestView | None = None
        self.setWindowTitle(self.tr("New data-subject request"))
        self.setMinimumWidth(560)
        self.kind = QComboBox(self)
        for kind in RequestKind:
            self.kind.addItem(labels.label(labels.REQUEST_KINDS, kind), kind.value)
        self.received = QDateEdit(QDate.currentDate(), self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd.MM.yyyy")
        self.customer = CustomerPicker(ctx, self)
        self.requester = QLineEdit(self)
        self.requester.setPlaceholderText(self.tr("Only if the person is not a customer"))
        self.channel = QComboBox(self)
        self.channel.setEditable(True)
        for channel in (self.tr("E-mail"), self.tr("Letter"), self.tr("Phone"), self.tr("In person")):
            self.channel.addItem(channel)
        self.identity = QCheckBox(self.tr("Identity checked"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(70)
        self.deadline = QLabel(self)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Request"), self.kind)
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Requester"), self.requester)
        form.addRow(self.tr("Received via"), self.channel)
        form.addRow("", self.identity)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Deadline"), self.deadline)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.received.dateChanged.connect(self._show_deadline)
        self._show_deadline()

    def _received_on(self) -> dt.date:
        date = self.received.date()
        return dt.date(date.year(), date.month(), date.day())

    def _show_deadline(self) -> None:
        deadline = requests.statutory_deadline(self._received_on())
        self.deadline.setText(
            self.tr("%1 (one month, Art. 12(3) GDPR)").replace("%1", deadline.strftime("%d.%m.%Y"))
        )

    def input(self) -> RequestInput:
        return RequestInput(
            kind=RequestKind(self.kind.currentData()),
            received_on=self._received_on(),
            customer_id=self.customer.customer_id,
            requester=self.requester.text(),
            channel=self.channel.currentText(),
            identity_checked=self.identity.isChecked(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            with self.ctx.db.session() as session:
                self.saved = requests.register_request(session, self.ctx.actor, self.input())
        except UserError as error:
            self.error.setText(error.message())
            self.error.show()
            return
        self.accept()
