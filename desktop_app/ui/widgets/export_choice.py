"""What the export dialogs share: a list of columns to tick, and choosing the file to write."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QListWidget, QListWidgetItem, QWidget


def fill_columns(widget: QListWidget, columns: Iterable[tuple[str, str]], chosen: set[str]) -> None:
    """One checkable line per (key, heading); the keys in `chosen` ticked."""
    for key, heading in columns:
        item = QListWidgetItem(heading, widget)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)


def checked_columns(widget: QListWidget) -> tuple[str, ...]:
    """The keys of the ticked lines, in the list's order."""
    items = (widget.item(i) for i in range(widget.count()))
    return tuple(
        str(item.data(Qt.ItemDataRole.UserRole))
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    )


def browse_export_file(parent: QWidget, path: QLineEdit, suffix: str) -> None:
    """A save dialog for an .xlsx or .csv file; the chosen name (with its suffix) goes into `path`."""
    if suffix == ".xlsx":
        pattern = QCoreApplication.translate("ExportChoice", "Excel workbook (*.xlsx)")
    else:
        pattern = QCoreApplication.translate("ExportChoice", "CSV text (*.csv)")
    title = QCoreApplication.translate("ExportChoice", "Export to")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, path.text(), pattern)
    if chosen:
        path.setText(chosen if Path(chosen).suffix else chosen + suffix)
