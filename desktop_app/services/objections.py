"""Customer-level blocks: objection to direct marketing, a channel "no", restriction of processing.

An objection or refusal becomes a `Suppression` holding the customer id AND the keyed hashes of the
customer's e-mail address and phone numbers as they are at that moment. When the customer's contact
data changes later, nothing is rewritten: the id still matches the customer, and the old hashes keep
blocking a re-import of the old address (also after erasure, when the id link is gone).

There is no function that removes an objection: see services.ledger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.models import Customer, CustomerEvent, Suppression
from desktop_app.domain.enums import (
    CaptureMethod,
    Channel,
    CustomerEventKind,
    CustomerStatus,
    SuppressionReason,
)
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit
from desktop_app.services.ledger_checks import check_not_future, customer_for_write
from desktop_app.services.suppression import SuppressionKeys


@dataclass(frozen=True)
class SuppressionView:
    id: int
    reason: SuppressionReason
    channel: Channel | None  # None: every channel
    customer_id: int | None
    effective_at: dt.datetime
    recorded_at: dt.datetime
    recorded_by: str
    note: str
    matched_by: tuple[str, ...] = ()  # "customer", "email", "email_loose", "phone": how it was found


def record_objection(
    session: Session,
    actor: str,
    customer_id: int,
    when: dt.datetime,
    channel: Channel | None = None,
    method: CaptureMethod = CaptureMethod.EMAIL,
    note: str = "",
) -> list[SuppressionView]:
    """Art. 21(2)/(3) GDPR: no more direct marketing (over `channel`, or at all). Absolute, no expiry."""
    return _block(
        session, actor, customer_id, when, channel, method, note,
        SuppressionReason.OBJECTION, CustomerEventKind.OBJECTION,
    )  # fmt: skip


def record_channel_refusal(
    session: Session,
    actor: str,
    customer_id: int,
    channel: Channel,
    when: dt.datetime,
    method: CaptureMethod = CaptureMethod.EMAIL,
    note: str = "",
) -> list[SuppressionView]:
    """A recognisable "no" for one channel (UWG §7(1) sentence 2: "keine Anrufe", "keine Briefwerbung")."""
    return _block(
        session, actor, customer_id, when, Channel(channel), method, note,
        SuppressionReason.REFUSAL, CustomerEventKind.CHANNEL_REFUSAL,
    )  # fmt: skip


def _block(
    session: Session,
    actor: str,
    customer_id: int,
    when: dt.datetime,
    channel: Channel | None,
    method: CaptureMethod,
    note: str,
    reason: SuppressionReason,
    kind: CustomerEventKind,
) -> list[SuppressionView]:
    now = utcnow()
    customer = customer_for_write(session, customer_id)
    check_not_future(when, now)
    channel_value = None if channel is None else Channel(channel).value
    rows = [
        Suppression(
            reason=reason.value,
            channel=channel_value,
            customer_id=customer_id,
            email_hash=email,
            email_loose_hash=loose,
            phone_hash=phone,
            effective_at=when,
            recorded_at=now,
            recorded_by=actor,
            note=note.strip(),
        )
        for email, loose, phone in _hash_sets(customer)
    ]
    session.add_all(rows)
    event = CustomerEvent(
        customer_id=customer_id,
        kind=kind.value,
        channel=channel_value,
        occurred_at=when,
        recorded_at=now,
        recorded_by=actor,
        method=CaptureMethod(method).value,
        note=note.strip(),
    )
    session.add(event)
    session.flush()
    ids = ",".join(str(r.id) for r in rows)
    audit.record(
        session, actor, kind.value, "customer", customer_id,
        f"channel={channel_value or 'all'} event={event.id} suppressions={ids}",
    )  # fmt: skip
    return [_view(r) for r in rows]


def _hash_sets(customer: Customer) -> list[tuple[str | None, str | None, str | None]]:
    """One suppression row per phone number (the table has one phone column); the first also carries
    the e-mail hashes. A customer without any contact point still gets one row, matched by id."""
    phones: list[str | None] = list(
        dict.fromkeys(h for h in (customer.phone_hash, customer.mobile_hash) if h)
    )
    first, *more = phones or [None]
    return [(customer.email_hash, customer.email_loose_hash, first), *((None, None, p) for p in more)]


def restrict_processing(
    session: Session, actor: str, customer_id: int, reason: str, when: dt.datetime | None = None
) -> None:
    """Art. 18 GDPR: keep the data but do not use it (e.g. while accuracy is disputed)."""
    customer = customer_for_write(session, customer_id)
    reason = reason.strip()
    if customer.status == CustomerStatus.RESTRICTED.value:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The processing of this customer's data is already restricted.")
        )
    if not reason:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the restriction (Art. 18(1) GDPR)."))
    customer.status = CustomerStatus.RESTRICTED.value
    customer.restricted_reason = reason
    _customer_event(session, actor, customer, CustomerEventKind.RESTRICTED, when, reason)


def lift_restriction(
    session: Session, actor: str, customer_id: int, note: str = "", when: dt.datetime | None = None
) -> None:
    customer = customer_for_write(session, customer_id)
    if customer.status != CustomerStatus.RESTRICTED.value:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The processing of this customer's data is not restricted.")
        )
    customer.status = CustomerStatus.ACTIVE.value
    customer.restricted_reason = ""
    _customer_event(session, actor, customer, CustomerEventKind.RESTRICTION_LIFTED, when, note.strip())


def _customer_event(
    session: Session,
    actor: str,
    customer: Customer,
    kind: CustomerEventKind,
    when: dt.datetime | None,
    note: str,
) -> None:
    now = utcnow()
    if when is not None:
        check_not_future(when, now)
    event = CustomerEvent(
        customer_id=customer.id,
        kind=kind.value,
        occurred_at=when or now,
        recorded_at=now,
        recorded_by=actor,
        note=note,
    )
    session.add(event)
    session.flush()
    audit.record(session, actor, kind.value, "customer", customer.id, f"event={event.id}")


# --- matching -----------------------------------------------------------------------------------------


def is_suppressed(
    session: Session, keys: SuppressionKeys, email: str | None, phone: str | None, mobile: str | None = None
) -> list[SuppressionView]:
    """Suppressions matching raw contact data (an import row) by keyed hash: the normalised e-mail,
    the e-mail without its +tag, and each phone number in E.164. Works for erased people too."""
    mail = keys.hashes(email, phone)
    numbers = {h for h in (mail.phone, keys.hashes(None, mobile).phone) if h}
    return _matching(session, None, mail.email, mail.email_loose, numbers)


def customer_suppressions(session: Session, customer_id: int) -> list[SuppressionView]:
    """Suppressions of a customer: by id, or by the hashes of the contact data the record has now."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The customer no longer exists."))
    numbers = {h for h in (customer.phone_hash, customer.mobile_hash) if h}
    return _matching(session, customer_id, customer.email_hash, customer.email_loose_hash, numbers)


