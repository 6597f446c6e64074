"""One customer: master data, the consent matrix with "why / why not", the history, and the actions.

Unsaved changes are never lost silently: closing asks to save, discard or stay.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import ConsentStatus, CustomerStatus
from desktop_app.errors import UserError
from desktop_app.services import consent_matrix, customers, history
from desktop_app.services.consent_matrix import MatrixCell
from desktop_app.services.customers import CustomerView
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.customer.actions import ConfirmDoiDialog, ObjectionDialog, RestrictDialog, WithdrawDialog
from desktop_app.ui.customer.details_form import CustomerForm
from desktop_app.ui.customer.history import HistoryTable
from desktop_app.ui.customer.matrix import ConsentMatrix
from desktop_app.ui.customer.record_consent import RecordConsentDialog
from desktop_app.ui.widgets.forms import error_label


class CustomerEditor(QDialog):
    def __init__(
        self, ctx: AppContext, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CustomerView | None = None
        self.changed_anything = False
        self.merged = False  # another record was merged with this one: the list must drop it
        self.setMinimumSize(1100, 720)
        self.header = QLabel(self)
        self.header.setObjectName("pageTitle")
        self.badge = QLabel(self)
        self.badge.setObjectName("badge")
        self.duplicates = QLabel(self)
        self.duplicates.setObjectName("warningLabel")
        self.duplicates.setWordWrap(True)
        self.duplicates.setTextFormat(Qt.TextFormat.RichText)
        self.duplicates.hide()
        self.duplicates.linkActivated.connect(lambda link: self.merge_with(int(link)))
        self.form = CustomerForm(ctx, self)
        self.matrix = ConsentMatrix(ctx.language, self)
        self.history = HistoryTable(ctx.language, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form, self.tr("Details"))
        self.tabs.addTab(self._consents_tab(), self.tr("Consents"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.header)
        top.addWidget(self.badge)
        top.addStretch(1)
        # Art. 15 report and Art. 20 data export; the reports themselves load only when clicked.
        from desktop_app.ui.reports.customer_actions import CustomerReportButtons

        self.report_buttons = CustomerReportButtons(ctx, lambda: self.view.id if self.view else None, self)
        top.addWidget(self.report_buttons)
        self.merge_button = QPushButton(self.tr("Merge with…"), self)
        self.merge_button.setToolTip(self.tr("Merge another record of the same person into this one"))
        self.merge_button.clicked.connect(lambda: self.merge_with())
        top.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._update_title)
        self.form.contactChanged.connect(self._check_duplicates)
        self.matrix.cellChosen.connect(self._update_actions)
        if customer_id is None:
            self.setWindowTitle(self.tr("New customer"))
            self.header.setText(self.tr("New customer"))
        else:
            self.load(customer_id)
        self._update_actions()

    def _consents_tab(self) -> QWidget:
        page = QWidget(self)
        self.record_button = QPushButton(self.tr("Record consent…"), page)
        self.doi_button = QPushButton(self.tr("Confirm double opt-in…"), page)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), page)
        self.objection_button = QPushButton(self.tr("Record objection…"), page)
        self.restrict_button = QPushButton(self.tr("Restrict processing…"), page)
        self.erase_button = QPushButton(self.tr("Erase…"), page)
        bar = QHBoxLayout()
        for button in (self.record_button, self.doi_button, self.withdraw_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.objection_button)
        bar.addWidget(self.restrict_button)
        bar.addWidget(self.erase_button)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.matrix, 1)
        self.record_button.clicked.connect(self.record_consent)
        self.doi_button.clicked.connect(self.confirm_doi)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.objection_button.clicked.connect(self.record_objection)
        self.restrict_button.clicked.connect(self.toggle_restriction)
        self.erase_button.clicked.connect(self.erase)
        return page

    # --- loading ---------------------------------------------------------------------------------
    def load(self, customer_id: int) -> None:
        today = dt.date.today()
        with self.ctx.db.read_session() as session:
            self.view = customers.get_customer(session, customer_id)
            cells = consent_matrix.consent_matrix(session, customer_id, today)
            entries = history.consent_history(session, customer_id)
        self.form.load(self.view)
        self.form.setEnabled(self.view.status != CustomerStatus.ERASED)
        self.matrix.set_cells(cells)
        self.history.set_entries(entries)
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        if self.view is None:
            return
        star = " *" if self.form.is_dirty() else ""
        self.header.setText(f"{self.view.display_name} · {self.view.customer_no}{star}")
        self.setWindowTitle(f"{self.view.display_name}{star}")
        status = self.view.status
        self.badge.setVisible(status != CustomerStatus.ACTIVE)
        self.badge.setText(
            self.tr("processing restricted") if status == CustomerStatus.RESTRICTED else self.tr("erased")
        )

    def _update_actions(self, cell: MatrixCell | None = None) -> None:
        saved = self.view is not None
        for index in (1, 2):
            self.tabs.setTabEnabled(index, saved)
        cell = cell or self.matrix.current_cell()
        status = cell.consent.status if cell and cell.consent else None
        self.doi_button.setEnabled(status == ConsentStatus.PENDING)
        self.withdraw_button.setEnabled(status in (ConsentStatus.GRANTED, ConsentStatus.PENDING))
        restricted = saved and self.view is not None and self.view.status == CustomerStatus.RESTRICTED
        self.restrict_button.setText(
            self.tr("Lift restriction…") if restricted else self.tr("Restrict processing…")
        )
        erased = self.view is not None and self.view.status == CustomerStatus.ERASED
        self.restrict_button.setEnabled(saved and not erased)
        self.erase_button.setEnabled(saved and not erased)
        self.record_button.setEnabled(saved and not erased)
        self.objection_button.setEnabled(saved and not erased)
        self.merge_button.setEnabled(saved and not erased)

    def _check_duplicates(self) -> None:
        data = self.form.input()
        with self.ctx.db.read_session() as session:
            found = customers.find_duplicates(
                session,
                data.email,
                data.phone,
                self.view.id if self.view else None,
                mobile=data.mobile,
                country=data.country,
            )
        if not found:
            self.duplicates.hide()
            return
        names = ", ".join(f"{r.customer_no} {r.display_name}" for r in found[:3])
        text = html.escape(
            self.tr("Possible duplicate: the same e-mail address or phone number belongs to %1.").replace(
                "%1", names
            )
        )
        if self.view is not None and self.view.status != CustomerStatus.ERASED:
            # A saved record can take the first duplicate over right away.
            link = html.escape(self.tr("Merge…"))
            text += f' <a href="{found[0].id}">{link}</a>'
        self.duplicates.setText(text)
        self.duplicates.show()

    # --- saving ----------------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.form.check_contact() or not self.form.check_dates():
            self.tabs.setCurrentIndex(0)
            return False
        try:
            with self.ctx.db.session() as session:
                if self.view is None:
                    saved = customers.create_customer(session, self.ctx.actor, self.form.input())
                else:
                    saved = customers.update_customer(
                        session, self.ctx.actor, self.view.id, self.form.input(), version=self.view.version
                    )
        except UserError as error:
            self.error.setText(error.message())
            self.error.show()
            return False
        self.error.hide()
        self.changed_anything = True
        self.load(saved.id)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this customer?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()
        self.done(QDialog.DialogCode.Accepted if self.changed_anything else QDialog.DialogCode.Rejected)

    def reject(self) -> None:
        self.close()  # Escape goes through the same unsaved-changes question

    # --- actions ---------------------------------------------------------------------------------
    def _after_action(self, dialog: QDialog) -> None:
        if dialog.exec() and self.view is not None:
            self.changed_anything = True
            self.load(self.view.id)

    def _cell_title(self, cell: MatrixCell) -> str:
        return f"{cell.purpose.name(self.ctx.language)} · {labels.label(labels.CHANNELS, cell.channel)}"

    def record_consent(self) -> None:
        if self.view is None:
            return
        cell = self.matrix.current_cell()
        dialog = RecordConsentDialog(
            self.ctx, self.view, cell.purpose.id if cell else None, cell.channel if cell else None, self
        )
        self._after_action(dialog)

    def confirm_doi(self) -> None:
        cell = self.matrix.current_cell()
        if cell is not None and cell.consent is not None:
            self._after_action(ConfirmDoiDialog(self.ctx, cell.consent, self._cell_title(cell), self))

    def withdraw(self) -> None:
        cell = self.matrix.current_cell()
        if cell is not None and cell.consent is not None:
            self._after_action(WithdrawDialog(self.ctx, cell.consent, self._cell_title(cell), self))

    def record_objection(self) -> None:
        if self.view is not None:
            self._after_action(ObjectionDialog(self.ctx, self.view.id, self.view.display_name, self))

    def erase(self) -> None:
        if self.view is not None:
            from desktop_app.ui.customer.erase_dialog import EraseDialog

            self._after_action(EraseDialog(self.ctx, self.view.id, self.view.display_name, self))

    def toggle_restriction(self) -> None:
        if self.view is not None:
            lift = self.view.status == CustomerStatus.RESTRICTED
            self._after_action(RestrictDialog(self.ctx, self.view.id, self.view.display_name, lift, self))

    def merge_with(self, other_id: int | None = None) -> None:
        """Another record of this person merges into this one; unsaved edits are saved first."""
        if self.view is None or (self.form.is_dirty() and not self.save()):
            return
        from desktop_app.ui.customer.merge_dialog import MergeDialog

        dialog = MergeDialog(self.ctx, self.view.id, other_id, self)
        if dialog.exec():
            self.changed_anything = self.merged = True
            self.load(dialog.keep_id)  # the other record, if the user chose to keep that one
