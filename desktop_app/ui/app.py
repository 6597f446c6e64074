"""GUI start-up: language, database (with a clear message if it cannot be opened), main window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, i18n
from desktop_app.errors import UserError
from desktop_app.preferences import stored_language
from desktop_app.ui.context import AppContext
from desktop_app.ui.style import apply_style

# bench/startup.py sets this to 1: print FIRST_PAGE_MARKER once the customer table shows rows, then quit.
BENCH_EXIT_ENV = "CONSENTDESK_BENCH_EXIT_AFTER_FIRST_PAGE"
FIRST_PAGE_MARKER = "CONSENTDESK_FIRST_PAGE"


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="consentdesk", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=["de", "en"])
    return parser.parse_args(list(argv))


def chosen_language(args: argparse.Namespace) -> str | None:
    """--lang, else the choice made in File > Settings, else None (the system language)."""
    return args.lang or stored_language()


def open_context(url: str | None, language: str) -> AppContext:
    from desktop_app.services.bootstrap import current_actor, open_database

    notices = []

    def announce() -> None:  # only for an upgrade: the notice's code is not loaded otherwise
        from desktop_app.ui.upgrade_notice import UpgradeNotice

        notices.append(UpgradeNotice())
        notices[0].show()

    try:
        # The catalog is seeded by the window once its first page shows (MainWindow.finish_start).
        db = open_database(url, on_upgrade=announce, with_catalog=False)
    finally:
        for notice in notices:
            notice.close()
    return AppContext(db=db, actor=current_actor(), language=language)


def create_main_window(ctx: AppContext, on_first_page: Callable[[], None] | None = None):  # type: ignore[no-untyped-def]
    """The window, showing its first page of customers before the rest of the start (finish_start);
    `on_first_page` is called when that page has painted, before the rest."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx, first_page_first=True)
    if on_first_page is not None:
        window.firstPageShown.connect(on_first_page)
    # Once the customer list shows: the rest of the start (the user reads the list meanwhile).
    window.firstPageShown.connect(window.finish_start)

    def reopen(path: str) -> None:
        try:
            new_ctx = open_context(path, ctx.language)
        except UserError as error:
            QMessageBox.critical(window, APP_NAME, error.message())
            return
        replacement = create_main_window(new_ctx)
        replacement.show()
        window.close()
        ctx.db.dispose()

    window.openDatabaseRequested.connect(reopen)
    return window


def run_gui(argv: Sequence[str]) -> int:
    args = _parse(argv)
    from desktop_app.qt_none_guard import protect_none

    protect_none()  # a long GUI session makes millions of Qt calls; see qt_none_guard
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    language = i18n.set_language(chosen_language(args))
    i18n.install_qt_translator(app, language)
    apply_style(app)
    try:
        ctx = open_context(args.db, language)
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, error.message())
        return 2
    bench = os.environ.get(BENCH_EXIT_ENV) == "1"
    window = create_main_window(ctx, (lambda: _quit_after_first_page(window)) if bench else None)
    window.show()
    return app.exec()


def _quit_after_first_page(window) -> None:  # type: ignore[no-untyped-def]
    """Start-up benchmark: the clock stops when the table has painted its first row, i.e. asked the
    model for it (the model only fetches rows the view asks for), and the count is known."""
    page = window.customers_page

    def check() -> None:
        if page.model.rowCount() > 0 and page.model.is_cached(0) and page.count_label.text():
            # With the CPU time spent so far, steadier than the wall clock on a busy machine.
            print(FIRST_PAGE_MARKER, page.model.rowCount(), f"cpu={time.process_time():.3f}", flush=True)
            QApplication.quit()
        else:
            QTimer.singleShot(0, check)

    check()
