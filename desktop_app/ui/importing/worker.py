"""Kept for imports written before the workers were merged: use ``desktop_app.ui.widgets.worker.Task``."""

from desktop_app.ui.widgets.worker import Job, Task

__all__ = ["Job", "Task"]
