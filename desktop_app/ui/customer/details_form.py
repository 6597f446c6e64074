"""The customer's master data, checked as you type with the same rules the service applies on save."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import CustomerKind
from desktop_app.errors import UserError
from desktop_app.services import customer_fields, sources
from desktop_app.services.customers import CustomerInput, CustomerView
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.dates import OptionalDateEdit

Check = Callable[[], None]


class FieldProblem(QLabel):
    """The red line under a field; empty and hidden while the field is fine."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("fieldProblem")
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, check: Check) -> bool:
        try:
            check()
        except UserError as error:
            self.setText(error.message())
            self.show()
            return False
        self.clear()
        self.hide()
        return True


class CustomerForm(QWidget):
    changed = Signal()
    contactChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded = CustomerInput()
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Consumer"), CustomerKind.CONSUMER.value)
        self.kind.addItem(self.tr("Business"), CustomerKind.BUSINESS.value)
        self.customer_no = QLineEdit(self)
        self.customer_no.setPlaceholderText(self.tr("assigned on saving"))
        self.salutation = QComboBox(self)
        self.salutation.setEditable(True)
        for text in ("", self.tr("Ms"), self.tr("Mr"), self.tr("Mx")):
            self.salutation.addItem(text)
        self.title = QLineEdit(self)
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.company = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.mobile = QLineEdit(self)
        self.street = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit(self)
        self.country = QLineEdit("DE", self)
        self.country.setMaximumWidth(50)
        self.country.setMaxLength(2)
        self.birth_date = OptionalDateEdit(self.tr("not known"), self)
        self.source = QComboBox(self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. VIP, Messe 2025"))
        self.existing = QCheckBox(self.tr("Existing customer (bought or has a contract)"), self)
        self.customer_since = OptionalDateEdit(self.tr("not set"), self)
        self.last_purchase = OptionalDateEdit(self.tr("not set"), self)
        self.address_from_sale = QCheckBox(self.tr("E-mail address obtained in connection with a sale"), self)
        self.informed = QCheckBox(self.tr("Told at collection that they may object at any time"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.email_problem = FieldProblem(self)
        self.phone_problem = FieldProblem(self)
        self.mobile_problem = FieldProblem(self)
        self.address_problem = FieldProblem(self)
        self.dates_problem = FieldProblem(self)
        self._build_layout()
        self._load_sources()
        self._connect()
        self._update_enabled()

    def _build_layout(self) -> None:
        person = QGroupBox(self.tr("Person or business"), self)
        form = QFormLayout(person)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Customer no."), self.customer_no)
        form.addRow(self.tr("Salutation"), self.salutation)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Date of birth"), self.birth_date)
        form.addRow("", self.dates_problem)
        contact = QGroupBox(self.tr("Contact"), self)
        cform = QFormLayout(contact)
        cform.addRow(self.tr("E-mail"), self.email)
        cform.addRow("", self.email_problem)
        cform.addRow(self.tr("Phone"), self.phone)
        cform.addRow("", self.phone_problem)
        cform.addRow(self.tr("Mobile"), self.mobile)
        cform.addRow("", self.mobile_problem)
        cform.addRow(self.tr("Street"), self.street)
        place = QGridLayout()
        place.addWidget(self.postcode, 0, 0)
        place.addWidget(self.city, 0, 1)
        place.addWidget(self.country, 0, 2)
        cform.addRow(self.tr("Postcode, city, country"), place)
        cform.addRow("", self.address_problem)
        relation = QGroupBox(self.tr("Relationship and origin"), self)
        rform = QFormLayout(relation)
        rform.addRow(self.tr("Data source"), self.source)
        rform.addRow(self.tr("Tags"), self.tags)
        rform.addRow("", self.existing)
        rform.addRow(self.tr("Customer since"), self.customer_since)
        rform.addRow(self.tr("Last purchase"), self.last_purchase)
        rform.addRow("", self.address_from_sale)
        rform.addRow("", self.informed)
        rform.addRow(self.tr("Notes"), self.notes)
        grid = QGridLayout()
        grid.addWidget(person, 0, 0)
        grid.addWidget(contact, 0, 1)
        grid.addWidget(relation, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)

    def _load_sources(self) -> None:
        with self.ctx.db.read_session() as session:
            views = sources.list_sources(session, include_archived=False)
        self.source.addItem(self.tr("— not recorded —"), None)
        for view in views:
            self.source.addItem(view.name, view.id)

    def _connect(self) -> None:
        for edit in (
            self.customer_no,
            self.title,
            self.first_name,
            self.last_name,
            self.company,
            self.email,
            self.phone,
            self.mobile,
            self.street,
            self.postcode,
            self.city,
            self.country,
            self.tags,
        ):
            edit.textChanged.connect(self.changed)
        for box in (self.kind, self.salutation, self.source):
            box.currentIndexChanged.connect(self.changed)
        self.salutation.editTextChanged.connect(self.changed)
        for check in (self.existing, self.address_from_sale, self.informed):
            check.toggled.connect(self.changed)
        for date in (self.birth_date, self.customer_since, self.last_purchase):
            date.dateChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.email.editingFinished.connect(self.check_contact)
        self.phone.editingFinished.connect(self.check_contact)
        self.mobile.editingFinished.connect(self.check_contact)
        self.postcode.editingFinished.connect(self.check_contact)
        self.country.editingFinished.connect(self.check_contact)
        self.email.textChanged.connect(self._clear_problem_while_typing)
        self.existing.toggled.connect(self._update_enabled)
        self.kind.currentIndexChanged.connect(self._update_enabled)
        for date in (self.birth_date, self.customer_since, self.last_purchase):
            date.dateChanged.connect(self.check_dates)

    def _clear_problem_while_typing(self) -> None:
        # A half-typed address is not wrong yet; judge it when the field is left.
        if self.email_problem.isVisible() and not self.email.text():
            self.email_problem.hide()

    def _update_enabled(self) -> None:
        existing = self.existing.isChecked()
        for widget in (self.customer_since, self.last_purchase, self.address_from_sale, self.informed):
            widget.setEnabled(existing)
        business = self.kind.currentData() == CustomerKind.BUSINESS.value
        self.birth_date.setEnabled(not business)

    def check_contact(self) -> bool:
        country = self.country.text().strip().upper() or "DE"
        ok = self.email_problem.show_problem(lambda: customer_fields.check_email(self.email.text().strip()))
        ok &= self.phone_problem.show_problem(
            lambda: customer_fields.check_phone(self.phone.text().strip(), country)
        )
        ok &= self.mobile_problem.show_problem(
            lambda: customer_fields.check_phone(self.mobile.text().strip(), country)
        )
        ok &= self.address_problem.show_problem(
            lambda: customer_fields.check_address(self.postcode.text().strip(), country)
        )
        self.contactChanged.emit()
        return ok

    def check_dates(self) -> bool:
        import datetime as dt

        return self.dates_problem.show_problem(
            lambda: customer_fields.check_dates(
                dt.date.today(),
                self.birth_date.value(),
                self.customer_since.value(),
                self.last_purchase.value(),
            )
        )

    def load(self, view: CustomerView) -> None:
        self.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(view.kind.value))
        self.customer_no.setText(view.customer_no)
        self.salutation.setEditText(view.salutation)
        self.title.setText(view.title)
        self.first_name.setText(view.first_name)
        self.last_name.setText(view.last_name)
        self.company.setText(view.company)
        self.email.setText(view.email)
        self.phone.setText(view.phone)
        self.mobile.setText(view.mobile)
        self.street.setText(view.street)
        self.postcode.setText(view.postcode)
        self.city.setText(view.city)
        self.country.setText(view.country)
        self.birth_date.set_value(view.birth_date)
        index = self.source.findData(view.source_id)
        if index < 0 and view.source_id is not None:
            self.source.addItem(view.source_name, view.source_id)  # an archived source stays visible
            index = self.source.count() - 1
        self.source.setCurrentIndex(max(0, index))
        self.tags.setText(", ".join(view.tags))
        self.existing.setChecked(view.is_existing_customer)
        self.customer_since.set_value(view.customer_since)
        self.last_purchase.set_value(view.last_purchase_on)
        self.address_from_sale.setChecked(view.address_from_sale)
        self.informed.setChecked(view.informed_right_to_object)
        self.notes.setPlainText(view.notes)
        self.blockSignals(False)
        self._update_enabled()
        self._loaded = self.input()

    def input(self) -> CustomerInput:
        existing = self.existing.isChecked()
        business = self.kind.currentData() == CustomerKind.BUSINESS.value
        return CustomerInput(
            kind=CustomerKind(self.kind.currentData()),
            salutation=self.salutation.currentText(),
            title=self.title.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            company=self.company.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            mobile=self.mobile.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            country=self.country.text().strip().upper() or "DE",
            birth_date=None if business else self.birth_date.value(),
            is_existing_customer=existing,
            customer_since=self.customer_since.value() if existing else None,
            last_purchase_on=self.last_purchase.value() if existing else None,
            address_from_sale=existing and self.address_from_sale.isChecked(),
            informed_right_to_object=existing and self.informed.isChecked(),
            notes=self.notes.toPlainText(),
            source_id=self.source.currentData(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            customer_no=self.customer_no.text(),
        )

    def is_dirty(self) -> bool:
        return _normalised(self.input()) != _normalised(self._loaded)


def _normalised(data: CustomerInput) -> CustomerInput:
    """Whitespace-only edits are not changes worth a "save?" question."""
    values: dict[str, Any] = {
        f.name: (" ".join(v.split()) if isinstance(v := getattr(data, f.name), str) else v)
        for f in dataclasses.fields(CustomerInput)
    }
    return CustomerInput(**values)
