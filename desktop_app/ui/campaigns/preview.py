"""The preview of a campaign: how many may be contacted, why the others may not, and who they are.

Counting runs on a worker thread (a second on a million customers); a newer request makes an older
answer stale, so quick edits never show numbers for a segment that is no longer on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Channel
from desktop_app.domain.reasons import ReasonCode, Severity, reason
from desktop_app.domain.rules import Decision
from desktop_app.errors import UserError
from desktop_app.services import campaigns
from desktop_app.services.campaign_segment import Segment
from desktop_app.services.campaigns import Preview
from desktop_app.services.customer_list import CustomerRow
from desktop_app.services.display import number_text
from desktop_app.services.reason_snapshot import SnapshotCache
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.tables import read_only_rows
from desktop_app.ui.widgets.worker import Task

PAGE = 200
CACHED_PREVIEWS = 20


@dataclass(frozen=True)
class PreviewParams:
    purpose_id: int
    channel: Channel
    on: dt.date
    segment: Segment


class PreviewPanel(QWidget):
    """Big number of contactable customers, the basis they rest on, and the excluded by reason."""

    reasonChosen = Signal(object)  # ReasonCode
    previewReady = Signal(object)  # Preview

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.params: PreviewParams | None = None
        self.preview: Preview | None = None
        self.tasks: set[Task] = set()
        # Every customer's decision for the purpose, channel and date on screen: editing the segment
        # or listing the customers behind a reason then needs no new evaluation (services.reason_snapshot).
        self.snapshots = SnapshotCache()
        # Counting a million customers takes seconds: going back to a campaign shows its numbers at
        # once unless anything was recorded since (every change appends to the audit chain).
        self._cache: dict[Any, Preview] = {}
        self._generation = 0
        self.as_of = QDateEdit(QDate.currentDate(), self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        self.contactable = QLabel("–", self)
        font = QFont(self.contactable.font())
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setBold(True)
        self.contactable.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        self.reasons = QTableWidget(0, 2, self)
        self.reasons.setHorizontalHeaderLabels([self.tr("Customers"), self.tr("Not contactable because")])
        read_only_rows(self.reasons, stretch=1)
        self.reasons.setWordWrap(True)
        self.reasons.setToolTip(self.tr("Click a reason to see the customers behind it."))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Contactable as of"), self))
        top.addWidget(self.as_of)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.contactable)
        layout.addWidget(self.summary)
        layout.addWidget(self.reasons, 1)
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.reasons.cellClicked.connect(self._clicked)

    def on(self) -> dt.date:
        date = self.as_of.date()
        return dt.date(date.year(), date.month(), date.day())

    def show_for(self, purpose_id: int, channel: Channel, segment: Segment) -> None:
        self.params = PreviewParams(purpose_id, channel, self.on(), segment)
        self.refresh()

    def clear(self) -> None:
        self._generation += 1
        self.params = self.preview = None
        self.contactable.setText("–")
        self.summary.setText(
            self.tr("Choose a campaign above, or create one with “New campaign…”, to see whom it may reach.")
        )
        self.reasons.setRowCount(0)

    def refresh(self) -> None:
        if self.params is None:
            return
        params = self.params = PreviewParams(
            self.params.purpose_id, self.params.channel, self.on(), self.params.segment
        )
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Counting…"))
        db = self.ctx.db

        cache, snapshots = self._cache, self.snapshots

        def job(_cancel: Any) -> Generator[None, None, tuple[Any, Preview]]:
            with db.read_session() as session:
                yield None
                version = campaigns.data_version(session)
                key = (params, version)
                known = cache.get(key)  # read only here; the UI thread writes it
                if known is not None:
                    return key, known
                snapshot = snapshots.get(session, params.purpose_id, params.channel, params.on, version)
                return key, Preview.of(snapshot.counts(session, params.segment))

        holder: list[Task] = []
        task = Task(
            job,
            self,
            on_done=lambda answer: self._show(holder[0], generation, *answer),
            on_error=lambda error: self._failed(holder[0], error),
            progress_dialog=False,
            busy_cursor=False,
        )
        holder.append(task)
        self.tasks.add(task)
        task.start()

    def _show(self, task: Task, generation: int, key: Any, preview: Preview) -> None:
        self.tasks.discard(task)
        preview = self._cache.setdefault(key, preview)  # two answers to one question: show one
        while len(self._cache) > CACHED_PREVIEWS:
            self._cache.pop(next(iter(self._cache)))
        if generation != self._generation:
            return  # a newer request is under way
        self.preview = preview
        lang = self.ctx.language
        contactable, total = (
            number_text(preview.contactable, lang),
            number_text(preview.total_in_segment, lang),
        )
        self.contactable.setText(self.tr("%1 contactable").replace("%1", contactable))
        lines = [self.tr("of %1 customers in the segment").replace("%1", total)]
        lines += [f"{number_text(n, lang)} · {reason(c).text(lang)}" for c, n in preview.by_basis.items()]
        self.summary.setText("\n".join(lines))
        self.reasons.setRowCount(len(preview.excluded))
        for row, (code, n) in enumerate(preview.excluded.items()):
            count = QTableWidgetItem(number_text(n, lang))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setData(Qt.ItemDataRole.UserRole, code.value)
            text = QTableWidgetItem(reason(code).text(lang))
            text.setData(Qt.ItemDataRole.UserRole, code.value)
            self.reasons.setItem(row, 0, count)
            self.reasons.setItem(row, 1, text)
        self.reasons.resizeRowsToContents()
        self.previewReady.emit(preview)

    def _failed(self, task: Task, error: BaseException) -> None:
        self.tasks.discard(task)
        if isinstance(error, UserError):
            self.summary.setText(error.message())
            return
        raise error

    def _clicked(self, row: int, _column: int) -> None:
        item = self.reasons.item(row, 0)
        if item is not None:
            self.reasonChosen.emit(ReasonCode(item.data(Qt.ItemDataRole.UserRole)))

    def wait(self) -> None:
        for task in list(self.tasks):
            task.wait()


class ReasonCustomersDialog(QDialog):
    """The customers behind one exclusion reason, 200 at a time; double-click for the full trace."""

    openCustomer = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        params: PreviewParams,
        code: ReasonCode,
        snapshots: SnapshotCache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.params = params
        self.snapshots = snapshots
        self.code = code
        self.rows: list[CustomerRow] = []
        self.setWindowTitle(self.tr("Not contactable"))
        self.resize(860, 520)
        heading = QLabel(reason(code).text(ctx.language), self)
        heading.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Customer no."), self.tr("Name"), self.tr("E-mail"), self.tr("Phone"), self.tr("City")]
        )
        read_only_rows(self.table, stretch=1)
        self.more = QPushButton(self.tr("Show more"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Double-click a customer to see every reason the rules engine gives."), self)
        hint.setObjectName("hint")
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.buttons)
        self.more.clicked.connect(self.load_more)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.explain(row))
        self.why: WhyDialog | None = None
        self.task: Task | None = None
        self.load_more()

    def load_more(self) -> None:
        """On the worker: the first page can mean evaluating the whole population (unless the preview
        has just done so for the same data), the pages after it read the same snapshot."""
        p, offset, db, snapshots = self.params, len(self.rows), self.ctx.db, self.snapshots
        self.more.setEnabled(False)

        def job(_cancel: Any) -> Generator[None, None, list[CustomerRow]]:
            with db.read_session() as session:
                yield None
                snapshot = snapshots.get(session, p.purpose_id, p.channel, p.on)
                return snapshot.customers_with(session, p.segment, self.code, PAGE, offset)

        self.task = Task(job, self, on_done=self._add_rows, on_error=self._failed, progress_dialog=False)
        self.task.start()

    def _add_rows(self, found: list[CustomerRow]) -> None:
        self.task = None
        start = len(self.rows)
        self.rows += found
        self.table.setRowCount(len(self.rows))
        for row, c in enumerate(found, start):
            for column, text in enumerate((c.customer_no, c.display_name, c.email, c.phone, c.city)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.more.setEnabled(len(found) == PAGE)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        if not isinstance(error, UserError):
            raise error
        self.table.setRowCount(0)
        self.more.setText(error.message())

    def wait(self) -> None:
        if self.task is not None:
            self.task.wait()

    def explain(self, row: int) -> WhyDialog:
        customer = self.rows[row]
        self.why = WhyDialog(self.ctx, self.params, customer.id, customer.display_name, self)
        self.why.openCustomer.connect(self.openCustomer.emit)
        self.why.open()
        return self.why


class WhyDialog(QDialog):
    """The rules engine's full "why / why not" for one customer, each reason with its norm."""

    openCustomer = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        params: PreviewParams,
        customer_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("Why / why not: %1").replace("%1", name))
        self.resize(720, 360)
        with ctx.db.read_session() as session:
            self.decision: Decision = campaigns.explain_customer(
                session, customer_id, params.purpose_id, params.channel, params.on
            )
        verdict = QLabel(
            self.tr("May be contacted.") if self.decision.contactable else self.tr("May not be contacted."),
            self,
        )
        font = QFont(verdict.font())
        font.setBold(True)
        verdict.setFont(font)
        self.reasons = QTableWidget(len(self.decision.reasons), 2, self)
        self.reasons.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Reason")])
        read_only_rows(self.reasons, stretch=1)
        self.reasons.setWordWrap(True)
        kinds = {
            Severity.OK: self.tr("basis"),
            Severity.BLOCK: self.tr("blocks"),
            Severity.WARN: self.tr("warning"),
            Severity.INFO: self.tr("note"),
        }
        for row, item in enumerate(self.decision.reasons):
            self.reasons.setItem(row, 0, QTableWidgetItem(kinds[item.severity]))
            self.reasons.setItem(row, 1, QTableWidgetItem(item.text(ctx.language)))
        self.reasons.resizeRowsToContents()
        version = QLabel(self.tr("Rules version %1").replace("%1", self.decision.rules_version), self)
        version.setObjectName("hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self.buttons.addButton(
            self.tr("Open customer…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(lambda: self.openCustomer.emit(self.customer_id))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(verdict)
        layout.addWidget(self.reasons, 1)
        layout.addWidget(version)
        layout.addWidget(self.buttons)
