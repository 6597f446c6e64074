"""Pick one customer by typing any part of the name, number, e-mail or city (uses the list search)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.services import customer_list
from desktop_app.services.customer_list import CustomerFilter
from desktop_app.ui.context import AppContext

MAX_MATCHES = 20


class CustomerPicker(QWidget):
    customerChosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name, customer no., e-mail or city"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget(self)
        self.matches.setMaximumHeight(120)
        self.matches.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.find_matches)
        self.search.textEdited.connect(self._edited)
        self.matches.itemActivated.connect(self._choose)
        self.matches.itemClicked.connect(self._choose)

    def _edited(self) -> None:
        self.customer_id = None
        self._timer.start()

    def find_matches(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.matches.clear()
        if len(text) < 2:
            self.matches.hide()
            return
        with self.ctx.db.read_session() as session:
            ids = customer_list.customer_ids(session, CustomerFilter(text=text), limit=MAX_MATCHES)
            rows = customer_list.rows_by_ids(session, ids)
        for cid in ids:
            row = rows[cid]
            item = QListWidgetItem(f"{row.customer_no}  {row.display_name}  ·  {row.email or row.city}")
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.matches.addItem(item)
        if not ids:
            self.matches.addItem(self.tr("No customer found"))
        self.matches.show()

    def _choose(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole)
        if cid is None:
            return
        self.customer_id = int(cid)
        self.search.setText(item.text())
        self.matches.hide()
        self.customerChosen.emit(self.customer_id)
