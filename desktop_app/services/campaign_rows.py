"""The rows of a campaign export: the segment decided once, the contactable rows' cells and evidence.

Why a temporary table: the export needs the breakdown by reason before it writes (the progress total,
the Excel row limit, the evidence's counts) and then the contactable rows themselves. Running the rules
engine's CASE twice over a million customers (once to count, once to select) cost as much as writing
the file; deciding everyone once into `consentdesk_decided` (id, reason, consent id and its grant
time) and then counting and joining that small table costs one evaluation. The table lives in the
export's transaction only and is dropped at the end (SQLite: TEMP table of this connection;
PostgreSQL: temporary table).

The cells come out of SQL ready for the file (export_rows): the basis text, the consent id where the
basis rests on the consent row, and its grant time as the PC's date, looked up in a second small
temporary table `consentdesk_days` (grant hour -> local date, worked out in Python once per hour:
hour_day). So the file needs no work per row in Python besides the writer's own, and on SQLite the
evidence rows are written by one INSERT ... SELECT of the same cells as JSON (json_array gives exactly
the compact JSON Python's encoder gives), without passing through Python at all. On PostgreSQL, whose
JSON functions write other spacing, the evidence rows are encoded in Python and sent by COPY.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Integer,
    MetaData,
    String,
    Table,
    case,
    cast,
    exc,
    func,
    insert,
    literal,
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

__all__ = [
    "EVIDENCE_COLUMNS",
    "PythonRowStore",
    "decided",
    "evidence_in_sql",
    "export_rows",
    "hour_day",
    "local_day",
    "store_evidence",
]

_CTX = "CampaignExport"
CUSTOMER_FIELDS = (
    "customer_no", "salutation", "title", "first_name", "last_name", "company", "email", "phone", "mobile",
    "street", "postcode", "city", "country",
)  # fmt: skip
_ON_CONSENT_ROW = (ReasonCode.CONSENT_VALID, ReasonCode.PRESUMED_CONSENT_B2B)
# The evidence columns export_rows(with_evidence=True) puts before the cells.
EVIDENCE_COLUMNS = ("customer_id", "consent_id", "basis", "basis_date")


def _row_encoder() -> Callable[[Sequence[Cell]], str]:
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
_META = MetaData()
DECIDED = Table(
    "consentdesk_decided",
    _META,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("reason", String(60), nullable=False),
    Column("consent_id", Integer),
    Column("granted_at", Consent.__table__.c.granted_at.type),  # of that consent: the export's date column
    prefixes=["TEMPORARY"],
)
# The PC's date of each grant hour of the contactable rows (stamp: "YYYY-MM-DD HH"), and of each
# single grant time in the rare hours whose date is not the same throughout (stamp: the full time).
DAYS = Table(
    "consentdesk_days",
    _META,
    Column("stamp", String(40), primary_key=True),
    Column("day", String(10), nullable=False),
    prefixes=["TEMPORARY"],
)


@contextlib.contextmanager
def decided(
    session: Session, evaluation: PopulationEvaluation, scope: CustomerScope | None
) -> Iterator[dict[ReasonCode, int]]:
    """Fills DECIDED with the decision for every customer in scope, and DAYS with the local dates of
    the contactable rows' grant times; yields the count per reason. Both tables are dropped on the way
    out."""
    # stream_results off: on PostgreSQL it would wrap the DDL in DECLARE ... CURSOR.
    connection = session.connection().execution_options(stream_results=False)
    DECIDED.create(connection)
    DAYS.create(connection)
    try:
        # The grant time rides along from the consent row the evaluation reads anyway, so that the
        # rows need not join the consents again (a third of reading them).
        with_row, without_row = evaluation.halves(scope)
        both = union_all(with_row.add_columns(Consent.granted_at), without_row.add_columns(null()))
        connection.execute(insert(DECIDED).from_select(["id", "reason", "consent_id", "granted_at"], both))
        if connection.dialect.name == "postgresql":
            connection.execute(text(f"ANALYZE {DECIDED.name}"))  # temporary tables are never auto-analysed
        rows = connection.execute(select(DECIDED.c.reason, func.count()).group_by(DECIDED.c.reason))
        counts = {ReasonCode(reason): int(n) for reason, n in rows}
        _fill_days(connection)
        yield counts
    finally:
        DAYS.drop(connection)
        DECIDED.drop(connection)


def _stamp(connection: Connection, full: bool) -> ColumnElement[str]:
    """A grant time of DECIDED as text, "YYYY-MM-DD HH" (its hour) or the whole time as SQLite stores
    it ("YYYY-MM-DD HH:MM:SS.ffffff")."""
    granted = DECIDED.c.granted_at
    if connection.dialect.name == "postgresql":
        return func.to_char(granted, "YYYY-MM-DD HH24:MI:SS.US" if full else "YYYY-MM-DD HH24")
    # Text affinity (CAST), so that the lookup in DAYS can use its key; the column's NUMERIC affinity
    # would keep the index out and scan DAYS for every row.
    stored = cast(granted, String)
    return stored if full else func.substr(stored, 1, 13)


def _on_row() -> ColumnElement[bool]:
    return DECIDED.c.reason.in_([code.value for code in _ON_CONSENT_ROW])


def _fill_days(connection: Connection) -> None:
    """DAYS for the grant times of the contactable rows on a consent row: one date per UTC hour, and
    per single time in an hour whose local date changes within it (hour_day)."""
    hours = connection.execute(select(_stamp(connection, False)).where(_on_row()).distinct()).scalars()
    found: list[dict[str, str]] = []
    mixed: list[str] = []
    for hour in hours:
        day = hour_day(hour)
        if day is None:
            mixed.append(hour)
        else:
            found.append({"stamp": hour, "day": day})
    if mixed:
        exact = _stamp(connection, True)
        times = connection.execute(
            select(exact).where(_on_row(), _stamp(connection, False).in_(mixed)).distinct()
        ).scalars()
        found += [{"stamp": t, "day": local_day(t)} for t in times]
    if found:
        connection.execute(insert(DAYS), found)


# The two lookups of a grant time's local date (DAYS): by its hour, or, in a mixed hour, by itself.
_HOUR_DAY, _TIME_DAY = DAYS.alias("hour_day"), DAYS.alias("time_day")


def _mixed_hours(connection: Connection) -> bool:
    """Whether DAYS holds single times (of hours whose date changes within them): only then does a
    row need the second lookup. Never in Germany, whose clock changes at a full UTC hour."""
    mixed = select(DAYS.c.stamp).where(func.length(DAYS.c.stamp) > 13).limit(1)
    return connection.execute(mixed).first() is not None


def _cells(columns: Sequence[str], mixed: bool) -> list[ColumnElement[Any]]:
    """The cells of a contactable row as the file and the evidence store them (export_rows)."""
    d = DECIDED.c
    on_row = _on_row()
    day = func.coalesce(_HOUR_DAY.c.day, _TIME_DAY.c.day) if mixed else _HOUR_DAY.c.day
    texts = {code.value: literal(tr(_CTX, BASIS_TEXTS[basis]), String) for code, basis in BASIS_OF.items()}
    cells: list[ColumnElement[Any]] = []
    for c in columns:
        if c in CUSTOMER_FIELDS:
            cells.append(Customer.__table__.c[c])
        elif c == "basis":
            cells.append(case(texts, value=d.reason))
        elif c == "consent_id":
            cells.append(case((on_row, d.consent_id)))
        else:  # consent_date
            cells.append(case((on_row, day)))
    return cells


def _evidence() -> list[ColumnElement[Any]]:
    """EVIDENCE_COLUMNS; the grant time as the driver gives it (SQLite: the stored text), stored back
    unchanged."""
    d = DECIDED.c
    on_row = _on_row()
    basis_of = {code.value: basis.value for code, basis in BASIS_OF.items()}
    return [
        d.id,
        case((on_row, d.consent_id)),
        case(basis_of, value=d.reason),
        case((on_row, type_coerce(d.granted_at, String))),
    ]


def _contactable(connection: Connection, mixed: bool, *selected: ColumnElement[Any]) -> Any:
    d = DECIDED.c
    customers = Customer.__table__
    query = (
        select(*selected)
        .select_from(DECIDED)
        .join(customers, customers.c.id == d.id)
        .outerjoin(_HOUR_DAY, _HOUR_DAY.c.stamp == _stamp(connection, False))
    )
    if mixed:
        query = query.outerjoin(_TIME_DAY, _TIME_DAY.c.stamp == _stamp(connection, True))
    return query.where(d.reason.in_([code.value for code in BASIS_OF])).order_by(d.id)


def export_rows(connection: Connection, columns: Sequence[str], *, with_evidence: bool = False) -> Any:
    """The cells of every contactable customer in DECIDED, in id order (the table's key: no sort), as
    the file and the evidence store them: the chosen customer columns, the basis text, and the consent
    id and consent date (ISO text of the PC's date) where the basis rests on the consent row.
    with_evidence: EVIDENCE_COLUMNS first, then the cells."""
    evidence = _evidence() if with_evidence else []
    mixed = _mixed_hours(connection)
    return _contactable(connection, mixed, *evidence, *_cells(columns, mixed))


def store_evidence(connection: Connection, export_id: int, columns: Sequence[str]) -> None:
    """SQLite: the evidence rows of every contactable customer in DECIDED by one INSERT ... SELECT, in
    id order, the cells as json_array: the same text as Python's compact encoder gives (umlauts as
    written, the same escapes; tests/services/test_campaign_evidence_sql.py)."""
    mixed = _mixed_hours(connection)
    cells = func.json_array(*_cells(columns, mixed))
    source = _contactable(connection, mixed, literal(export_id, Integer), *_evidence(), cells)
    target = ["export_id", *EVIDENCE_COLUMNS, "values_json"]
    connection.execute(insert(CampaignExportRow).from_select(target, source))


class PythonRowStore:
    """The evidence rows from export_rows(with_evidence=True), encoded in Python: on PostgreSQL (its
    JSON functions space their output differently) sent by COPY (an executemany of half a million
    rows over the wire takes tens of seconds); on an SQLite built without its JSON functions (they
    are built in since 3.38, so hardly ever) by executemany."""

    _COLUMNS = ("export_id", *EVIDENCE_COLUMNS, "values_json")

    def __init__(self, connection: Connection, export_id: int) -> None:
        self.connection = connection
        self.export_id = export_id

    def add(self, rows: Sequence[Sequence[Any]]) -> None:
        export_id, encode, n = self.export_id, _ENCODE, len(EVIDENCE_COLUMNS)
        raw: Any = self.connection.connection.dbapi_connection
        if self.connection.dialect.name != "postgresql":
            marks = ", ".join("?" * len(self._COLUMNS))
            sql = f"INSERT INTO campaign_export_rows ({', '.join(self._COLUMNS)}) VALUES ({marks})"
            with contextlib.closing(raw.cursor()) as cursor:
                cursor.executemany(sql, [(export_id, *r[:n], encode(r[n:])) for r in rows])
            return
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY campaign_export_rows ({', '.join(self._COLUMNS)}) FROM STDIN") as copy,
        ):
            for r in rows:
                copy.write_row((export_id, *r[:n], encode(r[n:])))


def evidence_in_sql(connection: Connection) -> bool:
    """Whether store_evidence can write the evidence rows in SQL: SQLite with its JSON functions."""
    if connection.dialect.name != "sqlite":
        return False
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("SELECT json_array(1)")
    except exc.OperationalError:  # "no such function: json_array"
        return False
    return True


def local_day(stored: str | dt.datetime) -> str:
    """The PC's date of a stored (naive UTC) time, as staff read it, in ISO form."""
    moment = dt.datetime.fromisoformat(stored) if isinstance(stored, str) else stored
    return moment.replace(tzinfo=dt.UTC).astimezone().date().isoformat()


def hour_day(hour: str) -> str | None:
    """The PC's date throughout one UTC hour ("YYYY-MM-DD HH", as _stamp gives it), or None when the
    date changes within the hour.

    Why: converting every grant time of a large export on its own cost a third of the time per row.
    Within one UTC hour the PC's date is the same throughout when its start and its last microsecond
    have the same date AND the same UTC offset: with one offset the local time only moves forward, so
    no moment in between can fall on another date. An hour with a clock change in it (offset differs)
    or across local midnight (date differs) is worked out per time (local_day)."""
    start = dt.datetime.fromisoformat(hour + ":00")
    first = start.replace(tzinfo=dt.UTC).astimezone()
    last = (start + dt.timedelta(hours=1, microseconds=-1)).replace(tzinfo=dt.UTC).astimezone()
    if first.date() == last.date() and first.utcoffset() == last.utcoffset():
        return first.date().isoformat()
    return None
