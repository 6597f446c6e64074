"""The register of data-subject requests (Art. 15-21 GDPR, withdrawal Art. 7(3)) and their deadlines.

Art. 12(3): answer without undue delay, at the latest within one month of receipt; extendable by two
further months where necessary, with reasons given to the person within the first month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Customer, DataSubjectRequest
from desktop_app.domain.enums import RequestKind, RequestStatus
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit

MAX_EXTENSION_MONTHS = 2
OPEN_STATUSES = (RequestStatus.OPEN, RequestStatus.IN_PROGRESS)


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def statutory_deadline(received_on: dt.date) -> dt.date:
    return add_months(received_on, 1)


@dataclass(frozen=True)
class RequestInput:
    kind: RequestKind
    received_on: dt.date
    customer_id: int | None = None
    requester: str = ""
    channel: str = ""
    identity_checked: bool = False
    notes: str = ""


@dataclass(frozen=True)
class RequestView:
    id: int
    kind: RequestKind
    customer_id: int | None
    customer_label: str
    requester: str
    received_on: dt.date
    channel: str
    identity_checked: bool
    deadline: dt.date
    extended_until: dt.date | None
    extension_reason: str
    status: RequestStatus
    handled_by: str
    closed_on: dt.date | None
    notes: str

    @property
    def due(self) -> dt.date:
        return self.extended_until or self.deadline

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_overdue(self, today: dt.date) -> bool:
        return self.is_open and today > self.due

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days


def _check(session: Session, data: RequestInput, today: dt.date) -> None:
    if data.received_on > today:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The request cannot be received in the future."))
    if data.customer_id is None and not data.requester.strip():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Choose the customer or enter who made the request."))
    if data.customer_id is not None and session.get(Customer, data.customer_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The customer no longer exists."))


def register_request(
    session: Session, actor: str, data: RequestInput, today: dt.date | None = None
) -> RequestView:
    today = today or dt.date.today()
    _check(session, data, today)
    row = DataSubjectRequest(
        customer_id=data.customer_id,
        requester=data.requester.strip(),
        kind=RequestKind(data.kind).value,
        received_on=data.received_on,
        channel=data.channel.strip(),
        identity_checked=data.identity_checked,
        deadline=statutory_deadline(data.received_on),
        status=RequestStatus.OPEN.value,
        notes=data.notes.strip(),
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "register", "data_subject_request", row.id, f"kind={row.kind}")
    return get_request(session, row.id)


def extend_deadline(
    session: Session, actor: str, request_id: int, months: int, reason: str, today: dt.date | None = None
) -> RequestView:
    today = today or dt.date.today()
    row = _get(session, request_id)
    if RequestStatus(row.status) not in OPEN_STATUSES:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Only an open request can be extended."))
    if not 1 <= months <= MAX_EXTENSION_MONTHS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The deadline can be extended by one or two months (Art. 12(3) GDPR)."
            )
        )
    if not reason.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "An extension needs a reason; the person must be told it (Art. 12(3))."
            )
        )
    if today > row.deadline:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The one-month deadline has passed; an extension had to be declared before {date}."
            ),
            date=row.deadline.strftime("%d.%m.%Y"),
        )
    row.extended_until = add_months(row.deadline, months)
    row.extension_reason = reason.strip()
    session.flush()
    audit.record(session, actor, "extend", "data_subject_request", row.id, f"months={months}")
    return get_request(session, row.id)


def set_status(
    session: Session,
    actor: str,
    request_id: int,
    status: RequestStatus,
    note: str = "",
    today: dt.date | None = None,
) -> RequestView:
    today = today or dt.date.today()
    row = _get(session, request_id)
    status = RequestStatus(status)
    if status == RequestStatus.REJECTED and not note.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Say why the request is rejected; the person must be told (Art. 12(4))."
            )
        )
    if status in (RequestStatus.DONE, RequestStatus.REJECTED) and not row.identity_checked:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Check and record the requester's identity before closing the request."
            )
        )
    row.status = status.value
    row.handled_by = actor
    row.closed_on = today if status in (RequestStatus.DONE, RequestStatus.REJECTED) else None
    if note.strip():
        row.notes = (row.notes + "\n" if row.notes else "") + f"{today:%d.%m.%Y} {actor}: {note.strip()}"
    session.flush()
    audit.record(session, actor, "status", "data_subject_request", row.id, f"status={status.value}")
    return get_request(session, row.id)


def mark_identity_checked(session: Session, actor: str, request_id: int) -> RequestView:
    row = _get(session, request_id)
    row.identity_checked = True
    session.flush()
    audit.record(session, actor, "identity_checked", "data_subject_request", row.id)
    return get_request(session, row.id)


def _get(session: Session, request_id: int) -> DataSubjectRequest:
    row = session.get(DataSubjectRequest, request_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The request no longer exists."))
    return row


def get_request(session: Session, request_id: int) -> RequestView:
    views = _query(session, request_id=request_id)
    if not views:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The request no longer exists."))
    return views[0]


def list_requests(
    session: Session, open_only: bool = False, customer_id: int | None = None
) -> list[RequestView]:
    return _query(session, open_only=open_only, customer_id=customer_id)


def _query(
    session: Session,
    request_id: int | None = None,
    open_only: bool = False,
    customer_id: int | None = None,
) -> list[RequestView]:
    due = case(
        (DataSubjectRequest.extended_until.is_not(None), DataSubjectRequest.extended_until),
        else_=DataSubjectRequest.deadline,
    )
    query = (
        select(
            DataSubjectRequest,
            Customer.customer_no,
            Customer.first_name,
            Customer.last_name,
            Customer.company,
        )
        .outerjoin(Customer, Customer.id == DataSubjectRequest.customer_id)
        .order_by(due, DataSubjectRequest.id)
    )
    if request_id is not None:
        query = query.where(DataSubjectRequest.id == request_id)
    if open_only:
        query = query.where(DataSubjectRequest.status.in_([s.value for s in OPEN_STATUSES]))
    if customer_id is not None:
        query = query.where(DataSubjectRequest.customer_id == customer_id)
    return [_view(row, no, first, last, company) for row, no, first, last, company in session.execute(query)]


def _view(
    row: DataSubjectRequest, no: str | None, first: str | None, last: str | None, company: str | None
) -> RequestView:
    name = " ".join(p for p in (first, last) if p) or (company or "")
    label = f"{no} {name}".strip() if row.customer_id is not None else ""
    return RequestView(
        id=row.id,
        kind=RequestKind(row.kind),
        customer_id=row.customer_id,
        customer_label=label,
        requester=row.requester,
        received_on=row.received_on,
        channel=row.channel,
        identity_checked=row.identity_checked,
        deadline=row.deadline,
        extended_until=row.extended_until,
        extension_reason=row.extension_reason,
        status=RequestStatus(row.status),
        handled_by=row.handled_by or "",
        closed_on=row.closed_on,
        notes=row.notes,
    )
