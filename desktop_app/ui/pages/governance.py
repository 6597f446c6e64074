"""Governance page: what is missing, due or overdue; click a line to see the customers behind it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.i18n import tr
from desktop_app.services import customer_list, governance
from desktop_app.services.display import number_text
from desktop_app.services.governance import Dashboard, Finding
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.tables import read_only_rows
from desktop_app.ui.widgets.worker import Task

LIST_LIMIT = 1000
_GOVERNANCE = "Governance"  # context of the finding titles in services.governance


class GovernancePage(QWidget):
    openCustomer = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.board: Dashboard | None = None
        self.ids: list[int] = []
        self.task: Task | None = None
        self._refresh_again = False
        title = QLabel(self.tr("Data governance"), self)
        title.setObjectName("pageTitle")
        self.requests_line = QLabel(self)
        self.requests_line.setObjectName("hint")
        self.rules_button = QPushButton(self.tr("Retention rules…"), self)
        self.erase_button = QPushButton(self.tr("Erase customers due for deletion…"), self)
        self.repermission_button = QPushButton(self.tr("Ask for consent again…"), self)
        tools = QHBoxLayout()
        for button in (self.rules_button, self.erase_button, self.repermission_button):
            tools.addWidget(button)
        tools.addStretch(1)
        self.dialog: QDialog | None = None
        self.findings = QListWidget(self)
        self.findings.setObjectName("findings")
        self.findings.setMinimumWidth(430)
        self.findings.setMaximumWidth(520)
        self.findings.setWordWrap(True)
        self.findings.setSpacing(3)
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.caption = QLabel(self.tr("Choose a line on the left to see the customers behind it."), self)
        self.caption.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Name"), self.tr("E-mail"), self.tr("City"), self.tr("Status")]
        )
        read_only_rows(self.table, stretch=1)
        right = QVBoxLayout()
        right.addWidget(self.caption)
        right.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addWidget(self.findings)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.requests_line)
        layout.addLayout(tools)
        layout.addLayout(body, 1)
        self.findings.currentItemChanged.connect(lambda item, _prev: self.show_finding(item))
        self.table.cellDoubleClicked.connect(self._open)
        self.rules_button.clicked.connect(self.open_rules)
        self.erase_button.clicked.connect(self.open_batch_erase)
        self.repermission_button.clicked.connect(self.open_repermission)
        self.refresh()

    def refresh(self) -> None:
        """Counts again on the worker: over a million customers the dashboard takes seconds."""
        if self.task is not None and self.task.running:
            self._refresh_again = True
            return
        today = dt.date.today()
        db = self.ctx.db

        def job(_cancel: Callable[[], bool]) -> Generator[None, None, Dashboard]:
            with db.read_session() as session:
                return governance.dashboard(session, today)
            yield  # a generator for the worker, with nothing to report on the way

        self.requests_line.setText(self.tr("Counting…"))
        self.erase_button.setEnabled(False)
        self.task = Task(
            job,
            self,
            on_done=self._show_board,
            on_error=self._failed,
            progress_dialog=False,
            busy_cursor=False,
        )
        self.task.start()

    def wait(self) -> None:
        """Blocks until the counts are shown (tests, screenshots)."""
        while self.task is not None and self.task.running:
            self.task.wait()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        if not isinstance(error, UserError):
            raise error
        self.requests_line.setText(error.message())

    def _show_board(self, board: Dashboard) -> None:
        self.task = None
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()
            return
        self.board = board
        current = self.findings.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.findings.blockSignals(True)
        self.findings.clear()
        for line in board.lines:
            count = number_text(line.count, self.ctx.language)
            item = QListWidgetItem(f"{count}  ·  {tr(_GOVERNANCE, line.title, days=board.doi_days)}")
            item.setData(Qt.ItemDataRole.UserRole, line.finding.value)
            if line.count:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(QColor("#b54708")))
            self.findings.addItem(item)
        self.findings.blockSignals(False)
        self.erase_button.setEnabled(board.count(Finding.DUE_FOR_DELETION) > 0)
        deadline = board.next_deadline.strftime("%d.%m.%Y") if board.next_deadline else "–"
        self.requests_line.setText(
            self.tr("Data-subject requests: %1 open, %2 overdue, next deadline %3.")
            .replace("%1", str(board.open_requests))
            .replace("%2", str(board.overdue_requests))
            .replace("%3", deadline)
        )
        for row in range(self.findings.count()):
            if chosen is not None and self.findings.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                self.findings.setCurrentRow(row)  # the customers behind it are listed again

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

    # --- the governance tools (desktop_app.ui.governance); `quiet` (tests) opens them without exec ---

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setProperty("quiet", self.property("quiet"))
        if not self.property("quiet"):
            dialog.exec()
        return dialog

    def _after_change(self) -> None:
        self.refresh()  # keeps the chosen line and lists its customers again

    def open_rules(self) -> QDialog:
        from desktop_app.ui.governance.retention_rules import RetentionRulesDialog

        dialog = RetentionRulesDialog(self.ctx, self)
        dialog.rulesChanged.connect(self._after_change)
        return self._show(dialog)

    def open_batch_erase(self) -> QDialog:
        from desktop_app.ui.governance.batch_erase import BatchEraseDialog

        dialog = BatchEraseDialog(self.ctx, self)
        dialog.erased.connect(lambda _result: self._after_change())
        return self._show(dialog)

    def open_repermission(self) -> QDialog:
        from desktop_app.ui.governance.repermission import RepermissionDialog

        return self._show(RepermissionDialog(self.ctx, self))
