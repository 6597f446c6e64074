"""Customers page: search as you type over the whole base, the count, a sortable table."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import CustomerKind, CustomerStatus
from desktop_app.services import customer_list
from desktop_app.services.display import number_text
from desktop_app.ui import labels
from desktop_app.ui.context import AppContext
from desktop_app.ui.customer.merge_menu import MergeSelectionMenu
from desktop_app.ui.models.customer_table import CustomerTableModel
from desktop_app.ui.widgets.tables import read_only_rows

if TYPE_CHECKING:
    from desktop_app.ui.customer.list_export import CustomerExportDialog, CustomerListExport

SEARCH_DELAY_MS = 250


class CustomersPage(QWidget):
    # The customer's id, or None for a new customer; the main window opens the editor.
    openCustomer = Signal(object)
    importRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, purposes_later: bool = False) -> None:
        """With `purposes_later`, the "contactable for" choices (which need the ORM and the seeded
        catalog) are left to fill_purposes(), so that the first page can show before either."""
        super().__init__(parent)
        self.ctx = ctx
        self.model = CustomerTableModel(ctx, self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, company, e-mail, phone, city, customer no."))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All (not erased)"), None)
        self.status_filter.addItem(self.tr("Active"), CustomerStatus.ACTIVE)
        self.status_filter.addItem(self.tr("Restricted"), CustomerStatus.RESTRICTED)
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("Consumers and businesses"), None)
        self.kind_filter.addItem(self.tr("Consumers"), CustomerKind.CONSUMER)
        self.kind_filter.addItem(self.tr("Businesses"), CustomerKind.BUSINESS)
        self.source_filter = QComboBox(self)
        self.tag_filter = QComboBox(self)
        self.contactable_filter = QComboBox(self)
        self.contactable_filter.setToolTip(
            self.tr("Only customers the rules engine lets you contact today for this purpose and channel")
        )
        # Long source or purpose names must not widen the window past a 1280-pixel screen: the boxes
        # shrink to a few characters and their pop-ups show the whole names.
        for box, characters in (
            (self.status_filter, 12),
            (self.kind_filter, 22),
            (self.source_filter, 12),
            (self.tag_filter, 12),
            (self.contactable_filter, 22),
        ):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(characters)
        self._fill_choice_filters()
        self.contactable_filter.addItem(self.tr("Contactable: any"), None)
        if not purposes_later:
            self.fill_purposes()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        read_only_rows(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((90, 180, 150, 220, 125, 60, 130, 80)):
            header.resizeSection(column, width)
        # The e-mail column takes what the window has to spare, so all columns fit at 1280 pixels.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        title = QLabel(self.tr("Customers"), self)
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        self.new_button = QPushButton(self.tr("New customer…"), self)
        top.addWidget(self.new_button)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.clicked.connect(lambda: self.importRequested.emit())
        top.addWidget(self.import_button)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(
            self.tr("Save the list as shown (search, filters, order) as .xlsx or .csv")
        )
        self._exporter: CustomerListExport | None = None  # made on first use: it loads the export code
        self._checking = self._exporting = False  # the export button waits for both
        self.export_button.clicked.connect(self.export_list)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.source_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.contactable_filter)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        for box in (self.kind_filter, self.source_filter, self.tag_filter, self.contactable_filter):
            box.currentIndexChanged.connect(self.apply_filter)
        self.model.countChanged.connect(self._show_count)
        self.model.checkingChanged.connect(self._show_checking)
        self.model.failed.connect(self.count_label.setText)
        self.new_button.clicked.connect(lambda: self.openCustomer.emit(None))
        self.table.doubleClicked.connect(self._open_row)
        self.table.activated.connect(self._open_row)
        # Right-click on two selected rows: merge them.
        self.merge_menu = MergeSelectionMenu(ctx, self.table, self.model.id_at, self.model.reload, self)
        self.model.reload()

    def apply_filter(self) -> None:
        self._timer.stop()
        flt = replace(
            self.model.current_filter(),
            text=self.search.text(),
            status=self.status_filter.currentData(),
            kind=self.kind_filter.currentData(),
            source_id=self.source_filter.currentData(),
            tag_ids=(self.tag_filter.currentData(),) if self.tag_filter.currentData() is not None else (),
            contactable_for=self.contactable_filter.currentData(),
        )
        self.model.set_filter(flt)

    @property
    def exporter(self) -> CustomerListExport:
        if self._exporter is None:
            from desktop_app.ui.customer.list_export import CustomerListExport

            self._exporter = CustomerListExport(self.ctx, self)
            self._exporter.busyChanged.connect(self._show_exporting)
        return self._exporter

    def export_list(self) -> CustomerExportDialog:
        """Asks for columns and file, then exports exactly what the list shows."""
        if self._timer.isActive():  # a search still being typed counts as given
            self.apply_filter()
        return self.exporter.choose(self.model.current_filter(), self.model.count())

    def _fill_choice_filters(self) -> None:
        with self.ctx.db.read_connection() as connection:
            source_names = customer_list.list_source_names(connection)
            tags = customer_list.list_tags(connection)
        self.source_filter.addItem(self.tr("All sources"), None)
        for source_id, name in source_names:
            self.source_filter.addItem(name, source_id)
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag_id, name in tags:
            self.tag_filter.addItem(name, tag_id)

    def fill_purposes(self) -> None:
        """The "contactable for purpose · channel" choices, once (see __init__)."""
        if self.contactable_filter.count() > 1:
            return
        from desktop_app.services import catalog

        with self.ctx.db.read_session() as session:
            purposes = catalog.list_purposes(session)
        for purpose in purposes:
            for channel, policy in purpose.policy.channels.items():
                if policy.enabled:
                    text = self.tr("Contactable for %1 · %2").replace("%1", purpose.name(self.ctx.language))
                    text = text.replace("%2", labels.label(labels.CHANNELS, channel))
                    self.contactable_filter.addItem(text, (purpose.id, channel.value))

    def _open_row(self, index) -> None:  # type: ignore[no-untyped-def]
        customer_id = self.model.id_at(index.row())
        if customer_id is not None:
            self.openCustomer.emit(customer_id)

    def _show_checking(self, checking: bool) -> None:
        # Exporting needs the list it exports: not while it is still being found.
        self._checking = checking
        self._enable_export()
        if checking:
            self.count_label.setText(self.tr("Checking who may be contacted…"))

    def _show_exporting(self, busy: bool) -> None:
        self._exporting = busy
        self._enable_export()

    def _enable_export(self) -> None:
        self.export_button.setEnabled(not self._checking and not self._exporting)

    def _show_count(self, count: int) -> None:
        text = self.tr("%n customer(s)", "", count)
        self.count_label.setText(text.replace(str(count), number_text(count, self.ctx.language), 1))
