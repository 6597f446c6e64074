"""Bugs (not user errors) end up here: the traceback goes to a log file, the user gets a short note.

Personal data must not be logged; tracebacks hold code locations and exception text only.
"""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from desktop_app import __version__, paths


def write_crash_report(error: BaseException) -> Path:
    folder = paths.data_dir() / "crash-reports"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    path.write_text(f"ConsentDesk {__version__}\n{text}", encoding="utf-8")
    return path
