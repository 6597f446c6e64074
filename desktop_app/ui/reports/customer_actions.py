"""The customer editor's report buttons: the Art. 15 access report (German or English) and the Art. 20
data export. A widget of its own so that the editor only places it; everything heavy loads on click."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QMessageBox, QPushButton, QWidget

from desktop_app import APP_NAME
from desktop_app.errors import UserError
from desktop_app.ui.context import AppContext

# The report goes to the customer, whose language may not be the one of the screen; the languages are
# named in their own language, as language pickers do.
LANGUAGES = (("de", "Deutsch"), ("en", "English"))


class CustomerReportButtons(QWidget):
    """`customer_id` is asked at click time: None while the customer is not saved yet."""

    def __init__(
        self, ctx: AppContext, customer_id: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.report_button = QPushButton(self.tr("Art. 15 report…"), self)
        self.report_button.setToolTip(
            self.tr("Consent overview and access report (Art. 15 GDPR) for the customer, to print or save")
        )
        menu = QMenu(self.report_button)
        for code, name in LANGUAGES:
            action = menu.addAction(name)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, lang=code: self.print_report(lang))
        self.report_button.setMenu(menu)
        self.export_button = QPushButton(self.tr("Data export (Art. 20)…"), self)
        self.export_button.setToolTip(
            self.tr("The customer's data as a JSON or Excel file (data portability)")
        )
        self.export_button.clicked.connect(self.export_data)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.report_button)
        layout.addWidget(self.export_button)

    def _saved_id(self) -> int | None:
        customer_id = self.customer_id()
        if customer_id is None:
            QMessageBox.information(self, APP_NAME, self.tr("Save the customer first."))
        return customer_id

    def print_report(self, language: str) -> None:
        from desktop_app.ui.reports.actions import preview_customer_report

        customer_id = self._saved_id()
        if customer_id is not None:
            preview_customer_report(self.ctx, customer_id, self.window(), language)

    def suggested_path(self, customer_id: int) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / f"customer-{customer_id}-data-{dt.date.today().isoformat()}.json")

    def export_data(self) -> None:
        customer_id = self._saved_id()
        if customer_id is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Data export (Art. 20)"),
            self.suggested_path(customer_id),
            self.tr("JSON (*.json);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".json", ".xlsx"):
            path += ".xlsx" if "xlsx" in chosen else ".json"
        self.write_export(customer_id, path)

    def write_export(self, customer_id: int, path: str) -> bool:
        from desktop_app.services.portability import export_customer

        try:
            with self.ctx.db.session() as session:
                export_customer(session, self.ctx.actor, customer_id, path)
        except UserError as error:
            QMessageBox.warning(self, APP_NAME, error.message())
            return False
        except OSError as error:
            QMessageBox.warning(
                self,
                APP_NAME,
                self.tr("The file could not be saved to %1:\n%2")
                .replace("%1", path)
                .replace("%2", error.strerror or str(error)),
            )
            return False
        QMessageBox.information(
            self, APP_NAME, self.tr("The customer's data was saved to %1.").replace("%1", path)
        )
        return True
