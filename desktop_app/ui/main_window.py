"""The main window: a sidebar of the areas that work, one page each, File and Help menus."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.campaigns import CampaignsPage
from desktop_app.ui.pages.consent_texts import ConsentTextsPage
from desktop_app.ui.pages.customers import CustomersPage
from desktop_app.ui.pages.governance import GovernancePage
from desktop_app.ui.pages.purposes import PurposesPage
from desktop_app.ui.pages.requests import RequestsPage
from desktop_app.ui.pages.sources import SourcesPage


class MainWindow(QMainWindow):
    openDatabaseRequested = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"{APP_NAME}")
        self.resize(1280, 800)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setIconSize(QSize(18, 18))
        self.pages = QStackedWidget(self)
        self.customers_page = CustomersPage(ctx, self)
        self.sources_page = SourcesPage(ctx, self)
        self._add_page(self.tr("Customers"), self.customers_page)
        self._add_page(self.tr("Data sources"), self.sources_page)
        self.purposes_page = PurposesPage(ctx, self)
        self._add_page(self.tr("Purposes"), self.purposes_page)
        self.consent_texts_page = ConsentTextsPage(ctx, self)
        self._add_page(self.tr("Consent texts"), self.consent_texts_page)
        self.requests_page = RequestsPage(ctx, self)
        self._add_page(self.tr("Requests"), self.requests_page)
        self.governance_page = GovernancePage(ctx, self)
        self._add_page(self.tr("Governance"), self.governance_page)
        self.governance_page.openCustomer.connect(self.open_customer)
        self.campaigns_page = CampaignsPage(ctx, self)
        self._add_page(self.tr("Campaigns"), self.campaigns_page)
        self.campaigns_page.openCustomer.connect(self.open_customer)
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.customers_page.openCustomer.connect(self.open_customer)
        self.customers_page.importRequested.connect(self.import_customers)
        self.sidebar.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        location = QLabel(self.tr("Database: %1").replace("%1", ctx.db.display_location()))
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(location)

    def _add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem(title, self.sidebar)

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh) and page is not self.customers_page:
            refresh()

    def open_customer(self, customer_id: int | None) -> None:
        from desktop_app.ui.customer.editor import CustomerEditor

        editor = CustomerEditor(self.ctx, customer_id, self)
        if not editor.exec():
            return
        if customer_id is None:
            self.customers_page.model.reload()
        else:
            self.customers_page.model.invalidate({customer_id})

    def import_customers(self) -> None:
        from desktop_app.ui.importing import ImportWizard

        previous = getattr(self, "import_wizard", None)
        if previous is not None and previous.isVisible():
            previous.raise_()
            return
        wizard = ImportWizard(self.ctx, self)
        wizard.imported.connect(self._imported)
        if previous is not None:
            previous.deleteLater()
        self.import_wizard = wizard
        wizard.open()

    def _imported(self, _batch_id: int) -> None:
        self.customers_page.model.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_database)
        file_menu.addAction(open_action)
        import_action = QAction(self.tr("Import customers…"), self)
        import_action.triggered.connect(self.import_customers)
        file_menu.addAction(import_action)
        # Reports are loaded on first use: the PDF layer is not needed at start-up.
        record_action = QAction(self.tr("Print record of processing activities…"), self)
        record_action.triggered.connect(self.print_processing_record)
        file_menu.addAction(record_action)
        overview_action = QAction(self.tr("Print consent overview…"), self)
        overview_action.triggered.connect(self.print_consent_overview)
        file_menu.addAction(overview_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About ConsentDesk"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def print_processing_record(self) -> None:
        from desktop_app.ui.reports.actions import preview_processing_record

        preview_processing_record(self.ctx, self)

    def print_consent_overview(self) -> None:
        from desktop_app.ui.reports.actions import preview_overview

        preview_overview(self.ctx, self)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            "",
            self.tr("ConsentDesk database (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.openDatabaseRequested.emit(path)

    def about_text(self) -> str:
        return (
            self.tr(
                "<h3>ConsentDesk %1</h3><p>Who may be contacted, for what, over which channel, on which "
                "legal "
                "basis and since when — with the evidence.</p><p><b>Database:</b><br>%2</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.ctx.db.display_location())
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ConsentDesk"), self.about_text())
