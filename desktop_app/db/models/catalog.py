"""Catalog tables: data sources, purposes with their per-channel policy, and consent texts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.db.base import Base, created_at, intpk, optional_str, required_str


class DataSource(Base):
    """Where records came from; Art. 15(1)(g) and Art. 14 GDPR need this per record."""

    __tablename__ = "data_sources"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30))  # SourceKind
    is_third_party: Mapped[bool] = mapped_column(Boolean, default=False)
    provider: Mapped[optional_str]
    collected_from: Mapped[dt.date | None] = mapped_column(Date)
    collected_to: Mapped[dt.date | None] = mapped_column(Date)
    legal_basis_note: Mapped[str] = mapped_column(Text, default="")
    retention_months: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[created_at]


class Purpose(Base):
    __tablename__ = "purposes"

    id: Mapped[intpk]
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_de: Mapped[required_str]
    name_en: Mapped[required_str]
    description_de: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    is_profiling: Mapped[bool] = mapped_column(Boolean, default=False)
    freshness_months: Mapped[int | None] = mapped_column(Integer, default=24)  # None: never stale
    freshness_mode: Mapped[str] = mapped_column(String(10), default="warn")  # FreshnessMode
    retention_months: Mapped[int | None] = mapped_column(Integer)
    recipients: Mapped[str] = mapped_column(Text, default="")  # Art. 30(1)(d) record of processing
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[created_at]

    policies: Mapped[list[PurposeChannelPolicy]] = relationship(
        back_populates="purpose", cascade="all, delete-orphan", order_by="PurposeChannelPolicy.channel"
    )


class PurposeChannelPolicy(Base):
    """Which legal bases suffice for a purpose over one channel (see LEGAL.md, UWG §7)."""

    __tablename__ = "purpose_channel_policies"
    __table_args__ = (UniqueConstraint("purpose_id", "channel"),)

    id: Mapped[intpk]
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(10))  # Channel
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_consent: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_existing_customer: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_presumed_b2b: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_legitimate_interest: Mapped[bool] = mapped_column(Boolean, default=False)
    require_doi: Mapped[bool] = mapped_column(Boolean, default=False)

    purpose: Mapped[Purpose] = relationship(back_populates="policies")


class ConsentText(Base):
    """The exact wording a customer saw. A version referenced by a consent is never edited."""

    __tablename__ = "consent_texts"
    __table_args__ = (UniqueConstraint("purpose_id", "language", "version"),)

    id: Mapped[intpk]
    purpose_id: Mapped[int] = mapped_column(ForeignKey("purposes.id"))
    language: Mapped[str] = mapped_column(String(5))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[required_str]
    body: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    created_by: Mapped[optional_str]
    created_at: Mapped[created_at]
