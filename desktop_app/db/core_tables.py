"""The tables the customer list reads, as SQLAlchemy Core: importable without the ORM.

The main window shows its first page of customers before the ORM and the other models are loaded
(about a third of the start-up time); the models map these same Table objects (Customer, Tag), so
there is one definition of each table. The naming convention gives every constraint a deterministic
name, which Alembic's batch mode on SQLite needs to alter or drop constraints later.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    column,
    false,
    table,
)

from desktop_app.db.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

METADATA = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _text(name: str, length: int | None = 200, default: str = "") -> Column[str]:
    return Column(name, String(length) if length else Text(), nullable=False, default=default)


def _optional(name: str, length: int = 200) -> Column[str]:
    return Column(name, String(length), nullable=True)


tags = Table(
    "tags",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False, unique=True),
)

customers = Table(
    "customers",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("customer_no", String(60), unique=True),
    _text("kind", 10, "consumer"),  # CustomerKind
    _optional("salutation"),
    _optional("title"),
    _text("first_name"),
    _text("last_name"),
    _text("company"),
    _text("email", 320),
    # Normalised forms are what matching and suppression use; the originals are kept as entered.
    Column("email_norm", String(320), index=True),
    _text("phone", 60),
    Column("phone_e164", String(20), index=True),
    _text("mobile", 60),
    Column("mobile_e164", String(20), index=True),
    # Keyed hashes (HMAC, see services.suppression) of the contact points, so set-based SQL can match
    # suppressions that outlived an erased record without ever storing the key in the database.
    # Indexed: the set-based evaluation goes from the (few) suppressions to the customers they match.
    Column("email_hash", String(64), index=True),
    Column("email_loose_hash", String(64), index=True),
    Column("phone_hash", String(64), index=True),
    Column("mobile_hash", String(64), index=True),
    # Whether `phone` is a mobile number (normalise.is_mobile of phone_e164): SMS can go to it. Stored
    # because SQL cannot run libphonenumber, and the Python and SQL evaluations must read the same fact.
    Column("phone_is_mobile", Boolean, nullable=False, default=False, server_default=false()),
    _text("street"),
    _text("postcode", 12),
    _text("city", 120),
    _text("country", 2, "DE"),
    Column("birth_date", Date),
    Column("is_existing_customer", Boolean, nullable=False, default=False),
    Column("customer_since", Date),
    Column("last_purchase_on", Date),
    Column("address_from_sale", Boolean, nullable=False, default=False),
    Column("informed_right_to_object", Boolean, nullable=False, default=False),
    Column("art14_notified_on", Date),
    _text("notes", None),
    # Case-folded name, company, contact data, city and number; the search index runs over it.
    _text("search_text", None),
    _text("status", 12, "active"),  # CustomerStatus
    _text("restricted_reason", None),
    Column("erased_at", UTCDateTime()),
    Column("source_id", ForeignKey("data_sources.id"), index=True),
    Column("import_batch_id", ForeignKey("import_batches.id"), index=True),
    _optional("created_by"),
    Column("created_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("updated_at", UTCDateTime(), nullable=False, default=utcnow, onupdate=utcnow),
    # Optimistic locking: a second window saving stale data gets a clear conflict instead of overwriting.
    Column("version_id", Integer, nullable=False, default=1),
    # Covers the default list order and the "not erased" filter without touching the table.
    Index("ix_customers_name_status", "last_name", "first_name", "status"),
    Index("ix_customers_status", "status"),
    # Campaign segments by postcode range (the usual regional mailing) read their customers from
    # here instead of scanning every row: 0.7 s -> 0.1 s for a tenth of 1M (migration 0002).
    Index("ix_customers_postcode", "postcode"),
    # And by city: ix_customers_city_lower on lower(city), made by hand in migration 0003.
)

customer_tags = Table(
    "customer_tags",
    METADATA,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

# The columns of data_sources the list's source filter names (the table itself is models.DataSource;
# tests/db/test_core_tables.py checks that these columns are its columns).
data_source_names = table(
    "data_sources", column("id", Integer), column("name", String), column("archived", Boolean)
)
