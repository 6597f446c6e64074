"""Bookkeeping tables: import batches, audit chain, users, settings, data-subject requests, retention."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base, UTCDateTime, created_at, intpk, optional_str


class ImportBatch(Base):
    __tablename__ = "import_batches"

    id: Mapped[intpk]
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[optional_str]
    mapping_json: Mapped[str] = mapped_column(Text, default="{}")
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    source_id: Mapped[int | None] = mapped_column(ForeignKey("data_sources.id"))
    status: Mapped[str] = mapped_column(String(12), default="committed")  # ImportBatchStatus
    imported_by: Mapped[optional_str]
    imported_at: Mapped[created_at]
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    undone_by: Mapped[optional_str]


class AuditEntry(Base):
    """Append-only, SHA-256 hash-chained: entry_hash = sha256(prev_hash + canonical fields)."""

    __tablename__ = "audit_entries"

    id: Mapped[intpk]
    # Position in the chain (1, 2, 3, ...); hashed, so a deleted or inserted entry breaks the chain.
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(60))
    description: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[intpk]
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(12), default="staff")  # UserRole
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[created_at]


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DataSubjectRequest(Base):
    __tablename__ = "data_subject_requests"

    id: Mapped[intpk]
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    requester: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20))  # RequestKind
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30), default="")
    identity_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    deadline: Mapped[dt.date] = mapped_column(Date)
    extended_until: Mapped[dt.date | None] = mapped_column(Date)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="open")  # RequestStatus
    handled_by: Mapped[optional_str]
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[created_at]


class RetentionRule(Base):
    """Delete or anonymise when no valid consent and no purchase for `months` (per source and/or purpose)."""

    __tablename__ = "retention_rules"

    id: Mapped[intpk]
    source_id: Mapped[int | None] = mapped_column(ForeignKey("data_sources.id"))
    purpose_id: Mapped[int | None] = mapped_column(ForeignKey("purposes.id"))
    months: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[created_at]


class ImportChange(Base):
    """What an import changed on a customer who existed before it: enough to undo the batch.

    The fields' values before the import (JSON, only the changed ones) and the record's version right
    after it: undo restores them only while the version is still that one, i.e. nobody edited since.
    """

    __tablename__ = "import_changes"

    id: Mapped[intpk]
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    version_after: Mapped[int] = mapped_column(Integer)
    before_json: Mapped[str] = mapped_column(Text, default="{}")
    tag_ids_json: Mapped[str] = mapped_column(Text, default="[]")  # tags the import linked
