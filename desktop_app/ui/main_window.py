"""The main window: a sidebar of the areas that work, one page each, File and Help menus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
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
from desktop_app.ui.pages.customers import CustomersPage


class _FirstPage(QObject):
    """Calls `shown` once: right after `view` has painted while `ready()` holds (its first rows are on
    screen), or `LATEST_MS` after it was first shown if that never happens (e.g. a minimized window),
    so the rest of the start always runs."""

    LATEST_MS = 3000

    def __init__(self, view: QWidget, ready: Callable[[], bool], shown: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._ready = ready
        self._shown: Callable[[], None] | None = shown
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            QTimer.singleShot(self.LATEST_MS, self, self._call)
        elif kind == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._after_paint)  # the filter sees the event before the paint
        return False

    def _after_paint(self) -> None:
        if self._ready():
            self._call()

    def _call(self) -> None:
        shown, self._shown = self._shown, None
        if shown is not None:
            self._view.removeEventFilter(self)
            shown()


class MainWindow(QMainWindow):
    openDatabaseRequested = Signal(str)
    # Once, when the customer list has painted its first page (the start's visible end).
    firstPageShown = Signal()

    def __init__(self, ctx: AppContext, first_page_first: bool = False) -> None:
        """With `first_page_first` (the app's start), the customer list shows before the database's
        default catalog is checked and the ORM is loaded: call finish_start() once it is shown."""
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"{APP_NAME}")
        self.resize(1280, 800)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setIconSize(QSize(18, 18))
        self.pages = QStackedWidget(self)
        self.customers_page = CustomersPage(ctx, self, purposes_later=first_page_first)
        self.customers_page.openCustomer.connect(self.open_customer)
        self.customers_page.importRequested.connect(self.import_customers)
        model = self.customers_page.model
        _FirstPage(
            self.customers_page.table.viewport(),
            lambda: model.rowCount() == 0 or model.is_cached(0),
            self.firstPageShown.emit,
        )
        self._add_page(self.tr("Customers"), self.customers_page)
        # Every other page counts or lists over the whole base when built: on a large database that would
        # hold up the start by many seconds. Each is built (and its module imported) when first shown.
        self._factories: dict[int, Callable[[], QWidget]] = {}
        self._add_lazy(self.tr("Data sources"), "sources_page", self._sources_page)
        self._add_lazy(self.tr("Purposes"), "purposes_page", self._purposes_page)
        self._add_lazy(self.tr("Consent texts"), "consent_texts_page", self._consent_texts_page)
        self._add_lazy(self.tr("Requests"), "requests_page", self._requests_page)
        self._add_lazy(self.tr("Governance"), "governance_page", self._governance_page)
        self._add_lazy(self.tr("Campaigns"), "campaigns_page", self._campaigns_page)
        self.sidebar.currentRowChanged.connect(self._show_page)
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

    def finish_start(self) -> bool:
        """The rest of the start (see __init__): the default catalog on a new database, then the
        purposes the list can be filtered by. False, after telling the user, if that failed."""
        from desktop_app.errors import UserError
        from desktop_app.services.bootstrap import seed_database

        try:
            seed_database(self.ctx.db)
        except UserError as error:
            # As when the database cannot be opened at all: the message, and no window to work in.
            QMessageBox.critical(self, APP_NAME, error.message())
            self.close()
            return False
        self.customers_page.fill_purposes()
        return True

    def _add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem(title, self.sidebar)

    def _add_lazy(self, title: str, attribute: str, build: Callable[[], QWidget]) -> None:
        def made() -> QWidget:
            page = build()
            setattr(self, attribute, page)
            return page

        self._factories[self.pages.count()] = made
        self._add_page(title, QWidget(self))

    def _sources_page(self) -> QWidget:
        from desktop_app.ui.pages.sources import SourcesPage

        return SourcesPage(self.ctx, self)

    def _purposes_page(self) -> QWidget:
        from desktop_app.ui.pages.purposes import PurposesPage

        return PurposesPage(self.ctx, self)

    def _consent_texts_page(self) -> QWidget:
        from desktop_app.ui.pages.consent_texts import ConsentTextsPage

        return ConsentTextsPage(self.ctx, self)

    def _requests_page(self) -> QWidget:
        from desktop_app.ui.pages.requests import RequestsPage

        return RequestsPage(self.ctx, self)

    def _governance_page(self) -> QWidget:
        from desktop_app.ui.pages.governance import GovernancePage

        page = GovernancePage(self.ctx, self)
        page.openCustomer.connect(self.open_customer)
        return page

    def _campaigns_page(self) -> QWidget:
        from desktop_app.ui.pages.campaigns import CampaignsPage

        page = CampaignsPage(self.ctx, self)
        page.openCustomer.connect(self.open_customer)
        return page

    def page_at(self, row: int) -> QWidget:
        """The page of a sidebar row, built now if it has not been shown yet."""
        build = self._factories.pop(row, None)
        placeholder = self.pages.widget(row)
        assert placeholder is not None, row
        if build is None:
            return placeholder
        page = build()
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        return page

    def _show_page(self, row: int) -> None:
        fresh = row in self._factories
        page = self.page_at(row)
        self.pages.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        # A page just built has loaded its data; others may show stale numbers since they were last seen.
        if callable(refresh) and page is not self.customers_page and not fresh:
            refresh()

    def open_customer(self, customer_id: int | None) -> None:
        from desktop_app.ui.customer.editor import CustomerEditor

        editor = CustomerEditor(self.ctx, customer_id, self)
        if not editor.exec():
            return
        if customer_id is None or editor.merged:  # a merge closes a record: it leaves the list
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

    def show_import_history(self) -> None:
        from desktop_app.ui.importing.history import ImportHistoryDialog

        self.import_history = ImportHistoryDialog(self.ctx, self)
        self.import_history.undone.connect(self._imported)
        self.import_history.open()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_database)
        file_menu.addAction(open_action)
        import_action = QAction(self.tr("Import customers…"), self)
        import_action.triggered.connect(self.import_customers)
        file_menu.addAction(import_action)
        history_action = QAction(self.tr("Import history…"), self)
        history_action.triggered.connect(self.show_import_history)
        file_menu.addAction(history_action)
        # Reports are loaded on first use: the PDF layer is not needed at start-up.
        record_action = QAction(self.tr("Print record of processing activities…"), self)
        record_action.triggered.connect(self.print_processing_record)
        file_menu.addAction(record_action)
        overview_action = QAction(self.tr("Print consent overview…"), self)
        overview_action.triggered.connect(self.print_consent_overview)
        file_menu.addAction(overview_action)
        file_menu.addSeparator()
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(settings_action)
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

    def show_settings(self) -> None:
        from desktop_app.ui.dialogs.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.ctx, self)
        self.settings_dialog.open()

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
