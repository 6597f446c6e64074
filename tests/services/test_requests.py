"""Data-subject requests: deadlines per Art. 12(3), extensions with reasons, closing rules."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.db.engine import Database
from desktop_app.domain.enums import RequestKind, RequestStatus
from desktop_app.errors import UserError
from desktop_app.services import requests
from desktop_app.services.demo import generate_demo
from desktop_app.services.requests import RequestInput, add_months

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 11, 29), 1, dt.date(2026, 12, 29)),
        (dt.date(2026, 12, 15), 2, dt.date(2027, 2, 15)),
    ],
)
def test_calendar_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_register_extend_and_close(db: Database) -> None:
    generate_demo(db, customers=5, seed=1, today=TODAY)
    with db.session() as s:
        view = requests.register_request(
            s,
            "anna",
            RequestInput(RequestKind.ACCESS, dt.date(2026, 11, 20), customer_id=1, channel="E-Mail"),
            TODAY,
        )
    assert view.deadline == dt.date(2026, 12, 20) and view.is_open and not view.is_overdue(TODAY)
    assert view.customer_label.startswith("K-0000001")
    with db.session() as s:
        extended = requests.extend_deadline(s, "anna", view.id, 2, "Viele Unterlagen im Archiv", TODAY)
    assert extended.due == dt.date(2027, 2, 20)
    with pytest.raises(UserError) as info, db.session() as s:
        requests.set_status(s, "anna", view.id, RequestStatus.DONE, today=TODAY)
    assert "identity" in info.value.message()
    with db.session() as s:
        requests.mark_identity_checked(s, "anna", view.id)
        done = requests.set_status(s, "anna", view.id, RequestStatus.DONE, "Auskunft versandt", TODAY)
    assert done.closed_on == TODAY and not done.is_open and "Auskunft versandt" in done.notes
    with db.read_session() as s:
        assert requests.list_requests(s, open_only=True) == []
        assert len(requests.list_requests(s)) == 1


def test_overdue_requests_stand_out(db: Database) -> None:
    with db.session() as s:
        late = requests.register_request(
            s,
            "anna",
            RequestInput(RequestKind.ERASURE, dt.date(2026, 9, 1), requester="Frau Beispiel"),
            TODAY,
        )
        fresh = requests.register_request(
            s,
            "anna",
            RequestInput(RequestKind.OBJECTION, dt.date(2026, 11, 28), requester="Herr Muster"),
            TODAY,
        )
    assert late.is_overdue(TODAY) and late.days_left(TODAY) < 0
    assert not fresh.is_overdue(TODAY)
    with db.read_session() as s:
        ordered = requests.list_requests(s, open_only=True)
    assert [r.id for r in ordered] == [late.id, fresh.id]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (RequestInput(RequestKind.ACCESS, TODAY + dt.timedelta(days=1), requester="X"), "future"),
        (RequestInput(RequestKind.ACCESS, TODAY), "who made the request"),
        (RequestInput(RequestKind.ACCESS, TODAY, customer_id=999), "no longer exists"),
    ],
)
def test_register_refusals(db: Database, data: RequestInput, message: str) -> None:
    with pytest.raises(UserError) as info, db.session() as s:
        requests.register_request(s, "anna", data, TODAY)
    assert message in info.value.message()


def test_extension_rules(db: Database) -> None:
    with db.session() as s:
        view = requests.register_request(
            s, "anna", RequestInput(RequestKind.ACCESS, dt.date(2026, 10, 1), requester="X"), TODAY
        )
    for months, reason, message in (
        (3, "x", "one or two months"),
        (1, " ", "needs a reason"),
        (1, "x", "has passed"),
    ):
        with pytest.raises(UserError) as info, db.session() as s:
            requests.extend_deadline(s, "anna", view.id, months, reason, TODAY)
        assert message in info.value.message()
