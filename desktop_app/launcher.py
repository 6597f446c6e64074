"""Decides between GUI and CLI. GUI options (--db, --lang) without a command still open the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_OPTIONS = {"--db", "--lang"}


def _is_gui_call(argv: Sequence[str]) -> bool:
    i = 0
    while i < len(argv):
        arg = argv[i]
        name = arg.split("=", 1)[0]
        if name not in GUI_OPTIONS:
            return False
        i += 1 if "=" in arg else 2
    return True


def launch(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if _is_gui_call(args):
        # What the first page needs of the Qt-free layers (SQLAlchemy Core, the list's tables and
        # queries) first: PySide6 reads the source of every module imported after it (shiboken's
        # __feature__ import hook). The ORM and the other models load once the list shows.
        import desktop_app.services.bootstrap
        import desktop_app.services.customer_list  # noqa: F401
        from desktop_app.ui.app import run_gui

        return run_gui(args)
    from desktop_app.cli import main

    return main(args)
