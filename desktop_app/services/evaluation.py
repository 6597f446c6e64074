"""Contactability of whole populations in SQL: the set-based path of the rules engine.

Campaign lists and their "why not" breakdowns run over up to a million customers, far too many for a
Python loop over `rules.decide`. Each function here is ONE SQL statement built around the CASE expression
of services.evaluation_sql, which returns the engine's decisive (first) reason for every customer. The
differential test (tests/services/test_evaluation_differential.py) holds it to the Python path
(services.facts.evaluate_customer) customer by customer: same answer, basis, consent and first reason.
The full "why / why not" trace of one customer is the Python path's job.

Every customer in scope gets a decision, erased and restricted ones included (they come out as not
contactable with the engine's first reason). Works on SQLite and PostgreSQL.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from typing import Any, cast

from sqlalchemy import ColumnElement, CompoundSelect, Select, func, null, select, union_all
from sqlalchemy.orm import Session

from desktop_app.db.driver_rows import driver_rows
from desktop_app.db.models import Consent, Customer
from desktop_app.domain.dates import add_months, age_on
from desktop_app.domain.enums import Channel, ConsentStatus, LegalBasis
from desktop_app.domain.policy import PurposePolicy
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import MIN_AGE
from desktop_app.services.evaluation_sql import (
    Bounds,
    ReasonSql,
    may_succeed_without_consent,
    suppression_flags,
)
from desktop_app.services.facts import purpose_policy

__all__ = [
    "BASIS_OF",
    "CustomerDecision",
    "CustomerScope",
    "PopulationEvaluation",
    "contactable_ids",
    "count_by_reason",
    "evaluate_population",
    "fresh_from",
    "latest_adult_birth",
]

# The reasons that make a customer contactable, and the basis each stands for.
BASIS_OF: Mapping[ReasonCode, LegalBasis] = MappingProxyType(
    {
        ReasonCode.CONSENT_VALID: LegalBasis.CONSENT,
        ReasonCode.EXISTING_CUSTOMER_7_3: LegalBasis.EXISTING_CUSTOMER,
        ReasonCode.PRESUMED_CONSENT_B2B: LegalBasis.PRESUMED_CONSENT,
        ReasonCode.LEGITIMATE_INTEREST_POST: LegalBasis.LEGITIMATE_INTEREST,
    }
)
_ON_A_CONSENT_ROW = (ReasonCode.CONSENT_VALID, ReasonCode.PRESUMED_CONSENT_B2B)

# Which customers to evaluate: a select of customer ids, or a condition on the customers table.
CustomerScope = Select[int] | ColumnElement[bool]


@dataclass(frozen=True, slots=True)
class CustomerDecision:
    """What rules.decide says for one customer, reduced to what lists need: its first reason."""

    customer_id: int
    contactable: bool
    basis: LegalBasis | None
    consent_id: int | None  # set exactly when the basis rests on the consent row
    reason: ReasonCode

    @classmethod
    def of(cls, customer_id: int, reason: str, consent_id: int | None) -> CustomerDecision:
        code = ReasonCode(reason)
        basis = BASIS_OF.get(code)
        return cls(
            customer_id, basis is not None, basis, consent_id if code in _ON_A_CONSENT_ROW else None, code
        )


# --- the date cut-offs, derived from the engine's own date functions ------------------------------


def fresh_from(on: date, months: int) -> date:
    """The earliest reference day that is not stale on `on`: rules.is_stale means on > add_months(ref,
    months), and add_months never decreases as ref grows, so stale ⇔ ref < this day. Computed by the
    engine's add_months itself, month ends (31 Jan + 1 month = 28/29 Feb) included."""
    day = add_months(on, -months)
    while add_months(day, months) < on:
        day += timedelta(days=1)
    while add_months(day - timedelta(days=1), months) >= on:
        day -= timedelta(days=1)
    return day


def latest_adult_birth(on: date) -> date:
    """The latest birth date that is MIN_AGE or older on `on` by rules.age_on (29 Feb birthdays count
    from 1 March in common years): under age ⇔ birth_date > this day."""
    year = on.year - MIN_AGE
    day = date(year, on.month, min(on.day, calendar.monthrange(year, on.month)[1]))
    while age_on(day + timedelta(days=1), on) >= MIN_AGE:
        day += timedelta(days=1)
    while age_on(day, on) < MIN_AGE:
        day -= timedelta(days=1)
    return day


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def bounds_for(policy: PurposePolicy, on: date) -> Bounds:
    months = policy.freshness_months
    return Bounds(
        on=on,
        day_after=_midnight(on + timedelta(days=1)),
        latest_adult_birth=latest_adult_birth(on),
        fresh_from=None if months is None else _midnight(fresh_from(on, months)),
    )


# --- the statements -----------------------------------------------------------------------------


def _in_scope(scope: CustomerScope | None) -> list[ColumnElement[bool]]:
    if scope is None:
        return []
    if isinstance(scope, Select):
        return [Customer.id.in_(scope)]
    return [scope]


