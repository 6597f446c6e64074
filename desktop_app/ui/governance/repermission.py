"""Whom to ask again for consent, over which channel; export the mail-merge list, print the form.

The list and the export are services.repermission's; this window shows them. A small office writes the
letters with its word processor's mail merge from the exported list and encloses the consent form of
the purpose (the same for everyone, signed by hand), printed from here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.i18n import tr
from desktop_app.services import catalog, consent_texts, repermission
from desktop_app.services.repermission import RepermissionList
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.tables import read_only_rows
from desktop_app.ui.widgets.worker import Task
from desktop_app.vocabulary import CHANNELS, LEGAL_BASES

SHOW_LIMIT = 2000
_LABELS = "Labels"


class RepermissionDialog(QDialog):
    workDone = Signal(object)  # the list shown, an export's result, or the UserError met

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: RepermissionList | None = None
        self.tasks: list[Task] = []
        self.generation = 0
        self.last_message = ""
        self.setWindowTitle(self.tr("Ask for consent again"))
        self.resize(1000, 600)
        intro = QLabel(
            self.tr(
                "Customers whose consent is stale or expired, or runs out soon. Asking for consent is "
                "advertising itself, so each is asked only over a channel the rules allow today: the "
                "channel of the consent while it is still valid, otherwise post."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.purpose = QComboBox(self)
        self.purpose.addItem(self.tr("All purposes"), None)
        with ctx.db.read_session() as session:
            for p in catalog.list_purposes(session):
                self.purpose.addItem(p.name(ctx.language), p.id)
        self.within = QSpinBox(self)
        self.within.setRange(0, repermission.MAX_WITHIN_DAYS)
        self.within.setValue(30)
        self.within.setSuffix(self.tr(" days"))
        self.purpose.setMinimumWidth(280)
        form = QFormLayout()
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Running out within"), self.within)
        choices = QHBoxLayout()
        choices.addLayout(form)
        choices.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Name"),
                self.tr("Purpose"),
                self.tr("Consent running out for"),
                self.tr("Runs out on"),
                self.tr("Ask via"),
                self.tr("Allowed because of"),
            ]
        )
        read_only_rows(self.table, stretch=1)
        self.export_button = QPushButton(self.tr("Export mail-merge list…"), self)
        self.form_button = QPushButton(self.tr("Print consent form…"), self)
        self.form_button.setToolTip(
            self.tr("The purpose's current consent form, to enclose with each letter (choose a purpose).")
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.form_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.purpose.currentIndexChanged.connect(self.refresh)
        self.within.valueChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.choose_export)
        self.form_button.clicked.connect(self.print_form)
        self.refresh()

    def refresh(self) -> Task:
        """Builds the list on the worker: on a large base it takes a while (every candidate is evaluated
        for each channel); a newer request makes the answer of an older one be ignored."""
        db, today = self.ctx.db, dt.date.today()
        purpose_id, within = self.purpose.currentData(), self.within.value()
        self.generation += 1
        generation = self.generation

        def job(_cancel: Any) -> Generator[None, None, RepermissionList]:
            yield None
            with db.read_session() as session:
                return repermission.build_list(session, today, purpose_id, within)

        self.summary.setText(self.tr("Looking for stale and expiring consents…"))
        self.export_button.setEnabled(False)
        task = Task(
            job, self, on_done=lambda found: self._show_list(generation, found),
            on_error=self._failed, progress_dialog=False,
        )  # fmt: skip
        self.tasks.append(task)
        task.start()
        return task

    def _show_list(self, generation: int, found: RepermissionList) -> None:
        if generation != self.generation:
            return
        self.found = found
        self.summary.setText(
            self.tr("%n customer(s) to ask again", "", len(found.askable))
            + "  ·  "
            + self.tr(
                "%n cannot be asked: no channel is allowed (e.g. after an objection)", "", found.not_askable
            )
        )
        lang = self.ctx.language
        rows = found.rows[:SHOW_LIMIT]
        self.table.setRowCount(len(rows))
        grey = QBrush(QColor("#8a8a8a"))
        for index, row in enumerate(rows):
            cells = (
                row.person.customer_no,
                row.person.display_name,
                row.purpose(lang),
                ", ".join(tr(_LABELS, CHANNELS[c]) for c in row.channels),
                row.due_on.strftime("%d.%m.%Y") if row.due_on != dt.date.max else "",
                tr(_LABELS, CHANNELS[row.ask_via]) if row.ask_via else self.tr("cannot be asked"),
                tr(_LABELS, LEGAL_BASES[row.basis]) if row.basis else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.ask_via is None:
                    item.setForeground(grey)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.export_button.setEnabled(bool(found.askable))
        self.form_button.setEnabled(self.purpose.currentData() is not None)
        self.workDone.emit(found)

    def choose_export(self) -> None:
        stem = self.tr("re-permission")
        suggested = str(Path.home() / f"{stem}-{dt.date.today():%Y-%m-%d}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export mail-merge list"), suggested, self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> Task:
        """Writes the list (built again, as of now) on the worker; the result shows below the table."""
        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.language
        purpose_id, within = self.purpose.currentData(), self.within.value()

        def job(_cancel: Any) -> Generator[None, None, repermission.ExportResult]:
            yield None
            return repermission.export_list(db, actor, path, dt.date.today(), purpose_id, within, lang)

        task = Task(
            job, self, self.tr("Writing the mail-merge list…"), on_done=self._exported, on_error=self._failed
        )
        self.tasks.append(task)
        task.start()
        return task

    def _exported(self, result: repermission.ExportResult) -> None:
        self._say(
            self.tr("%1 customers written to %2 (those without an allowed channel are not in it).")
            .replace("%1", str(result.rows))
            .replace("%2", str(result.path))
        )
        self.workDone.emit(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._say(error.message())
            self.workDone.emit(error)
            return
        raise error

    def wait(self) -> None:
        """Blocks until the work started so far is done and shown (tests)."""
        for task in list(self.tasks):
            task.wait()
        self.tasks = [t for t in self.tasks if t.running]

    def print_form(self) -> None:
        purpose_id = self.purpose.currentData()
        if purpose_id is None:
            return
        with self.ctx.db.read_session() as session:
            text = consent_texts.current_version(session, purpose_id, self.ctx.language, dt.date.today())
        if text is None:
            self._say(
                self.tr(
                    "This purpose has no consent text in this language yet: add one on the Consent texts "
                    "page."
                )
            )
            return
        from desktop_app.ui.reports.actions import preview_consent_form

        preview_consent_form(self.ctx, text.id, self)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.setText(text)
        self.message.show()
