"""Schema migrations as a start-up step: back up, check, refuse newer schemas, upgrade.

Every start runs `prepare_database`; a fresh database is created by running all migrations, so the
schema a user has is always one the migrations produced.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from desktop_app import paths
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest migration's revision id. Start-up compares against it without importing Alembic (a
# quarter of a second); a test checks it matches the migration scripts.
SCHEMA_HEAD = "0003"


# Written by hand in the migrations, not from the models: the search index objects (FTS5, trigram) and
# expression indexes, which Alembic's comparison of models and database does not handle.
HAND_MADE_OBJECTS = ("customers_fts", "ix_customers_search_trgm", "ix_customers_city_lower")


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """For autogenerate/compare: leaves out HAND_MADE_OBJECTS."""
    return not (name is not None and type_ in ("table", "index") and name.startswith(HAND_MADE_OBJECTS))


@dataclass(frozen=True)
class MigrationResult:
    previous_revision: str | None
    current_revision: str
    backup_path: Path | None

    @property
    def upgraded(self) -> bool:
        return self.previous_revision != self.current_revision


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    # A read transaction (no BEGIN IMMEDIATE): opening a database must not wait for another PC's writes.
    with engine.execution_options(readonly=True).connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        except (OperationalError, ProgrammingError):
            return None  # no version table: a new, empty database (or not ours; checked by the caller)
    return rows[0] if len(rows) == 1 else None


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def quick_check(db_file: Path) -> None:
    try:
        with closing(sqlite3.connect(db_file)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        rows = [(str(error),)]
    if rows != [("ok",)]:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database file {path} is damaged ({detail}). Restore a backup from {backups}.",
            ),
            path=str(db_file),
            detail=str(rows[0][0])[:200],
            backups=str(paths.backup_dir()),
        )


def backup_sqlite(db_file: Path, label: str) -> Path:
    """Copy with SQLite's online backup API: consistent even with WAL and other readers."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir() / f"{db_file.stem}-{label}-{stamp}.sqlite3"
    with closing(sqlite3.connect(db_file)) as source, closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
    return target


def prepare_database(
    engine: Engine, db_file: Path | None = None, on_upgrade: Callable[[], None] | None = None
) -> MigrationResult:
    """Bring the schema to head. Refuses a database written by a newer ConsentDesk. `on_upgrade` is
    called once before an existing database is checked, backed up and upgraded (on a large database
    that takes a while: the caller tells the user), not for a new one."""
    previous = current_revision(engine)
    if previous == SCHEMA_HEAD:
        return MigrationResult(previous, previous, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    head = head_revision()
    if previous is not None and not _known(script, previous):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was written by a newer version of ConsentDesk (schema {revision}). "
                "Install the newer version to open it; nothing was changed.",
            ),
            revision=previous,
        )
    if previous is None and _has_tables(engine):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database holds tables that ConsentDesk did not create. Choose an empty database "
                "or a ConsentDesk database; nothing was changed.",
            )
        )
    if previous is not None and on_upgrade is not None:
        on_upgrade()
    backup = None
    if db_file is not None and db_file.exists() and previous is not None:
        quick_check(db_file)
        if previous != head:
            backup = backup_sqlite(db_file, f"before-{head}")
    if previous != head:
        config = _config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    return MigrationResult(previous, head, backup)


def _known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except (CommandError, KeyError, ValueError):
        return False
