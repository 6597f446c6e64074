"""Consents, their append-only event history, proof attachments and suppressions.

A `Consent` row is the current state of one customer x purpose x channel, projected from its events so
that set-based SQL over millions of rows stays a plain indexed query; the events are the record.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base, UTCDateTime, created_at, intpk, optional_str, utcnow


class Attachment(Base):
    """A proof artefact (scan, recording, DOI mail) stored in the database so backups carry it."""

    __tablename__ = "attachments"

    id: Mapped[intpk]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_by: Mapped[optional_str]
    created_at: Mapped[created_at]


# The consent columns rules.decide reads besides purpose, channel, status and customer.
EVALUATED_COLUMNS = (
    "legal_basis",
    "granted_at",
    "doi_confirmed_at",
    "withdrawn_at",
    "valid_until",
    "last_used_at",
    "source_third_party",
    "names_business",
    "parental_consent",
    "recorded_at",
)


class Consent(Base):
    __tablename__ = "consents"
    __table_args__ = (
        UniqueConstraint("customer_id", "purpose_id", "channel"),
        # Purpose x channel x status: the customers holding a consent in one state, from the index alone.
        Index("ix_consents_purpose_channel_status", "purpose_id", "channel", "status", "customer_id"),
        # Covering index for the set-based evaluation (services.evaluation): every column the rules
        # read, so a campaign over a million customers never reads the consent rows themselves
        # (a quarter faster on SQLite, for about 120 bytes per consent).
        Index(
            "ix_consents_evaluation",
            "purpose_id",
            "channel",
            "status",
            "customer_id",
            *EVALUATED_COLUMNS,
        ),
    )

    id: Mapped[intpk]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"))
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(12))  # ConsentStatus
    legal_basis: Mapped[str] = mapped_column(String(30), default="consent")  # LegalBasis
    granted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    doi_requested_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    doi_confirmed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    refused_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    capture_method: Mapped[str | None] = mapped_column(String(20))  # CaptureMethod
    source_id: Mapped[int | None] = mapped_column(ForeignKey("data_sources.id"), index=True)
    source_third_party: Mapped[bool] = mapped_column(Boolean, default=False)
    names_business: Mapped[bool] = mapped_column(Boolean, default=True)
    parental_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_text_id: Mapped[int | None] = mapped_column(ForeignKey("consent_texts.id"))
    proof_ref: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)
    recorded_by: Mapped[optional_str]
    recorded_at: Mapped[created_at]
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class ConsentEvent(Base):
    """Append-only: rows are inserted, never updated or deleted (except anonymising free text on erasure)."""

    __tablename__ = "consent_events"

    id: Mapped[intpk]
    consent_id: Mapped[int] = mapped_column(ForeignKey("consents.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # ConsentEventKind
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[created_at]
    recorded_by: Mapped[optional_str]
    legal_basis: Mapped[str | None] = mapped_column(String(30))
    method: Mapped[str | None] = mapped_column(String(20))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("data_sources.id"))
    # The source's third-party flag when the event was recorded, so replaying the events reproduces the
    # consent row even after someone corrected the source.
    source_third_party: Mapped[bool | None] = mapped_column(Boolean)
    consent_text_id: Mapped[int | None] = mapped_column(ForeignKey("consent_texts.id"))
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    names_business: Mapped[bool | None] = mapped_column(Boolean)
    parental_consent: Mapped[bool | None] = mapped_column(Boolean)
    proof_ref: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"), index=True)
    campaign_export_id: Mapped[int | None] = mapped_column(ForeignKey("campaign_exports.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class Suppression(Base):
    """Do-not-contact entry. Holds keyed hashes so it still matches after the customer is erased."""

    __tablename__ = "suppressions"

    id: Mapped[intpk]
    reason: Mapped[str] = mapped_column(String(20))  # SuppressionReason
    channel: Mapped[str | None] = mapped_column(String(10))  # None = every channel
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    email_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    email_loose_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    phone_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    effective_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[created_at]
    recorded_by: Mapped[optional_str]
    note: Mapped[str] = mapped_column(Text, default="")