def _matching(
    session: Session, customer_id: int | None, email: str | None, loose: str | None, phones: set[str]
) -> list[SuppressionView]:
    conditions = []
    if customer_id is not None:
        conditions.append(Suppression.customer_id == customer_id)
    if email is not None:
        conditions.append(Suppression.email_hash == email)
    if loose is not None:
        conditions.append(Suppression.email_loose_hash == loose)
    if phones:
        conditions.append(Suppression.phone_hash.in_(phones))
    if not conditions:
        return []
    rows = session.execute(
        select(Suppression).where(or_(*conditions)).order_by(Suppression.effective_at, Suppression.id)
    ).scalars()
    result = []
    for row in rows:
        found = {
            "customer": customer_id is not None and row.customer_id == customer_id,
            "email": email is not None and row.email_hash == email,
            "email_loose": loose is not None and row.email_loose_hash == loose,
            "phone": row.phone_hash in phones,
        }
        result.append(_view(row, tuple(name for name, hit in found.items() if hit)))
    return result


def _view(row: Suppression, matched_by: tuple[str, ...] = ()) -> SuppressionView:
    return SuppressionView(
        id=row.id,
        reason=SuppressionReason(row.reason),
        channel=Channel(row.channel) if row.channel else None,
        customer_id=row.customer_id,
        effective_at=row.effective_at,
        recorded_at=row.recorded_at,
        recorded_by=row.recorded_by or "",
        note=row.note,
        matched_by=matched_by,
    )
