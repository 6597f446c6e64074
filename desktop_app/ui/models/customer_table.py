"""Customer list model: holds the ordered ids of the current filter and fetches visible rows by page.

A million ids take a few MB; rows are fetched a page (PAGE) at a time as the view asks for them and
cached, so the table scrolls to the end without loading every customer. The ids themselves arrive in chunks:
reload() counts and reads the first FIRST_IDS ids (a small list entirely), so the first rows show at
once; once a view has fetched those rows, a timer appends ID_CHUNK ids per turn of the event loop from
the same query (one read snapshot) until the list is complete, and the UI stays responsive meanwhile.
"""

from __future__ import annotations

from collections.abc import Generator
from contextlib import ExitStack
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import customer_list
from desktop_app.services.customer_list import CustomerFilter, CustomerRow, SortKey
from desktop_app.ui.context import AppContext
from desktop_app.ui.widgets.worker import Task

# Rows fetched at once as a view asks: a tall screenful (about 40 rows show on a 1080p screen). A
# fetch costs ~40 µs a row on 1M customers (rows spread over the file), so the first page of a
# search shows 4–6 ms sooner than with 200 (bench/customer_search.py); scrolling fetches every 64 rows.
PAGE = 64
# reload() reads this many ids at once: several screens, and all of a small list. Few, because the
# first ids of a search cost in proportion (1M customers: a city's 500 first by name 5 ms, 2,000 20 ms).
FIRST_IDS = 500
# Ids appended per turn of the event loop: a few tens of ms, so painting and typing never wait long.
ID_CHUNK = 10_000
# The rest of the ids start arriving once a view has fetched its first rows (so a chunk never holds
# back the first paint), or this long after reload() when no view asks.
REST_DELAY_MS = 300
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class CustomerTableModel(QAbstractTableModel):
    countChanged = Signal(int)
    # Every id of the current filter is loaded (emitted also when reload() got them all at once).
    idsLoaded = Signal()
    # True while a filter that needs the rules engine over every customer is evaluated off the UI thread.
    checkingChanged = Signal(bool)
    failed = Signal(str)

    COLUMNS: ClassVar[list[tuple[str, str, SortKey | None]]] = [
        ("customer_no", QT_TRANSLATE_NOOP("CustomerTableModel", "No."), SortKey.CUSTOMER_NO),
        ("display_name", QT_TRANSLATE_NOOP("CustomerTableModel", "Name"), SortKey.NAME),
        ("company", QT_TRANSLATE_NOOP("CustomerTableModel", "Company"), SortKey.COMPANY),
        ("email", QT_TRANSLATE_NOOP("CustomerTableModel", "E-mail"), SortKey.EMAIL),
        ("phone", QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"), None),
        ("postcode", QT_TRANSLATE_NOOP("CustomerTableModel", "Postcode"), SortKey.POSTCODE),
        ("city", QT_TRANSLATE_NOOP("CustomerTableModel", "City"), SortKey.CITY),
        ("status", QT_TRANSLATE_NOOP("CustomerTableModel", "Status"), None),
    ]
    STATUS_TEXT: ClassVar[dict[str, str]] = {
        "active": QT_TRANSLATE_NOOP("CustomerTableModel", "active"),
        "restricted": QT_TRANSLATE_NOOP("CustomerTableModel", "restricted"),
        "erased": QT_TRANSLATE_NOOP("CustomerTableModel", "erased"),
    }

    def __init__(
        self, ctx: AppContext, parent: Any = None, first_ids: int = FIRST_IDS, id_chunk: int = ID_CHUNK
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._filter = CustomerFilter()
        self._ids: list[int] = []
        self._rows: dict[int, CustomerRow] = {}
        self._first_ids = first_ids
        self._id_chunk = id_chunk
        self._count = 0
        self._loaded_once = False
        self._rest_waiting = False
        # While ids are still arriving: the open read transaction and the chunks still to come.
        self._loading = ExitStack()
        self._chunks: Generator[list[int], None, None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._load_chunk)
        self._checking: Task | None = None  # the check whose answer will be shown
        self._tasks: set[Task] = set()  # every check still running: a QThread must outlive its run
        self._generation = 0

    # --- loading -----------------------------------------------------------------------------------
    def set_filter(self, flt: CustomerFilter) -> None:
        """Applies the filter (and its sort); before the first reload() it is only remembered.

        A view sorts the model as soon as sorting is enabled and again when its sort column is set;
        loading on each of those would query the whole list three times while the window opens.
        """
        self._filter = flt
        if self._loaded_once:
            self.reload()

    def current_filter(self) -> CustomerFilter:
        return self._filter

    def reload(self) -> None:
        """Count and show the first ids now; the rest follow in chunks from the event loop. A filter on
        "contactable for" decides every customer first (seconds on a large base): that runs on a worker
        thread, the list is empty meanwhile, and checkingChanged tells the page."""
        self.stop_loading()
        self._loaded_once = True
        if self._filter.contactable_for is not None:
            self._check_in_background()
            return
        # A Core connection, not a session: the first page shows before the ORM is loaded.
        connection = self._loading.enter_context(self._ctx.db.read_connection())
        try:
            # Counted in the same read transaction as the ids, so the count matches what arrives.
            self._count = customer_list.count_customers(connection, self._filter)
            self._chunks = customer_list.customer_id_chunks(
                connection, self._filter, self._first_ids, self._id_chunk
            )
            first = next(self._chunks, [])
        except BaseException:
            self.stop_loading()
            raise
        self.beginResetModel()
        self._ids = first
        self._rows = {}
        self.endResetModel()
        self.countChanged.emit(self._count)
        if len(first) < self._first_ids:
            self._finish_loading()
        else:
            self._rest_waiting = True
            self._timer.start(REST_DELAY_MS)

    def _check_in_background(self) -> None:
        flt, db, generation = self._filter, self._ctx.db, self._generation

        def job(_cancel: Any) -> Generator[None, None, list[int]]:
            with db.read_session() as session:
                yield None
                # Every id at once: one evaluation, where counting and then paging would run it twice.
                return customer_list.customer_ids(session, flt)

        self.beginResetModel()
        self._ids, self._rows, self._count = [], {}, 0
        self.endResetModel()
        self.checkingChanged.emit(True)
        holder: list[Task] = []
        task = Task(
            job,
            None,
            on_done=lambda ids: self._checked(holder[0], generation, ids),
            on_error=lambda error: self._check_failed(holder[0], generation, error),
            progress_dialog=False,
        )
        holder.append(task)
        self._tasks.add(task)
        self._checking = task
        task.start()

    def _checked(self, task: Task, generation: int, ids: list[int]) -> None:
        self._tasks.discard(task)
        if generation != self._generation:
            return  # the filter changed meanwhile; a newer check is under way or done
        self._checking = None
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()
        self._count = len(ids)
        self.checkingChanged.emit(False)
        self.countChanged.emit(self._count)
        self.idsLoaded.emit()

    def _check_failed(self, task: Task, generation: int, error: BaseException) -> None:
        self._tasks.discard(task)
        if generation != self._generation:
            return
        self._checking = None
        self.checkingChanged.emit(False)
        if not isinstance(error, UserError):
            raise error
        self.failed.emit(error.message())

    def is_loading(self) -> bool:
        return self._chunks is not None or self._checking is not None

    def wait(self) -> None:
        """Blocks until every background check is done and the current one shown (tests)."""
        for task in list(self._tasks):
            task.wait()

    def stop_loading(self) -> None:
        """Stops appending ids and closes the read transaction; what arrived so far stays. A background
        check still running is left to finish, but its answer is no longer shown."""
        self._generation += 1
        if self._checking is not None:
            self._checking.cancel()
            self._checking = None
            self.checkingChanged.emit(False)
        self._timer.stop()
        self._rest_waiting = False
        if self._chunks is not None:
            self._chunks.close()
            self._chunks = None
        self._loading.close()

    def _load_chunk(self) -> None:
        self._rest_waiting = False
        if self._chunks is None:
            return
        try:
            chunk = next(self._chunks, [])
        except BaseException:
            self.stop_loading()
            raise
        if chunk:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(chunk) - 1)
            self._ids.extend(chunk)
            self.endInsertRows()
        if len(chunk) < self._id_chunk:
            self._finish_loading()
        else:
            self._timer.start(0)

    def _finish_loading(self) -> None:
        self.stop_loading()
        if len(self._ids) != self._count:  # cannot happen within one snapshot; keep the label honest
            self._count = len(self._ids)
            self.countChanged.emit(self._count)
        self.idsLoaded.emit()

    def count(self) -> int:
        """How many customers match the filter (known before all their ids have arrived)."""
        return self._count

    def invalidate(self, customer_ids: set[int] | None = None) -> None:
        """Marks cached rows stale; they are fetched again when next shown."""
        if customer_ids is None:
            self._rows.clear()
        else:
            for cid in customer_ids:
                self._rows.pop(cid, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1))

    def _fetch_page_around(self, row: int) -> None:
        start = (row // PAGE) * PAGE
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
        if not wanted:
            return
        with self._ctx.db.read_connection() as connection:
            self._rows.update(customer_list.rows_by_ids(connection, wanted))

    def row_at(self, row: int) -> CustomerRow | None:
        if not 0 <= row < len(self._ids):
            return None
        cid = self._ids[row]
        if cid not in self._rows:
            self._fetch_page_around(row)
            if self._rest_waiting:  # a view is painting its first rows: the rest can follow now
                self._rest_waiting = False
                self._timer.start(0)
        return self._rows.get(cid)

    def is_cached(self, row: int) -> bool:
        """Whether the row's data has been fetched (i.e. a view has asked for it)."""
        return 0 <= row < len(self._ids) and self._ids[row] in self._rows

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    # --- Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return self.tr(self.COLUMNS[section][1])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self.COLUMNS):
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        field = self.COLUMNS[index.column()][0]
        value = getattr(row, field)
        if field == "status":
            return self.tr(self.STATUS_TEXT.get(str(value), str(value)))
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        key = self.COLUMNS[column][2]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort and descending == self._filter.descending:
            return
        from dataclasses import replace

        self.set_filter(replace(self._filter, sort=key, descending=descending))
