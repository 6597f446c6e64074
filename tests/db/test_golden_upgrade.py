"""Every committed database of an earlier schema upgrades to the current one and keeps its data.

The golden files are made by tools/make_golden_db.py, one per released schema version.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.db import migrate
from desktop_app.services.audit import verify_chain
from desktop_app.services.bootstrap import open_database
from desktop_app.services.info import entity_counts

GOLDEN = sorted((Path(__file__).parent / "golden").glob("schema-*.sqlite3"))


def test_there_is_a_golden_database_of_the_current_or_an_earlier_schema() -> None:
    assert GOLDEN, "run tools/make_golden_db.py and commit its files"


@pytest.mark.sqlite_only
@pytest.mark.parametrize("golden", GOLDEN, ids=[g.stem for g in GOLDEN])
def test_golden_database_upgrades_and_keeps_its_data(golden: Path, tmp_path: Path) -> None:
    expected = json.loads(golden.with_suffix(".json").read_text())
    copy = tmp_path / golden.name
    shutil.copyfile(golden, copy)
    db = open_database(str(copy))
    try:
        assert migrate.current_revision(db.engine) == migrate.SCHEMA_HEAD
        with db.engine.connect() as conn:  # sqlite_master: SQLAlchemy cannot reflect expression indexes
            indexes = set(
                conn.execute(text("SELECT name FROM sqlite_master WHERE tbl_name = 'customers'")).scalars()
            )
        assert {"ix_customers_postcode", "ix_customers_city_lower"} <= indexes  # 0002, 0003
        with db.read_session() as session:
            counts = entity_counts(session)
            chain = verify_chain(session)
        for name in ("customers", "consents", "consent_events", "suppressions", "data_subject_requests"):
            assert counts[name] == expected[name], name
        assert counts["audit_entries"] >= expected["audit_entries"]
        assert chain.ok, chain.problem
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_the_caller_hears_of_an_upgrade_before_it_starts_and_only_then(tmp_path: Path) -> None:
    copy = tmp_path / GOLDEN[0].name
    shutil.copyfile(GOLDEN[0], copy)
    heard: list[str | None] = []

    def announce() -> None:
        with closing(sqlite3.connect(copy)) as conn:
            heard.append(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])

    for path in (copy, copy, tmp_path / "new.sqlite3"):  # upgrade, already current, brand new
        open_database(str(path), on_upgrade=announce).dispose()
    assert heard == [GOLDEN[0].stem.removeprefix("schema-")]  # once, before anything was changed
