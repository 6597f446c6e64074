"""GUI start-up: language, database (with a clear message if it cannot be opened), main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, i18n
from desktop_app.errors import UserError
from desktop_app.ui.context import AppContext
from desktop_app.ui.style import apply_style


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="consentdesk", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=["de", "en"])
    return parser.parse_args(list(argv))


def open_context(url: str | None, language: str) -> AppContext:
    from desktop_app.services.bootstrap import current_actor, open_database

    return AppContext(db=open_database(url), actor=current_actor(), language=language)


def create_main_window(ctx: AppContext):  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)

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
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    language = i18n.set_language(args.lang)
    i18n.install_qt_translator(app, language)
    apply_style(app)
    try:
        ctx = open_context(args.db, language)
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, error.message())
        return 2
    window = create_main_window(ctx)
    window.show()
    return app.exec()
