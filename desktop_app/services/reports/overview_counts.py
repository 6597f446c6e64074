"""The numbers of the whole-base consent overview, as GROUP BY queries that stay fast on a million customers.

Each consent of a customer who is not erased falls into exactly one state, decided in this order:
withdrawn, refused, objected (an objection to direct marketing for its channel or all channels that no
later explicit consent lifted, as in rules.decide), pending double opt-in, stale or expired (past its
valid-until date, or unused longer than the purpose's freshness window, as governance's "stale"
finding), valid. "Valid" is about the consent record; whether a customer can be reached also depends on
contact points and age, which the campaign preview checks.

Why the shape: one scan of `consents` without any join, grouped by purpose, channel, source and the
state that needs no other table; then two small corrections driven from the few rows they concern
(consents of erased customers are taken out, consents blocked by an objection are moved to "objected").
Joining every consent to its customer made the scan several times slower (random reads of the wide
customers table) on SQLite.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, not_, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, Customer, Purpose, Suppression
from desktop_app.domain.dates import add_months
from desktop_app.domain.enums import Channel, ConsentStatus, CustomerStatus, LegalBasis, SuppressionReason
from desktop_app.services.facts import suppression_matches

EXPIRY_DAYS = 90
MAX_EXPIRING = 100  # listed by name; the rest is counted
_INACTIVE = [CustomerStatus.RESTRICTED.value, CustomerStatus.ERASED.value]  # an index seek, unlike "!="


class State(StrEnum):
    VALID = "valid"
    PENDING = "pending"
    WITHDRAWN = "withdrawn"
    OBJECTED = "objected"
    REFUSED = "refused"
    STALE = "stale"


@dataclass
class Counts:
    by_state: dict[State, int] = field(default_factory=lambda: dict.fromkeys(State, 0))

    @property
    def total(self) -> int:
        return sum(self.by_state.values())


@dataclass(frozen=True)
class BaseCounts:
    cells: dict[tuple[int, Channel], Counts]  # (purpose id, channel)
    sources: dict[int | None, Counts]  # consents per data source (None: no source recorded)
    customers_by_source: dict[int | None, int]  # customers (not erased) per data source


@dataclass(frozen=True)
class Expiring:
    expires_on: dt.date  # the last day the consent is valid
    customer_no: str
    first_name: str
    last_name: str
    company: str
    purpose_id: int
    channel: Channel
    by_date: bool  # True: its valid-until date; False: the purpose's freshness window


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def _touch() -> ColumnElement[dt.datetime]:
    """The later of granted_at and last_used_at: freshness counts from it (LEGAL.md)."""
    return case((Consent.last_used_at > Consent.granted_at, Consent.last_used_at), else_=Consent.granted_at)


def _windows(session: Session) -> dict[int, int]:
    """Freshness window in months per purpose that has one."""
    query = select(Purpose.id, Purpose.freshness_months).where(Purpose.freshness_months > 0)
    return {int(pid): int(months or 0) for pid, months in session.execute(query)}


def _stale(windows: dict[int, int], day: dt.date) -> ColumnElement[bool]:
    """Unused longer than its purpose allows on `day`: governance's STALE finding, without its join to
    the customers (the erased ones are taken out separately here)."""
    parts = [
        and_(Consent.purpose_id == pid, _touch() < _midnight(add_months(day, -months)))
        for pid, months in windows.items()
    ]
    return or_(*parts) if parts else literal(False)


_STATES = (State.VALID, State.PENDING, State.WITHDRAWN, State.REFUSED, State.STALE)
_CHANNELS = tuple(Channel)


def _state(windows: dict[int, int], today: dt.date) -> ColumnElement[int]:
    """Every state but "objected", from the consent row alone, as its index in _STATES."""
    index = {state: literal(n) for n, state in enumerate(_STATES)}
    return case(
        (Consent.status == ConsentStatus.WITHDRAWN.value, index[State.WITHDRAWN]),
        (Consent.status == ConsentStatus.REFUSED.value, index[State.REFUSED]),
        (Consent.status == ConsentStatus.PENDING.value, index[State.PENDING]),
        (or_(Consent.valid_until < today, _stale(windows, today)), index[State.STALE]),
        else_=index[State.VALID],
    )


def _cell_key(windows: dict[int, int], today: dt.date) -> ColumnElement[int]:
    """Purpose, channel and state packed into one integer: SQLite groups half a million rows by one
    integer about twice as fast as by three columns, and it also keeps the query off the index
    ix_consents_purpose_channel_status, through which it would read every row in index order."""
    channel = case(
        *((Consent.channel == c.value, literal(n)) for n, c in enumerate(_CHANNELS)), else_=literal(7)
    )
    return (Consent.purpose_id * 8 + channel) * 8 + _state(windows, today)


def _unpack(key: int) -> tuple[int, Channel, State]:
    purpose_id, rest = divmod(key, 64)
    return purpose_id, _CHANNELS[rest // 8], _STATES[rest % 8]


def _blocked_ids(today: dt.date) -> Select[int]:
    """Ids of the live consents an objection blocks (rules.decide: an objection for the consent's channel
    or all channels, effective by today, that no consent given and recorded after it lifts)."""
    objection = (
        select(Customer.id.label("customer_id"), Suppression.channel, Suppression.effective_at)
        .select_from(Suppression)
        # An outer join keeps SQLite going from the (few) objections to the customers through the hash
        # indexes; with an inner join it may scan every customer instead.
        .outerjoin(
            Customer,
            suppression_matches(
                Customer.id,
                Customer.email_hash,
                Customer.email_loose_hash,
                Customer.phone_hash,
                Customer.mobile_hash,
            ),
        )
        .where(
            Suppression.reason == SuppressionReason.OBJECTION.value,
            Suppression.effective_at < _midnight(today + dt.timedelta(days=1)),
        )
        .cte("objections")
        # Materialised: a few thousand rows, joined to the consents through their customer index. Inlined,
        # SQLite went the other way round, from every consent to the objections.
        .prefix_with("MATERIALIZED")
    )
    at = objection.c.effective_at
    lifted = and_(
        Consent.legal_basis == LegalBasis.CONSENT.value, Consent.granted_at > at, Consent.recorded_at > at
    )
    return (
        select(Consent.id)
        .select_from(objection)
        .join(Consent, Consent.customer_id == objection.c.customer_id)
        .where(
            or_(objection.c.channel.is_(None), objection.c.channel == Consent.channel),
            Consent.status.in_([ConsentStatus.GRANTED.value, ConsentStatus.PENDING.value]),
            not_(lifted),
        )
    )


def _customers(status: ColumnElement[bool]) -> Select[int]:
    return select(Customer.id).where(status)


def base_counts(session: Session, today: dt.date) -> BaseCounts:
    key = _cell_key(_windows(session), today).label("cell")
    cells: dict[tuple[int, Channel], Counts] = defaultdict(Counts)
    sources: dict[int | None, Counts] = defaultdict(Counts)

    def add(condition: ColumnElement[bool] | None, sign: int, to: State | None = None) -> None:
        query = select(key, Consent.source_id, func.count()).group_by(key, Consent.source_id)
        for packed, source_id, count in session.execute(
            query if condition is None else query.where(condition)
        ):
            purpose_id, channel, state = _unpack(packed)
            for counts in (cells[(purpose_id, channel)], sources[source_id]):
                counts.by_state[state] += sign * count
                if to is not None:
                    counts.by_state[to] -= sign * count

    add(None, 1)
    erased = Consent.customer_id.in_(_customers(Customer.status == CustomerStatus.ERASED.value))
    add(erased, -1)
    add(and_(Consent.id.in_(_blocked_ids(today)), not_(erased)), -1, State.OBJECTED)
    customers = session.execute(
        select(Customer.source_id, func.count())
        .where(Customer.status != CustomerStatus.ERASED.value)
        .group_by(Customer.source_id)
    )
    return BaseCounts(dict(cells), dict(sources), {source: int(n) for source, n in customers})


def consent_states(session: Session, customer_id: int, today: dt.date) -> dict[int, State]:
    """The state of each consent of one customer, by the same definitions as the counts."""
    blocked = set(session.execute(_blocked_ids(today).where(Consent.customer_id == customer_id)).scalars())
    query = select(Consent.id, _state(_windows(session), today)).where(Consent.customer_id == customer_id)
    return {
        cid: State.OBJECTED if cid in blocked else _STATES[index] for cid, index in session.execute(query)
    }


def expiring(
    session: Session, today: dt.date, days: int = EXPIRY_DAYS, limit: int = MAX_EXPIRING
) -> tuple[list[Expiring], int]:
    """Valid consents of active customers whose last valid day falls within `days` from today: the
    first `limit` by that day, and how many there are in all.

    One scan fetches the few columns of every candidate (a tenth of the consents at most, the ones
    touched about as long ago as the freshness window); the exact last day is computed here, where
    calendar months need no SQL dialect.
    """
    windows = _windows(session)
    end = today + dt.timedelta(days=days)
    touch = _touch()
    by_date = and_(Consent.valid_until >= today, Consent.valid_until <= end)
    by_window = [
        and_(Consent.purpose_id == pid, touch < _midnight(add_months(end, -months) + dt.timedelta(days=1)))
        for pid, months in windows.items()
    ]
    query = select(
        Consent.customer_id, Consent.purpose_id, Consent.channel, Consent.valid_until, touch.label("touch")
    ).where(
        _state(windows, today) == _STATES.index(State.VALID),
        or_(by_date, *by_window),
        Consent.customer_id.not_in(_customers(Customer.status.in_(_INACTIVE))),
        Consent.id.not_in(_blocked_ids(today)),
    )
    found = []
    for row in session.execute(query):
        last_day = _last_day(row.valid_until, row.touch, windows.get(row.purpose_id))
        if last_day is not None and today <= last_day <= end:
            found.append((last_day, row.customer_id, row))
    first = heapq.nsmallest(limit, found, key=lambda item: item[:2])
    names = _names(session, {customer_id for _, customer_id, _ in first})
    listed = [
        Expiring(
            last_day,
            *names[customer_id],
            row.purpose_id,
            Channel(row.channel),
            row.valid_until is not None and row.valid_until == last_day,
        )
        for last_day, customer_id, row in first
    ]
    return listed, len(found)


def _names(session: Session, ids: set[int]) -> dict[int, tuple[str, str, str, str]]:
    rows = session.execute(
        select(
            Customer.id, Customer.customer_no, Customer.first_name, Customer.last_name, Customer.company
        ).where(Customer.id.in_(ids))
    )
    return {cid: (no or "", first, last, company) for cid, no, first, last, company in rows}


def _last_day(valid_until: dt.date | None, touch: dt.datetime | None, months: int | None) -> dt.date | None:
    """The last day the consent is valid: its valid-until date or the end of its freshness window."""
    days = [valid_until] if valid_until is not None else []
    if months and touch is not None:
        days.append(add_months(touch.date(), months))
    return min(days, default=None)
