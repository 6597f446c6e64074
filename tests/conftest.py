"""Shared fixtures: app folders in tmp_path, a fresh database per test (SQLite or PostgreSQL).

Set CONSENTDESK_TEST_DB to a PostgreSQL URL to run the same suite against PostgreSQL; tests that only
make sense on the embedded SQLite file are marked `sqlite_only` and skipped there.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CONSENTDESK_USER"] = "tester"

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import text

from desktop_app import i18n
from desktop_app.db.engine import Database
from desktop_app.db.models import Base
from desktop_app.qt_none_guard import protect_none

# The whole suite makes far more Qt calls than one report; without this PySide6 6.12 on Python 3.11
# can abort the test process ("none_dealloc"). See desktop_app/qt_none_guard.py.
protect_none()


def _keep_registered_widgets_alive() -> None:
    """qtbot.addWidget keeps only a weak reference until it closes the widget at teardown. A window
    whose Python object sits in a reference cycle (its own signal connections) then dies at the next
    garbage collection after the test function returns: in the middle of painting it, when pytest-qt
    processes events after the test (a segfault in QAbstractItemModel::multiData). Held here until
    pytest-qt has closed it."""
    from pytestqt.qtbot import QtBot

    add_widget = QtBot.addWidget

    def add_and_keep(self: QtBot, widget: object, *, before_close_func: object = None) -> None:
        add_widget(self, widget, before_close_func=before_close_func)  # type: ignore[arg-type]
        self._request.node.__dict__.setdefault("kept_widgets", []).append(widget)

    QtBot.addWidget = add_and_keep  # type: ignore[method-assign]


_keep_registered_widgets_alive()

# Many tests date their data relative to today (TODAY = dt.date.today() at import, "a year ago", "in two
# days") and the services check against the clock (no export for a past date, nothing recorded in the
# future). A run that crossed midnight failed by the dozen. So the whole run happens on today's date
# around noon: the clock is set to 12:00 local time once, here, before any test module is imported, and
# then runs on (tick). Only Python's wall clock moves; monotonic clocks, Qt and the databases are untouched
# (the app takes every timestamp from Python).
time_machine.travel(dt.datetime.combine(dt.date.today(), dt.time(12)).astimezone(), tick=True).start()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    yield  # pytest-qt has closed (and deleteLater-ed) the widgets by now
    item.__dict__.pop("kept_widgets", None)


TEST_DB_URL = os.environ.get("CONSENTDESK_TEST_DB", "")
ON_POSTGRES = TEST_DB_URL.startswith("postgresql")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not ON_POSTGRES:
        return
    skip = pytest.mark.skip(reason="SQLite-only test (CONSENTDESK_TEST_DB points at PostgreSQL)")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings and data folders and English messages."""
    home = tmp_path / "home"
    monkeypatch.setenv("CONSENTDESK_HOME", str(home))
    monkeypatch.delenv("CONSENTDESK_DB", raising=False)
    i18n.set_language("en")
    return home


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Migrated and seeded once per run; each test copies it (SQLite) or truncates (PostgreSQL)."""
    from desktop_app.services.bootstrap import open_database

    home = tmp_path_factory.mktemp("template-home")
    old = os.environ.get("CONSENTDESK_HOME")
    os.environ["CONSENTDESK_HOME"] = str(home)
    try:
        if ON_POSTGRES:
            db = Database(TEST_DB_URL)
            with db.engine.begin() as conn:
                conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            db.dispose()
            url = TEST_DB_URL
        else:
            url = f"sqlite:///{tmp_path_factory.mktemp('template') / 'template.sqlite3'}"
        open_database(url).dispose()
        yield url
    finally:
        if old is None:
            os.environ.pop("CONSENTDESK_HOME", None)
        else:
            os.environ["CONSENTDESK_HOME"] = old


@pytest.fixture
def db(template_db: str, tmp_path: Path) -> Iterator[Database]:
    from desktop_app.services.bootstrap import seed

    if ON_POSTGRES:
        database = Database(template_db)
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with database.engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        with database.session() as session:
            seed(session)
    else:
        source = Path(template_db.removeprefix("sqlite:///"))
        target = tmp_path / "test.sqlite3"
        shutil.copyfile(source, target)
        database = Database(f"sqlite:///{target}")
    yield database
    database.dispose()
