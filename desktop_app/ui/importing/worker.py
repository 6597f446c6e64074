"""A service generator on a QThread, reporting through signals (as in desktop_app's other workers).

The thread never touches a widget: it emits each yielded step (throttled) and the generator's return
value or exception as plain Python objects; Qt delivers them on the UI thread. Cancel sets a flag the
service checks between chunks. A busy cursor shows while the job runs longer than 300 ms.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication

Job = Callable[[Callable[[], bool]], Generator[Any, None, Any]]
CURSOR_AFTER_MS = 300
THROTTLE_S = 0.05


class _Thread(QThread):
    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, cancelled: threading.Event) -> None:
        super().__init__()
        self.job = job
        self.cancelled = cancelled

    def run(self) -> None:
        last = 0.0
        try:
            steps = self.job(self.cancelled.is_set)
            while True:
                try:
                    step = next(steps)
                except StopIteration as stop:
                    self.succeeded.emit(stop.value)
                    return
                now = time.monotonic()
                if now - last >= THROTTLE_S:
                    last = now
                    self.progressed.emit(step)
        except Exception as error:  # the UI thread decides how to show it
            self.failed.emit(error)


class Worker(QObject):
    """One job: start() it, then listen to finished(result) or failed(exception)."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = threading.Event()
        self._thread = _Thread(job, self.cancelled)
        self._thread.progressed.connect(self.progress)
        self._thread.succeeded.connect(self._succeeded)
        self._thread.failed.connect(self._failed)
        self._cursor = False
        self.running = False

    def start(self) -> None:
        self.running = True
        self._thread.start()
        QTimer.singleShot(CURSOR_AFTER_MS, self._busy_cursor)

    def cancel(self) -> None:
        self.cancelled.set()

    def wait(self) -> None:
        self._thread.wait()

    def _busy_cursor(self) -> None:
        if self.running and not self._cursor:
            self._cursor = True
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _finish(self) -> None:
        self.running = False
        self._thread.wait()
        if self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False

    def _succeeded(self, result: Any) -> None:
        self._finish()
        self.finished.emit(result)

    def _failed(self, error: Any) -> None:
        self._finish()
        self.failed.emit(error)
