"""The rules of domain.rules as one SQL CASE expression: the decisive reason code for every customer.

How it mirrors `decide`: for one evaluation the purpose's policy, the channel and the date are fixed, so
every policy flag is resolved here in Python and only the per-customer facts stay in SQL. The CASE tests
the hard blocks in the engine's order, then the candidate legal bases in the order the engine tries them;
the first true branch is the engine's first reason. Each candidate basis is a "problem" CASE that yields
its first failure code, or NULL when the basis holds, so `CASE WHEN p1 IS NULL THEN ok1 WHEN p2 IS NULL
THEN ok2 ELSE p1 END` is exactly "the first basis that holds, otherwise the first basis's first failure".

SQL's NULL logic: a WHEN whose condition is NULL is skipped like a false one, so conditions are written
to be true exactly when the engine's condition is, and NOT is only applied to conditions that are never
NULL.

Dates: `on` is fixed, so "the UTC day of a timestamp is on or before `on`" becomes `ts < day_after` with
a bound midnight, staleness becomes `reference < fresh_from` and "under 16 on `on`" becomes
`birth_date > latest_adult_birth` (all computed in Python from the engine's own functions, see
services.evaluation). Only "under 16 when the consent was given" needs arithmetic per row: SQLite's
`date(birth, '+16 years')` rolls 29 February over to 1 March in common years, exactly as `age_on`
counts; other backends compare packed yyyymmdd numbers, which gives the same answer (PostgreSQL's own
interval arithmetic would clamp to 28 February instead).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from sqlalchemy import (
    CTE,
    ColumnElement,
    SQLColumnExpression,
    and_,
    case,
    extract,
    false,
    func,
    literal,
    not_,
    or_,
    select,
    true,
)

from desktop_app.db.models import Consent, Customer, Suppression
from desktop_app.domain.enums import (
    Channel,
    ConsentStatus,
    CustomerKind,
    CustomerStatus,
    FreshnessMode,
    LegalBasis,
    SuppressionReason,
)
from desktop_app.domain.policy import ChannelPolicy, PurposePolicy
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import MIN_AGE
from desktop_app.services.facts import suppression_matches

_C = ReasonCode
Code = ColumnElement[str]
Cond = ColumnElement[bool]
Num = ColumnElement[int]
When = tuple[Cond, Code | str]

# Non-objection suppressions in the order the engine reports them (rules._SUPPRESSION_CODES).
_SUPPRESSION_BLOCKS = (
    (SuppressionReason.REFUSAL, _C.CHANNEL_REFUSED),
    (SuppressionReason.ERASURE, _C.SUPPRESSED_ERASURE),
    (SuppressionReason.ROBINSON, _C.SUPPRESSED_ROBINSON),
    (SuppressionReason.BOUNCE, _C.SUPPRESSED_BOUNCE),
)


@dataclass(frozen=True)
class Bounds:
    """The evaluation date and the cut-offs derived from it, bound as parameters."""

    on: date
    day_after: datetime  # aware UTC midnight after `on`
    latest_adult_birth: date  # born on or before this day: 16 or older on `on`
    fresh_from: datetime | None  # aware UTC midnight; None when the purpose's consents never go stale


def suppression_flags(channel: Channel, bounds: Bounds) -> CTE:
    """Per matched customer: the latest applicable objection and a 0/1 flag per other suppression kind.

    Driven from the suppressions (few) to the customers they match through the hash indexes, so the
    main query probes one small table per customer instead of four hash columns.
    """
    applies = and_(
        or_(Suppression.channel.is_(None), Suppression.channel == channel.value),
        Suppression.effective_at < bounds.day_after,
    )
    matched = (
        select(Customer.id.label("customer_id"), Suppression.reason, Suppression.effective_at)
        .select_from(Suppression)
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
        .where(applies)
        .subquery("matched")
    )
    objection = matched.c.reason == SuppressionReason.OBJECTION.value
    return (
        select(
            matched.c.customer_id,
            func.max(case((objection, matched.c.effective_at))).label("objection_at"),
            *(
                func.max(case((matched.c.reason == kind.value, 1), else_=0)).label(kind.value)
                for kind, _ in _SUPPRESSION_BLOCKS
            ),
        )
        .group_by(matched.c.customer_id)
        .cte("suppressed")
    )


def _under_min_age_at(
    dialect: str, birth: SQLColumnExpression[date | None], moment: SQLColumnExpression[datetime | None]
) -> Cond:
    """Under MIN_AGE on the UTC day of `moment` (rules.age_on); both non-NULL."""
    if dialect == "sqlite":
        return func.date(moment) < func.date(birth, f"+{MIN_AGE} years")

    def packed(value: SQLColumnExpression[date | None] | SQLColumnExpression[datetime | None]) -> Num:
        return extract("year", value) * 10000 + extract("month", value) * 100 + extract("day", value)

    return packed(moment) - packed(birth) < MIN_AGE * 10000


def _empty(column: SQLColumnExpression[str | None]) -> Cond:
    return func.coalesce(column, "") == ""


def no_contact_point(channel: Channel) -> Cond:
    """The negation of facts.customer_facts' has_* for the channel; never NULL."""
    if channel is Channel.EMAIL:
        return _empty(Customer.email_norm)
    if channel is Channel.PHONE:
        return and_(_empty(Customer.phone_e164), _empty(Customer.mobile_e164))
    if channel is Channel.SMS:
        return and_(
            _empty(Customer.mobile_e164),
            or_(_empty(Customer.phone_e164), Customer.phone_is_mobile == false()),
        )
    return or_(Customer.street == "", Customer.postcode == "", Customer.city == "")


