"""Migrations are a start-up step: they must create, refuse and check exactly as a user relies on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop_app.db import migrate
from desktop_app.db.engine import Database
from desktop_app.db.models import Base
from desktop_app.errors import UserError
from desktop_app.services.bootstrap import open_database


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


# The hand-made expression index (migrate.HAND_MADE_OBJECTS) cannot be reflected on SQLite; include_name
# leaves it out of the comparison, but reflection warns before that.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrations_produce_exactly_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": migrate.include_name}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


@pytest.mark.sqlite_only
def test_a_new_database_file_is_created_at_head_with_default_catalog(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = open_database(str(path))
    try:
        assert migrate.current_revision(db.engine) == migrate.SCHEMA_HEAD
        tables = set(inspect(db.engine).get_table_names())
        assert {"customers", "consents", "consent_events", "suppressions", "audit_entries"} <= tables
        assert "customers_fts" in tables
        with db.read_session() as s:
            codes = set(s.execute(text("SELECT code FROM purposes")).scalars())
        assert codes == {"newsletter", "offers", "survey", "profiling", "personalised", "partners"}
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_reopening_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "again.sqlite3"
    open_database(str(path)).dispose()
    db = open_database(str(path))
    try:
        with db.read_session() as s:
            assert s.execute(text("SELECT count(*) FROM purposes")).scalar_one() == 6
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_database_from_a_newer_version_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(str(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = path.read_bytes()
    with pytest.raises(UserError) as info:
        open_database(str(path))
    assert "newer version of ConsentDesk" in info.value.message()
    assert "9999_future" in info.value.message()
    assert path.read_bytes() == before


@pytest.mark.sqlite_only
def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(UserError) as info:
        open_database(str(path))
    assert "did not create" in info.value.message()


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a text file, not a database\n" * 100)
    with pytest.raises(UserError) as info:
        open_database(str(path))
    assert "not a ConsentDesk database or is damaged" in info.value.message()


@pytest.mark.sqlite_only
def test_backup_uses_the_online_backup_api(tmp_path: Path, app_home: Path) -> None:
    path = tmp_path / "data.sqlite3"
    open_database(str(path)).dispose()
    backup = migrate.backup_sqlite(path, "test")
    assert backup.exists() and backup.parent.is_relative_to(app_home)
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM purposes").fetchone() == (6,)


@pytest.mark.sqlite_only
def test_quick_check_reports_damage(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA page_size=1024")
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        conn.execute("CREATE INDEX ix_t_v ON t (v)")
        conn.executemany("INSERT INTO t (v) VALUES (?)", [(f"value {i}" * 5,) for i in range(3000)])
    data = bytearray(path.read_bytes())
    # Overwrite a page in the middle of the index with garbage, as a failing disk would.
    for i in range(1024 * 40, 1024 * 41):
        data[i] = 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(UserError) as info:
        migrate.quick_check(path)
    assert "damaged" in info.value.message()
