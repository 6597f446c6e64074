"""Write a consent text, or its next version when the current one is already in use."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services import consent_texts
from desktop_app.services.catalog import PurposeView
from desktop_app.services.consent_texts import ConsentTextInput, ConsentTextView
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.forms import error_label, save_cancel_buttons


class ConsentTextDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        purposes: list[PurposeView],
        text: ConsentTextView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.text = text
        self.saved: ConsentTextView | None = None
        self.setWindowTitle(self.tr("Consent text") if text is None else text.label)
        self.setMinimumSize(640, 480)
        self.purpose = QComboBox(self)
        for purpose in purposes:
            self.purpose.addItem(purpose.name(ctx.language), purpose.id)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.title = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(
            self.tr("The exact wording the customer sees, including the company and how to withdraw.")
        )
        self.valid_from = QDateEdit(QDate.currentDate(), self)
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd.MM.yyyy")
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("hint")
        self.error = error_label(self)

        if text is not None:
            self.purpose.setCurrentIndex(self.purpose.findData(text.purpose_id))
            self.language.setCurrentIndex(self.language.findData(text.language))
            self.purpose.setEnabled(False)
            self.language.setEnabled(False)
            self.title.setText(text.title)
            self.body.setPlainText(text.body)
            self.valid_from.setDate(QDate(text.valid_from.year, text.valid_from.month, text.valid_from.day))
            if text.in_use:
                self.notice.setText(
                    self.tr(
                        "Version %1 is used by consents and stays as it is. Saving creates version %2 "
                        "with your changes."
                    )
                    .replace("%1", str(text.version))
                    .replace("%2", str(text.version + 1))
                )
        if not self.notice.text():
            self.notice.hide()

        form = QFormLayout()
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Wording"), self.body)
        form.addRow(self.tr("Valid from"), self.valid_from)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def input(self) -> ConsentTextInput:
        date = self.valid_from.date()
        return ConsentTextInput(
            purpose_id=int(self.purpose.currentData()),
            language=str(self.language.currentData()),
            title=self.title.text(),
            body=self.body.toPlainText(),
            valid_from=dt.date(date.year(), date.month(), date.day()),
        )

    def save(self) -> None:
        try:
            with self.ctx.db.session() as session:
                if self.text is None:
                    self.saved = consent_texts.create_version(session, self.ctx.actor, self.input())
                else:
                    self.saved = consent_texts.save_text(session, self.ctx.actor, self.text.id, self.input())
        except UserError as error:
            self.error.setText(error.message())
            self.error.show()
            return
        self.accept()