def _first(whens: Sequence[When]) -> Code:
    """The code of the first true condition, NULL when none is (the basis holds)."""
    return case(*whens)


class ReasonSql:
    """Builds the decisive-reason expression for one purpose policy, channel and date."""

    def __init__(
        self, dialect: str, policy: PurposePolicy, channel: Channel, bounds: Bounds, flags: CTE
    ) -> None:
        self.dialect = dialect
        self.purpose = policy
        self.channel = channel
        self.bounds = bounds
        self.flags = flags
        self.policy: ChannelPolicy | None = policy.channels.get(channel)
        self.no_contact_point = no_contact_point(channel)

    # --- facts ---------------------------------------------------------------------------------------

    @cached_property
    def withdrawn(self) -> Cond:
        """rules._withdrawn: undated withdrawal counts from forever; a later re-grant supersedes it."""
        regranted = and_(
            Consent.status.in_((ConsentStatus.GRANTED.value, ConsentStatus.PENDING.value)),
            Consent.granted_at.is_not(None),
            Consent.granted_at > Consent.withdrawn_at,
        )
        return and_(
            Consent.id.is_not(None),
            or_(
                and_(Consent.withdrawn_at.is_(None), Consent.status == ConsentStatus.WITHDRAWN.value),
                and_(Consent.withdrawn_at < self.bounds.day_after, not_(regranted)),
            ),
        )

    @cached_property
    def minor_now(self) -> Cond:
        return and_(Customer.birth_date.is_not(None), Customer.birth_date > self.bounds.latest_adult_birth)

    @cached_property
    def minor_at_capture(self) -> Cond:
        return and_(
            Consent.granted_at.is_not(None),
            Consent.parental_consent == false(),
            Customer.birth_date.is_not(None),
            _under_min_age_at(self.dialect, Customer.birth_date, Consent.granted_at),
        )

    @cached_property
    def hard_blocks(self) -> list[When]:
        """The blocks after the objection, in the engine's order (the contact point comes separately)."""
        blocks: list[When] = [(self.withdrawn, _C.CONSENT_WITHDRAWN.value)]
        blocks += [(self.flags.c[kind.value] == 1, code.value) for kind, code in _SUPPRESSION_BLOCKS]
        blocks += [
            (Customer.status == CustomerStatus.ERASED.value, _C.CUSTOMER_ERASED.value),
            (Customer.status == CustomerStatus.RESTRICTED.value, _C.CUSTOMER_RESTRICTED.value),
            (Consent.status == ConsentStatus.REFUSED.value, _C.CONSENT_REFUSED.value),
        ]
        return blocks

    # --- a consent row -------------------------------------------------------------------------------

    def row_problems(self, *, require_doi: bool, third_party: bool) -> list[When]:
        """rules._row_problems for a row that is neither withdrawn nor refused (blocked before)."""
        b = self.bounds
        whens: list[When] = [
            (Consent.status == ConsentStatus.PENDING.value, _C.DOI_PENDING.value),
            (Consent.granted_at.is_(None), _C.CONSENT_GRANT_DATE_MISSING.value),
            (Consent.granted_at >= b.day_after, _C.CONSENT_NOT_YET_GRANTED.value),
            (Consent.valid_until < b.on, _C.CONSENT_EXPIRED.value),
        ]
        if require_doi:
            unconfirmed = or_(Consent.doi_confirmed_at.is_(None), Consent.doi_confirmed_at >= b.day_after)
            whens.append((unconfirmed, _C.DOI_MISSING.value))
        if third_party:
            not_named = and_(Consent.source_third_party == true(), Consent.names_business == false())
            whens.append((not_named, _C.THIRD_PARTY_NOT_NAMING_BUSINESS.value))
        if b.fresh_from is not None and self.purpose.freshness_mode is FreshnessMode.BLOCK:
            # Reached only with granted_at on or before `on`; a use after `on` does not count.
            last_use_counts = and_(Consent.last_used_at.is_not(None), Consent.last_used_at < b.day_after)
            stale = and_(
                Consent.granted_at < b.fresh_from,
                or_(not_(last_use_counts), Consent.last_used_at < b.fresh_from),
            )
            whens.append((stale, _C.CONSENT_STALE.value))
        return whens

    # --- candidate bases: each a CASE giving the first failure, NULL when the basis holds ----------

    @cached_property
    def consent_problem(self) -> Code:
        assert self.policy is not None
        not_express: Code | str = _C.CONSENT_NOT_EXPRESS.value
        if self.channel is Channel.PHONE:
            consumer_presumed = and_(
                Consent.legal_basis == LegalBasis.PRESUMED_CONSENT.value,
                Customer.kind == CustomerKind.CONSUMER.value,
            )
            not_express = case(
                (consumer_presumed, _C.PRESUMED_CONSENT_CONSUMER.value), else_=_C.CONSENT_NOT_EXPRESS.value
            )
        return _first(
            [
                (Consent.id.is_(None), _C.NO_CONSENT.value),
                (self.minor_at_capture, _C.MINOR_AT_CAPTURE.value),
                (Consent.legal_basis != LegalBasis.CONSENT.value, not_express),
                *self.row_problems(require_doi=self.policy.require_doi, third_party=True),
            ]
        )

    def presumed_problem(self) -> Code:
        return _first(
            [
                (self.minor_now, _C.MINOR.value),
                (Consent.id.is_(None), _C.NO_CONSENT.value),
                *self.row_problems(require_doi=False, third_party=False),
            ]
        )

    def existing_customer_problem(self) -> Code:
        return _first(
            [
                (self.minor_now, _C.MINOR.value),
                (Customer.is_existing_customer == false(), _C.EXISTING_CUSTOMER_NO_SALE.value),
                (Customer.address_from_sale == false(), _C.EXISTING_CUSTOMER_ADDRESS_NOT_FROM_SALE.value),
                (Customer.informed_right_to_object == false(), _C.EXISTING_CUSTOMER_NOT_INFORMED.value),
            ]
        )

    def legitimate_interest_problem(self) -> Code:
        return _first([(self.minor_now, _C.MINOR.value)])

    @staticmethod
    def first_basis(candidates: Sequence[tuple[Code, ReasonCode]]) -> Code:
        if not candidates:
            return literal(_C.NO_ALLOWED_BASIS.value)
        whens: list[When] = [(problem.is_(None), ok.value) for problem, ok in candidates]
        return case(*whens, else_=candidates[0][0])

    def bases(self, policy: ChannelPolicy) -> Code:
        """rules._candidates and _evaluate_bases for a customer without any hard block or objection."""
        consent = [(self.consent_problem, _C.CONSENT_VALID)] if policy.allow_consent else []
        if self.channel is Channel.EMAIL and policy.allow_existing_customer:
            return self.first_basis([*consent, (self.existing_customer_problem(), _C.EXISTING_CUSTOMER_7_3)])
        if self.channel is Channel.POST and policy.allow_legitimate_interest:
            li = (self.legitimate_interest_problem(), _C.LEGITIMATE_INTEREST_POST)
            return self.first_basis([li, *consent])
        if self.channel is Channel.PHONE and policy.allow_presumed_b2b:
            presumed = self.first_basis([(self.presumed_problem(), _C.PRESUMED_CONSENT_B2B)])
            business = Customer.kind == CustomerKind.BUSINESS.value
            if policy.allow_consent:
                business = and_(business, Consent.legal_basis == LegalBasis.PRESUMED_CONSENT.value)
            return case((business, presumed), else_=self.first_basis(consent))
        return self.first_basis(consent)

    # --- the decision --------------------------------------------------------------------------------

    def lifted_objection(self) -> Code:
        """After an objection only the person's own later consent counts, and only if nothing else
        blocks: then the answer is that consent, otherwise the objection is the decisive reason."""
        objection_at = self.flags.c.objection_at
        lifts = and_(
            Consent.legal_basis == LegalBasis.CONSENT.value,
            Consent.granted_at > objection_at,
            Consent.recorded_at > objection_at,
        )
        blocked = [(cond, _C.OBJECTION.value) for cond, _ in self.hard_blocks]
        holds = case(
            *blocked,
            (self.no_contact_point, _C.OBJECTION.value),
            (self.consent_problem.is_(None), _C.CONSENT_VALID.value),
            else_=_C.OBJECTION.value,
        )
        return case((lifts, holds), else_=_C.OBJECTION.value)

    def reason(self) -> Code:
        policy = self.policy
        enabled = policy is not None and policy.enabled
        objection: Code | str = _C.OBJECTION.value
        if policy is not None and enabled and policy.allow_consent:
            objection = self.lifted_objection()
        whens: list[When] = [(self.flags.c.objection_at.is_not(None), objection), *self.hard_blocks]
        if policy is None or not enabled:
            return case(*whens, else_=_C.CHANNEL_NOT_ALLOWED_FOR_PURPOSE.value)
        whens.append((self.no_contact_point, _C.NO_CONTACT_POINT.value))
        return case(*whens, else_=self.bases(policy))

    def may_succeed_without_consent(self) -> bool:
        """Whether a customer without a consent row can be contactable at all under this policy."""
        policy = self.policy
        if policy is None or not policy.enabled:
            return False
        return (self.channel is Channel.EMAIL and policy.allow_existing_customer) or (
            self.channel is Channel.POST and policy.allow_legitimate_interest
        )
