"""The one place that creates engines and sessions.

SQLite is the embedded default; any SQLAlchemy URL (e.g. postgresql+psycopg://...) works the same.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

from desktop_app import paths

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

DB_ENV = "CONSENTDESK_DB"
DEFAULT_FILE_NAME = "consentdesk.sqlite3"
AFTER_COMMIT = "consentdesk_after_commit"


def default_database_url() -> str:
    return f"sqlite:///{paths.data_dir() / DEFAULT_FILE_NAME}"


def resolve_database_url(given: str | None = None) -> str:
    """--db beats CONSENTDESK_DB beats the user data folder. A bare file path means SQLite."""
    value = given or os.environ.get(DB_ENV) or default_database_url()
    if "://" not in value:
        value = f"sqlite:///{Path(value).expanduser().resolve()}"
    return value


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL, or None for other backends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself instead of pysqlite's implicit one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # SQLite ignores foreign keys unless asked on every connection.
        cursor.execute("PRAGMA foreign_keys=ON")
        # WAL lets the UI read while an import writes.
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed consent survives a power cut; the cost is a sync per commit.
        cursor.execute("PRAGMA synchronous=FULL")
        # A second writer waits up to 15 s instead of failing with "database is locked".
        cursor.execute("PRAGMA busy_timeout=15000")
        # Erased personal data is overwritten on disk, not just unlinked from the b-tree.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        # Writers take the lock up front (BEGIN IMMEDIATE) so two writers queue on busy_timeout
        # instead of one failing mid-transaction; read-only sessions stay deferred.
        if conn.get_execution_options().get("readonly"):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_app_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    # Server databases drop idle connections; pre-ping replaces them transparently.
    return create_engine(url, pool_pre_ping=True, **kwargs)


class Database:
    """Engine plus session factories, created once per opened database."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_app_engine(url)
        self._reader = self.engine.execution_options(readonly=True)
        # Made on first use: the ORM is imported then, not before the window shows its first page.
        self._factories: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None

    def _session_factories(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        if self._factories is None:
            from sqlalchemy.orm import sessionmaker

            self._factories = (
                sessionmaker(self.engine, expire_on_commit=False),
                sessionmaker(self._reader, expire_on_commit=False),
            )
        return self._factories

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def file_path(self) -> Path | None:
        return sqlite_path(self.url)

    def display_location(self) -> str:
        path = self.file_path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write transaction for one user action: commits on success, rolls back on any error.

        Callables in `session.info[AFTER_COMMIT]` run once the commit has succeeded (e.g. writing the
        audit anchor outside the database, which must never run ahead of what was committed).
        """
        session = self._session_factories()[0]()
        try:
            with session.begin():
                yield session
            for callback in session.info.pop(AFTER_COMMIT, []):
                callback()
        finally:
            session.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        session = self._session_factories()[1]()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A read transaction without the ORM (one snapshot until it ends), for Core queries."""
        with self._reader.connect() as connection, connection.begin() as transaction:
            try:
                yield connection
            finally:
                transaction.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
