"""Undoing an import batch: what it created goes, what it changed is restored - unless someone has
worked with it since, in which case it stays and is listed.

- A consent event the batch wrote is removed only while no later event (a withdrawal, a campaign's
  use, a renewal by staff) follows it; the consent row is then re-projected from the events left, or
  removed with them when the batch created it. The history is append-only for everything else.
- A customer the batch created is removed only while untouched: version 1 (any edit bumps it), no
  consents left, no customer events (objection, restriction, erasure), no suppression naming it, no
  campaign export row, no data-subject request, no later import's change.
- A customer the batch updated gets its fields back (import_changes.before_json) while its version is
  still the one the batch left; tags the batch linked are unlinked on the same condition.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, exists, select, tuple_, update
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.models import (
    CampaignExportRow,
    Consent,
    ConsentEvent,
    Customer,
    CustomerEvent,
    DataSubjectRequest,
    ImportBatch,
    ImportChange,
    Purpose,
    Suppression,
    customer_tags,
)
from desktop_app.domain.enums import ImportBatchStatus
from desktop_app.domain.ledger import STORED_FIELDS
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services import audit
from desktop_app.services.customer_fields import derive_fields
from desktop_app.services.importing.writer import column_value
from desktop_app.services.ledger import replay_consent
from desktop_app.services.suppression import SuppressionKeys

_STEP = 500
_DERIVED_FROM = (
    "customer_no", "first_name", "last_name", "company", "email", "phone", "mobile", "postcode", "city",
    "country",
)  # fmt: skip
_IMPORT = "Import"
_CONSENT_CHANGED = QT_TRANSLATE_NOOP(
    "Import", "Consent {purpose} / {channel} was changed after the import; it is kept."
)
_CUSTOMER_USED = QT_TRANSLATE_NOOP(
    "Import",
    "The customer was edited or used after the import (consents, events, exports or requests); kept.",
)
_CUSTOMER_EDITED = QT_TRANSLATE_NOOP(
    "Import", "The customer was edited after the import; the import's changes to it are kept."
)


@dataclass(frozen=True, slots=True)
class Kept:
    customer_id: int
    customer_no: str
    reason: str  # translated


@dataclass(frozen=True)
class UndoReport:
    batch_id: int
    customers_removed: int
    customers_restored: int
    consents_removed: int
    events_removed: int
    kept: tuple[Kept, ...] = field(default_factory=tuple)

    @property
    def changes_nothing(self) -> bool:
        return not (self.customers_removed or self.customers_restored or self.events_removed)


_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no import batch {batch}.")
_ALREADY = QT_TRANSLATE_NOOP("Errors", "Import batch {batch} has already been undone.")


def undo_batch(session: Session, actor: str, batch_id: int) -> UndoReport:
    batch = _undoable(session, batch_id)
    report = _undo(session, batch_id)
    removed, restored = report.customers_removed, report.customers_restored
    consents, events, kept = report.consents_removed, report.events_removed, report.kept
    batch.status = ImportBatchStatus.UNDONE.value
    batch.undone_at = utcnow()
    batch.undone_by = actor
    session.flush()
    audit.record(
        session, actor, "undo_import", "import_batch", batch_id,
        f"customers_removed={removed} restored={restored} consents_removed={consents} "
        f"events_removed={events} kept={len(kept)}",
    )  # fmt: skip
    return report


def preview_undo(session: Session, batch_id: int) -> UndoReport:
    """What undo_batch would do now, without doing it: the same work in a savepoint rolled back.

    Raises like undo_batch for a batch that does not exist or is already undone. An UndoReport with
    nothing removed or restored (``changes_nothing``) means the import can no longer be undone: every
    customer and consent it wrote has been worked on since (``kept`` says how).
    """
    _undoable(session, batch_id)
    savepoint = session.begin_nested()
    try:
        return _undo(session, batch_id)
    finally:
        savepoint.rollback()
        session.expire_all()


def _undoable(session: Session, batch_id: int) -> ImportBatch:
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound(_NOT_FOUND, batch=batch_id)
    if batch.status == ImportBatchStatus.UNDONE.value:
        raise UserError(_ALREADY, batch=batch_id)
    return batch


def _undo(session: Session, batch_id: int) -> UndoReport:
    kept: list[Kept] = []
    consents, events = _undo_consents(session, batch_id, kept)
    removed = _remove_customers(session, batch_id, kept)
    restored = _restore_customers(session, batch_id, kept)
    return UndoReport(batch_id, removed, restored, consents, events, tuple(kept))


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _STEP):
        yield ordered[start : start + _STEP]


def _undo_consents(session: Session, batch_id: int, kept: list[Kept]) -> tuple[int, int]:
    touched = list(
        session.execute(
            select(ConsentEvent.consent_id).where(ConsentEvent.import_batch_id == batch_id).distinct()
        ).scalars()
    )
    removed_consents = removed_events = 0
    for part in _chunks(touched):
        history: dict[int, list[tuple[int, int | None]]] = {}
        query = (
            select(ConsentEvent.consent_id, ConsentEvent.id, ConsentEvent.import_batch_id)
            .where(ConsentEvent.consent_id.in_(part))
            .order_by(ConsentEvent.id)
        )
        for consent_id, event_id, batch in session.execute(query):
            history.setdefault(consent_id, []).append((event_id, batch))
        drop_consents: list[int] = []
        drop_events: list[int] = []
        reproject: list[int] = []
        for consent_id, events in history.items():
            first = next(i for i, (_, batch) in enumerate(events) if batch == batch_id)
            later = events[first:]
            if any(batch != batch_id for _, batch in later):
                kept.append(_kept_consent(session, consent_id))
                continue
            drop_events += [event_id for event_id, _ in later]
            (reproject if first else drop_consents).append(consent_id)
        for ids in _chunks(drop_events):
            session.execute(delete(ConsentEvent).where(ConsentEvent.id.in_(ids)))
        for ids in _chunks(drop_consents):
            session.execute(delete(Consent).where(Consent.id.in_(ids)))
        for consent_id in reproject:
            state = replay_consent(session, consent_id)
            values = {name: getattr(state, name) for name in STORED_FIELDS}
            session.execute(
                update(Consent).where(Consent.id == consent_id).values(**values, updated_at=utcnow())
            )
        removed_consents += len(drop_consents)
        removed_events += len(drop_events)
    return removed_consents, removed_events


def _kept_consent(session: Session, consent_id: int) -> Kept:
    row = session.execute(
        select(Consent.customer_id, Customer.customer_no, Purpose.code, Consent.channel)
        .join(Customer, Customer.id == Consent.customer_id)
        .join(Purpose, Purpose.id == Consent.purpose_id)
        .where(Consent.id == consent_id)
    ).one()
    reason = tr(_IMPORT, _CONSENT_CHANGED, purpose=row.code, channel=row.channel)
    return Kept(row.customer_id, row.customer_no or "", reason)


def _remove_customers(session: Session, batch_id: int, kept: list[Kept]) -> int:
    cid = Customer.id
    untouched = (
        Customer.version_id == 1,
        ~exists().where(Consent.customer_id == cid),
        ~exists().where(ConsentEvent.customer_id == cid),
        ~exists().where(CustomerEvent.customer_id == cid),
        ~exists().where(Suppression.customer_id == cid),
        ~exists().where(CampaignExportRow.customer_id == cid),
        ~exists().where(DataSubjectRequest.customer_id == cid),
        ~exists().where(ImportChange.customer_id == cid),
    )
    created = select(cid).where(Customer.import_batch_id == batch_id)
    removable = list(session.execute(created.where(*untouched)).scalars())
    removable_set = set(removable)
    for customer_id, number in session.execute(
        select(cid, Customer.customer_no).where(Customer.import_batch_id == batch_id)
    ):
        if customer_id not in removable_set:
            kept.append(Kept(customer_id, number or "", tr(_IMPORT, _CUSTOMER_USED)))
    for ids in _chunks(removable):
        session.execute(delete(customer_tags).where(customer_tags.c.customer_id.in_(ids)))
        session.execute(delete(Customer).where(Customer.id.in_(ids)))
    return len(removable)


def _restore_customers(session: Session, batch_id: int, kept: list[Kept]) -> int:
    changes = session.execute(select(ImportChange).where(ImportChange.batch_id == batch_id)).scalars().all()
    if not changes:
        return 0
    keys = SuppressionKeys.load_or_create(session)
    restored = 0
    for change in changes:
        customer = session.get(Customer, change.customer_id)
        assert customer is not None
        if customer.version_id != change.version_after:
            kept.append(Kept(customer.id, customer.customer_no or "", tr(_IMPORT, _CUSTOMER_EDITED)))
            continue
        before = json.loads(change.before_json)
        tag_ids = json.loads(change.tag_ids_json)
        if tag_ids:
            pairs = [(customer.id, t) for t in tag_ids]
            session.execute(
                delete(customer_tags).where(
                    tuple_(customer_tags.c.customer_id, customer_tags.c.tag_id).in_(pairs)
                )
            )
            session.expire(customer, ["tags"])
        if before:
            for name, value in before.items():
                setattr(customer, name, column_value(name, value))
            derived = derive_fields(keys, **{name: getattr(customer, name) for name in _DERIVED_FROM})
            for name, value in derived.columns().items():
                setattr(customer, name, value)
            customer.updated_at = utcnow()
        restored += 1
    session.flush()
    return restored