class PopulationEvaluation:
    """One purpose × channel × date, prepared once (policy loaded, CASE built) for several statements,
    e.g. the breakdown shown before a campaign export and then the export's ids.

    Every statement is the UNION ALL of two halves: the customers with a consent row for this purpose
    and channel, read along the covering index ix_consents_evaluation and joined to their customer
    row, and the customers without one, read from the customers table and kept out of the first half
    by `id NOT IN (that purpose × channel range)`, which SQLite runs as one index scan into a
    temporary b-tree. Each half gets its own CASE: without a row every consent fact is known to be
    absent. A LEFT JOIN from every customer to the consents measured about 1.5 times slower on SQLite
    (its planner probes the unique index once per customer and then reads the consent row itself).
    """

    def __init__(self, session: Session, purpose_id: int, channel: Channel, on: date) -> None:
        policy = purpose_policy(session, purpose_id)
        bounds = bounds_for(policy, on)
        self.session = session
        self.purpose_id = purpose_id
        self.channel = channel
        self.flags = suppression_flags(channel, bounds)
        dialect = session.get_bind().dialect.name
        with_row, without_row = (
            ReasonSql(dialect, policy, channel, bounds, self.flags, consent_row=row) for row in (True, False)
        )
        self.with_row, self.without_row = with_row.reason(), without_row.reason()
        self.needs_row = not may_succeed_without_consent(policy, channel)

    def _rows(self) -> list[ColumnElement[bool]]:
        return [Consent.purpose_id == self.purpose_id, Consent.channel == self.channel.value]

    def _halves(
        self, scope: CustomerScope | None, *, only_contactable: bool
    ) -> tuple[Select[Any], Select[Any]]:
        """The two halves; for contactable ids they select the id only, so that the CASE is evaluated
        once per row (in the WHERE) rather than twice."""
        where = _in_scope(scope)
        with_row = (
            select(Customer.id)
            .select_from(Consent)
            .join(Customer, Customer.id == Consent.customer_id)
            .outerjoin(self.flags, self.flags.c.customer_id == Customer.id)
            .where(*self._rows(), *where)
        )
        without_row = (
            select(Customer.id)
            .select_from(Customer)
            .outerjoin(self.flags, self.flags.c.customer_id == Customer.id)
            .where(Customer.id.not_in(select(Consent.customer_id).where(*self._rows())), *where)
        )
        if not only_contactable:
            with_row = with_row.add_columns(self.with_row.label("reason"), Consent.id.label("consent_id"))
            without_row = without_row.add_columns(
                self.without_row.label("reason"), null().label("consent_id")
            )
            return with_row, without_row
        ok = [code.value for code in BASIS_OF]
        with_row = with_row.where(self.with_row.in_(ok))
        without_row = without_row.where(self.without_row.in_(ok))
        if self.needs_row:
            # Then only a granted row, or one withdrawn with a future date, can carry a contact (a
            # pending row still leaves room for post on legitimate interest, for instance).
            carries = (ConsentStatus.GRANTED.value, ConsentStatus.WITHDRAWN.value)
            with_row = with_row.where(Consent.status.in_(carries))
        return with_row, without_row

    def halves(self, scope: CustomerScope | None = None) -> tuple[Select[Any], Select[Any]]:
        """query()'s two halves (`id`, `reason`, `consent_id`), e.g. to INSERT ... SELECT each."""
        return self._halves(scope, only_contactable=False)

    def query(self, scope: CustomerScope | None = None) -> CompoundSelect[int, str, int | None]:
        """Columns `id` (the customer's), `reason`, `consent_id` for every customer in scope, in id
        order: for callers that stream or join the decisions (campaign export) instead of holding them."""
        with_row, without_row = self._halves(scope, only_contactable=False)
        both = union_all(with_row, without_row).order_by(Customer.id)
        return cast("CompoundSelect[int, str, int | None]", both)

    def contactable_query(self, scope: CustomerScope | None = None) -> Select[int] | CompoundSelect[int]:
        """The ids of the contactable customers in scope (one column, `id`), to run or to use as a
        subquery. When every basis the policy allows needs a consent row, only the first half runs."""
        with_row, without_row = self._halves(scope, only_contactable=True)
        return with_row if self.needs_row else union_all(with_row, without_row)

    def decisions(self, scope: CustomerScope | None = None) -> list[CustomerDecision]:
        rows = self.session.execute(self.query(scope))
        return [CustomerDecision.of(cid, reason, consent_id) for cid, reason, consent_id in rows]

    def counts(self, scope: CustomerScope | None = None) -> dict[ReasonCode, int]:
        decided = union_all(*self._halves(scope, only_contactable=False)).subquery()
        rows = self.session.execute(select(decided.c.reason, func.count()).group_by(decided.c.reason))
        return {ReasonCode(reason): int(n) for reason, n in rows}

    def contactable_ids(self, scope: CustomerScope | None = None) -> list[int]:
        """In no particular order. Read from the driver's cursor: for a million ids SQLAlchemy's rows
        cost as much as the evaluation itself (db/driver_rows)."""
        return [cid for (cid,) in driver_rows(self.session.connection(), self.contactable_query(scope))]


def evaluate_population(
    session: Session, purpose_id: int, channel: Channel, on: date, scope: CustomerScope | None = None
) -> list[CustomerDecision]:
    """The decision for every customer in scope (all customers by default), in id order."""
    return PopulationEvaluation(session, purpose_id, channel, on).decisions(scope)


def count_by_reason(
    session: Session, purpose_id: int, channel: Channel, on: date, scope: CustomerScope | None = None
) -> dict[ReasonCode, int]:
    """How many customers in scope have each decisive reason (the "why not" breakdown of a campaign)."""
    return PopulationEvaluation(session, purpose_id, channel, on).counts(scope)


def contactable_ids(
    session: Session, purpose_id: int, channel: Channel, on: date, scope: CustomerScope | None = None
) -> list[int]:
    """The ids of the contactable customers in scope, in no particular order."""
    return PopulationEvaluation(session, purpose_id, channel, on).contactable_ids(scope)
