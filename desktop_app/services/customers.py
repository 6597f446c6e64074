"""Customer records: create, edit (with optimistic locking), read, and the duplicate hint.

Derived columns (normal forms, search text, keyed hashes) are recomputed on every write through
services.customer_fields.derive_fields, the same function the import uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.db.base import utcnow
from desktop_app.db.models import Customer, DataSource, Tag
from desktop_app.domain.enums import CustomerKind, CustomerStatus
from desktop_app.domain.normalise import clean_text, normalise_email, normalise_phone
from desktop_app.errors import ConflictError, NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit
from desktop_app.services.customer_fields import (
    check_address,
    check_dates,
    check_email,
    check_lengths,
    check_phone,
    derive_fields,
    phone_region,
)
from desktop_app.services.customer_list import CustomerRow, display_name, rows_by_ids
from desktop_app.services.suppression import SuppressionKeys

CUSTOMER_NO_PREFIX = "K-"
CUSTOMER_NO_DIGITS = 7
MAX_TAG_LENGTH = 80
_TEXT_FIELDS = (
    "customer_no", "salutation", "title", "first_name", "last_name", "company", "email", "phone", "mobile",
    "street", "postcode", "city",
)  # fmt: skip


@dataclass(frozen=True)
class CustomerInput:
    """What a person types into the customer dialog (or an import row carries)."""

    kind: CustomerKind = CustomerKind.CONSUMER
    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "DE"
    birth_date: dt.date | None = None
    is_existing_customer: bool = False
    customer_since: dt.date | None = None
    last_purchase_on: dt.date | None = None
    address_from_sale: bool = False
    informed_right_to_object: bool = False
    notes: str = ""
    source_id: int | None = None
    tags: tuple[str, ...] = ()
    customer_no: str = ""  # empty: the next free "K-0000001"-style number


@dataclass(frozen=True)
class CustomerView:
    id: int
    customer_no: str
    version: int  # pass back to update_customer: a stale version is a conflict
    status: CustomerStatus
    restricted_reason: str
    display_name: str
    kind: CustomerKind
    salutation: str
    title: str
    first_name: str
    last_name: str
    company: str
    email: str
    email_norm: str | None
    phone: str
    phone_e164: str | None
    mobile: str
    mobile_e164: str | None
    street: str
    postcode: str
    city: str
    country: str
    birth_date: dt.date | None
    is_existing_customer: bool
    customer_since: dt.date | None
    last_purchase_on: dt.date | None
    address_from_sale: bool
    informed_right_to_object: bool
    art14_notified_on: dt.date | None
    notes: str
    source_id: int | None
    source_name: str
    tags: tuple[str, ...]
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime

    def as_input(self) -> CustomerInput:
        return CustomerInput(**{f.name: getattr(self, f.name) for f in fields(CustomerInput)})


def _cleaned(data: CustomerInput) -> CustomerInput:
    """Trimmed text everywhere; the country upper-case; postcodes without inner spaces."""
    values: dict[str, Any] = {name: clean_text(getattr(data, name)) for name in _TEXT_FIELDS}
    values["postcode"] = values["postcode"].replace(" ", "")
    tags = _tag_names(data.tags)
    country = clean_text(data.country).upper() or "DE"
    kind = CustomerKind(data.kind)
    return replace(data, **values, tags=tags, country=country, kind=kind, notes=data.notes.strip())


def _tag_names(tags: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for raw in tags:
        name = clean_text(raw)
        if len(name) > MAX_TAG_LENGTH:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "A tag name is too long (at most {limit} characters)."),
                limit=MAX_TAG_LENGTH,
            )
        if name:
            seen.setdefault(name.casefold(), name)
    return tuple(sorted(seen.values(), key=str.casefold))


def _validate(session: Session, data: CustomerInput, own_id: int | None, today: dt.date) -> None:
    check_lengths({name: getattr(data, name) for name in _TEXT_FIELDS})
    if not (data.last_name or data.company):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A customer needs a last name or a company name."))
    if data.kind is CustomerKind.BUSINESS and not data.company:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A business customer needs a company name."))
    check_email(data.email)
    check_phone(data.phone, data.country)
    check_phone(data.mobile, data.country)
    check_address(data.postcode, data.country)
    check_dates(today, data.birth_date, data.customer_since, data.last_purchase_on)
    if data.address_from_sale and not data.is_existing_customer:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“Address obtained in a sale” needs an existing customer (UWG §7(3)): mark the customer "
                "as existing customer or clear the flag.",
            )
        )
    if data.source_id is not None and session.get(DataSource, data.source_id) is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The selected data source no longer exists."))
    if data.customer_no:
        clash = session.execute(
            select(Customer.id).where(Customer.customer_no == data.customer_no)
        ).scalar_one_or_none()
        if clash is not None and clash != own_id:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "The customer number “{number}” is already in use."),
                number=data.customer_no,
            )


def check_input(
    session: Session, data: CustomerInput, own_id: int | None, today: dt.date | None = None
) -> None:
    """Raises the UserError that saving `data` (as customer `own_id`, or a new one) would raise."""
    _validate(session, _cleaned(data), own_id, today or dt.date.today())


def highest_customer_number(session: Session) -> int:
    """The highest number in a "K-0000001"-style customer number; numbers typed in other formats
    do not count."""
    pattern = CUSTOMER_NO_PREFIX + "_" * CUSTOMER_NO_DIGITS
    candidates = session.execute(
        select(Customer.customer_no)
        .where(Customer.customer_no.like(pattern))
        .order_by(Customer.customer_no.desc())
        .limit(100)
    ).scalars()
    return next((int(c[2:]) for c in candidates if c and c[2:].isdigit()), 0)


def next_customer_no(session: Session) -> str:
    number = highest_customer_number(session) + 1
    while True:
        candidate = f"{CUSTOMER_NO_PREFIX}{number:0{CUSTOMER_NO_DIGITS}d}"
        taken = session.execute(select(Customer.id).where(Customer.customer_no == candidate)).first()
        if taken is None:
            return candidate
        number += 1


def _apply(session: Session, row: Customer, data: CustomerInput, keys: SuppressionKeys) -> None:
    for name in (
        "first_name", "last_name", "company", "email", "phone", "mobile", "street", "postcode", "city",
        "country", "birth_date", "is_existing_customer", "customer_since", "last_purchase_on",
        "address_from_sale", "informed_right_to_object", "notes", "source_id",
    ):  # fmt: skip
        setattr(row, name, getattr(data, name))
    row.kind = data.kind.value
    row.salutation = data.salutation or None
    row.title = data.title or None
    row.customer_no = data.customer_no or row.customer_no or next_customer_no(session)
    derived = derive_fields(
        keys,
        customer_no=row.customer_no,
        first_name=data.first_name,
        last_name=data.last_name,
        company=data.company,
        email=data.email,
        phone=data.phone,
        mobile=data.mobile,
        postcode=data.postcode,
        city=data.city,
        country=data.country,
    )
    for name, value in derived.columns().items():
        setattr(row, name, value)
    row.tags = _tags(session, data.tags)


def _tags(session: Session, names: tuple[str, ...]) -> list[Tag]:
    if not names:
        return []
    folded = {n.casefold(): n for n in names}
    # Case-insensitive reuse, so "VIP" and "vip" stay one tag; lower() is enough for tag names.
    existing = session.execute(
        select(Tag).where(func.lower(Tag.name).in_([n.lower() for n in names]))
    ).scalars()
    found = {t.name.casefold(): t for t in existing}
    for key, name in folded.items():
        if key not in found:
            found[key] = Tag(name=name)
            session.add(found[key])
    return [found[key] for key in folded]


def create_customer(
    session: Session, actor: str, data: CustomerInput, today: dt.date | None = None
) -> CustomerView:
    data = _cleaned(data)
    _validate(session, data, None, today or dt.date.today())
    row = Customer(created_by=actor, status=CustomerStatus.ACTIVE.value)
    _apply(session, row, data, SuppressionKeys.load_or_create(session))
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "customer", row.id)
    return _view(session, row)


def update_customer(
    session: Session,
    actor: str,
    customer_id: int,
    data: CustomerInput,
    *,
    version: int,
    today: dt.date | None = None,
) -> CustomerView:
    """Save an edit made on the record as it was at `version`; a newer record is a ConflictError."""
    row = _get(session, customer_id)
    if row.status == CustomerStatus.ERASED.value:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "An erased customer cannot be edited."))
    if row.version_id != version:
        raise _conflict()
    data = _cleaned(data)
    if not data.customer_no:
        data = replace(data, customer_no=row.customer_no or "")
    _validate(session, data, customer_id, today or dt.date.today())
    before = _view(session, row).as_input()
    _apply(session, row, data, SuppressionKeys.load_or_create(session))
    # Always an UPDATE, so an edit of the tags alone also bumps the version other windows compare.
    row.updated_at = utcnow()
    try:
        session.flush()
    except StaleDataError as error:  # another PC saved between our read and our write
        raise _conflict() from error
    changed = sorted(
        f.name for f in fields(CustomerInput) if getattr(before, f.name) != getattr(data, f.name)
    )
    audit.record(session, actor, "update", "customer", row.id, "fields: " + ",".join(changed))
    return _view(session, row)


def _conflict() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this customer (in another window or on another PC) after you opened it. "
            "Reload the customer and make your change again.",
        )
    )


def get_customer(session: Session, customer_id: int) -> CustomerView:
    return _view(session, _get(session, customer_id))


def find_duplicates(
    session: Session,
    email: str | None,
    phone: str | None,
    exclude_id: int | None = None,
    *,
    mobile: str | None = None,
    country: str = "DE",
) -> list[CustomerRow]:
    """Customers (not erased) sharing the normalised e-mail address or a phone number (E.164)."""
    conditions = []
    norm = normalise_email(email)
    if norm:
        conditions.append(Customer.email_norm == norm)
    region = phone_region(country)
    numbers = {n for n in (normalise_phone(phone, region), normalise_phone(mobile, region)) if n}
    if numbers:
        conditions.append(Customer.phone_e164.in_(numbers))
        conditions.append(Customer.mobile_e164.in_(numbers))
    if not conditions:
        return []
    query = select(Customer.id).where(or_(*conditions), Customer.status != CustomerStatus.ERASED.value)
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    ids = list(session.execute(query.order_by(Customer.id).limit(50)).scalars())
    rows = rows_by_ids(session, ids)
    return [rows[i] for i in ids]


def _get(session: Session, customer_id: int) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The customer no longer exists."))
    return row


def _view(session: Session, row: Customer) -> CustomerView:
    source = session.get(DataSource, row.source_id) if row.source_id is not None else None
    return CustomerView(
        id=row.id,
        customer_no=row.customer_no or "",
        version=row.version_id,
        status=CustomerStatus(row.status),
        restricted_reason=row.restricted_reason,
        display_name=display_name(row.first_name, row.last_name, row.company),
        kind=CustomerKind(row.kind),
        salutation=row.salutation or "",
        title=row.title or "",
        first_name=row.first_name,
        last_name=row.last_name,
        company=row.company,
        email=row.email,
        email_norm=row.email_norm,
        phone=row.phone,
        phone_e164=row.phone_e164,
        mobile=row.mobile,
        mobile_e164=row.mobile_e164,
        street=row.street,
        postcode=row.postcode,
        city=row.city,
        country=row.country,
        birth_date=row.birth_date,
        is_existing_customer=row.is_existing_customer,
        customer_since=row.customer_since,
        last_purchase_on=row.last_purchase_on,
        address_from_sale=row.address_from_sale,
        informed_right_to_object=row.informed_right_to_object,
        art14_notified_on=row.art14_notified_on,
        notes=row.notes,
        source_id=row.source_id,
        source_name=source.name if source else "",
        tags=tuple(sorted((t.name for t in row.tags), key=str.casefold)),
        created_by=row.created_by or "",
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
