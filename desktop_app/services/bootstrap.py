"""Opening a database: migrate (with backup and checks), then make sure the default catalog exists."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable

from sqlalchemy import exc
from sqlalchemy.orm import Session

from desktop_app.db import migrate
from desktop_app.db.engine import Database, resolve_database_url
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import catalog


def current_actor() -> str:
    """Who is recorded as having made a change: the operating-system login."""
    try:
        return os.environ.get("CONSENTDESK_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def open_database(url: str | None = None, on_upgrade: Callable[[], None] | None = None) -> Database:
    """Open (creating or upgrading as needed) the database named by --db, CONSENTDESK_DB or the default;
    `on_upgrade` as in migrate.prepare_database."""
    db = Database(resolve_database_url(url))
    try:
        migrate.prepare_database(db.engine, db.file_path, on_upgrade)
        with db.session() as session:
            seed(session)
    except UserError:
        db.dispose()
        raise
    except exc.OperationalError as error:
        db.dispose()
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The database at {location} cannot be opened: {detail}"),
            location=db.display_location(),
            detail=str(error.orig).splitlines()[0][:300],
        ) from error
    except exc.DatabaseError as error:
        db.dispose()
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{location} is not a ConsentDesk database or is damaged: {detail}"),
            location=db.display_location(),
            detail=str(error.orig).splitlines()[0][:300],
        ) from error
    return db


def seed(session: Session) -> None:
    """First start: the default purposes with their channel policies (existing ones are left alone)."""
    from desktop_app.services.audit import database_id

    database_id(session)
    catalog.ensure_default_catalog(session, current_actor())
