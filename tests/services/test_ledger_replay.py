"""Random sequences of ledger operations: every stored consent row is exactly the replay of its events,
and an operation the ledger refuses leaves no trace.

Why through the services and the database: the projection is trivially its own replay in memory; what
can drift is the round trip (time zones, booleans, enums in the database), the set-based `record_use`
that bypasses the projection, and writes that happen before a refusal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ledger_factories import ACTOR, counts, make_customer
from sqlalchemy import select

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import Consent
from desktop_app.domain.enums import CaptureMethod, Channel
from desktop_app.errors import UserError
from desktop_app.services import ledger
from desktop_app.services.ledger import Evidence

SLOTS = (("newsletter", Channel.EMAIL), ("offers", Channel.PHONE))


@dataclass(frozen=True)
class Op:
    name: str
    slot: int
    minutes: int  # offset from the example's start; large values reach into the future
    doi: int  # 0: none, 1: requested, 2: requested and confirmed


ops = st.builds(
    Op,
    name=st.sampled_from(["grant", "renew", "confirm", "withdraw", "refuse", "use"]),
    slot=st.integers(0, len(SLOTS) - 1),
    minutes=st.one_of(st.integers(0, 600), st.integers(-100, 200_000)),
    doi=st.integers(0, 2),
)


def _run(db: Database, customer_id: int, op: Op, at: dt.datetime) -> None:
    purpose, channel = SLOTS[op.slot]
    with db.session() as s:
        row = s.execute(
            select(Consent.id).where(Consent.customer_id == customer_id, Consent.channel == channel.value)
        ).scalar_one_or_none()
        if op.name == "grant":
            requested = at if op.doi else None
            confirmed = at + dt.timedelta(minutes=1) if op.doi == 2 else None
            ev = Evidence(at, CaptureMethod.WEB_FORM, doi_requested_at=requested, doi_confirmed_at=confirmed)
            ledger.grant_consent(s, ACTOR, customer_id, purpose, channel, ev)
        elif op.name == "refuse":
            ledger.refuse_consent(s, ACTOR, customer_id, purpose, channel, at, CaptureMethod.PAPER_FORM)
        elif row is None:
            return
        elif op.name == "renew":
            ledger.renew_consent(s, ACTOR, row, Evidence(at, CaptureMethod.PAPER_FORM, doi_requested_at=at))
        elif op.name == "confirm":
            ledger.confirm_doi(s, ACTOR, row, at)
        elif op.name == "withdraw":
            ledger.withdraw_consent(s, ACTOR, row, at, CaptureMethod.EMAIL)
        else:
            ledger.record_use(s, ACTOR, [row], at, None)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sequence=st.lists(ops, min_size=1, max_size=10))
def test_stored_rows_are_the_replay_of_their_events(db: Database, sequence: list[Op]) -> None:
    customer = make_customer(db, email="", phone="", mobile="")  # a fresh customer per example
    start = utcnow() - dt.timedelta(days=100)
    for op in sequence:
        with db.read_session() as s:
            before = counts(s)
        try:
            _run(db, customer.id, op, start + dt.timedelta(minutes=op.minutes))
        except UserError:
            with db.read_session() as s:
                assert counts(s) == before, f"refused {op} but wrote something"
        with db.read_session() as s:
            rows = s.execute(select(Consent).where(Consent.customer_id == customer.id)).scalars()
            for row in rows:
                replayed = ledger.replay_consent(s, row.id)
                stored = ledger.stored_state(row)
                assert stored == {k: getattr(replayed, k) for k in stored}, f"after {op}"
