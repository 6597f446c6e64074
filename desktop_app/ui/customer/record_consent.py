"""Record a consent with its evidence: purpose, channels, when, how, from where, which text, proof.

All chosen channels are recorded in one transaction: either every one is saved or none is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import CaptureMethod, Channel, CustomerKind, LegalBasis
from desktop_app.errors import UserError
from desktop_app.services import catalog, consent_texts, ledger, sources
from desktop_app.services.attachments import AttachmentInput
from desktop_app.services.customers import CustomerView
from desktop_app.services.ledger import Evidence
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.dates import OptionalDateEdit
from desktop_app.ui.widgets.forms import error_label, save_cancel_buttons


def to_utc(value: QDateTime) -> dt.datetime:
    """Staff enter local time; the ledger keeps aware UTC."""
    return dt.datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=dt.UTC)


class OptionalDateTime(QWidget):
    """A date-time that may be left out (e.g. no double opt-in for a paper form)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label, self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.when, 1)
        self.enabled.toggled.connect(self.when.setEnabled)

    def value(self) -> dt.datetime | None:
        return to_utc(self.when.dateTime()) if self.enabled.isChecked() else None


class RecordConsentDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        customer: CustomerView,
        purpose_id: int | None = None,
        channel: Channel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer = customer
        self.recorded: list[ledger.ConsentView] = []
        self._attachment: tuple[str, bytes] | None = None
        self.setWindowTitle(self.tr("Record consent — %1").replace("%1", customer.display_name))
        self.setMinimumWidth(620)
        with ctx.db.read_session() as session:
            self.purposes = catalog.list_purposes(session)
            self.sources = sources.list_sources(session, include_archived=False)
            self.texts = consent_texts.list_texts(session)
        self.purpose = QComboBox(self)
        for purpose in self.purposes:
            self.purpose.addItem(purpose.name(ctx.language), purpose.id)
        if purpose_id is not None:
            self.purpose.setCurrentIndex(max(0, self.purpose.findData(purpose_id)))
        self.channel_boxes = {ch: QCheckBox(labels.label(labels.CHANNELS, ch), self) for ch in Channel}
        if channel is not None:
            self.channel_boxes[channel].setChecked(True)
        self.captured = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.captured.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.captured.setCalendarPopup(True)
        self.method = QComboBox(self)
        for method in CaptureMethod:
            if method != CaptureMethod.IMPORT:
                self.method.addItem(labels.label(labels.CAPTURE_METHODS, method), method.value)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("— choose where the consent came from —"), None)
        for view in self.sources:
            self.source.addItem(view.name, view.id)
        if customer.source_id is not None:
            self.source.setCurrentIndex(max(0, self.source.findData(customer.source_id)))
        self.text = QComboBox(self)
        self.basis = QComboBox(self)
        self.basis.addItem(labels.label(labels.LEGAL_BASES, LegalBasis.CONSENT), LegalBasis.CONSENT.value)
        if customer.kind == CustomerKind.BUSINESS:
            self.basis.addItem(
                labels.label(labels.LEGAL_BASES, LegalBasis.PRESUMED_CONSENT),
                LegalBasis.PRESUMED_CONSENT.value,
            )
        self.doi_requested = OptionalDateTime(self.tr("requested"), self)
        self.doi_confirmed = OptionalDateTime(self.tr("confirmed"), self)
        self.valid_until = OptionalDateEdit(self.tr("no end date"), self)
        self.names_business = QCheckBox(self.tr("The consent names our business (third-party source)"), self)
        self.parental = QCheckBox(self.tr("A parent or guardian consented (customer under 16)"), self)
        self.proof_ref = QLineEdit(self)
        self.proof_ref.setPlaceholderText(self.tr("e.g. form no. 2025-118, call recording id, DOI mail id"))
        self.attach_button = QPushButton(self.tr("Attach proof file…"), self)
        self.attachment_label = QLabel(self.tr("no file"), self)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(50)
        self.error = error_label(self)
        self._build()
        self.purpose.currentIndexChanged.connect(self._purpose_changed)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.attach_button.clicked.connect(self.choose_attachment)
        self._purpose_changed()
        self._source_changed()

    def _build(self) -> None:
        channels = QHBoxLayout()
        for box in self.channel_boxes.values():
            channels.addWidget(box)
        channels.addStretch(1)
        attachment = QHBoxLayout()
        attachment.addWidget(self.attach_button)
        attachment.addWidget(self.attachment_label, 1)
        form = QFormLayout()
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Channels"), channels)
        form.addRow(self.tr("Given on"), self.captured)
        form.addRow(self.tr("How"), self.method)
        form.addRow(self.tr("Data source"), self.source)
        form.addRow(self.tr("Consent text shown"), self.text)
        form.addRow(self.tr("Legal basis"), self.basis)
        form.addRow(self.tr("Double opt-in"), self.doi_requested)
        form.addRow("", self.doi_confirmed)
        form.addRow(self.tr("Valid until"), self.valid_until)
        form.addRow("", self.names_business)
        form.addRow("", self.parental)
        form.addRow(self.tr("Proof reference"), self.proof_ref)
        form.addRow(self.tr("Proof file"), attachment)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _purpose_changed(self) -> None:
        purpose_id = self.purpose.currentData()
        purpose = next((p for p in self.purposes if p.id == purpose_id), None)
        self.text.clear()
        self.text.addItem(self.tr("— no text version recorded (weak evidence) —"), None)
        for text in self.texts:
            if text.purpose_id == purpose_id:
                self.text.addItem(f"{text.label} · {text.title}", text.id)
        if self.text.count() > 1:
            self.text.setCurrentIndex(1)  # newest version first
        for channel, box in self.channel_boxes.items():
            policy = purpose.policy.channels.get(channel) if purpose else None
            usable = policy is not None and policy.enabled and policy.allow_consent
            box.setEnabled(usable)
            if not usable:
                box.setChecked(False)

    def _source_changed(self) -> None:
        source = next((s for s in self.sources if s.id == self.source.currentData()), None)
        third = source is not None and source.is_third_party
        self.names_business.setEnabled(third)
        self.names_business.setChecked(not third)

    def choose_attachment(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Proof file"), "", self.tr("All files (*)"))
        if path:
            self.set_attachment(Path(path))

    def set_attachment(self, path: Path) -> None:
        try:
            content = path.read_bytes()
        except OSError as error:
            self._show_error(
                self.tr("The file cannot be read: %1").replace("%1", error.strerror or str(error))
            )
            return
        self._attachment = (path.name, content)
        digest = hashlib.sha256(content).hexdigest()
        self.attachment_label.setText(f"{path.name} · SHA-256 {digest[:16]}…")

    def evidence(self) -> Evidence:
        attachment = AttachmentInput(*self._attachment) if self._attachment else None
        source = next((s for s in self.sources if s.id == self.source.currentData()), None)
        return Evidence(
            captured_at=to_utc(self.captured.dateTime()),
            method=CaptureMethod(self.method.currentData()),
            source_id=self.source.currentData(),
            consent_text_id=self.text.currentData(),
            proof_ref=self.proof_ref.text(),
            attachment=attachment,
            doi_requested_at=self.doi_requested.value(),
            doi_confirmed_at=self.doi_confirmed.value(),
            valid_until=self.valid_until.value(),
            names_business=self.names_business.isChecked() if source and source.is_third_party else None,
            parental_consent=self.parental.isChecked(),
            legal_basis=LegalBasis(self.basis.currentData()),
            note=self.note.toPlainText(),
        )

    def chosen_channels(self) -> list[Channel]:
        return [ch for ch, box in self.channel_boxes.items() if box.isChecked()]

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def save(self) -> None:
        channels = self.chosen_channels()
        if not channels:
            self._show_error(self.tr("Tick at least one channel the customer agreed to."))
            return
        if self.source.currentData() is None:
            self._show_error(self.tr("Choose the data source: every consent must say where it came from."))
            return
        try:
            evidence = self.evidence()
            with self.ctx.db.session() as session:
                self.recorded = [
                    ledger.grant_consent(
                        session,
                        self.ctx.actor,
                        self.customer.id,
                        int(self.purpose.currentData()),
                        ch,
                        evidence,
                    )
                    for ch in channels
                ]
        except UserError as error:
            self.recorded = []
            self._show_error(error.message())
            return
        self.accept()
