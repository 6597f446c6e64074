"""Page 2: what each column is imported as, pre-filled by the automatic mapping; profiles load/save."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.domain.enums import Channel
from desktop_app.services import catalog
from desktop_app.services.importing import (
    AutoMapping,
    ColumnRule,
    ConsentColumn,
    ImportProfile,
    ProfileError,
    Target,
    auto_profile,
    dump_profile,
    label,
    parse_profile,
)
from desktop_app.services.importing.profile import check_profile
from desktop_app.ui import labels
from desktop_app.ui.importing.file_page import cell_text

if TYPE_CHECKING:
    from desktop_app.ui.importing.wizard import ImportWizard

COL_NAME, COL_SAMPLES, COL_TARGET, COL_PURPOSE, COL_CHANNEL, COL_DATE = range(6)
#: What a consent's own date column may be imported as besides being that date.
_DATE_COLUMN_TARGETS = (Target.IGNORE, Target.NOTE, Target.CONSENT_DATE)
SAMPLES = 3
_ORDER = [Target.IGNORE, Target.NOTE] + [t for t in Target if t not in (Target.IGNORE, Target.NOTE)]


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Assign the columns"))
        self.setSubTitle(
            self.tr(
                "Choose what each column is imported as. Columns nobody recognised are ignored: keep "
                "only what you need."
            )
        )
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Sample values"), self.tr("Import as"), self.tr("Purpose"),
             self.tr("Channel"), self.tr("Consent given on")]
        )  # fmt: skip
        date_heading = self.table.horizontalHeaderItem(COL_DATE)
        assert date_heading is not None
        date_heading.setToolTip(
            self.tr("The column holding the date this consent was given. Without one, the column "
                    "“Consent given on” or the date for the whole file set on the next page is used.")
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(COL_SAMPLES, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a5300;")
        self.load_button = QPushButton(self.tr("Load profile…"), self)
        self.save_button = QPushButton(self.tr("Save profile…"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.load_button.clicked.connect(self.choose_profile)
        self.save_button.clicked.connect(self.save_profile)
        self._headers: list[str] = []
        self._auto: AutoMapping | None = None
        self._rules: dict[str, ColumnRule] = {}

    # -- filling -------------------------------------------------------------------------------------

    def initializePage(self) -> None:
        shown = self.wiz.state.shown
        assert shown is not None
        if list(shown.headers) == self._headers:
            return  # back and forth: keep the user's choices
        self._headers = list(shown.headers)
        self._auto = auto_profile(shown.headers, self.wiz.state.loaded)
        rules = dict(self._auto.profile.columns)
        loaded = self.wiz.state.loaded
        if loaded is not None:
            rules.update({c: r for c, r in loaded.columns.items() if c in rules})
        self._fill(rules)

    def _purposes(self) -> list[str]:
        with self.wiz.ctx.db.read_session() as session:
            return [p.code for p in catalog.list_purposes(session)]

    def _fill(self, rules: dict[str, ColumnRule]) -> None:
        shown = self.wiz.state.shown
        assert shown is not None
        self._rules = rules
        purposes = self._purposes()
        self.table.setRowCount(len(self._headers))
        for row, header in enumerate(self._headers):
            samples = [cell_text(r.values.get(header)) for r in shown.rows]
            samples = [s for s in samples if s.strip()][:SAMPLES]
            self.table.setItem(row, COL_NAME, QTableWidgetItem(header))
            self.table.setItem(row, COL_SAMPLES, QTableWidgetItem(" · ".join(samples)))
            rule = rules.get(header, ColumnRule(Target.IGNORE))
            target = QComboBox(self.table)
            for t in _ORDER:
                target.addItem(label(t), t)
            target.setCurrentIndex(_ORDER.index(rule.target))
            purpose = QComboBox(self.table)
            purpose.setEditable(True)
            purpose.addItems(purposes)
            channel = QComboBox(self.table)
            for ch in Channel:
                channel.addItem(labels.label(labels.CHANNELS, ch), ch)
            date = QComboBox(self.table)
            date.addItem(self.tr("(general date)"), "")
            for other in self._headers:
                if other != header:
                    date.addItem(other, other)
            if rule.consent is not None:
                purpose.setCurrentText(rule.consent.purpose)
                channel.setCurrentIndex(list(Channel).index(rule.consent.channel))
                date.setCurrentIndex(max(date.findData(rule.consent.date_column or ""), 0))
            self.table.setCellWidget(row, COL_TARGET, target)
            self.table.setCellWidget(row, COL_PURPOSE, purpose)
            self.table.setCellWidget(row, COL_CHANNEL, channel)
            self.table.setCellWidget(row, COL_DATE, date)
            target.currentIndexChanged.connect(self._changed)
            purpose.currentTextChanged.connect(self._changed)
            channel.currentIndexChanged.connect(self._changed)
            date.currentIndexChanged.connect(self._changed)
        self.table.resizeColumnToContents(COL_NAME)
        self.table.resizeColumnToContents(COL_TARGET)
        self.table.resizeColumnToContents(COL_DATE)
        self._changed()

    # -- reading -------------------------------------------------------------------------------------

    def combo(self, row: int, column: int) -> QComboBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def row_of(self, header: str) -> int:
        return self._headers.index(header)

    def set_target(
        self, header: str, target: Target, purpose: str = "", channel: Channel | None = None
    ) -> None:
        row = self.row_of(header)
        self.combo(row, COL_TARGET).setCurrentIndex(_ORDER.index(target))
        if purpose:
            self.combo(row, COL_PURPOSE).setCurrentText(purpose)
        if channel is not None:
            self.combo(row, COL_CHANNEL).setCurrentIndex(list(Channel).index(channel))

    def set_date_column(self, header: str, date_column: str | None) -> None:
        """The column with the date the consent in `header` was given; None: the general date."""
        combo = self.combo(self.row_of(header), COL_DATE)
        combo.setCurrentIndex(combo.findData(date_column or ""))

    def columns(self) -> dict[str, ColumnRule]:
        result: dict[str, ColumnRule] = {}
        for row, header in enumerate(self._headers):
            target = Target(self.combo(row, COL_TARGET).currentData())
            if target is not Target.CONSENT:
                result[header] = ColumnRule(target)
                continue
            purpose = self.combo(row, COL_PURPOSE).currentText().strip()
            channel = Channel(self.combo(row, COL_CHANNEL).currentData())
            date_column = self.combo(row, COL_DATE).currentData() or None
            old = self._rules.get(header)
            base = old.consent if old is not None and old.consent is not None else ConsentColumn("", channel)
            result[header] = ColumnRule(
                target, replace(base, purpose=purpose, channel=channel, date_column=date_column)
            )
        return result

    def profile(self) -> ImportProfile:
        return replace(self.wiz.state.profile, columns=self.columns())

    def _changed(self) -> None:
        for row in range(len(self._headers)):
            consent = self.combo(row, COL_TARGET).currentData() == Target.CONSENT
            self.combo(row, COL_PURPOSE).setEnabled(consent)
            self.combo(row, COL_CHANNEL).setEnabled(consent)
            self.combo(row, COL_DATE).setEnabled(consent)
        self.problems.setText("\n".join(self.problem_lines()))

    def problem_lines(self) -> list[str]:
        profile = self.profile()
        lines: list[str] = []
        try:
            check_profile(profile)
        except ProfileError as error:
            lines.append(error.message())
        if self._auto is not None:
            still = {t: cs for t, cs in self._auto.ambiguous.items() if not profile.targets(t)}
            lines += AutoMapping(profile, still, []).problems()
        for row in range(len(self._headers)):
            target = self.combo(row, COL_TARGET).currentData()
            if target == Target.CONSENT and not self.combo(row, COL_PURPOSE).currentText().strip():
                lines.append(self.tr("Choose a purpose for the consent column “%1”.").replace(
                    "%1", self._headers[row]))  # fmt: skip
        return lines + self.date_column_problems(profile)

    def date_column_problems(self, profile: ImportProfile) -> list[str]:
        """A consent's date column must hold dates: not be imported as anything but notes or dates."""
        lines = []
        for column, rule in profile.columns.items():
            date_column = rule.consent.date_column if rule.consent is not None else None
            if date_column is None or date_column not in profile.columns:
                continue
            other = profile.columns[date_column].target
            if other not in _DATE_COLUMN_TARGETS:
                text = self.tr("“%1” is imported as “%2”; it cannot also be the date of the consent in “%3”.")
                lines.append(
                    text.replace("%1", date_column).replace("%2", label(other)).replace("%3", column)
                )
        return lines

    def validatePage(self) -> bool:
        profile = self.profile()
        try:
            check_profile(profile)
        except ProfileError as error:
            self.problems.setText(error.message())
            return False
        if not (profile.targets(Target.LAST_NAME) or profile.targets(Target.COMPANY)):
            self.problems.setText(
                self.tr("Assign a column to “Last name” or “Company”: every customer needs one.")
            )
            return False
        if any(r.consent is not None and not r.consent.purpose for r in profile.columns.values()):
            return False
        if self.date_column_problems(profile):
            return False
        self.wiz.state.profile = profile
        return True

    # -- profiles ------------------------------------------------------------------------------------

    def _filter(self) -> str:
        return self.tr("Import profiles (*.json);;All files (*)")

    def choose_profile(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load import profile"), "", self._filter())
        if path:
            self.load_profile(Path(path))

    def load_profile(self, path: Path) -> bool:
        try:
            text = path.read_text(encoding="utf-8")
            profile = parse_profile(text)
        except (OSError, UnicodeDecodeError) as error:
            self.problems.setText(self.tr("The profile could not be read: %1").replace("%1", str(error)))
            return False
        except ProfileError as error:
            self.problems.setText(error.message())
            return False
        self.wiz.state.loaded = profile
        self.wiz.state.profile = replace(profile, columns={})
        missing = [c for c in profile.columns if c not in self._headers]
        rules = {h: profile.columns.get(h, ColumnRule(Target.IGNORE)) for h in self._headers}
        self._auto = None
        self._fill(rules)
        if missing:
            text = self.tr("The profile names columns this sheet does not have: %1")
            self.problems.setText(self.problems.text() + "\n" + text.replace("%1", ", ".join(missing)))
        return True

    def save_profile(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save import profile"), "", self._filter())
        if path:
            self.write_profile(Path(path))

    def write_profile(self, path: Path) -> None:
        state = self.wiz.state
        profile = self.profile()
        if state.shown is not None:
            profile = replace(
                profile, sheet=state.shown.chosen_sheet, header_row=state.shown.header_row_index + 1
            )
        try:
            path.write_text(dump_profile(profile), encoding="utf-8")
        except OSError as error:
            self.problems.setText(self.tr("The profile could not be saved: %1").replace("%1", str(error)))
