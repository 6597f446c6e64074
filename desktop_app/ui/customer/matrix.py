"""Purposes x channels for one customer: each cell shows the state in colour AND words, and a click
shows the rules engine's "why / why not" for today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Channel
from desktop_app.domain.reasons import Severity
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.consent_matrix import CellState, MatrixCell
from desktop_app.ui import labels

STATE_STYLE: dict[CellState, tuple[str, str]] = {
    CellState.GRANTED: (QT_TRANSLATE_NOOP("ConsentMatrix", "granted"), "#d1fadf"),
    CellState.PENDING_DOI: (QT_TRANSLATE_NOOP("ConsentMatrix", "pending double opt-in"), "#fef0c7"),
    CellState.WITHDRAWN: (QT_TRANSLATE_NOOP("ConsentMatrix", "withdrawn"), "#fee4e2"),
    CellState.REFUSED: (QT_TRANSLATE_NOOP("ConsentMatrix", "refused"), "#fee4e2"),
    CellState.EXPIRED: (QT_TRANSLATE_NOOP("ConsentMatrix", "expired / stale"), "#fdead7"),
    CellState.NOT_ASKED: (QT_TRANSLATE_NOOP("ConsentMatrix", "not asked"), "#f2f4f7"),
    CellState.BLOCKED_BY_OBJECTION: (QT_TRANSLATE_NOOP("ConsentMatrix", "blocked by objection"), "#fda29b"),
    CellState.NOT_USED: (QT_TRANSLATE_NOOP("ConsentMatrix", "not used"), "#ffffff"),
}
GRANTED_BUT_BLOCKED = "#fef0c7"
SEVERITY_MARK = {Severity.OK: "✔", Severity.BLOCK: "✘", Severity.WARN: "⚠", Severity.INFO: "ℹ"}
CELL_ROLE = Qt.ItemDataRole.UserRole + 1


class ConsentMatrix(QWidget):
    cellChosen = Signal(object)  # MatrixCell

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.cells: list[MatrixCell] = []
        self.table = QTableWidget(self)
        self.table.setColumnCount(len(Channel))
        self.table.setHorizontalHeaderLabels([labels.label(labels.CHANNELS, ch) for ch in Channel])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.why = QLabel(self)
        self.why.setObjectName("whyPanel")
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        self.why.setText(
            self.tr("Click a cell to see why the customer may or may not be contacted that way.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.why.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 4)
        layout.addWidget(self.why, 1)
        self.table.currentCellChanged.connect(lambda row, col, _r, _c: self._explain(row, col))

    def set_cells(self, cells: list[MatrixCell]) -> None:
        self.cells = cells
        purposes = list(dict.fromkeys(c.purpose.id for c in cells))
        names = {c.purpose.id: c.purpose.name(self.language) for c in cells}
        self.table.setRowCount(len(purposes))
        self.table.setVerticalHeaderLabels([names[p] for p in purposes])
        for cell in cells:
            row, column = purposes.index(cell.purpose.id), list(Channel).index(cell.channel)
            text, colour = STATE_STYLE[cell.state]
            verdict = "✔ " + self.tr("contactable") if cell.contactable else "✘ " + self.tr("not contactable")
            if cell.state == CellState.NOT_USED:
                verdict = ""
            elif cell.state == CellState.GRANTED and not cell.contactable:
                colour = GRANTED_BUT_BLOCKED  # on record, yet something else stops the contact
            item = QTableWidgetItem(f"{self.tr(text)}\n{verdict}".strip())
            item.setBackground(QBrush(QColor(colour)))
            item.setForeground(QBrush(QColor("#101828")))
            item.setData(CELL_ROLE, cell)
            item.setToolTip(cell.decision.decisive.text(self.language))
            self.table.setItem(row, column, item)

    def cell_at(self, row: int, column: int) -> MatrixCell | None:
        item = self.table.item(row, column)
        value = item.data(CELL_ROLE) if item is not None else None
        return value if isinstance(value, MatrixCell) else None

    def current_cell(self) -> MatrixCell | None:
        return self.cell_at(self.table.currentRow(), self.table.currentColumn())

    def _explain(self, row: int, column: int) -> None:
        cell = self.cell_at(row, column)
        if cell is None:
            return
        head = self.tr("<b>%1 · %2 — %3 today (%4)</b>").replace("%1", cell.purpose.name(self.language))
        head = head.replace("%2", labels.label(labels.CHANNELS, cell.channel))
        head = head.replace("%3", self.tr("contactable") if cell.contactable else self.tr("not contactable"))
        head = head.replace("%4", dt.date.today().strftime("%d.%m.%Y"))
        lines = [
            f"{SEVERITY_MARK.get(r.severity, '·')} {r.text(self.language)}" for r in cell.decision.reasons
        ]
        self.why.setText(head + "<br>" + "<br>".join(_escape(line) for line in lines))
        self.cellChosen.emit(cell)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
