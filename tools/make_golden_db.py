"""Write a small database of the current schema, with data, for the migration tests.

    python tools/make_golden_db.py

Run it once per released schema version (before adding the next migration) and commit the two files it
writes: tests/db/golden/schema-<revision>.sqlite3 and .json (the counts the upgraded copy must keep).
tests/db/test_golden_upgrade.py upgrades every golden database to the newest schema.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "db" / "golden"


def main() -> int:
    os.environ["CONSENTDESK_HOME"] = tempfile.mkdtemp(prefix="golden-home-")
    os.environ["CONSENTDESK_USER"] = "golden"
    sys.path.insert(0, str(ROOT))
    from desktop_app.db.migrate import SCHEMA_HEAD
    from desktop_app.domain.enums import RequestKind
    from desktop_app.services.bootstrap import open_database
    from desktop_app.services.demo import generate_demo
    from desktop_app.services.info import entity_counts
    from desktop_app.services.requests import RequestInput, register_request

    GOLDEN.mkdir(parents=True, exist_ok=True)
    target = GOLDEN / f"schema-{SCHEMA_HEAD}.sqlite3"
    target.unlink(missing_ok=True)
    db = open_database(str(target))
    generate_demo(db, customers=40, seed=2026, today=dt.date(2026, 11, 29))
    with db.session() as session:
        register_request(
            session,
            "golden",
            RequestInput(RequestKind.ACCESS, dt.date(2026, 11, 20), customer_id=3),
            today=dt.date(2026, 11, 29),
        )
    with db.read_session() as session:
        counts = entity_counts(session)
    db.dispose()
    import sqlite3
    from contextlib import closing

    # One self-contained file: fold the write-ahead log into it.
    with closing(sqlite3.connect(target)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    Path(f"{target}-wal").unlink(missing_ok=True)
    Path(f"{target}-shm").unlink(missing_ok=True)
    (GOLDEN / f"schema-{SCHEMA_HEAD}.json").write_text(json.dumps(counts, indent=2, sort_keys=True) + "\n")
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
