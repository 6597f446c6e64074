"""Opening a database: migrate (with backup and checks), then make sure the default catalog exists."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import exc

from desktop_app.db import migrate
from desktop_app.db.engine import Database, resolve_database_url
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def current_actor() -> str:
    """Who is recorded as having made a change: the operating-system login."""
    try:
        return os.environ.get("CONSENTDESK_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def open_database(
    url: str | None = None, on_upgrade: Callable[[], None] | None = None, with_catalog: bool = True
) -> Database:
    """Open (creating or upgrading as needed) the database named by --db, CONSENTDESK_DB or the default;
    `on_upgrade` as in migrate.prepare_database. Without `with_catalog` the caller runs
    seed_database() itself before anything but the customer list is used (the GUI does, once the
    first page shows: seeding loads the ORM)."""
    db = Database(resolve_database_url(url))
    try:
        with _explained(db):
            migrate.prepare_database(db.engine, db.file_path, on_upgrade)
            if with_catalog:
                seed_database(db)
    except UserError:
        db.dispose()
        raise
    return db


def seed_database(db: Database) -> None:
    """seed() in its own transaction, with the same messages as open_database. Looked at in a read
    transaction first: a database that has everything (every start but the first) is opened without
    waiting for the write lock, which another PC's import may hold for minutes."""
    with _explained(db):
        with db.read_session() as session:
            if is_seeded(session):
                return
        with db.session() as session:
            seed(session)


def is_seeded(session: Session) -> bool:
    """Whether seed() would change nothing."""
    from desktop_app.services import catalog
    from desktop_app.services.audit import has_database_id

    return has_database_id(session) and not catalog.missing_default_purposes(session)


@contextmanager
def _explained(db: Database) -> Iterator[None]:
    """Database errors while opening become a UserError naming the database."""
    try:
        yield
    except exc.OperationalError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The database at {location} cannot be opened: {detail}"),
            location=db.display_location(),
            detail=str(error.orig).splitlines()[0][:300],
        ) from error
    except exc.DatabaseError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{location} is not a ConsentDesk database or is damaged: {detail}"),
            location=db.display_location(),
            detail=str(error.orig).splitlines()[0][:300],
        ) from error


def seed(session: Session) -> None:
    """First start: the default purposes with their channel policies (existing ones are left alone)."""
    from desktop_app.services import catalog
    from desktop_app.services.audit import database_id

    database_id(session)
    catalog.ensure_default_catalog(session, current_actor())
