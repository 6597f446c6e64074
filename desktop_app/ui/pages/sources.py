"""Data sources page: where records came from, how many customers and consents each holds."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services import sources
from desktop_app.services.sources import SourceView
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.source_dialog import SourceDialog
from desktop_app.ui.models.source_table import SourceTableModel
from desktop_app.ui.widgets.tables import read_only_rows


class SourcesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SourceTableModel(self)
        title = QLabel(self.tr("Data sources"), self)
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr("Every customer and consent points to where it came from (Art. 14 and 15 GDPR)."), self
        )
        hint.setObjectName("hint")
        self.new_button = QPushButton(self.tr("New source…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.show_archived.setChecked(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table, stretch=0, single=True)
        self.table.setAlternatingRowColors(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.new_button.clicked.connect(self.create_source)
        self.edit_button.clicked.connect(self.edit)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_archived.toggled.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.read_session() as session:
            rows = sources.list_sources(session, include_archived=self.show_archived.isChecked())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def selected(self) -> SourceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.source_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        current = self.selected()
        self.edit_button.setEnabled(current is not None)
        self.archive_button.setEnabled(current is not None)
        self.archive_button.setText(
            self.tr("Restore") if current is not None and current.archived else self.tr("Archive")
        )

    def create_source(self) -> None:
        dialog = SourceDialog(self.ctx, None, self)
        if dialog.exec():
            self.refresh()

    def edit(self) -> None:
        current = self.selected()
        if current is None:
            return
        dialog = SourceDialog(self.ctx, current, self)
        if dialog.exec():
            self.refresh()

    def toggle_archive(self) -> None:
        current = self.selected()
        if current is None:
            return
        try:
            with self.ctx.db.session() as session:
                sources.set_archived(session, self.ctx.actor, current.id, not current.archived)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Data sources"), error.message())
        self.refresh()
