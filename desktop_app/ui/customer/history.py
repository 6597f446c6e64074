"""The customer's history: every consent event and objection, newest first, with who and evidence."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop_app.domain.enums import Channel
from desktop_app.services.history import HistoryEntry
from desktop_app.ui import labels
from desktop_app.ui.widgets.tables import read_only_rows


class HistoryTable(QTableWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.entries: list[HistoryEntry] = []
        self.setColumnCount(7)
        self.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Purpose"),
                self.tr("Channel"),
                self.tr("How / source"),
                self.tr("Evidence"),
                self.tr("Recorded by"),
            ]
        )
        read_only_rows(self, stretch=5)
        self.setWordWrap(True)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.entries = sorted(entries, key=lambda e: (e.occurred_at, e.recorded_at), reverse=True)
        self.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            purpose = e.purpose_name_de if self.language == "de" else e.purpose_name_en
            channel = (
                labels.label(labels.CHANNELS, Channel(e.channel))
                if e.channel
                else (self.tr("all channels") if e.is_customer_event else "")
            )
            how = ", ".join(
                p
                for p in (labels.label(labels.CAPTURE_METHODS, e.method) if e.method else "", e.source_name)
                if p
            )
            cells = [
                e.occurred_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                labels.label(labels.HISTORY_KINDS, e.kind),
                purpose,
                channel,
                how,
                self._evidence(e),
                f"{e.recorded_by} · {e.recorded_at.astimezone():%d.%m.%Y %H:%M}",
            ]
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()

    def _evidence(self, e: HistoryEntry) -> str:
        parts = []
        if e.consent_text_version is not None:
            parts.append(
                self.tr("text %1 v%2")
                .replace("%1", e.consent_text_title)
                .replace("%2", str(e.consent_text_version))
            )
        if e.proof_ref:
            parts.append(self.tr("proof: %1").replace("%1", e.proof_ref))
        if e.attachment_name:
            parts.append(
                self.tr("file %1 (SHA-256 %2…)")
                .replace("%1", e.attachment_name)
                .replace("%2", e.attachment_sha256[:12])
            )
        if e.legal_basis is not None and e.kind in ("granted", "renewed"):
            parts.append(labels.label(labels.LEGAL_BASES, e.legal_basis))
        if e.parental_consent:
            parts.append(self.tr("parental consent"))
        if e.note:
            parts.append(e.note)
        return "; ".join(parts)
