"""Edit a purpose: names, freshness, retention, and which legal bases suffice on each channel.

Only the boxes the law offers on a channel are enabled (e.g. the existing-customer exception only for
e-mail), so the dialog cannot build a policy the service would refuse.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Channel, FreshnessMode
from desktop_app.domain.policy import ChannelPolicy
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import catalog
from desktop_app.services.catalog import PurposeInput, PurposeView
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.forms import error_label, save_cancel_buttons

# Which policy flag exists on which channel (UWG §7); the others stay disabled.
_FLAG_CHANNELS = {
    "allow_existing_customer": {Channel.EMAIL},
    "allow_presumed_b2b": {Channel.PHONE},
    "allow_legitimate_interest": {Channel.POST},
}


_COLUMNS = (
    ("enabled", QT_TRANSLATE_NOOP("PurposeDialog", "Used")),
    ("allow_consent", QT_TRANSLATE_NOOP("PurposeDialog", "Consent")),
    ("require_doi", QT_TRANSLATE_NOOP("PurposeDialog", "Double opt-in")),
    ("allow_existing_customer", QT_TRANSLATE_NOOP("PurposeDialog", "Existing customer §7(3)")),
    ("allow_presumed_b2b", QT_TRANSLATE_NOOP("PurposeDialog", "Presumed (businesses)")),
    ("allow_legitimate_interest", QT_TRANSLATE_NOOP("PurposeDialog", "Legitimate interest")),
)


class PurposeDialog(QDialog):
    def __init__(self, ctx: AppContext, purpose_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.purpose_id = purpose_id
        self.saved: PurposeView | None = None
        with ctx.db.read_session() as session:
            view, recipients, retention = catalog.purpose_details(session, purpose_id)
        self.original = catalog.purpose_input(view, recipients, retention)
        self.setWindowTitle(self.tr("Purpose “%1”").replace("%1", view.name(ctx.language)))
        self.setMinimumWidth(900)

        self.name_de = QLineEdit(view.name_de, self)
        self.name_en = QLineEdit(view.name_en, self)
        self.description_de = QPlainTextEdit(view.description_de, self)
        self.description_en = QPlainTextEdit(view.description_en, self)
        for editor in (self.description_de, self.description_en):
            editor.setFixedHeight(56)
        self.profiling = QCheckBox(self.tr("Profiling or analysis (needs consent on every channel)"), self)
        self.profiling.setChecked(view.is_profiling)
        self.freshness = QSpinBox(self)
        self.freshness.setRange(0, 240)
        self.freshness.setSpecialValueText(self.tr("never stale"))
        self.freshness.setSuffix(self.tr(" months"))
        self.freshness.setValue(view.freshness_months or 0)
        self.freshness_mode = QComboBox(self)
        self.freshness_mode.addItem(self.tr("warn, still contactable"), FreshnessMode.WARN)
        self.freshness_mode.addItem(self.tr("block until renewed"), FreshnessMode.BLOCK)
        self.freshness_mode.setCurrentIndex(self.freshness_mode.findData(view.freshness_mode))
        self.retention = QSpinBox(self)
        self.retention.setRange(0, 1200)
        self.retention.setSpecialValueText(self.tr("no rule"))
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setValue(retention or 0)
        self.recipients = QLineEdit(recipients, self)
        self.recipients.setPlaceholderText(self.tr("e.g. mailing service provider, print shop"))
        self.active = QCheckBox(self.tr("In use (offered in forms, imports and campaigns)"), self)
        self.active.setChecked(view.active)

        form = QFormLayout()
        form.addRow(self.tr("Code"), QLabel(f"<code>{view.code}</code>", self))
        form.addRow(self.tr("Name (German)"), self.name_de)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Description (German)"), self.description_de)
        form.addRow(self.tr("Description (English)"), self.description_en)
        form.addRow("", self.profiling)
        form.addRow(self.tr("Consent stays fresh for"), self.freshness)
        form.addRow(self.tr("When stale"), self.freshness_mode)
        form.addRow(self.tr("Delete data without basis after"), self.retention)
        form.addRow(self.tr("Recipients (Art. 30)"), self.recipients)
        form.addRow("", self.active)

        self.grid_boxes: dict[tuple[Channel, str], QCheckBox] = {}
        grid_group = QGroupBox(self.tr("Legal bases per channel"), self)
        grid = QGridLayout(grid_group)
        for column, (_flag, title) in enumerate(_COLUMNS, start=1):
            header = QLabel(f"<b>{self.tr(title)}</b>", grid_group)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
        for row, channel in enumerate(Channel, start=1):
            grid.addWidget(QLabel(labels.label(labels.CHANNELS, channel), grid_group), row, 0)
            policy = view.policy.channels.get(channel, ChannelPolicy(channel, enabled=False))
            for column, (flag, _title) in enumerate(_COLUMNS, start=1):
                box = QCheckBox(grid_group)
                box.setChecked(bool(getattr(policy, flag)))
                box.setEnabled(channel in _FLAG_CHANNELS.get(flag, set(Channel)))
                grid.addWidget(box, row, column, alignment=Qt.AlignmentFlag.AlignCenter)
                self.grid_boxes[(channel, flag)] = box

        self.error = error_label(self)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(grid_group)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def input(self) -> PurposeInput:
        channels = tuple(
            ChannelPolicy(
                channel, **{flag: self.grid_boxes[(channel, flag)].isChecked() for flag, _ in _COLUMNS}
            )
            for channel in Channel
        )
        return dataclasses.replace(
            self.original,
            name_de=self.name_de.text(),
            name_en=self.name_en.text(),
            description_de=self.description_de.toPlainText(),
            description_en=self.description_en.toPlainText(),
            is_profiling=self.profiling.isChecked(),
            freshness_months=self.freshness.value() or None,
            freshness_mode=FreshnessMode(self.freshness_mode.currentData()),
            retention_months=self.retention.value() or None,
            recipients=self.recipients.text(),
            active=self.active.isChecked(),
            channels=channels,
        )

    def save(self) -> None:
        try:
            with self.ctx.db.session() as session:
                self.saved = catalog.save_purpose(session, self.ctx.actor, self.purpose_id, self.input())
        except UserError as error:
            self.error.setText(error.message())
            self.error.show()
            return
        self.accept()
