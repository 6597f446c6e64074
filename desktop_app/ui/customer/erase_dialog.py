"""Erase a customer (Art. 17 GDPR): first what goes and what stays, then an explicit confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.i18n import tr
from desktop_app.services import erasure
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.forms import error_label

_ERASURE = "Erasure"  # context of the preview texts in services.erasure


class EraseDialog(QDialog):
    def __init__(self, ctx: AppContext, customer_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.done_ok = False
        self.setWindowTitle(self.tr("Erase customer"))
        self.setMinimumWidth(620)
        with ctx.db.read_session() as session:
            self.preview = erasure.preview_erasure(session, customer_id)
        intro = QLabel(self.tr("Erase the personal data of %1 (Art. 17 GDPR).").replace("%1", name), self)
        intro.setWordWrap(True)
        deleted = QLabel(preview_list(self.tr("Deleted"), self.preview.deleted, self.preview), self)
        kept = QLabel(preview_list(self.tr("Kept, and why"), self.preview.kept, self.preview), self)
        for label in (deleted, kept):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I understand that this cannot be undone."), self)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.confirm.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, deleted, kept, self.confirm, self.error, self.buttons):
            layout.addWidget(widget)

    def erase(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.ctx.db.session() as session:
                erasure.erase_customer(session, self.ctx.actor, self.customer_id)
            erasure.clean_database_file(self.ctx.db)
        except UserError as error:
            self.error.setText(error.message())
            self.error.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.done_ok = True
        self.accept()


def preview_list(title: str, texts: tuple[str, ...], preview: erasure.ErasurePreview) -> str:
    """One part of an erasure preview (what goes, or what stays) as rich text for a QLabel."""
    items = "".join(f"<li>{_escape(tr(_ERASURE, t, **preview.params))}</li>" for t in texts)
    return f"<b>{_escape(title)}</b><ul>{items}</ul>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
