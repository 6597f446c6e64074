"""Customers, their tags and the customer-level event history (objection, restriction, erasure...)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.db.base import Base, UTCDateTime, created_at, intpk, optional_str
from desktop_app.db.core_tables import customer_tags, customers, tags


class Tag(Base):
    __table__ = tags

    id: Mapped[int]
    name: Mapped[str]


class Customer(Base):
    """Maps core_tables.customers (defined there so the customer list can read it without the ORM)."""

    __table__ = customers

    id: Mapped[int]
    customer_no: Mapped[str | None]
    kind: Mapped[str]  # CustomerKind
    salutation: Mapped[str | None]
    title: Mapped[str | None]
    first_name: Mapped[str]
    last_name: Mapped[str]
    company: Mapped[str]
    email: Mapped[str]
    email_norm: Mapped[str | None]
    phone: Mapped[str]
    phone_e164: Mapped[str | None]
    mobile: Mapped[str]
    mobile_e164: Mapped[str | None]
    email_hash: Mapped[str | None]
    email_loose_hash: Mapped[str | None]
    phone_hash: Mapped[str | None]
    mobile_hash: Mapped[str | None]
    phone_is_mobile: Mapped[bool]
    street: Mapped[str]
    postcode: Mapped[str]
    city: Mapped[str]
    country: Mapped[str]
    birth_date: Mapped[dt.date | None]
    is_existing_customer: Mapped[bool]
    customer_since: Mapped[dt.date | None]
    last_purchase_on: Mapped[dt.date | None]
    address_from_sale: Mapped[bool]
    informed_right_to_object: Mapped[bool]
    art14_notified_on: Mapped[dt.date | None]
    notes: Mapped[str]
    search_text: Mapped[str]
    status: Mapped[str]  # CustomerStatus
    restricted_reason: Mapped[str]
    erased_at: Mapped[dt.datetime | None]
    source_id: Mapped[int | None]
    import_batch_id: Mapped[int | None]
    created_by: Mapped[str | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    version_id: Mapped[int]

    tags: Mapped[list[Tag]] = relationship(secondary=customer_tags, order_by="Tag.name")

    __mapper_args__ = {"version_id_col": customers.c.version_id}


class CustomerEvent(Base):
    """Customer-level history that is not a consent: objections, restrictions, erasure, merges."""

    __tablename__ = "customer_events"

    id: Mapped[intpk]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # CustomerEventKind
    channel: Mapped[str | None] = mapped_column(String(10))
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[created_at]
    recorded_by: Mapped[optional_str]
    method: Mapped[str | None] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    related_customer_id: Mapped[int | None] = mapped_column(Integer)
