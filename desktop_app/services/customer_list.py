"""The customer list: search, filter, sort and page over up to millions of customers in SQL.

The UI holds only the ordered ids (a few MB for a million rows) and fetches the visible rows by id,
which keeps scrolling smooth and memory flat; see docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import UnaryExpression

from desktop_app.db.models import Customer, DataSource, Tag, customer_tags
from desktop_app.domain.enums import Channel, CustomerKind, CustomerStatus

MIN_INDEXED_TERM = 3  # the trigram index needs three characters; shorter terms scan


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


def _text_condition(session: Session, raw: str) -> ColumnElement[bool] | None:
    terms = _terms(raw)
    if not terms:
        return None
    conditions: list[ColumnElement[bool]] = []
    indexed = [t for t in terms if len(t) >= MIN_INDEXED_TERM]
    if session.get_bind().dialect.name == "sqlite" and indexed:
        match = " AND ".join(_fts_phrase(t) for t in indexed)
        conditions.append(
            Customer.id.in_(
                select(text("rowid"))
                .select_from(text("customers_fts"))
                .where(text("customers_fts MATCH :match").bindparams(match=match))
            )
        )
        terms = [t for t in terms if len(t) < MIN_INDEXED_TERM]
    # search_text is already case-folded, so LIKE needs no lower() and is right for every alphabet.
    conditions.extend(Customer.search_text.like(f"%{_escape_like(t)}%", escape="\\") for t in terms)
    return and_(*conditions)


def _filtered(session: Session, flt: CustomerFilter, query: Select[Any]) -> Select[Any]:
    condition = _text_condition(session, flt.text)
    if condition is not None:
        query = query.where(condition)
    if flt.status is not None:
        query = query.where(Customer.status == flt.status.value)
    else:
        query = query.where(Customer.status != CustomerStatus.ERASED.value)
    if flt.kind is not None:
        query = query.where(Customer.kind == flt.kind.value)
    if flt.source_id is not None:
        query = query.where(Customer.source_id == flt.source_id)
    for tag_id in flt.tag_ids:
        query = query.where(
            exists().where(customer_tags.c.customer_id == Customer.id, customer_tags.c.tag_id == tag_id)
        )
    if flt.contactable_for is not None:
        query = query.where(Customer.id.in_(_contactable_ids(session, *flt.contactable_for)))
    return query


def _contactable_ids(session: Session, purpose_id: int, channel: str) -> Select[Any]:
    """The set-based rules engine as a subquery, so the filter combines with search and sorting in SQL."""
    from desktop_app.services.evaluation import BASIS_OF, PopulationEvaluation

    decided = PopulationEvaluation(session, purpose_id, Channel(channel), dt.date.today()).query()
    sub = decided.order_by(None).subquery()
    return select(sub.c.id).where(sub.c.reason.in_([code.value for code in BASIS_OF]))


def list_source_names(session: Session) -> list[tuple[int, str]]:
    """The sources the list can be filtered by (id, name), archived last: no per-source counts,
    which sources.list_sources adds at the price of grouping every customer and consent."""
    query = select(DataSource.id, DataSource.name).order_by(DataSource.archived, func.lower(DataSource.name))
    return [(int(i), str(n)) for i, n in session.execute(query)]


def list_tags(session: Session) -> list[tuple[int, str]]:
    return [(int(i), str(n)) for i, n in session.execute(select(Tag.id, Tag.name).order_by(Tag.name))]


def _order(flt: CustomerFilter) -> list[UnaryExpression[Any]]:
    columns: dict[SortKey, list[InstrumentedAttribute[Any]]] = {
        SortKey.NAME: [Customer.last_name, Customer.first_name],
        SortKey.CUSTOMER_NO: [Customer.customer_no],
        SortKey.COMPANY: [Customer.company],
        SortKey.CITY: [Customer.city],
        SortKey.POSTCODE: [Customer.postcode],
        SortKey.EMAIL: [Customer.email],
        SortKey.CREATED: [Customer.created_at],
    }
    chosen = [*columns[flt.sort], Customer.id]
    return [c.desc() for c in chosen] if flt.descending else [c.asc() for c in chosen]


def count_customers(session: Session, flt: CustomerFilter) -> int:
    if flt == CustomerFilter(sort=flt.sort, descending=flt.descending):
        # The unfiltered list, everyone not erased, counted as all minus the erased: SQLite counts a
        # whole table from its b-tree pages, about eight times faster on 1M customers than testing
        # each row's status, and the erased are found through the status index.
        everyone = select(func.count()).select_from(Customer)
        erased = everyone.where(Customer.status == CustomerStatus.ERASED.value)
        return int(session.execute(everyone).scalar_one()) - int(session.execute(erased).scalar_one())
    query = _filtered(session, flt, select(Customer.id))
    return int(session.execute(select(func.count()).select_from(query.subquery())).scalar_one())


def customer_ids(session: Session, flt: CustomerFilter, limit: int | None = None) -> list[int]:
    """All matching ids in display order (or the first `limit`)."""
    query = _filtered(session, flt, select(Customer.id)).order_by(*_order(flt))
    if limit is not None:
        query = query.limit(limit)
    # Core rather than ORM execution: plain ids need no ORM result processing (a third faster).
    return [int(i) for i in session.connection().execute(query).scalars()]


def ordered_query(session: Session, flt: CustomerFilter, columns: Sequence[Any]) -> Select[Any]:
    """These columns of every matching customer, in display order (the list export streams it)."""
    return _filtered(session, flt, select(*columns).select_from(Customer)).order_by(*_order(flt))


def customer_id_chunks(
    session: Session, flt: CustomerFilter, first: int, size: int
) -> Generator[list[int], None, None]:
    """All matching ids in display order from one query: the first `first`, then `size` at a time.

    The caller keeps `session` open while it pulls chunks (one read snapshot, one pass over the
    index), so a list of a million can fill in while the first page is already shown.
    """
    query = _filtered(session, flt, select(Customer.id)).order_by(*_order(flt))
    options = {"yield_per": max(first, size)}  # a server-side cursor where there is one (PostgreSQL)
    result = session.connection().execute(query, execution_options=options).scalars()
    try:
        wanted = first
        while chunk := result.fetchmany(wanted):
            yield [int(i) for i in chunk]
            wanted = size
    finally:
        result.close()


_ROW_COLUMNS = (
    Customer.id,
    Customer.customer_no,
    Customer.kind,
    Customer.first_name,
    Customer.last_name,
    Customer.company,
    Customer.email,
    Customer.phone,
    Customer.mobile,
    Customer.postcode,
    Customer.city,
    Customer.status,
    Customer.created_at,
)


def rows_by_ids(session: Session, ids: Sequence[int]) -> dict[int, CustomerRow]:
    """The list rows of these customers: only the columns the list shows, no ORM objects."""
    if not ids:
        return {}
    query = select(*_ROW_COLUMNS).where(Customer.id.in_(list(ids)))
    return {r.id: _row(r) for r in session.connection().execute(query)}


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
