"""The engine factory: where the database is, and the SQLite settings that protect the data."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.db.engine import Database, resolve_database_url


def test_url_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, app_home: Path) -> None:
    monkeypatch.delenv("CONSENTDESK_DB", raising=False)
    assert resolve_database_url(None).startswith(f"sqlite:///{app_home}")
    monkeypatch.setenv("CONSENTDESK_DB", "postgresql+psycopg://u@h/db")
    assert resolve_database_url(None) == "postgresql+psycopg://u@h/db"
    file = tmp_path / "x.sqlite3"
    assert resolve_database_url(str(file)) == f"sqlite:///{file}"


@pytest.mark.sqlite_only
def test_sqlite_connections_protect_the_data(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() >= 5000
        assert conn.execute(text("PRAGMA secure_delete")).scalar_one() == 1


@pytest.mark.sqlite_only
def test_two_writers_queue_instead_of_failing(db: Database) -> None:
    """BEGIN IMMEDIATE: the second writer waits for the first, it does not get 'database is locked'."""
    other = Database(db.url)
    order: list[str] = []
    started = threading.Event()

    def first() -> None:
        with db.session() as s:
            s.execute(text("INSERT INTO settings (key, value) VALUES ('a', '1')"))
            started.set()
            time.sleep(0.5)
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    started.wait(5)
    with other.session() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('b', '2')"))
        order.append("second")
    thread.join()
    other.dispose()
    assert order == ["first", "second"]


def test_a_failed_action_writes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('half', 'written')"))
        raise RuntimeError("user action failed half-way")
    with db.read_session() as s:
        assert s.execute(text("SELECT count(*) FROM settings WHERE key = 'half'")).scalar_one() == 0
