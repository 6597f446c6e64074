"""Kept while pages still import it from here: the worker is ``desktop_app.ui.widgets.worker.Task``."""

from desktop_app.ui.widgets.worker import Job, Task

__all__ = ["Job", "Task"]
