"""The smaller ledger actions: confirm double opt-in, withdraw, object (Art. 21), restrict (Art. 18).

Each asks only what is needed; the service refuses inconsistent input (e.g. a withdrawal dated before
the consent) and the message is shown in the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.domain.enums import CaptureMethod, Channel
from desktop_app.errors import UserError
from desktop_app.services import ledger, objections
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.customer.record_consent import to_utc
from desktop_app.ui.widgets.forms import error_label, save_cancel_buttons

Action = Callable[[Session], object]


class LedgerActionDialog(QDialog):
    """A form plus Save/Cancel; `perform` runs in one write transaction."""

    def __init__(self, ctx: AppContext, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.done_ok = False
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("hint")
        self.form = QFormLayout()
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(60)
        self.error = error_label(self)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def method_box(self) -> QComboBox:
        box = QComboBox(self)
        for method in CaptureMethod:
            if method != CaptureMethod.IMPORT:
                box.addItem(labels.label(labels.CAPTURE_METHODS, method), method.value)
        box.setCurrentIndex(box.findData(CaptureMethod.EMAIL.value))
        return box

    def perform(self, session: Session) -> object:
        raise NotImplementedError

    def save(self) -> None:
        try:
            with self.ctx.db.session() as session:
                self.perform(session)
        except UserError as error:
            self.error.setText(error.message())
            self.error.show()
            return
        self.done_ok = True
        self.accept()


class WithdrawDialog(LedgerActionDialog):
    def __init__(
        self, ctx: AppContext, consent: ledger.ConsentView, title: str, parent: QWidget | None = None
    ):
        super().__init__(
            ctx,
            self.tr("Withdraw consent"),
            self.tr(
                "%1: the withdrawal takes effect at the time given, with no grace period (Art. 7(3) GDPR)."
            ).replace("%1", title),
            parent,
        )
        self.consent = consent
        self.method = self.method_box()
        self.form.addRow(self.tr("Withdrawn on"), self.when)
        self.form.addRow(self.tr("How"), self.method)
        self.form.addRow(self.tr("Note"), self.note)

    def perform(self, session: Session) -> object:
        return ledger.withdraw_consent(
            session,
            self.ctx.actor,
            self.consent.id,
            to_utc(self.when.dateTime()),
            CaptureMethod(self.method.currentData()),
            self.note.toPlainText(),
        )


class ConfirmDoiDialog(LedgerActionDialog):
    def __init__(
        self, ctx: AppContext, consent: ledger.ConsentView, title: str, parent: QWidget | None = None
    ):
        super().__init__(
            ctx,
            self.tr("Confirm double opt-in"),
            self.tr(
                "%1: the customer confirmed the address by clicking the link in the confirmation e-mail."
            ).replace("%1", title),
            parent,
        )
        self.consent = consent
        self.proof = QLineEdit(self)
        self.proof.setPlaceholderText(self.tr("e.g. the confirmation mail's id or the click log entry"))
        self.form.addRow(self.tr("Confirmed on"), self.when)
        self.form.addRow(self.tr("Proof reference"), self.proof)
        self.form.addRow(self.tr("Note"), self.note)

    def perform(self, session: Session) -> object:
        return ledger.confirm_doi(
            session,
            self.ctx.actor,
            self.consent.id,
            to_utc(self.when.dateTime()),
            self.proof.text(),
            self.note.toPlainText(),
        )


class ObjectionDialog(LedgerActionDialog):
    def __init__(self, ctx: AppContext, customer_id: int, name: str, parent: QWidget | None = None):
        super().__init__(
            ctx,
            self.tr("Record objection to direct marketing"),
            self.tr(
                "%1 objects to direct marketing (Art. 21(3) GDPR). The objection is absolute and never "
                "expires; it also blocks a re-import of the same e-mail address or phone number. Only a new, "
                "explicit consent given after it lifts it, for that purpose and channel only."
            ).replace("%1", name),
            parent,
        )
        self.customer_id = customer_id
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("All channels"), None)
        for channel in Channel:
            self.channel.addItem(labels.label(labels.CHANNELS, channel), channel.value)
        self.method = self.method_box()
        self.form.addRow(self.tr("Received on"), self.when)
        self.form.addRow(self.tr("Channels"), self.channel)
        self.form.addRow(self.tr("How"), self.method)
        self.form.addRow(self.tr("Note"), self.note)

    def perform(self, session: Session) -> object:
        channel = self.channel.currentData()
        return objections.record_objection(
            session,
            self.ctx.actor,
            self.customer_id,
            to_utc(self.when.dateTime()),
            Channel(channel) if channel else None,
            CaptureMethod(self.method.currentData()),
            self.note.toPlainText(),
        )


class RestrictDialog(LedgerActionDialog):
    def __init__(
        self, ctx: AppContext, customer_id: int, name: str, lift: bool, parent: QWidget | None = None
    ):
        title = self.tr("Lift restriction") if lift else self.tr("Restrict processing")
        text = (
            self.tr("The data of %1 may be used again.")
            if lift
            else self.tr(
                "The data of %1 is kept but not used (Art. 18 GDPR), e.g. while its accuracy is disputed. "
                "The customer is not contactable on any channel until the restriction is lifted."
            )
        )
        super().__init__(ctx, title, text.replace("%1", name), parent)
        self.customer_id = customer_id
        self.lift = lift
        self.form.addRow(self.tr("Reason") if not lift else self.tr("Note"), self.note)
        self.when.hide()

    def perform(self, session: Session) -> object:
        if self.lift:
            objections.lift_restriction(session, self.ctx.actor, self.customer_id, self.note.toPlainText())
        else:
            objections.restrict_processing(session, self.ctx.actor, self.customer_id, self.note.toPlainText())
        return None
