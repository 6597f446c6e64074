"""Settings: the business details every report prints (shared by all PCs, in the database) and this
user's language (on this PC only). Validation lives in services/business.py; the dialog shows its
message and puts the cursor into the field it is about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, preferences
from desktop_app.errors import UserError
from desktop_app.i18n import tr
from desktop_app.services.business import (
    FIELD_LABELS,
    MAX_ADDRESS_LINES,
    BusinessDetails,
    get_business,
    save_business,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.forms import error_label, save_cancel_buttons

_REPORTS = "Reports"


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.language_changed = False

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Bäckerei Sonnenschein GmbH"))
        self.address = QPlainTextEdit(self)
        self.address.setPlaceholderText(self.tr("Street and number\nPostcode and town"))
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * (MAX_ADDRESS_LINES + 1) + 12)
        self.address.setTabChangesFocus(True)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("e.g. info@baeckerei-sonnenschein.de"))
        self.phone = QLineEdit(self)
        self.dpo_contact = QLineEdit(self)
        self.dpo_contact.setPlaceholderText(self.tr("e.g. Dr. Anna Schmidt, datenschutz@example.de"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system"), None)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.error = error_label(self)

        business = QGroupBox(self.tr("Your business"), self)
        hint = QLabel(
            self.tr(
                "Printed at the top of every report and form, and named as the controller in the record of "
                "processing activities. Shared by everyone who uses this database."
            ),
            business,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form = QFormLayout(business)
        form.addRow(hint)
        form.addRow(self._label("name"), self.name)
        form.addRow(self._label("address"), self.address)
        form.addRow(self._label("email"), self.email)
        form.addRow(self._label("phone"), self.phone)
        form.addRow(self._label("dpo_contact"), self.dpo_contact)

        program = QGroupBox(self.tr("This computer"), self)
        program_form = QFormLayout(program)
        program_form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("A new language applies when ConsentDesk is started again."), program)
        note.setObjectName("hint")
        note.setWordWrap(True)
        program_form.addRow(note)

        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(business)
        layout.addWidget(program)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load()

    @staticmethod
    def _label(field: str) -> str:
        """The service's own field names: the same words as in its error messages and on the reports."""
        return tr(_REPORTS, FIELD_LABELS[field])

    def _fields(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            "name": self.name,
            "address": self.address,
            "email": self.email,
            "phone": self.phone,
            "dpo_contact": self.dpo_contact,
        }

    def _load(self) -> None:
        with self.ctx.db.read_session() as session:
            details = get_business(session)
        self.name.setText(details.name)
        self.address.setPlainText(details.address)
        self.email.setText(details.email)
        self.phone.setText(details.phone)
        self.dpo_contact.setText(details.dpo_contact)
        self._stored_language = preferences.stored_language()
        self.language.setCurrentIndex(self.language.findData(self._stored_language))

    def details(self) -> BusinessDetails:
        return BusinessDetails(
            name=self.name.text(),
            address=self.address.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
            dpo_contact=self.dpo_contact.text(),
        )

    def _field_of(self, error: UserError) -> QWidget:
        """The input an error is about: named in its parameters, else the name (required)."""
        if "email" in error.params:
            return self.email
        if "lines" in error.params:
            return self.address
        label = error.params.get("field")
        for field, widget in self._fields().items():
            if label == self._label(field):
                return widget
        return self.name

    def _show_error(self, text: str, widget: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()

    def save(self) -> None:
        try:
            with self.ctx.db.session() as session:
                save_business(session, self.ctx.actor, self.details())
        except UserError as error:
            self._show_error(error.message(), self._field_of(error))
            return
        language = self.language.currentData()
        if language != self._stored_language:
            try:
                preferences.store_language(language)
            except OSError as exc:
                QMessageBox.warning(
                    self,
                    APP_NAME,
                    self.tr("The business details are saved, but the language could not be: %1").replace(
                        "%1", str(exc)
                    ),
                )
            else:
                self.language_changed = True
        self.accept()
