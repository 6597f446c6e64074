"""Long work off the UI thread: a service generator runs on a QThread; the UI thread polls for news.

One worker for every feature (campaign preview and export, import dry run and commit). Like Anki's
progress handling: nothing visible for quick jobs, a busy cursor after 300 ms, a progress dialog with a
Cancel button only after 600 ms (unless the caller shows progress itself), updates throttled. The
worker never touches a widget or a Qt model: it puts (kind, value) messages into a queue that a QTimer on
the UI thread drains. Cancel sets a flag that the service checks between chunks (the generator's `cancel`
callable).

Why a queue and not signals: the thread calls nothing of Qt while it works, and progress costs no
Python-side Signal.emit(), each of which dropped a reference to True under PySide6 6.12 on CPython 3.11
(desktop_app/qt_none_guard.py now guards against that). The price is one timer tick (50 ms).

A job is a callable taking that `cancel` callable and returning a generator (it opens its own database
session inside, on the worker thread) whose return value is the result.
"""

from __future__ import annotations

import queue
import threading
import time
import weakref
from collections.abc import Callable, Generator
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

Job = Callable[[Callable[[], bool]], Generator[Any, None, Any]]
Callback = Callable[[Any], None]
CURSOR_AFTER_MS = 300
DIALOG_AFTER_MS = 600
POLL_MS = 50
THROTTLE_S = 0.05
_RUNNING: weakref.WeakSet[Task] = weakref.WeakSet()


def stop_all() -> None:
    """Cancels every running job and waits for its thread (quitting; tests before closing a database)."""
    for task in list(_RUNNING):
        task._stop_for_quit()


class _Thread(QThread):
    def __init__(self, job: Job, cancelled: threading.Event, news: queue.Queue[tuple[str, Any]]) -> None:
        super().__init__()
        self.job = job
        self.cancelled = cancelled
        self.news = news

    def run(self) -> None:
        last = 0.0
        try:
            steps = self.job(self.cancelled.is_set)
            while True:
                try:
                    step = next(steps)
                except StopIteration as stop:
                    self.news.put(("done", stop.value))
                    return
                now = time.monotonic()
                if now - last >= THROTTLE_S:
                    last = now
                    self.news.put(("progress", step))
        except Exception as error:  # handed to the UI thread, which decides how to show it
            self.news.put(("error", error))


class Task(QObject):
    """One job: start() it; `on_done(result)` or `on_error(exception)` is called on the UI thread.

    `on_progress(step)` gets the (throttled) yielded steps; `progress_dialog=False` for callers that show
    progress and a Cancel button of their own; `cancel()` works either way.
    """

    def __init__(
        self,
        job: Job,
        parent: QWidget | None = None,
        title: str = "",
        *,
        on_done: Callback,
        on_error: Callback,
        on_progress: Callback | None = None,
        progress_dialog: bool = True,
        busy_cursor: bool = True,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.title = title
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.progress_dialog = progress_dialog
        self.busy_cursor = busy_cursor
        self.cancelled = threading.Event()
        self.news: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.worker = _Thread(job, self.cancelled, self.news)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.dialog: QProgressDialog | None = None
        self.describe: Callable[[Any], str] = lambda _step: self.title
        self._cursor = False
        self._last: Any = None
        self.running = False

    def start(self) -> None:
        self.running = True
        app = QCoreApplication.instance()
        if app is not None:
            # A QThread destroyed while it runs aborts the process: quitting mid-job must stop it first.
            app.aboutToQuit.connect(self._stop_for_quit)
        _RUNNING.add(self)
        self.worker.start()
        self.timer.start()
        QTimer.singleShot(CURSOR_AFTER_MS, self._busy_cursor)
        QTimer.singleShot(DIALOG_AFTER_MS, self._show_dialog)

    def cancel(self) -> None:
        self.cancelled.set()

    def _stop_for_quit(self) -> None:
        if not self.running:
            return
        if not (shiboken6.isValid(self) and shiboken6.isValid(self.worker) and shiboken6.isValid(self.timer)):
            # Deleted with its parent after the thread had ended: nothing is left to stop.
            _RUNNING.discard(self)
            self.running = False
            return
        self.cancel()
        self.worker.wait()
        # Its news is not delivered: the widgets waiting for it are going away (a later timer tick
        # calling into a deleted widget would crash).
        self._finish()

    def wait(self) -> None:
        """Blocks until the worker is done and its news delivered (tests; closing the window)."""
        self.worker.wait()
        self._poll()

    def _busy_cursor(self) -> None:
        if self.running and self.busy_cursor and not self._cursor:
            self._cursor = True
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _show_dialog(self) -> None:
        if not self.running or not self.progress_dialog or self.dialog is not None:
            return
        dialog = QProgressDialog(self.title, self.tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        if self._last is not None:
            self._update_dialog(self._last)
        dialog.show()

    def _poll(self) -> None:
        while self.running:
            try:
                kind, value = self.news.get_nowait()
            except queue.Empty:
                return
            if kind == "progress":
                self._last = value
                if self.dialog is not None:
                    self._update_dialog(value)
                if self.on_progress is not None:
                    self.on_progress(value)
                continue
            self._finish()
            (self.on_done if kind == "done" else self.on_error)(value)

    def _update_dialog(self, step: Any) -> None:
        assert self.dialog is not None
        total, done = int(getattr(step, "total", 0)), int(getattr(step, "done", 0))
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        self.dialog.setLabelText(self.describe(step))

    def _finish(self) -> None:
        _RUNNING.discard(self)
        self.running = False
        self.timer.stop()
        self.worker.wait()
        if self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
