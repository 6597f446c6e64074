"""Governance page: what is missing, due or overdue; click a line to see the customers behind it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import tr
from desktop_app.services import customer_list, governance
from desktop_app.services.governance import Dashboard, Finding
from desktop_app.ui.context import AppContext

LIST_LIMIT = 1000
_GOVERNANCE = "Governance"  # context of the finding titles in services.governance


class GovernancePage(QWidget):
    openCustomer = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Dashboard | None = None
        self.ids: list[int] = []
        title = QLabel(self.tr("Data governance"), self)
        title.setObjectName("pageTitle")
        self.requests_line = QLabel(self)
        self.requests_line.setObjectName("hint")
        self.findings = QListWidget(self)
        self.findings.setMinimumWidth(430)
        self.caption = QLabel(self.tr("Choose a line on the left to see the customers behind it."), self)
        self.caption.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("E-mail"), self.tr("City"), self.tr("Status")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        right = QVBoxLayout()
        right.addWidget(self.caption)
        right.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addWidget(self.findings)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.requests_line)
        layout.addLayout(body, 1)
        self.findings.currentItemChanged.connect(lambda item, _prev: self.show_finding(item))
        self.table.cellDoubleClicked.connect(self._open)
        self.refresh()

    def refresh(self) -> None:
        today = dt.date.today()
        with self.ctx.db.read_session() as session:
            self.board = governance.dashboard(session, today)
        self.findings.clear()
        for line in self.board.lines:
            text = f"{line.count:>7,}  ·  {tr(_GOVERNANCE, line.title, days=self.board.doi_days)}"
            item = QListWidgetItem(text.replace(",", "." if self.ctx.language == "de" else ","))
            item.setData(Qt.ItemDataRole.UserRole, line.finding.value)
            if line.count:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(QColor("#b54708")))
            self.findings.addItem(item)
        deadline = self.board.next_deadline.strftime("%d.%m.%Y") if self.board.next_deadline else "–"
        self.requests_line.setText(
            self.tr("Data-subject requests: %1 open, %2 overdue, next deadline %3.")
            .replace("%1", str(self.board.open_requests))
            .replace("%2", str(self.board.overdue_requests))
            .replace("%3", deadline)
        )

    def show_finding(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        finding = Finding(item.data(Qt.ItemDataRole.UserRole))
        with self.ctx.db.read_session() as session:
            query = governance.customer_ids_query(session, finding, dt.date.today())
            ids = [int(i) for i in session.execute(query.limit(LIST_LIMIT + 1)).scalars()]
            rows = customer_list.rows_by_ids(session, ids[:LIST_LIMIT])
        self.ids = ids[:LIST_LIMIT]
        more = (
            self.tr(" (showing the first %1)").replace("%1", str(LIST_LIMIT)) if len(ids) > LIST_LIMIT else ""
        )
        self.caption.setText(item.text().split("·", 1)[-1].strip() + more)
        self.table.setRowCount(len(self.ids))
        for row, cid in enumerate(self.ids):
            r = rows[cid]
            for column, text in enumerate((r.customer_no, r.display_name, r.email, r.city, r.status.value)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.ids):
            self.openCustomer.emit(self.ids[row])
