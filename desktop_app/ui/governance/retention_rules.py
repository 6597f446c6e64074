"""The retention rules editor: every rule behind the "due for deletion" list, in one place.

Rules made here are retention_rules rows; the periods set in a data source's or a purpose's own dialog
are listed beside them (read-only here, changed where they are set). Validation lives in
services.retention; the dialogs show its messages.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services import catalog, retention, sources
from desktop_app.services.retention import RuleInput, RuleOrigin, RuleView
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.forms import error_label, save_cancel_buttons
from desktop_app.ui.widgets.tables import read_only_rows


class RuleDialog(QDialog):
    """One rule: which customers (source and/or purpose), after how long without basis, active or not."""

    def __init__(self, ctx: AppContext, rule: RuleView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rule = rule
        self.setWindowTitle(self.tr("Edit retention rule") if rule else self.tr("New retention rule"))
        self.setMinimumWidth(560)
        with ctx.db.read_session() as session:
            source_list = sources.list_sources(session)
            purposes = catalog.list_purposes(session, include_inactive=True)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("Any data source"), None)
        for s in source_list:
            self.source.addItem(s.name, s.id)
        self.purpose = QComboBox(self)
        self.purpose.addItem(self.tr("Any purpose"), None)
        for p in purposes:
            self.purpose.addItem(p.name(ctx.language), p.id)
        self.amount = QSpinBox(self)
        self.amount.setRange(1, 1200)
        self.amount.setValue(2)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("years"), 12)
        self.unit.addItem(self.tr("months"), 1)
        period = QHBoxLayout()
        period.addWidget(self.amount)
        period.addWidget(self.unit)
        period.addStretch(1)
        self.description = QLineEdit(self)
        self.description.setMaxLength(retention.MAX_DESCRIPTION)
        self.description.setPlaceholderText(self.tr("e.g. trade-fair contacts without a purchase"))
        self.active = QCheckBox(self.tr("Active (counts for the deletion list)"), self)
        self.active.setChecked(True)
        self.explain = QLabel(self)
        self.explain.setObjectName("hint")
        self.explain.setWordWrap(True)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Customers from"), self.source)
        form.addRow(self.tr("With a consent for"), self.purpose)
        form.addRow(self.tr("Delete after"), period)
        form.addRow(self.tr("Description"), self.description)
        form.addRow("", self.active)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if rule is not None:
            self.source.setCurrentIndex(max(self.source.findData(rule.source_id), 0))
            self.purpose.setCurrentIndex(max(self.purpose.findData(rule.purpose_id), 0))
            years = rule.months % 12 == 0
            self.amount.setValue(rule.months // 12 if years else rule.months)
            self.unit.setCurrentIndex(0 if years else 1)
            self.description.setText(rule.description)
            self.active.setChecked(rule.active)
        for signal in (self.source.currentIndexChanged, self.purpose.currentIndexChanged,
                       self.amount.valueChanged, self.unit.currentIndexChanged):  # fmt: skip
            signal.connect(self._explain)
        self._explain()

    def months(self) -> int:
        return int(self.amount.value()) * int(self.unit.currentData())

    def _explain(self) -> None:
        """The rule in one sentence, as the due list will read it."""
        who = (
            self.tr("Customers from “%1”").replace("%1", self.source.currentText())
            if self.source.currentData() is not None
            else self.tr("All customers")
        )
        if self.purpose.currentData() is not None:
            who += " " + self.tr("with a consent for “%1”").replace("%1", self.purpose.currentText())
        self.explain.setText(
            self.tr(
                "%1 are due for deletion when for %2 they have had no valid consent, no purchase and no "
                "contact."
            )
            .replace("%1", who)
            .replace("%2", f"{self.amount.value()} {self.unit.currentText()}")
        )

    def input(self) -> RuleInput:
        return RuleInput(
            months=self.months(),
            source_id=self.source.currentData(),
            purpose_id=self.purpose.currentData(),
            description=self.description.text(),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        try:
            with self.ctx.db.session() as session:
                if self.rule is None:
                    retention.create_rule(session, self.ctx.actor, self.input())
                else:
                    retention.update_rule(session, self.ctx.actor, self.rule.id, self.input())
        except UserError as error:
            self.error.setText(error.message())
            self.error.show()
            return
        self.accept()


class RetentionRulesDialog(QDialog):
    """The list of rules with Add, Edit, Delete, and how many customers they make due today."""

    rulesChanged = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rules: list[RuleView] = []
        self.rule_dialog: RuleDialog | None = None
        self.setWindowTitle(self.tr("Retention rules"))
        self.resize(900, 460)
        intro = QLabel(
            self.tr(
                "A customer is due for deletion when a rule covering them has run out: no valid consent, no "
                "purchase and no contact for the period. Any valid consent keeps the record, and customers "
                "with restricted processing are never listed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Data source"),
                self.tr("Purpose"),
                self.tr("Delete after"),
                self.tr("Description"),
                self.tr("Active"),
                self.tr("Set where"),
            ]
        )
        read_only_rows(self.table, stretch=3, single=True)
        self.add_button = QPushButton(self.tr("Add rule…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.due_line = QLabel(self)
        self.due_line.setObjectName("hint")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.due_line)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.delete_button.clicked.connect(self.delete_rule)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda _row, _col: self.edit_rule())
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.read_session() as session:
            self.rules = retention.list_rules(session)
            due = len(retention.due_ids(session, dt.date.today()))
        set_in = {
            RuleOrigin.RULE: self.tr("in this list"),
            RuleOrigin.SOURCE: self.tr("on the data source"),
            RuleOrigin.PURPOSE: self.tr("on the purpose"),
        }
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            cells = (
                rule.source_name or self.tr("any"),
                rule.purpose_name(self.ctx.language) or self.tr("any"),
                self.period(rule.months),
                rule.description,
                self.tr("yes") if rule.active else self.tr("no"),
                set_in[rule.origin],
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if rule.origin != RuleOrigin.RULE:
                    item.setForeground(QBrush(QColor("#555555")))
                    item.setToolTip(
                        self.tr("Change this period in the data source's or purpose's own dialog.")
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.due_line.setText(self.tr("%n customer(s) due for deletion under these rules today.", "", due))
        self._update_buttons()

    def period(self, months: int) -> str:
        if months % 12 == 0:
            return self.tr("%n year(s)", "", months // 12)
        return self.tr("%n month(s)", "", months)

    def selected(self) -> RuleView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rules[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        rule = self.selected()
        editable = rule is not None and rule.origin == RuleOrigin.RULE
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)

    def add_rule(self) -> RuleDialog:
        dialog = RuleDialog(self.ctx, None, self)
        self._run(dialog)
        return dialog

    def edit_rule(self) -> RuleDialog | None:
        rule = self.selected()
        if rule is None or rule.origin != RuleOrigin.RULE:
            return None
        dialog = RuleDialog(self.ctx, rule, self)
        self._run(dialog)
        return dialog

    def _run(self, dialog: RuleDialog) -> None:
        self.rule_dialog = dialog
        dialog.accepted.connect(self._changed)
        if not self.property("quiet"):
            dialog.exec()

    def delete_rule(self) -> None:
        rule = self.selected()
        if rule is None or rule.origin != RuleOrigin.RULE:
            return
        if not self.property("quiet"):
            answer = QMessageBox.question(
                self, self.tr("Delete rule"), self.tr("Delete this retention rule?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self.ctx.db.session() as session:
                retention.delete_rule(session, self.ctx.actor, rule.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Delete rule"), error.message())
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.rulesChanged.emit()
