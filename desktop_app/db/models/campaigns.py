"""Campaigns and the evidence snapshot of every export made for them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base, UTCDateTime, created_at, intpk, optional_str, utcnow


class Campaign(Base):
    __tablename__ = "campaigns"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"))
    channel: Mapped[str] = mapped_column(String(10))
    planned_on: Mapped[dt.date | None] = mapped_column(Date)
    owner: Mapped[optional_str]
    segment_json: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[str] = mapped_column(String(12), default="draft")  # CampaignStatus
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[created_at]
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class CampaignExport(Base):
    """One export as it was: parameters, who, when, the file's hash and the rule version."""

    __tablename__ = "campaign_exports"

    id: Mapped[intpk]
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"), index=True)
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"))
    channel: Mapped[str] = mapped_column(String(10))
    as_of: Mapped[dt.date] = mapped_column(Date)
    params_json: Mapped[str] = mapped_column(Text, default="{}")
    columns_json: Mapped[str] = mapped_column(Text, default="[]")
    file_name: Mapped[str] = mapped_column(String(255))
    file_format: Mapped[str] = mapped_column(String(10))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    excluded_json: Mapped[str] = mapped_column(Text, default="{}")
    rules_version: Mapped[str] = mapped_column(String(20))
    audit_anchor: Mapped[str] = mapped_column(String(100), default="")
    exported_by: Mapped[optional_str]
    exported_at: Mapped[created_at]


class CampaignExportRow(Base):
    __tablename__ = "campaign_export_rows"

    id: Mapped[intpk]
    export_id: Mapped[int] = mapped_column(ForeignKey("campaign_exports.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id"))
    basis: Mapped[str] = mapped_column(String(30))  # LegalBasis used for this row
    basis_date: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # The cells exactly as exported, so the file can be reproduced after the customer record changed.
    values_json: Mapped[str] = mapped_column(Text, default="[]")
