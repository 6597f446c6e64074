"""Page 3: where the list comes from, what happens to customers already in the database, default date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.domain.enums import SourceKind
from desktop_app.errors import UserError
from desktop_app.services import sources
from desktop_app.services.importing import Defaults, MergePolicy, SourceSpec, make_plan
from desktop_app.ui import labels

if TYPE_CHECKING:
    from desktop_app.ui.importing.wizard import ImportWizard

NEW_SOURCE = "__new__"


class OptionsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Source and settings"))
        self.setSubTitle(self.tr("Every imported customer and consent records where it came from."))

        source_box = QGroupBox(self.tr("Data source"), self)
        self.source_combo = QComboBox(source_box)
        self.new_name = QLineEdit(source_box)
        self.new_kind = QComboBox(source_box)
        for kind in SourceKind:
            self.new_kind.addItem(labels.label(labels.SOURCE_KINDS, kind), kind)
        self.new_kind.setCurrentIndex(list(SourceKind).index(SourceKind.IMPORT))
        self.third_party = QCheckBox(self.tr("Bought or rented from a third party"), source_box)
        self.provider = QLineEdit(source_box)
        self.provider.setPlaceholderText(self.tr("Who supplied the list (required for third-party lists)"))
        self.legal_note = QLineEdit(source_box)
        self.names_business = QCheckBox(
            self.tr("The list's consents name our business (third-party lists)"), source_box
        )
        source_form = QFormLayout(source_box)
        source_form.addRow(self.tr("Source:"), self.source_combo)
        source_form.addRow(self.tr("Name of the new source:"), self.new_name)
        source_form.addRow(self.tr("Kind:"), self.new_kind)
        source_form.addRow("", self.third_party)
        source_form.addRow(self.tr("Provider:"), self.provider)
        source_form.addRow(self.tr("Legal basis note:"), self.legal_note)
        source_form.addRow("", self.names_business)
        self._new_widgets = (self.new_name, self.new_kind, self.third_party, self.provider, self.legal_note)

        merge_box = QGroupBox(self.tr("Customers already in the database"), self)
        self.merge_group = QButtonGroup(self)
        merge_layout = QVBoxLayout(merge_box)
        self.merge_buttons: dict[MergePolicy, QRadioButton] = {}
        for policy, text, hint in (
            (MergePolicy.SKIP, self.tr("Skip them"),
             self.tr("Existing customers and their consents stay exactly as they are.")),
            (MergePolicy.FILL_EMPTY, self.tr("Fill empty fields"),
             self.tr("Only fields empty in the database are filled; the file's consents are added.")),
            (MergePolicy.OVERWRITE, self.tr("Overwrite"),
             self.tr("The file's non-empty values replace the stored ones; empty cells erase nothing.")),
        ):  # fmt: skip
            button = QRadioButton(text, merge_box)
            self.merge_group.addButton(button)
            self.merge_buttons[policy] = button
            explain = QLabel(hint, merge_box)
            explain.setWordWrap(True)
            explain.setContentsMargins(24, 0, 0, 4)
            merge_layout.addWidget(button)
            merge_layout.addWidget(explain)
            button.toggled.connect(lambda _checked: self.completeChanged.emit())

        self.date_box = QGroupBox(self.tr("Consents without a date in the file"), self)
        self.use_date = QCheckBox(self.tr("They were given on:"), self.date_box)
        self.consent_date = QDateEdit(self.date_box)
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd.MM.yyyy")
        self.consent_date.setDate(QDate.currentDate())
        self.consent_date.setMaximumDate(QDate.currentDate())
        date_form = QFormLayout(self.date_box)
        date_form.addRow(self.use_date, self.consent_date)
        date_form.addRow(QLabel(self.tr("Without a date such a consent is an error in its row: a consent is "
                                        "never dated to the day of the import."), self.date_box))  # fmt: skip
        self.consent_note = QLineEdit(self)
        self.consent_note.setPlaceholderText(self.tr("e.g. paper form at the stand"))
        note_form = QFormLayout()
        note_form.addRow(self.tr("Note stored with each consent:"), self.consent_note)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(source_box)
        layout.addWidget(merge_box)
        layout.addWidget(self.date_box)
        layout.addLayout(note_form)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.new_name.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.use_date.toggled.connect(self.consent_date.setEnabled)
        self.consent_date.setEnabled(False)

    def initializePage(self) -> None:
        profile = self.wiz.state.profile
        with self.wiz.ctx.db.read_session() as session:
            views = [v for v in sources.list_sources(session) if not v.archived]
        wanted = profile.source.name.casefold() if profile.source else ""
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for view in views:
            self.source_combo.addItem(view.name, view.name)
        self.source_combo.addItem(self.tr("New data source…"), NEW_SOURCE)
        index = next((i for i, v in enumerate(views) if v.name.casefold() == wanted), len(views))
        self.source_combo.setCurrentIndex(index)
        self.source_combo.blockSignals(False)
        if index == len(views) and profile.source is not None:
            spec = profile.source
            self.new_name.setText(spec.name)
            if spec.kind is not None:
                self.new_kind.setCurrentIndex(list(SourceKind).index(SourceKind(spec.kind)))
            self.third_party.setChecked(spec.third_party)
            self.provider.setText(spec.provider)
            self.legal_note.setText(spec.legal_basis_note)
        elif index == len(views) and not self.new_name.text() and self.wiz.state.path is not None:
            self.new_name.setText(self.wiz.state.path.stem)
        self.names_business.setChecked(profile.names_business)
        if profile.merge_policy is not None:
            self.merge_buttons[profile.merge_policy].setChecked(True)
        if profile.defaults.consent_date is not None:
            self.use_date.setChecked(True)
            day = profile.defaults.consent_date
            self.consent_date.setDate(QDate(day.year, day.month, day.day))
        self.consent_note.setText(profile.defaults.consent_note)
        self.date_box.setVisible(self._needs_date())
        self._source_changed()
        self.message.clear()

    def _needs_date(self) -> bool:
        """Any consent column: its date cells may be empty (or it has none), the fixed date fills in."""
        return any(r.consent is not None for r in self.wiz.state.profile.columns.values())

    def _source_changed(self) -> None:
        new = self.source_combo.currentData() == NEW_SOURCE
        for widget in self._new_widgets:
            widget.setEnabled(new)
        self.completeChanged.emit()

    def merge_policy(self) -> MergePolicy | None:
        return next((p for p, b in self.merge_buttons.items() if b.isChecked()), None)

    def source_spec(self) -> SourceSpec:
        if self.source_combo.currentData() != NEW_SOURCE:
            return SourceSpec(self.source_combo.currentData())
        return SourceSpec(
            name=self.new_name.text().strip(),
            kind=SourceKind(self.new_kind.currentData()),
            third_party=self.third_party.isChecked(),
            provider=self.provider.text().strip(),
            legal_basis_note=self.legal_note.text().strip(),
        )

    def isComplete(self) -> bool:
        if self.merge_policy() is None:
            return False
        return self.source_combo.currentData() != NEW_SOURCE or bool(self.new_name.text().strip())

    def validatePage(self) -> bool:
        state = self.wiz.state
        day: dt.date | None = None
        if self._needs_date() and self.use_date.isChecked():
            day = self.consent_date.date().toPython()  # type: ignore[assignment]
        defaults = replace(
            state.profile.defaults, consent_date=day, consent_note=self.consent_note.text().strip()
        )
        assert isinstance(defaults, Defaults)
        profile = replace(
            state.profile,
            source=self.source_spec(),
            merge_policy=self.merge_policy(),
            names_business=self.names_business.isChecked(),
            defaults=defaults,
            sheet=state.shown.chosen_sheet if state.shown else None,
            header_row=state.shown.header_row_index + 1 if state.shown else None,
        )
        assert state.path is not None and state.shown is not None
        try:
            state.plan = make_plan(state.path, profile, state.shown)
        except UserError as error:
            self.message.setText(error.message())
            return False
        state.profile = profile
        return True
