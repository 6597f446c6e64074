"""Choosing what an export contains and where it goes; showing the evidence of a past export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Channel
from desktop_app.services.campaign_evidence import ExportView, evidence_lines
from desktop_app.services.campaign_files import COLUMNS, default_columns
from desktop_app.services.display import count_text, date_text
from desktop_app.ui.widgets.export_choice import browse_export_file, checked_columns, fill_columns

_CTX = "CampaignExport"  # the column headers' context in services.campaign_files


@dataclass(frozen=True)
class ExportChoice:
    columns: tuple[str, ...]
    path: Path
    delimiter: str


def safe_file_name(name: str) -> str:
    """A campaign name as a file name on Windows, macOS and Linux."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).strip(" .")
    return cleaned[:80] or "export"


class ExportDialog(QDialog):
    def __init__(
        self, channel: Channel, suggested: Path, contactable: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the contactable list"))
        self.setMinimumWidth(560)
        chosen = set(default_columns(channel))
        self.columns = QListWidget(self)
        headings = ((key, QCoreApplication.translate(_CTX, column.header)) for key, column in COLUMNS.items())
        fill_columns(self.columns, headings, chosen)
        self.file_format = QComboBox(self)
        self.file_format.addItem(self.tr("Excel workbook (.xlsx) with evidence sheet"), ".xlsx")
        self.file_format.addItem(self.tr("CSV text (.csv) for mailing tools"), ".csv")
        self.delimiter = QComboBox(self)
        self.delimiter.addItem(self.tr("Semicolon ; (German Excel)"), ";")
        self.delimiter.addItem(self.tr("Comma ,"), ",")
        self.path = QLineEdit(str(suggested), self)
        browse = QPushButton(self.tr("Choose…"), self)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        count = QLabel(self)
        count.setObjectName("hint")
        count.setWordWrap(True)
        if contactable is not None:
            count.setText(
                self.tr(
                    "%1 customers will be in the list. The export is recorded as a use of every consent "
                    "it relies on."
                ).replace("%1", count_text(contactable))
            )
        form = QFormLayout()
        form.addRow(self.tr("Columns"), self.columns)
        form.addRow(self.tr("Format"), self.file_format)
        form.addRow(self.tr("CSV separator"), self.delimiter)
        form.addRow(self.tr("File"), where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(count)
        layout.addWidget(self.buttons)
        browse.clicked.connect(lambda: browse_export_file(self, self.path, self.file_format.currentData()))
        self.file_format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        suffix = self.file_format.currentData()
        self.delimiter.setEnabled(suffix == ".csv")
        current = Path(self.path.text())
        if current.suffix.lower() in (".xlsx", ".csv"):
            self.path.setText(str(current.with_suffix(suffix)))

    def choice(self) -> ExportChoice:
        return ExportChoice(
            checked_columns(self.columns),
            Path(self.path.text().strip()).expanduser(),
            self.delimiter.currentData(),
        )


class EvidenceDialog(QDialog):
    """What a past export proves: its evidence sheet as text, plus the file's SHA-256."""

    def __init__(self, view: ExportView, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence of export no. %1").replace("%1", str(view.id)))
        self.resize(820, 560)
        lines = []
        for label, value in evidence_lines(view, lang):
            shown = date_text(value) if isinstance(value, dt.date) else "" if value is None else str(value)
            lines.append(f"{label}: {shown}" if label else "")
        lines += ["", self.tr("SHA-256 of the file: %1").replace("%1", view.sha256)]
        self.text = QPlainTextEdit("\n".join(lines), self)
        self.text.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.reexport_button = self.buttons.addButton(
            self.tr("Re-export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = self.buttons.addButton(
            self.tr("Print evidence…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
