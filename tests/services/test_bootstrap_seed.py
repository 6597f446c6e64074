"""Opening a database checks its default catalogue without taking the write lock when nothing is missing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from desktop_app.db.models import Purpose, PurposeChannelPolicy, Setting
from desktop_app.services.bootstrap import is_seeded, open_database, seed_database


@pytest.mark.sqlite_only
def test_a_complete_database_opens_while_another_pc_holds_the_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(str(path)).dispose()  # made and seeded
    other = sqlite3.connect(path, isolation_level=None)  # another PC's long import, say
    other.execute("BEGIN IMMEDIATE")
    try:
        db = open_database(str(path))  # would wait 15 s for the lock and fail with "database is locked"
        with db.read_session() as session:
            assert is_seeded(session)
        db.dispose()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_what_is_missing_is_added_again(tmp_path: Path) -> None:
    from desktop_app.services.audit import DATABASE_ID_KEY

    db = open_database(f"sqlite:///{tmp_path / 'gaps.sqlite3'}")
    try:
        with db.session() as session:
            survey = session.scalars(select(Purpose.id).where(Purpose.code == "survey")).one()
            session.execute(delete(PurposeChannelPolicy).where(PurposeChannelPolicy.purpose_id == survey))
            session.execute(delete(Purpose).where(Purpose.id == survey))
        with db.read_session() as session:
            assert not is_seeded(session)
        seed_database(db)
        with db.session() as session:
            assert session.scalar(select(func.count()).where(Purpose.code == "survey")) == 1
            session.execute(delete(Setting).where(Setting.key == DATABASE_ID_KEY))
        with db.read_session() as session:
            assert not is_seeded(session)
        seed_database(db)
        with db.read_session() as session:
            assert is_seeded(session)
    finally:
        db.dispose()
