"""The shared worker: results arrive on the UI thread, and quitting the app stops a running job."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.ui.widgets.worker import Task


def test_result_and_progress_arrive_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, object, threading.Thread]] = []
    ran_on: list[threading.Thread] = []

    def job(_cancel: Callable[[], bool]) -> Generator[int, None, str]:
        ran_on.append(threading.current_thread())
        yield 1
        return "done"

    def note(kind: str) -> Callable[[object], None]:
        return lambda value: seen.append((kind, value, threading.current_thread()))

    task = Task(job, parent, on_done=note("done"), on_error=note("error"), progress_dialog=False)
    task.start()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert seen == [("done", "done", threading.main_thread())]
    assert ran_on and ran_on[0] is not threading.main_thread()


def test_quitting_cancels_and_waits_for_a_running_job(qtbot, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    started, stopped = threading.Event(), threading.Event()

    def job(cancel: Callable[[], bool]) -> Generator[None, None, None]:
        started.set()
        while not cancel():
            threading.Event().wait(0.01)
        stopped.set()
        return
        yield

    delivered: list[object] = []
    task = Task(job, parent, on_done=delivered.append, on_error=delivered.append, progress_dialog=False)
    task.start()
    assert started.wait(5)
    qapp.aboutToQuit.emit()  # what QApplication does when the last window closes
    assert stopped.is_set() and task.worker.isFinished() and not task.running
    qtbot.wait(200)  # later timer ticks must not call into widgets that are going away
    assert delivered == []
