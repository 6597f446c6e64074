"""The customer list: search, filter, sort and page over up to millions of customers in SQL.

The UI holds only the ordered ids (a few MB for a million rows) and fetches the visible rows by id,
which keeps scrolling smooth and memory flat; see docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Select,
    and_,
    column,
    exists,
    func,
    insert,
    select,
    table,
    text,
)
from sqlalchemy.sql.elements import TextClause, UnaryExpression

from desktop_app.db.core_tables import customer_tags, customers, data_source_names, tags
from desktop_app.domain.enums import Channel, CustomerKind, CustomerStatus

if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlalchemy.orm import Session

    # Every function takes an ORM session or a Core connection: the main window reads its first page
    # through a connection before the ORM is loaded (see docs/ARCHITECTURE.md, "Start-up").
    Reader: TypeAlias = Session | Connection

MIN_INDEXED_TERM = 3  # the trigram index needs three characters; shorter terms scan
_FTS = table("customers_fts", column("rowid"))  # the FTS5 index over customers.search_text (SQLite)
# The matches of the search being shown, found once per read transaction (see _found_once).
_FOUND = table("consentdesk_search_matches", column("id"), schema="temp")


class SortKey(StrEnum):
    NAME = "name"
    CUSTOMER_NO = "customer_no"
    COMPANY = "company"
    CITY = "city"
    POSTCODE = "postcode"
    EMAIL = "email"
    CREATED = "created"


@dataclass(frozen=True)
class CustomerFilter:
    text: str = ""
    status: CustomerStatus | None = None
    kind: CustomerKind | None = None
    source_id: int | None = None
    tag_ids: tuple[int, ...] = ()
    # "Contactable today for purpose x channel": (purpose id, channel code), judged by the rules engine.
    contactable_for: tuple[int, str] | None = None
    sort: SortKey = SortKey.NAME
    descending: bool = False


@dataclass(frozen=True)
class CustomerRow:
    id: int
    customer_no: str
    kind: CustomerKind
    display_name: str
    company: str
    email: str
    phone: str
    postcode: str
    city: str
    status: CustomerStatus
    created_at: dt.datetime


def _terms(raw: str) -> list[str]:
    if not raw or raw.isspace():
        return []
    # Imported on the first search: domain.normalise brings libphonenumber and email-validator, which
    # opening the list does not need (about a tenth of a second at start-up).
    from desktop_app.domain.normalise import clean_text

    return [t.casefold() for t in clean_text(raw).split(" ") if t]


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts_matches(match: str) -> TextClause:
    """The FTS5 condition for an FTS query of _fts_match, over _FTS."""
    return text("customers_fts MATCH :match").bindparams(match=match)


def _connection(reader: Reader) -> Connection:
    return reader if isinstance(reader, Connection) else reader.connection()


def _fts_match(reader: Reader, raw: str, every_term: bool = False) -> str | None:
    """The FTS5 query for the indexed terms (on SQLite), or None; with every_term, None also when a
    term is too short for the index (the index alone does not answer the search then)."""
    terms = _terms(raw)
    indexed = [t for t in terms if len(t) >= MIN_INDEXED_TERM]
    if _connection(reader).dialect.name != "sqlite" or not indexed:
        return None
    if every_term and len(indexed) < len(terms):
        return None
    return " AND ".join(_fts_phrase(t) for t in indexed)


def _text_condition(reader: Reader, raw: str, walk: bool = False) -> ColumnElement[bool] | None:
    """The search condition; with `walk`, the id is tested against the matches as an expression
    (id + 0), so SQLite does not look the matching rows up but walks an index in display order."""
    terms = _terms(raw)
    if not terms:
        return None
    conditions: list[ColumnElement[bool]] = []
    match = _fts_match(reader, raw)
    if match is not None:
        customer_id = customers.c.id + 0 if walk else customers.c.id
        if _found_before(reader, match) is not None:
            matching = select(_FOUND.c.id)
        else:
            matching = select(_FTS.c.rowid).where(_fts_matches(match))
        conditions.append(customer_id.in_(matching))
        terms = [t for t in terms if len(t) < MIN_INDEXED_TERM]
    # search_text is already case-folded, so LIKE needs no lower() and is right for every alphabet.
    conditions.extend(customers.c.search_text.like(f"%{_escape_like(t)}%", escape="\\") for t in terms)
    return and_(*conditions)


def _filtered(reader: Reader, flt: CustomerFilter, query: Select[Any], walk: bool = False) -> Select[Any]:
    condition = _text_condition(reader, flt.text, walk)
    if condition is not None:
        query = query.where(condition)
    if flt.status is not None:
        query = query.where(customers.c.status == flt.status.value)
    else:
        query = query.where(customers.c.status != CustomerStatus.ERASED.value)
    if flt.kind is not None:
        query = query.where(customers.c.kind == flt.kind.value)
    if flt.source_id is not None:
        query = query.where(customers.c.source_id == flt.source_id)
    for tag_id in flt.tag_ids:
        query = query.where(
            exists().where(customer_tags.c.customer_id == customers.c.id, customer_tags.c.tag_id == tag_id)
        )
    if flt.contactable_for is not None:
        query = query.where(customers.c.id.in_(_contactable_ids(reader, *flt.contactable_for)))
    return query


def _contactable_ids(reader: Reader, purpose_id: int, channel: str) -> Select[Any]:
    """The set-based rules engine as a subquery, so the filter combines with search and sorting in SQL."""
    from sqlalchemy.orm import Session

    from desktop_app.services.evaluation import BASIS_OF, PopulationEvaluation

    # The evaluation reads the purpose's policy through the ORM: a session on the same connection
    # (and so the same snapshot) when the list was given a plain connection.
    session = reader if isinstance(reader, Session) else Session(bind=reader)
    decided = PopulationEvaluation(session, purpose_id, Channel(channel), dt.date.today()).query()
    sub = decided.order_by(None).subquery()
    return select(sub.c.id).where(sub.c.reason.in_([code.value for code in BASIS_OF]))


def list_source_names(reader: Reader) -> list[tuple[int, str]]:
    """The sources the list can be filtered by (id, name), archived last: no per-source counts,
    which sources.list_sources adds at the price of grouping every customer and consent."""
    sources = data_source_names.c
    query = select(sources.id, sources.name).order_by(sources.archived, func.lower(sources.name))
    return [(int(i), str(n)) for i, n in _connection(reader).execute(query)]


def list_tags(reader: Reader) -> list[tuple[int, str]]:
    query = select(tags.c.id, tags.c.name).order_by(tags.c.name)
    return [(int(i), str(n)) for i, n in _connection(reader).execute(query)]


def _order(flt: CustomerFilter) -> list[UnaryExpression[Any]]:
    columns: dict[SortKey, list[Column[Any]]] = {
        SortKey.NAME: [customers.c.last_name, customers.c.first_name],
        SortKey.CUSTOMER_NO: [customers.c.customer_no],
        SortKey.COMPANY: [customers.c.company],
        SortKey.CITY: [customers.c.city],
        SortKey.POSTCODE: [customers.c.postcode],
        SortKey.EMAIL: [customers.c.email],
        SortKey.CREATED: [customers.c.created_at],
    }
    chosen = [*columns[flt.sort], customers.c.id]
    return [c.desc() for c in chosen] if flt.descending else [c.asc() for c in chosen]


def count_customers(reader: Reader, flt: CustomerFilter) -> int:
    if flt == CustomerFilter(sort=flt.sort, descending=flt.descending):
        # The unfiltered list, everyone not erased, counted as all minus the erased: SQLite counts a
        # whole table from its b-tree pages, about eight times faster on 1M customers than testing
        # each row's status, and the erased are found through the status index.
        everyone = select(func.count()).select_from(customers)
        erased = everyone.where(customers.c.status == CustomerStatus.ERASED.value)
        connection = _connection(reader)
        return int(connection.execute(everyone).scalar_one()) - int(connection.execute(erased).scalar_one())
    match = _fts_match(reader, flt.text, every_term=True)
    if match is not None and flt == CustomerFilter(text=flt.text, sort=flt.sort, descending=flt.descending):
        # A search and nothing else: counted from the index's matches without reading a customer row
        # (testing each match's status reads a row each: a second for 135,000 matches on 1M
        # customers), minus the erased among them (found through the status index; erasure empties
        # the search text, so normally none).
        erased = select(customers.c.id).where(customers.c.status == CustomerStatus.ERASED.value)
        connection = _connection(reader)
        if connection.get_execution_options().get("readonly"):
            matched = _found_once(reader, match)
            erased_matches = select(func.count()).select_from(_FOUND).where(_FOUND.c.id.in_(erased))
        else:  # a write transaction could change the matches after they were found
            counted = select(func.count()).select_from(_FTS).where(_fts_matches(match))
            matched = int(connection.execute(counted).scalar_one())
            erased_matches = counted.where(_FTS.c.rowid.in_(erased))
        return matched - int(connection.execute(erased_matches).scalar_one())
    query = _filtered(reader, flt, select(customers.c.id))
    return int(_connection(reader).execute(select(func.count()).select_from(query.subquery())).scalar_one())


# A search sorted by name can find its first ids in two ways: read each match's row and sort them all
# (cost ∝ matches), or walk the name index, which holds name and status, testing each entry against
# the matches until enough are found (cost ∝ wanted / matches × customers when the matches are spread
# over the alphabet, as a city, a postcode or a mail domain is). On 1M customers a row read costs about
# seven index entries, so the walk is chosen when matches² ≥ wanted × WALK_SCALE: from 20,000 matches
# for the list's first ids, and for the chunks after them (10,000 ids) from about 45,000. Not below,
# however few ids are wanted (WALK_FLOOR): a last name's ~10,000 matches sit together in the index,
# and the walk would first pass every name before it (for a rare term, the whole index: a quarter of
# a second).
WALK_SCALE = 200_000
WALK_FLOOR = 2_000
# The connection's info key: (transaction, FTS query, its number of matches) as _found_once found them.
_MATCHED = "customer_list.matched"


def _found_once(reader: Reader, match: str) -> int:
    """Finds the matches of the FTS query once, into a temporary table, and returns their number.

    The count, the first ids and the chunks after them all need the matches; the index's answer is the
    dearest part of a search (25 ms for a city on 1M customers), so it is found once for all three.
    Only in a read transaction, whose snapshot the matches stay true to. The table is made within the
    transaction, so it goes with it (on SQLite a temporary table is only the connection's, and making
    it takes no lock on the database: the read transaction stays one).
    """
    connection = _connection(reader)
    connection.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS consentdesk_search_matches (id INTEGER PRIMARY KEY)"
    )
    connection.exec_driver_sql("DELETE FROM temp.consentdesk_search_matches")
    connection.execute(insert(_FOUND).from_select(["id"], select(_FTS.c.rowid).where(_fts_matches(match))))
    matched = int(connection.execute(select(func.count()).select_from(_FOUND)).scalar_one())
    connection.info[_MATCHED] = (connection.get_transaction(), match, matched)
    return matched


def _found_before(reader: Reader, match: str) -> int | None:
    """The number of matches _found_once found for this FTS query in this transaction, or None."""
    connection = _connection(reader)
    found = connection.info.get(_MATCHED)
    if found is None or found[0] is not connection.get_transaction() or found[1] != match:
        return None
    return int(found[2])


def _walks(reader: Reader, flt: CustomerFilter, wanted: int | None) -> bool:
    """Whether the first `wanted` ids (None: all) are found faster by walking the name index."""
    match = _fts_match(reader, flt.text)
    if match is None or flt.sort is not SortKey.NAME:
        return False
    matches = _found_before(reader, match)
    if matches is not None:  # counted just before in this transaction
        return matches * matches >= max(wanted or matches, WALK_FLOOR) * WALK_SCALE
    if wanted is None:
        return False  # every id: reading the rows is about as fast, and needs no count first
    # Reads at most `enough` entries of the index: a bounded price for choosing the plan.
    enough = math.isqrt(max(wanted, WALK_FLOOR) * WALK_SCALE - 1) + 1
    probe = select(_FTS.c.rowid).where(_fts_matches(match)).limit(enough)
    probed = _connection(reader).execute(select(func.count()).select_from(probe.subquery())).scalar_one()
    return int(probed) >= enough


def _ordered_ids(reader: Reader, flt: CustomerFilter, walk: bool = False) -> Select[Any]:
    return _filtered(reader, flt, select(customers.c.id), walk).order_by(*_order(flt))


def customer_ids(reader: Reader, flt: CustomerFilter, limit: int | None = None) -> list[int]:
    """All matching ids in display order (or the first `limit`)."""
    query = _ordered_ids(reader, flt, _walks(reader, flt, limit))
    if limit is not None:
        query = query.limit(limit)
    # Core rather than ORM execution: plain ids need no ORM result processing (a third faster).
    return [int(i) for i in _connection(reader).execute(query).scalars()]


def ordered_query(reader: Reader, flt: CustomerFilter, columns: Sequence[Any]) -> Select[Any]:
    """These columns of every matching customer, in display order (the list export streams it)."""
    return _filtered(reader, flt, select(*columns).select_from(customers)).order_by(*_order(flt))


def customer_id_chunks(
    reader: Reader, flt: CustomerFilter, first: int, size: int
) -> Generator[list[int], None, None]:
    """All matching ids in display order: the first `first`, then `size` at a time.

    The caller keeps `reader` open while it pulls chunks (one read snapshot, one pass over the
    index), so a list of a million can fill in while the first page is already shown. A search
    whose first ids come fastest from walking the name index but whose chunks would not (a few
    thousand matches) takes the first from the walk and the rest from a second query in the same
    snapshot.
    """
    walk_first, walk_rest = _walks(reader, flt, first), _walks(reader, flt, size)
    query = _ordered_ids(reader, flt, walk_first)
    if walk_first and not walk_rest:
        head = [int(i) for i in _connection(reader).execute(query.limit(first)).scalars()]
        yield head
        if len(head) < first:
            return
        query, first = _ordered_ids(reader, flt).offset(first), size
    options = {"yield_per": max(first, size)}  # a server-side cursor where there is one (PostgreSQL)
    result = _connection(reader).execute(query, execution_options=options).scalars()
    try:
        wanted = first
        while chunk := result.fetchmany(wanted):
            yield [int(i) for i in chunk]
            wanted = size
    finally:
        result.close()


_ROW_COLUMNS = (
    customers.c.id,
    customers.c.customer_no,
    customers.c.kind,
    customers.c.first_name,
    customers.c.last_name,
    customers.c.company,
    customers.c.email,
    customers.c.phone,
    customers.c.mobile,
    customers.c.postcode,
    customers.c.city,
    customers.c.status,
    customers.c.created_at,
)


def rows_by_ids(reader: Reader, ids: Sequence[int]) -> dict[int, CustomerRow]:
    """The list rows of these customers: only the columns the list shows, no ORM objects."""
    if not ids:
        return {}
    query = select(*_ROW_COLUMNS).where(customers.c.id.in_(list(ids)))
    return {r.id: _row(r) for r in _connection(reader).execute(query)}


def rows_in_order(reader: Reader, ids: Sequence[int]) -> list[CustomerRow]:
    """rows_by_ids in the order of `ids`; ids without a customer are left out."""
    rows = rows_by_ids(reader, ids)
    return [rows[i] for i in ids if i in rows]


def display_name(first: str, last: str, company: str) -> str:
    person = " ".join(p for p in (first, last) if p)
    if last and first:
        person = f"{last}, {first}"
    return person or company


def _row(c: Any) -> CustomerRow:
    """A CustomerRow from a Customer or a result row with the _ROW_COLUMNS."""
    return CustomerRow(
        id=c.id,
        customer_no=c.customer_no or "",
        kind=CustomerKind(c.kind),
        display_name=display_name(c.first_name, c.last_name, c.company),
        company=c.company,
        email=c.email,
        phone=c.phone or c.mobile,
        postcode=c.postcode,
        city=c.city,
        status=CustomerStatus(c.status),
        created_at=c.created_at,
    )
