"""Exporting the customer list as shown: the column dialog, and the export on the worker thread.

The choice of columns, the format and the folder are remembered (QSettings in the settings folder), so
the next export starts where the last one left off. The work itself is services.customer_list_export,
run by the shared worker Task (progress dialog with Cancel for long lists).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import paths
from desktop_app.errors import UserError
from desktop_app.services.campaign_export import ExportProgress
from desktop_app.services.customer_list import CustomerFilter
from desktop_app.services.customer_list_export import (
    COLUMNS,
    DEFAULT_COLUMNS,
    CustomerExportRequest,
    CustomerExportResult,
    column_header,
    export_customers,
)
from desktop_app.services.display import count_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.export_choice import browse_export_file, checked_columns, fill_columns
from desktop_app.ui.widgets.worker import Task

_COLUMNS_KEY = "customer_export/columns"
_FORMAT_KEY = "customer_export/format"
_FOLDER_KEY = "customer_export/folder"
FORMATS = (".xlsx", ".csv")


def ui_settings() -> QSettings:
    """The GUI's small preferences, in the settings folder (not the registry): tests redirect it, and
    it travels with the other files of that folder."""
    return QSettings(str(paths.config_dir() / "ui.ini"), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class ExportChoice:
    columns: tuple[str, ...]
    path: Path


class CustomerExportDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export customer list"))
        self.setMinimumWidth(560)
        settings = ui_settings()
        remembered = [c for c in str(settings.value(_COLUMNS_KEY, "")).split(",") if c in COLUMNS]
        chosen = set(remembered or DEFAULT_COLUMNS)
        suffix = str(settings.value(_FORMAT_KEY, ".xlsx"))
        folder = Path(str(settings.value(_FOLDER_KEY, "") or Path.home()))
        if not folder.is_dir():
            folder = Path.home()

        hint = QLabel(
            self.tr(
                "%n customer(s), as the list shows them now: the same search and filters, in the same "
                "order. Erased customers are never exported. The export is recorded in the audit trail.",
                "",
                count,
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.columns = QListWidget(self)
        fill_columns(self.columns, ((key, column_header(key)) for key in COLUMNS), chosen)
        # Every column visible at once (about twenty): no scrolling to find one.
        rows = self.columns.sizeHintForRow(0) * self.columns.count()
        self.columns.setMinimumHeight(rows + 2 * self.columns.frameWidth() + 4)
        self.all_button = QPushButton(self.tr("All"), self)
        self.defaults_button = QPushButton(self.tr("Defaults"), self)
        picks = QVBoxLayout()
        picks.addWidget(self.all_button)
        picks.addWidget(self.defaults_button)
        picks.addStretch(1)
        column_row = QHBoxLayout()
        column_row.addWidget(self.columns, 1)
        column_row.addLayout(picks)
        self.file_format = QComboBox(self)
        self.file_format.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.file_format.addItem(self.tr("CSV for Excel (.csv: semicolon, UTF-8)"), ".csv")
        self.file_format.setCurrentIndex(max(self.file_format.findData(suffix), 0))
        name = self.tr("Customers %1").replace("%1", dt.date.today().isoformat())
        self.path = QLineEdit(str(folder / (name + self.file_format.currentData())), self)
        browse = QPushButton(self.tr("Choose…"), self)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Columns"), column_row)
        form.addRow(self.tr("Format"), self.file_format)
        form.addRow(self.tr("File"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        browse.clicked.connect(lambda: browse_export_file(self, self.path, self.file_format.currentData()))
        self.all_button.clicked.connect(lambda: self._check(set(COLUMNS)))
        self.defaults_button.clicked.connect(lambda: self._check(set(DEFAULT_COLUMNS)))
        self.columns.itemChanged.connect(self._update)
        self.file_format.currentIndexChanged.connect(self._format_changed)
        self._update()

    def _items(self) -> list[QListWidgetItem]:
        return [self.columns.item(i) for i in range(self.columns.count())]

    def _check(self, keys: set[str]) -> None:
        for item in self._items():
            key = item.data(Qt.ItemDataRole.UserRole)
            item.setCheckState(Qt.CheckState.Checked if key in keys else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.chosen_columns()))

    def _format_changed(self) -> None:
        current = Path(self.path.text())
        if current.suffix.lower() in FORMATS:
            self.path.setText(str(current.with_suffix(self.file_format.currentData())))

    def chosen_columns(self) -> tuple[str, ...]:
        return checked_columns(self.columns)

    def choice(self) -> ExportChoice:
        return ExportChoice(self.chosen_columns(), Path(self.path.text().strip()).expanduser())

    def remember(self) -> None:
        choice = self.choice()
        settings = ui_settings()
        settings.setValue(_COLUMNS_KEY, ",".join(choice.columns))
        if choice.path.suffix.lower() in FORMATS:
            settings.setValue(_FORMAT_KEY, choice.path.suffix.lower())
        if choice.path.parent.is_dir():
            settings.setValue(_FOLDER_KEY, str(choice.path.parent))
        settings.sync()


class CustomerListExport(QObject):
    """The Customers page's export: asks with the dialog, runs the service on the worker."""

    # CustomerExportResult, or the UserError that stopped it (ExportCancelled after Cancel)
    finished = Signal(object)
    busyChanged = Signal(bool)  # an export is running (the page disables its button meanwhile)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.task: Task | None = None
        self.dialog: CustomerExportDialog | None = None
        self.last_message = ""

    def choose(self, flt: CustomerFilter, count: int) -> CustomerExportDialog:
        dialog = CustomerExportDialog(count, self.parent_widget)
        dialog.accepted.connect(lambda: self._accepted(dialog, flt))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _accepted(self, dialog: CustomerExportDialog, flt: CustomerFilter) -> None:
        dialog.remember()
        choice = dialog.choice()
        self.start(CustomerExportRequest(choice.path, flt, choice.columns))

    def start(self, request: CustomerExportRequest) -> Task:
        db, actor = self.ctx.db, self.ctx.actor

        def job(cancel: Any) -> Generator[ExportProgress, None, CustomerExportResult]:
            return (yield from export_customers(db, actor, request, cancel))

        title = self.tr("Exporting customers to %1").replace("%1", request.path.name)
        task = Task(job, self.parent_widget, title, on_done=self._done, on_error=self._failed)
        task.describe = self._describe
        self.task = task
        self.busyChanged.emit(True)
        task.start()
        return task

    def _describe(self, step: ExportProgress) -> str:
        if step.phase == "counting":
            return self.tr("Counting the customers…")
        if step.phase == "recording":
            return self.tr("Recording the export in the audit trail…")
        text = self.tr("%1 of %2 customers written")
        return text.replace("%1", count_text(step.done)).replace("%2", count_text(step.total))

    def _done(self, result: CustomerExportResult) -> None:
        self.task = None
        self.busyChanged.emit(False)
        text = self.tr("%n customer(s) exported to %1.", "", result.rows)
        self.last_message = text.replace("%1", str(result.path))
        self.finished.emit(result)
        if not self.parent_widget.property("quiet"):
            QMessageBox.information(self.parent_widget, self.tr("Export"), self.last_message)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.busyChanged.emit(False)
        if not isinstance(error, UserError):
            raise error
        self.last_message = error.message()
        self.finished.emit(error)
        if not self.parent_widget.property("quiet"):
            QMessageBox.warning(self.parent_widget, self.tr("Export"), self.last_message)

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait()
