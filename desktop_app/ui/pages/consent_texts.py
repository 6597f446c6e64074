"""Consent texts page: every version of every wording, which ones are in use, and new versions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import catalog, consent_texts
from desktop_app.services.catalog import PurposeView
from desktop_app.services.consent_texts import ConsentTextView
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.consent_text_dialog import ConsentTextDialog
from desktop_app.ui.widgets.tables import read_only_rows


class ConsentTextsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.texts: list[ConsentTextView] = []
        self.purposes: list[PurposeView] = []
        title = QLabel(self.tr("Consent texts"), self)
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr("The exact wording customers agreed to. A version in use is never changed."), self
        )
        hint.setObjectName("hint")
        self.purpose_filter = QComboBox(self)
        self.new_button = QPushButton(self.tr("New text…"), self)
        self.edit_button = QPushButton(self.tr("Open…"), self)
        self.print_button = QPushButton(self.tr("Print blank form…"), self)
        self.table = QTableWidget(self)
        self.table.setColumnCount(6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Version"),
                self.tr("Title"),
                self.tr("Language"),
                self.tr("Valid from"),
                self.tr("Consents"),
                self.tr("Created by"),
            ]
        )
        read_only_rows(self.table, stretch=1, single=True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Purpose"), self))
        bar.addWidget(self.purpose_filter)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.create_text)
        self.edit_button.clicked.connect(self.open_text)
        self.print_button.clicked.connect(self.print_form)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self.open_text())
        self.purpose_filter.currentIndexChanged.connect(self._fill_table)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.read_session() as session:
            self.purposes = catalog.list_purposes(session)
        current = self.purpose_filter.currentData()
        self.purpose_filter.blockSignals(True)
        self.purpose_filter.clear()
        self.purpose_filter.addItem(self.tr("All purposes"), None)
        for purpose in self.purposes:
            self.purpose_filter.addItem(purpose.name(self.ctx.language), purpose.id)
        self.purpose_filter.setCurrentIndex(max(0, self.purpose_filter.findData(current)))
        self.purpose_filter.blockSignals(False)
        self._fill_table()

    def _fill_table(self) -> None:
        with self.ctx.db.read_session() as session:
            self.texts = consent_texts.list_texts(session, self.purpose_filter.currentData())
        language = {"de": self.tr("German"), "en": self.tr("English")}
        self.table.setRowCount(len(self.texts))
        for row, text in enumerate(self.texts):
            cells = [
                text.label,
                text.title,
                language.get(text.language, text.language),
                text.valid_from.strftime("%d.%m.%Y"),
                str(text.consent_count) if text.in_use else self.tr("not in use"),
                text.created_by,
            ]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.edit_button.setEnabled(bool(self.texts))
        self.print_button.setEnabled(bool(self.texts))

    def create_text(self) -> None:
        dialog = ConsentTextDialog(self.ctx, self.purposes, None, self)
        selected = self.purpose_filter.currentData()
        if selected is not None:
            dialog.purpose.setCurrentIndex(dialog.purpose.findData(selected))
        if dialog.exec():
            self._fill_table()

    def open_text(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.texts):
            return
        dialog = ConsentTextDialog(self.ctx, self.purposes, self.texts[row], self)
        if dialog.exec():
            self._fill_table()

    def print_form(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.texts):
            return
        from desktop_app.ui.reports.actions import preview_consent_form

        preview_consent_form(self.ctx, self.texts[row].id, self)
