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

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, Customer
from desktop_app.domain.enums import Channel, ConsentStatus, LegalBasis
from desktop_app.domain.policy import PurposePolicy
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import MIN_AGE, add_months, age_on
from desktop_app.services.evaluation_sql import Bounds, ReasonSql, suppression_flags
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
    e.g. the breakdown shown before a campaign export and then the export's ids."""

    def __init__(self, session: Session, purpose_id: int, channel: Channel, on: date) -> None:
        policy = purpose_policy(session, purpose_id)
        bounds = bounds_for(policy, on)
        self.session = session
        self.purpose_id = purpose_id
        self.channel = channel
        self.sql = ReasonSql(
            session.get_bind().dialect.name, policy, channel, bounds, suppression_flags(channel, bounds)
        )
        self.reason = self.sql.reason().label("reason")

    def _consent_of(self) -> ColumnElement[bool]:
        return and_(
            Consent.customer_id == Customer.id,
            Consent.purpose_id == self.purpose_id,
            Consent.channel == self.channel.value,
        )

    def query(self, scope: CustomerScope | None = None) -> Select[int, str, int]:
        """SELECT customer_id, reason, consent_id for every customer in scope, in id order; for callers
        that stream or join the decisions (campaign export) instead of holding them all."""
        return (
            select(Customer.id, self.reason, Consent.id.label("consent_id"))
            .select_from(Customer)
            .outerjoin(Consent, self._consent_of())
            .outerjoin(self.sql.flags, self.sql.flags.c.customer_id == Customer.id)
            .where(*_in_scope(scope))
            .order_by(Customer.id)
        )

    def decisions(self, scope: CustomerScope | None = None) -> list[CustomerDecision]:
        rows = self.session.execute(self.query(scope))
        return [CustomerDecision.of(cid, reason, consent_id) for cid, reason, consent_id in rows]

    def counts(self, scope: CustomerScope | None = None) -> dict[ReasonCode, int]:
        decided = self.query(scope).order_by(None).subquery()
        rows = self.session.execute(select(decided.c.reason, func.count()).group_by(decided.c.reason))
        return {ReasonCode(reason): int(n) for reason, n in rows}

    def contactable_ids(self, scope: CustomerScope | None = None) -> list[int]:
        """When the policy needs a consent row for every basis (no §7(3) e-mail, no post on legitimate
        interest), the statement starts from the purpose × channel range of the consents index and
        keeps only rows whose status can carry a contact (granted, or withdrawn with a future date);
        neither changes the answer, they only skip customers the CASE would reject anyway."""
        if self.sql.may_succeed_without_consent():
            query = select(Customer.id).select_from(Customer).outerjoin(Consent, self._consent_of())
        else:
            carries = (ConsentStatus.GRANTED.value, ConsentStatus.WITHDRAWN.value)
            query = (
                select(Consent.customer_id)
                .select_from(Consent)
                .join(Customer, Customer.id == Consent.customer_id)
                .where(
                    Consent.purpose_id == self.purpose_id,
                    Consent.channel == self.channel.value,
                    Consent.status.in_(carries),
                )
            )
        ok = self.reason.in_([code.value for code in BASIS_OF])
        query = query.outerjoin(self.sql.flags, self.sql.flags.c.customer_id == Customer.id)
        return list(self.session.execute(query.where(ok, *_in_scope(scope))).scalars())


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
