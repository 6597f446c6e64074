"""Merge two records of one person: both side by side with a choice per field, what moves, then confirm.

The work is done by services.merge; this dialog only collects the choices and shows its preview.
"""

from __future__ import annotations

from html import escape as _escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.i18n import tr
from desktop_app.services import customer_list, customers, merge
from desktop_app.services.customer_list import CustomerFilter, CustomerRow
from desktop_app.services.merge import MergePreview, Outcome, Side
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.forms import error_label

_MERGE = "Merge"  # context of the field names and remarks in services.merge
SEARCH_LIMIT = 30


class MergeDialog(QDialog):
    def __init__(
        self, ctx: AppContext, keep_id: int, other_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.keep_id = keep_id
        self.preview: MergePreview | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Merge customers"))
        self.setMinimumSize(980, 700)
        intro = QLabel(
            self.tr(
                "Two records of the same person become one. The kept record takes over every consent with "
                "its history, objections, requests and campaign uses of the other; the other record "
                "is closed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find the other record: name, customer no., e-mail, phone"))
        self.search.setClearButtonEnabled(True)
        self.candidates = QComboBox(self)
        self.candidates.setMinimumWidth(420)
        self.swap_button = QPushButton(self.tr("Swap: keep the other record"), self)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Merge with:"), self))
        pick.addWidget(self.search, 1)
        pick.addWidget(self.candidates, 1)
        pick.addWidget(self.swap_button)

        self.fields_box = QGroupBox(self.tr("Which value to keep"), self)
        self.grid = QGridLayout(self.fields_box)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.fields_box)
        body_layout.addWidget(self.summary)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.confirm = QCheckBox(self.tr("Both records belong to the same person. Merge them."), self)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(pick)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(self._timer.start)
        self.candidates.currentIndexChanged.connect(self._other_changed)
        self.swap_button.clicked.connect(self.swap)
        self.confirm.toggled.connect(self._update_button)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        self._fill_candidates(self._first_candidates(other_id))

    # --- choosing the other record ---------------------------------------------------------------
    def _first_candidates(self, other_id: int | None) -> list[CustomerRow]:
        with self.ctx.db.read_session() as session:
            if other_id is not None:
                return list(customer_list.rows_by_ids(session, [other_id]).values())
            keep = customers.get_customer(session, self.keep_id)
            return customers.find_duplicates(
                session, keep.email, keep.phone, keep.id, mobile=keep.mobile, country=keep.country
            )

    def _find(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        if not text:
            return
        with self.ctx.db.read_session() as session:
            ids = customer_list.customer_ids(session, CustomerFilter(text=text), limit=SEARCH_LIMIT + 1)
            rows = customer_list.rows_in_order(session, [i for i in ids if i != self.keep_id])
        self._fill_candidates(rows[:SEARCH_LIMIT])

    def _fill_candidates(self, rows: list[CustomerRow]) -> None:
        self.candidates.blockSignals(True)
        self.candidates.clear()
        if not rows:
            self.candidates.addItem(self.tr("No other record found"), None)
        for row in rows:
            place = " ".join(p for p in (row.postcode, row.city) if p)
            details = " · ".join(p for p in (row.email, row.phone, place) if p)
            self.candidates.addItem(f"{row.customer_no} {row.display_name} — {details}", row.id)
        self.candidates.blockSignals(False)
        self._other_changed()

    def other_id(self) -> int | None:
        value = self.candidates.currentData()
        return int(value) if value is not None else None

    def _other_changed(self) -> None:
        self.groups.clear()
        self.refresh()

    def swap(self) -> None:
        other = self.other_id()
        if other is None:
            return
        keep = self.keep_id
        self.keep_id = other
        with self.ctx.db.read_session() as session:
            rows = customer_list.rows_by_ids(session, [keep])
        self._fill_candidates(list(rows.values()))

    # --- the preview -----------------------------------------------------------------------------
    def choices(self) -> dict[str, Side]:
        return {
            key: Side.OTHER if group.checkedId() == 1 else Side.KEEP for key, group in self.groups.items()
        }

    def refresh(self) -> None:
        """Plans the merge for the chosen pair and rebuilds the field rows with their defaults."""
        self._plan()
        self._show_fields()

    def _plan(self) -> None:
        other = self.other_id()
        self.preview = None
        if other is not None:
            try:
                with self.ctx.db.read_session() as session:
                    self.preview = merge.preview_merge(session, self.keep_id, other, self.choices())
            except UserError as error:
                self._show_error(error.message())
            else:
                self.error.hide()
                if self.preview.problem:  # e.g. a business chosen without its company name
                    self._show_error(self.preview.problem)
        self._show_summary()
        self._update_button()

    def _show_fields(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for old in self.groups.values():
            old.deleteLater()
        self.groups = {}
        preview = self.preview
        if preview is None:
            return
        keep_title = self.tr("Keep: %1").replace(
            "%1", f"{preview.keep.customer_no} {preview.keep.display_name}"
        )
        other_title = self.tr("Merge in: %1").replace(
            "%1", f"{preview.other.customer_no} {preview.other.display_name}"
        )
        for column, text in enumerate(("", keep_title, other_title)):
            self.grid.addWidget(QLabel(f"<b>{_escape(text)}</b>", self.fields_box), 0, column)
        for row, choice in enumerate(preview.fields, start=1):
            self.grid.addWidget(QLabel(tr(_MERGE, choice.label), self.fields_box), row, 0)
            group = QButtonGroup(self.fields_box)
            for side_id, text in ((0, choice.keep_text), (1, choice.other_text)):
                # The §7(3) details are several facts: one per line keeps both columns readable.
                shown = text.replace(", ", "\n") if choice.key == "existing" else text
                radio = QRadioButton(shown or "—", self.fields_box)
                radio.setObjectName(f"{choice.key}_{'keep' if side_id == 0 else 'other'}")
                radio.setEnabled(choice.differs)
                radio.setChecked((choice.chosen is Side.OTHER) == (side_id == 1))
                group.addButton(radio, side_id)
                self.grid.addWidget(radio, row, 1 + side_id)
            group.idToggled.connect(self._choice_toggled)
            self.groups[choice.key] = group

    def _choice_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._plan()  # the remarks depend on the choices (e.g. an e-mail address from the other record)

    def _show_summary(self) -> None:
        preview = self.preview
        if preview is None:
            self.summary.clear()
            return
        counts = (
            (
                self.tr("%n consent event(s) with their evidence", "", preview.consent_events),
                preview.consent_events,
            ),
            (
                self.tr(
                    "%n objection(s), refusal(s) or other do-not-contact entries", "", preview.suppressions
                ),
                preview.suppressions,
            ),
            (
                self.tr("%n other history entries (restriction, objection, …)", "", preview.customer_events),
                preview.customer_events,
            ),
            (self.tr("%n data-subject request(s)", "", preview.requests), preview.requests),
            (self.tr("%n campaign-export row(s)", "", preview.export_rows), preview.export_rows),
        )
        moves = [text for text, count in counts if count]
        if preview.tags_added:
            moves.append(self.tr("Tags: %1").replace("%1", ", ".join(preview.tags_added)))
        if not moves:
            moves.append(self.tr("No history: the other record holds contact data only"))
        moves_title = self.tr("Moves to the kept record")
        parts = [f"<b>{_escape(moves_title)}</b>", _list(moves)]
        if preview.consents:
            consents_title = self.tr("Consents of the other record")
            lines = [self._consent_line(p) for p in preview.consents]
            parts += [f"<b>{_escape(consents_title)}</b>", _list(lines)]
        notices = [n.message() for n in preview.notices]
        notices.append(
            self.tr(
                "The other record (%1) is closed: it no longer appears in lists, exports or campaigns."
            ).replace("%1", preview.other.customer_no)
        )
        note_title = self.tr("Please note")
        parts += [f"<b>{_escape(note_title)}</b>", _list(notices)]
        self.summary.setText("".join(parts))

    def _consent_line(self, plan: merge.ConsentPlan) -> str:
        what = f"{plan.purpose_name(self.ctx.language)} · {labels.label(labels.CHANNELS, plan.channel)}"
        theirs = tr(_MERGE, merge.STATUS_WORDS[plan.other_status])
        if plan.outcome is Outcome.MOVED:
            text = self.tr("%1 (%2): moves with its history")
        elif plan.outcome is Outcome.KEPT:
            text = self.tr("%1 (%2): the kept record's consent (%3) stays, this history is attached")
        else:
            text = self.tr("%1 (%2 here, %3 on the kept record): the no wins, the consent ends up withdrawn")
        mine = tr(_MERGE, merge.STATUS_WORDS[plan.keep_status]) if plan.keep_status else ""
        return text.replace("%1", what).replace("%2", theirs).replace("%3", mine)

    def _update_button(self) -> None:
        ready = self.preview is not None and not self.preview.problem
        self.merge_button.setEnabled(ready and self.confirm.isChecked())
        self.swap_button.setEnabled(self.preview is not None)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- merging ---------------------------------------------------------------------------------
    def merge(self) -> None:
        preview = self.preview
        if preview is None or not self.confirm.isChecked():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.ctx.db.session() as session:
                merge.merge_customers(
                    session,
                    self.ctx.actor,
                    preview.keep.id,
                    preview.other.id,
                    self.choices(),
                    keep_version=preview.keep.version,
                    other_version=preview.other.version,
                )
        except UserError as error:
            self._show_error(error.message())
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_escape(i)}</li>" for i in items) + "</ul>"
