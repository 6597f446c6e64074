"""The customer table's context menu for merging; the merge dialog loads only when it is used."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QTableView

from desktop_app.ui.context import AppContext

if TYPE_CHECKING:
    from desktop_app.ui.customer.merge_dialog import MergeDialog


class MergeSelectionMenu(QObject):
    """The customer table's context menu: merge the two selected rows (the upper one is kept)."""

    def __init__(
        self,
        ctx: AppContext,
        table: QTableView,
        id_at: Callable[[int], int | None],
        after_merge: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.id_at = id_at
        self.after_merge = after_merge
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._popup)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.id_at(row) for row in rows]
        return [i for i in ids if i is not None]

    def menu(self) -> QMenu:
        menu = QMenu(self.table)
        action = menu.addAction(self.tr("Merge the two selected customers…"))
        action.setEnabled(len(self.selected_ids()) == 2)
        action.triggered.connect(self.merge_selected)
        return menu

    def _popup(self, pos: QPoint) -> None:
        self.menu().popup(self.table.viewport().mapToGlobal(pos))

    def merge_selected(self) -> MergeDialog | None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return None
        from desktop_app.ui.customer.merge_dialog import MergeDialog

        dialog = MergeDialog(self.ctx, ids[0], ids[1], self.table.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.after_merge)
        dialog.open()
        return dialog
