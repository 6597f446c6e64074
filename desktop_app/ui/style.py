"""One calm, consistent look on Windows, macOS and Linux (Fusion plus a small style sheet)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QListWidget#sidebar {
    background: #1f2a37; color: #e5e9f0; border: none; padding-top: 12px; font-size: 14px;
}
QListWidget#sidebar::item { padding: 10px 16px; }
QListWidget#sidebar::item:selected { background: #2f6feb; color: white; }
QLabel#pageTitle { font-size: 20px; font-weight: 600; padding: 4px 0 6px 0; }
QLabel#countLabel { color: #4b5563; font-size: 13px; }
QLabel#hint { color: #4b5563; }
QLabel#errorLabel {
    color: #b42318; background: #fef3f2; border: 1px solid #fecdca; border-radius: 4px; padding: 6px;
}
QTableView { gridline-color: #e5e7eb; selection-background-color: #dbe7ff; selection-color: #111827; }
QHeaderView::section {
    background: #f3f4f6; padding: 5px; border: none; border-bottom: 1px solid #d1d5db; font-weight: 600;
}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
