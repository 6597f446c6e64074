"""Data sources as a table: few rows, so the model holds them all."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.display import count_text
from desktop_app.services.sources import SourceView
from desktop_app.ui import labels

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class SourceTableModel(QAbstractTableModel):
    COLUMNS: ClassVar[list[str]] = [
        QT_TRANSLATE_NOOP("SourceTableModel", "Name"),
        QT_TRANSLATE_NOOP("SourceTableModel", "Kind"),
        QT_TRANSLATE_NOOP("SourceTableModel", "Third party"),
        QT_TRANSLATE_NOOP("SourceTableModel", "Collected"),
        QT_TRANSLATE_NOOP("SourceTableModel", "Customers"),
        QT_TRANSLATE_NOOP("SourceTableModel", "Consents"),
        QT_TRANSLATE_NOOP("SourceTableModel", "Retention"),
    ]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SourceView] = []

    def set_rows(self, rows: list[SourceView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def source_at(self, row: int) -> SourceView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return self.tr(self.COLUMNS[section])
        return None

    def _period(self, s: SourceView) -> str:
        start = s.collected_from.strftime("%d.%m.%Y") if s.collected_from else ""
        end = s.collected_to.strftime("%d.%m.%Y") if s.collected_to else ""
        if start and end:
            return f"{start} – {end}"
        if start:
            return self.tr("since %1").replace("%1", start)
        if end:
            return self.tr("until %1").replace("%1", end)
        return "–"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.source_at(index.row())
        if s is None:
            return None
        if role == ROW_ROLE:
            return s
        if role == Qt.ItemDataRole.ForegroundRole and s.archived:
            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return s.name + (self.tr(" (archived)") if s.archived else "")
        if column == 1:
            return labels.label(labels.SOURCE_KINDS, s.kind)
        if column == 2:
            return s.provider if s.is_third_party else self.tr("no")
        if column == 3:
            return self._period(s)
        if column == 4:
            return count_text(s.customer_count)
        if column == 5:
            return count_text(s.consent_count)
        if column == 6:
            return self.tr("%n month(s)", "", s.retention_months) if s.retention_months else "–"
        return None
