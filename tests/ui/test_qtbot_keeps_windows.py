"""The suite's own safety net (tests/conftest.py): a window handed to qtbot stays alive until qtbot
closes it. pytest-qt alone keeps only a weak reference, and a main window is a reference cycle, so the
garbage collector deleted it at a random moment after the test function returned, now and then in the
middle of painting it (a segfault in one PostgreSQL run out of two)."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow


def test_a_window_given_to_qtbot_survives_a_garbage_collection(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    def open_window() -> None:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()

    open_window()
    gc.collect()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(shown) == 1
