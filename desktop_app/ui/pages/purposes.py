"""Purposes page: what data is used for, and on which legal basis per channel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Channel
from desktop_app.domain.policy import ChannelPolicy
from desktop_app.services import catalog
from desktop_app.services.catalog import PurposeView
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.purpose_dialog import PurposeDialog
from desktop_app.ui.widgets.tables import read_only_rows


class PurposesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.purposes: list[PurposeView] = []
        title = QLabel(self.tr("Purposes"), self)
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr("Which legal basis suffices for each purpose and channel. Double-click to edit."), self
        )
        hint.setObjectName("hint")
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.table = QTableWidget(self)
        self.table.setColumnCount(3 + len(Channel))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Purpose"), self.tr("Code"), self.tr("Fresh for")]
            + [labels.label(labels.CHANNELS, ch) for ch in Channel]
        )
        read_only_rows(self.table, single=True)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.edit_button.clicked.connect(self.edit)
        self.table.cellDoubleClicked.connect(lambda _row, _col: self.edit())
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.read_session() as session:
            self.purposes = catalog.list_purposes(session, include_inactive=True)
        self.table.setRowCount(len(self.purposes))
        for row, purpose in enumerate(self.purposes):
            name = purpose.name(self.ctx.language) + ("" if purpose.active else self.tr(" (not in use)"))
            fresh = self.tr("%n month(s)", "", purpose.freshness_months) if purpose.freshness_months else "–"
            cells = [name, purpose.code, fresh]
            cells += [self._policy_text(purpose.policy.channels.get(ch)) for ch in Channel]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def _policy_text(self, policy: ChannelPolicy | None) -> str:
        if policy is None or not policy.enabled:
            return self.tr("not used")
        bases = []
        if policy.allow_consent:
            bases.append(self.tr("consent + DOI") if policy.require_doi else self.tr("consent"))
        if policy.allow_existing_customer:
            bases.append(self.tr("existing customers"))
        if policy.allow_presumed_b2b:
            bases.append(self.tr("presumed (B2B)"))
        if policy.allow_legitimate_interest:
            bases.append(self.tr("legitimate interest"))
        return ", ".join(bases) or self.tr("no basis")

    def edit(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.purposes):
            return
        dialog = PurposeDialog(self.ctx, self.purposes[row].id, self)
        if dialog.exec():
            self.refresh()
