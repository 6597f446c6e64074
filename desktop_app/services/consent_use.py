"""Recording that a campaign export used consents: a "used" event each, and last_used_at moved forward.

Why set-based: an export can hold half a million consents. A campaign export's consents are read by
SQL from its own evidence rows (record_export_use), so they never pass through Python; other callers'
ids go into a temporary table with one executemany. Either way one INSERT ... SELECT writes the events
and one UPDATE moves last_used_at. Listing the ids in IN (...) clauses instead spent most of its time
binding parameters (10 of 20 seconds for 500,000 ids on SQLite). The projection of a "used" event is
only last_used_at = max(...) (domain.ledger.apply), which the UPDATE reproduces, so the rows stay the
replay of their events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    Table,
    bindparam,
    case,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from desktop_app.db.base import UTCDateTime, utcnow
from desktop_app.db.models import CampaignExport, CampaignExportRow, Consent, ConsentEvent
from desktop_app.domain.enums import ConsentEventKind
from desktop_app.errors import NotFound
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit
from desktop_app.services.ledger_checks import check_not_future

# Not part of the schema: created and dropped inside the transaction of one record_use call.
_USED_IDS = Table(
    "consentdesk_used_ids", MetaData(), Column("id", Integer, primary_key=True), prefixes=["TEMPORARY"]
)
_EVENT_COLUMNS = (
    "consent_id", "customer_id", "kind", "occurred_at", "recorded_at", "recorded_by", "campaign_export_id",
    "proof_ref", "note",
)  # fmt: skip


def _fill_ids(connection: Connection, ids: list[int]) -> None:
    if not ids:
        return
    if connection.dialect.name == "postgresql":
        # One array parameter: an executemany of 500,000 rows took 28 s over the wire, this takes 3.
        fill = text(f"INSERT INTO {_USED_IDS.name} (id) SELECT unnest(:ids)")
        connection.execute(fill.bindparams(bindparam("ids", type_=ARRAY(Integer))), {"ids": ids})
    else:
        # Straight to the driver: SQLAlchemy's per-row parameter handling cost 3 s for 500,000 ids.
        rows = [(i,) for i in ids]
        connection.exec_driver_sql(f"INSERT INTO {_USED_IDS.name} (id) VALUES (?)", rows)


def record_use(
    session: Session, actor: str, consent_ids: Iterable[int], when: dt.datetime, export_id: int | None
) -> int:
    """Returns the number of events written. Unknown ids and consents not granted by `when` (refused
    ones, or ones granted later) are skipped: nothing can have used them."""
    _check(session, when, export_id)
    # A campaign export streams its rows through a server-side cursor first; on PostgreSQL that leaves
    # stream_results on the connection, which would wrap this DDL in DECLARE ... CURSOR and fail.
    connection = session.connection().execution_options(stream_results=False)
    _USED_IDS.create(connection)
    try:
        _fill_ids(connection, sorted(set(consent_ids)))
        written = _record(session, connection, actor, select(_USED_IDS.c.id), when, export_id)
    finally:
        _USED_IDS.drop(connection)
    return written


def record_export_use(session: Session, actor: str, export_id: int, when: dt.datetime) -> int:
    """record_use for every consent a campaign export's evidence rows name, read in SQL: however long
    the list, no id is held in Python."""
    _check(session, when, export_id)
    ids = select(CampaignExportRow.consent_id).where(
        CampaignExportRow.export_id == export_id, CampaignExportRow.consent_id.is_not(None)
    )
    connection = session.connection().execution_options(stream_results=False)
    return _record(session, connection, actor, ids, when, export_id)


def _check(session: Session, when: dt.datetime, export_id: int | None) -> None:
    check_not_future(when, utcnow())
    if export_id is not None and session.get(CampaignExport, export_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The campaign export no longer exists."))


def _record(
    session: Session, connection: Connection, actor: str, ids: Any, when: dt.datetime, export_id: int | None
) -> int:
    """The events and the new last_used_at for the consents in the id select `ids`."""
    now = utcnow()
    usable = (Consent.id.in_(ids), Consent.granted_at <= when)
    events = select(
        Consent.id,
        Consent.customer_id,
        literal(ConsentEventKind.USED.value),
        literal(when, UTCDateTime()),
        literal(now, UTCDateTime()),
        literal(actor),
        literal(export_id, Integer()),
        literal(""),
        literal(""),
    ).where(*usable)
    written = connection.execute(insert(ConsentEvent).from_select(_EVENT_COLUMNS, events)).rowcount
    # sqlite3 and psycopg report the rows an INSERT ... SELECT wrote (a second query for the count
    # cost 0.6–0.9 s on half a million); a driver that reports none (-1) gets them counted.
    if written < 0:
        written = int(session.execute(select(func.count()).select_from(Consent).where(*usable)).scalar_one())
    later = or_(Consent.last_used_at.is_(None), Consent.last_used_at < when)
    connection.execute(
        update(Consent)
        .where(*usable)
        .values(last_used_at=case((later, literal(when, UTCDateTime())), else_=Consent.last_used_at))
    )
    audit.record(session, actor, "use", "campaign_export", export_id, f"consents={written}")
    return written
