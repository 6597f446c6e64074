"""Printable reports as plain data (Qt-free); `desktop_app.reports_render` lays them out as PDF pages.

Each kind has a builder `build_<kind>(session, ...) -> Report` in its own module. Import them lazily:
reports are not needed at start-up.
"""

from desktop_app.services.reports.model import Report

__all__ = ["Report"]
