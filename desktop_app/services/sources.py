"""Data sources: where customers and consents came from (Art. 14 and 15(1)(g) GDPR)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, Customer, DataSource
from desktop_app.domain.enums import SourceKind
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit


@dataclass(frozen=True)
class SourceInput:
    name: str
    kind: SourceKind = SourceKind.OTHER
    is_third_party: bool = False
    provider: str = ""
    collected_from: dt.date | None = None
    collected_to: dt.date | None = None
    legal_basis_note: str = ""
    retention_months: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class SourceView:
    id: int
    name: str
    kind: SourceKind
    is_third_party: bool
    provider: str
    collected_from: dt.date | None
    collected_to: dt.date | None
    legal_basis_note: str
    retention_months: int | None
    notes: str
    archived: bool
    customer_count: int = 0
    consent_count: int = 0

    def as_input(self) -> SourceInput:
        return SourceInput(
            self.name,
            self.kind,
            self.is_third_party,
            self.provider,
            self.collected_from,
            self.collected_to,
            self.legal_basis_note,
            self.retention_months,
            self.notes,
        )


def _validate(session: Session, data: SourceInput, own_id: int | None) -> str:
    name = " ".join(data.name.split())
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A data source needs a name."))
    if len(name) > 200:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The name is too long (at most 200 characters)."))
    clash = session.execute(
        select(DataSource.id).where(func.lower(DataSource.name) == name.lower())
    ).scalar_one_or_none()
    if clash is not None and clash != own_id:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A data source named “{name}” already exists."), name=name
        )
    if data.collected_from and data.collected_to and data.collected_from > data.collected_to:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "“Collected from” must not be after “collected to”."))
    if data.retention_months is not None and not 1 <= data.retention_months <= 1200:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The retention period must be between 1 and 1200 months.")
        )
    if data.is_third_party and not data.provider.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "A third-party source needs the provider's name (Art. 14 GDPR: the source)."
            )
        )
    return name


def _apply(row: DataSource, name: str, data: SourceInput) -> None:
    row.name = name
    row.kind = SourceKind(data.kind).value
    row.is_third_party = data.is_third_party
    row.provider = data.provider.strip() or None
    row.collected_from = data.collected_from
    row.collected_to = data.collected_to
    row.legal_basis_note = data.legal_basis_note.strip()
    row.retention_months = data.retention_months
    row.notes = data.notes.strip()


def create_source(session: Session, actor: str, data: SourceInput) -> SourceView:
    name = _validate(session, data, None)
    row = DataSource()
    _apply(row, name, data)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "data_source", row.id)
    return _view(row)


def update_source(session: Session, actor: str, source_id: int, data: SourceInput) -> SourceView:
    row = _get(session, source_id)
    name = _validate(session, data, source_id)
    before = _view(row).as_input()
    _apply(row, name, data)
    session.flush()
    changed = sorted(k for k in SourceInput.__dataclass_fields__ if getattr(before, k) != getattr(data, k))
    audit.record(session, actor, "update", "data_source", row.id, "fields: " + ",".join(changed))
    return _view(row)


def set_archived(session: Session, actor: str, source_id: int, archived: bool) -> SourceView:
    row = _get(session, source_id)
    row.archived = archived
    session.flush()
    audit.record(session, actor, "archive" if archived else "unarchive", "data_source", row.id)
    return _view(row)


def _get(session: Session, source_id: int) -> DataSource:
    row = session.get(DataSource, source_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The data source no longer exists."))
    return row


def get_source(session: Session, source_id: int) -> SourceView:
    return _view(_get(session, source_id))


def list_sources(session: Session, include_archived: bool = True) -> list[SourceView]:
    customers = select(Customer.source_id, func.count().label("n")).group_by(Customer.source_id).subquery()
    consents = select(Consent.source_id, func.count().label("n")).group_by(Consent.source_id).subquery()
    query = (
        select(DataSource, func.coalesce(customers.c.n, 0), func.coalesce(consents.c.n, 0))
        .outerjoin(customers, customers.c.source_id == DataSource.id)
        .outerjoin(consents, consents.c.source_id == DataSource.id)
        .order_by(DataSource.archived, func.lower(DataSource.name))
    )
    if not include_archived:
        query = query.where(DataSource.archived.is_(False))
    return [_view(row, n_cust, n_cons) for row, n_cust, n_cons in session.execute(query)]


def _view(row: DataSource, customers: int = 0, consents: int = 0) -> SourceView:
    return SourceView(
        id=row.id,
        name=row.name,
        kind=SourceKind(row.kind),
        is_third_party=row.is_third_party,
        provider=row.provider or "",
        collected_from=row.collected_from,
        collected_to=row.collected_to,
        legal_basis_note=row.legal_basis_note,
        retention_months=row.retention_months,
        notes=row.notes,
        archived=row.archived,
        customer_count=customers,
        consent_count=consents,
    )
