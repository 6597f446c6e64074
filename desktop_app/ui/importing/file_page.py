"""Page 1: the file, its sheet and heading row, and a preview of the first rows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.errors import UserError
from desktop_app.excel import CellValue, Preview, preview
from desktop_app.excel.limits import HEADER_SCAN_ROWS

if TYPE_CHECKING:
    from desktop_app.ui.importing.wizard import ImportWizard

PREVIEW_ROWS = 20


def cell_text(value: CellValue) -> str:
    """A cell as plain text: never interpreted, a formula-looking text stays that text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if hasattr(value, "strftime") and hasattr(value, "day"):
        return value.strftime("%d.%m.%Y")
    return str(value)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr("Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) or CSV. Nothing is imported yet.")
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.sheet_combo = QComboBox(self)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, HEADER_SCAN_ROWS + 1)
        self.header_spin.setToolTip(self.tr("The row with the column headings, as Excel numbers it"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("importMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)

        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        form.addRow(self.tr("Headings in row:"), self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self._filling = False
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self._header_changed)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"),
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Reads `path` with the detected sheet and heading row."""
        self.path_edit.setText(str(path))
        self.wiz.state.path = path
        self._read(None, None)

    def _sheet_changed(self) -> None:
        if not self._filling and self.wiz.state.path is not None:
            self._read(self.sheet_combo.currentText() or None, None)

    def _header_changed(self) -> None:
        if not self._filling and self.wiz.state.path is not None:
            self._read(self.sheet_combo.currentText() or None, self.header_spin.value() - 1)

    def _read(self, sheet: str | None, header_row: int | None) -> None:
        path = self.wiz.state.path
        assert path is not None
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            shown: Preview | None = preview(path, sheet, max_rows=PREVIEW_ROWS, header_row=header_row)
            error = ""
        except UserError as problem:
            shown, error = None, problem.message()
        finally:
            QApplication.restoreOverrideCursor()
        self.wiz.state.shown = shown
        self._show(shown, error)
        self.completeChanged.emit()

    def _show(self, shown: Preview | None, error: str) -> None:
        self._filling = True
        try:
            self.table.clear()
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            if shown is None:
                self.message.setText(error)
                self.message.setStyleSheet("color: #b00020;")
                return
            self.message.setStyleSheet("")
            self.message.setText("\n".join(shown.warnings))
            if [self.sheet_combo.itemText(i) for i in range(self.sheet_combo.count())] != shown.sheet_names:
                self.sheet_combo.clear()
                self.sheet_combo.addItems(shown.sheet_names)
            self.sheet_combo.setCurrentText(shown.chosen_sheet)
            self.header_spin.setValue(shown.header_row_index + 1)
            self.table.setColumnCount(len(shown.headers))
            self.table.setHorizontalHeaderLabels(shown.headers)
            self.table.setRowCount(len(shown.rows))
            self.table.setVerticalHeaderLabels([str(record.row_number) for record in shown.rows])
            for r, record in enumerate(shown.rows):
                for c, name in enumerate(shown.headers):
                    self.table.setItem(r, c, QTableWidgetItem(cell_text(record.values.get(name))))
            self.table.resizeColumnsToContents()
        finally:
            self._filling = False

    def isComplete(self) -> bool:
        return self.wiz.state.shown is not None
