"""Create or edit a data source. Validation lives in the service; the dialog shows its message."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import SourceKind
from desktop_app.errors import UserError
from desktop_app.services import sources
from desktop_app.services.sources import SourceInput, SourceView
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.dates import OptionalDateEdit
from desktop_app.ui.widgets.forms import error_label, save_cancel_buttons


class SourceDialog(QDialog):
    def __init__(
        self, ctx: AppContext, source: SourceView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.result_view: SourceView | None = None
        self.setWindowTitle(self.tr("Edit data source") if source else self.tr("New data source"))
        self.setMinimumWidth(520)

        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.kind = QComboBox(self)
        for kind in SourceKind:
            self.kind.addItem(labels.label(labels.SOURCE_KINDS, kind), kind)
        self.third_party = QCheckBox(self.tr("Bought or received from a third party"), self)
        self.provider = QLineEdit(self)
        self.provider.setPlaceholderText(self.tr("e.g. the list broker's company name"))
        self.collected_from = OptionalDateEdit(self.tr("not set"), self)
        self.collected_to = OptionalDateEdit(self.tr("not set"), self)
        self.retention = QSpinBox(self)
        self.retention.setRange(0, 1200)
        self.retention.setSpecialValueText(self.tr("no rule"))
        self.retention.setSuffix(self.tr(" months"))
        self.legal_note = QPlainTextEdit(self)
        self.legal_note.setPlaceholderText(self.tr("e.g. consent via web form with double opt-in"))
        self.legal_note.setFixedHeight(70)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.error = error_label(self)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow("", self.third_party)
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("Collected from"), self.collected_from)
        form.addRow(self.tr("Collected until"), self.collected_to)
        form.addRow(self.tr("Retention"), self.retention)
        form.addRow(self.tr("Legal basis note"), self.legal_note)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.third_party.toggled.connect(self.provider.setEnabled)
        if source:
            self._load(source)
        self.provider.setEnabled(self.third_party.isChecked())

    def _load(self, s: SourceView) -> None:
        self.name.setText(s.name)
        self.kind.setCurrentIndex(self.kind.findData(s.kind))
        self.third_party.setChecked(s.is_third_party)
        self.provider.setText(s.provider)
        self.collected_from.set_value(s.collected_from)
        self.collected_to.set_value(s.collected_to)
        self.retention.setValue(s.retention_months or 0)
        self.legal_note.setPlainText(s.legal_basis_note)
        self.notes.setPlainText(s.notes)

    def _kind_changed(self) -> None:
        if self.kind.currentData() == SourceKind.THIRD_PARTY:
            self.third_party.setChecked(True)

    def input(self) -> SourceInput:
        return SourceInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            is_third_party=self.third_party.isChecked(),
            provider=self.provider.text() if self.third_party.isChecked() else "",
            collected_from=self.collected_from.value(),
            collected_to=self.collected_to.value(),
            legal_basis_note=self.legal_note.toPlainText(),
            retention_months=self.retention.value() or None,
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            with self.ctx.db.session() as session:
                if self.source is None:
                    self.result_view = sources.create_source(session, self.ctx.actor, self.input())
                else:
                    self.result_view = sources.update_source(
                        session, self.ctx.actor, self.source.id, self.input()
                    )
        except UserError as error:
            self.error.setText(error.message())
            self.error.show()
            return
        self.accept()
