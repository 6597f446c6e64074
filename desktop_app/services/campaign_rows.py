"""The rows of a campaign export: the segment decided once, the contactable rows, their cells and
evidence.

Why a temporary table: the export needs the breakdown by reason before it writes (the progress total,
the Excel row limit, the evidence's counts) and then the contactable rows themselves. Running the rules
engine's CASE twice over a million customers (once to count, once to select) cost as much as writing
the file; deciding everyone once into `consentdesk_decided` (id, reason, consent id and its grant
time) and then counting and joining that small table costs one evaluation. The table lives in the
export's transaction only and is dropped at the end (SQLite: TEMP table of this connection;
PostgreSQL: temporary table).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    func,
    insert,
    null,
    select,
    text,
    type_coerce,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop_app.db.models import CampaignExportRow, Consent, Customer
from desktop_app.domain.reasons import ReasonCode
from desktop_app.i18n import tr
from desktop_app.services.campaign_evidence import BASIS_TEXTS
from desktop_app.services.campaign_files import Cell
from desktop_app.services.evaluation import BASIS_OF, CustomerScope, PopulationEvaluation

__all__ = ["CellMaker", "LocalDays", "RowStore", "contactable_rows", "decided", "local_day"]

_CTX = "CampaignExport"
CUSTOMER_FIELDS = (
    "customer_no", "salutation", "title", "first_name", "last_name", "company", "email", "phone", "mobile",
    "street", "postcode", "city", "country",
)  # fmt: skip
_ON_CONSENT_ROW = (ReasonCode.CONSENT_VALID, ReasonCode.PRESUMED_CONSENT_B2B)


def _row_encoder() -> Callable[[list[Cell]], str]:
    """JSON for one row of cells, compact and with umlauts as written. JSONEncoder.encode builds its C
    encoder anew on every call (3 of its 4.7 µs per row, 1.6 s on an export of half a million rows);
    this builds it once. Where the C encoder is missing, the plain encode does the same."""
    plain = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return plain.encode
    # No circular check (markers None): a row is a flat list of text, numbers and None.
    chunks = make(None, plain.default, json.encoder.encode_basestring, None, ":", ",", False, False, True)
    return lambda cells: "".join(chunks(cells, 0))


_ENCODE = _row_encoder()

# Not part of the schema: created and dropped inside the transaction of one export.
DECIDED = Table(
    "consentdesk_decided",
    MetaData(),
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("reason", String(60), nullable=False),
    Column("consent_id", Integer),
    Column("granted_at", Consent.__table__.c.granted_at.type),  # of that consent: the export's date column
    prefixes=["TEMPORARY"],
)


@contextlib.contextmanager
def decided(
    session: Session, evaluation: PopulationEvaluation, scope: CustomerScope | None
) -> Iterator[dict[ReasonCode, int]]:
    """Fills DECIDED with the decision for every customer in scope and yields the count per reason;
    the table is dropped on the way out."""
    # stream_results off: on PostgreSQL it would wrap the DDL in DECLARE ... CURSOR.
    connection = session.connection().execution_options(stream_results=False)
    DECIDED.create(connection)
    try:
        # The grant time rides along from the consent row the evaluation reads anyway, so that the
        # rows need not join the consents again (a third of reading them).
        with_row, without_row = evaluation.halves(scope)
        both = union_all(with_row.add_columns(Consent.granted_at), without_row.add_columns(null()))
        connection.execute(insert(DECIDED).from_select(["id", "reason", "consent_id", "granted_at"], both))
        if connection.dialect.name == "postgresql":
            connection.execute(text(f"ANALYZE {DECIDED.name}"))  # temporary tables are never auto-analysed
        rows = connection.execute(select(DECIDED.c.reason, func.count()).group_by(DECIDED.c.reason))
        yield {ReasonCode(reason): int(n) for reason, n in rows}
    finally:
        DECIDED.drop(connection)


def contactable_rows(columns: Sequence[str]) -> Any:
    """customer id, reason, consent id, grant time and the chosen customer columns of every contactable
    customer in DECIDED, in id order (the table's key: no sort).

    The grant time comes as the driver gives it (SQLite: the stored text, PostgreSQL: a naive UTC
    datetime), without UTCDateTime's per-row conversion: it is stored back unchanged in the evidence
    row, and only the file's date cell needs it parsed (CellMaker)."""
    wanted = [getattr(Customer, c) for c in CUSTOMER_FIELDS if c in columns]
    d = DECIDED.c
    granted = type_coerce(d.granted_at, String)
    return (
        select(d.id, d.reason, d.consent_id, granted, *wanted)
        .select_from(DECIDED)
        .join(Customer, Customer.id == d.id)
        .where(d.reason.in_([code.value for code in BASIS_OF]))
        .order_by(d.id)
    )


class CellMaker:
    """Query rows -> (stored cells for the file, evidence-row tuples). Per-reason facts are looked up
    once: a list of half a million rows spends its time in this loop."""

    def __init__(self, columns: Sequence[str]) -> None:
        fields = [c for c in CUSTOMER_FIELDS if c in columns]
        position = {name: 4 + i for i, name in enumerate(fields)}  # after id, reason, consent id, granted
        self.pick = [position.get(c, -1) for c in columns]
        self.special = {c: i for i, c in enumerate(columns) if c in ("basis", "consent_id", "consent_date")}
        self.bases: dict[str, tuple[str, str, bool]] = {}
        for code, basis in BASIS_OF.items():
            self.bases[code.value] = (basis.value, tr(_CTX, BASIS_TEXTS[basis]), code in _ON_CONSENT_ROW)
        # Usual shape (default_columns): the customer columns first, in query order, then the others;
        # their cells are then one slice of the query row.
        self.n_fields = len(fields)
        self.tail = [None] * (len(columns) - len(fields))
        self.sliced = self.pick[: len(fields)] == list(range(4, 4 + len(fields)))
        self.days = LocalDays()

    def make(self, chunk: Sequence[Any]) -> tuple[list[list[Cell]], list[tuple[Any, ...]]]:
        pick, special, bases, encode = self.pick, self.special, self.bases, _ENCODE
        b_i, id_i, date_i = special.get("basis"), special.get("consent_id"), special.get("consent_date")
        sliced, end, tail, day_of = self.sliced, 4 + self.n_fields, self.tail, self.days
        values: list[list[Cell]] = []
        evidence: list[tuple[Any, ...]] = []
        for r in chunk:
            basis, basis_text, on_row = bases[r[1]]
            consent_id = r[2] if on_row else None
            granted: str | dt.datetime | None = r[3] if on_row else None  # as stored: naive UTC
            if sliced:
                cells: list[Cell] = [*r[4:end], *tail]
            else:
                cells = [r[p] if p >= 0 else None for p in pick]
            if b_i is not None:
                cells[b_i] = basis_text
            if id_i is not None:
                cells[id_i] = consent_id
            if date_i is not None and granted is not None:
                cells[date_i] = day_of(granted)
            values.append(cells)
            evidence.append((r[0], consent_id, basis, granted, encode(cells)))
        return values, evidence


def local_day(stored: str | dt.datetime) -> str:
    """The PC's date of a stored (naive UTC) time, as staff read it, in ISO form."""
    moment = dt.datetime.fromisoformat(stored) if isinstance(stored, str) else stored
    return moment.replace(tzinfo=dt.UTC).astimezone().date().isoformat()


class LocalDays:
    """local_day for many stored times, worked out once per hour of UTC time where that is exact.

    Why: the conversion is a third of the time spent per row of a large export (4 of 12 µs). Within
    one UTC hour the PC's date is the same throughout when its start and its last microsecond have the
    same date AND the same UTC offset: with one offset the local time only moves forward, so no moment
    in between can fall on another date. An hour with a clock change in it (offset differs) or across
    local midnight (date differs) is worked out per time, as local_day does."""

    def __init__(self) -> None:
        self._hours: dict[str | dt.datetime, str | None] = {}

    def __call__(self, stored: str | dt.datetime) -> str:
        # Stored text is "YYYY-MM-DD HH:MM:SS.ffffff" (UTCDateTime); the driver may give a datetime.
        hour = stored[:13] if isinstance(stored, str) else stored.replace(minute=0, second=0, microsecond=0)
        try:
            day = self._hours[hour]
        except KeyError:
            day = self._hours[hour] = _whole_hour_day(hour)
        return day if day is not None else local_day(stored)


def _whole_hour_day(hour: str | dt.datetime) -> str | None:
    start = dt.datetime.fromisoformat(hour + ":00") if isinstance(hour, str) else hour
    first = start.replace(tzinfo=dt.UTC).astimezone()
    last = (start + dt.timedelta(hours=1, microseconds=-1)).replace(tzinfo=dt.UTC).astimezone()
    if first.date() == last.date() and first.utcoffset() == last.utcoffset():
        return first.date().isoformat()
    return None


class RowStore:
    """Evidence rows straight to the driver: SQLite executemany, PostgreSQL COPY (an executemany of
    half a million rows over the wire takes tens of seconds there)."""

    _COLUMNS = ("export_id", "customer_id", "consent_id", "basis", "basis_date", "values_json")

    def __init__(self, connection: Connection, export_id: int) -> None:
        self.connection = connection
        self.export_id = export_id
        self.postgres = connection.dialect.name == "postgresql"
        if not self.postgres:
            self.sql = str(
                insert(CampaignExportRow).compile(dialect=connection.dialect, column_keys=list(self._COLUMNS))
            )

    def add(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Rows of (customer id, consent id, basis, basis date as stored, cells as JSON)."""
        export_id = self.export_id
        prepared = [(export_id, *row) for row in rows]
        if not self.postgres:
            self.connection.exec_driver_sql(self.sql, prepared)
            return
        raw: Any = self.connection.connection.dbapi_connection
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY campaign_export_rows ({', '.join(self._COLUMNS)}) FROM STDIN") as copy,
        ):
            for item in prepared:
                copy.write_row(item)
