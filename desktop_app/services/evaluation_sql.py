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
    Select,
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


def matched_suppressions(*conditions: Cond) -> Select[int, str, str | None, datetime]:
    """customer_id, reason, channel, effective_at of every suppression meeting `conditions`, once per
    customer it matches (facts.suppression_matches).

    The outer join keeps SQLite going from the (few) suppressions to the customers through the hash
    indexes; with an inner join its planner may scan every customer and probe the suppressions
    instead. An unmatched suppression gives one row with customer_id NULL, which joins nothing.
    """
    match = suppression_matches(
        Customer.id, Customer.email_hash, Customer.email_loose_hash, Customer.phone_hash, Customer.mobile_hash
    )
    return (
        select(
            Customer.id.label("customer_id"),
            Suppression.reason,
            Suppression.channel,
            Suppression.effective_at,
        )
        .select_from(Suppression)
        .outerjoin(Customer, match)
        .where(*conditions)
    )


def suppression_flags(channel: Channel, bounds: Bounds) -> CTE:
    """Per matched customer: the latest applicable objection, and the first other block that applies."""
    applies = and_(
        or_(Suppression.channel.is_(None), Suppression.channel == channel.value),
        Suppression.effective_at < bounds.day_after,
    )
    matched = matched_suppressions(applies).subquery("matched")
    objection = matched.c.reason == SuppressionReason.OBJECTION.value

    def present(kind: SuppressionReason) -> Cond:
        return func.max(case((matched.c.reason == kind.value, 1), else_=0)) == 1

    # The first non-objection block in the engine's order, as one column: the main CASE then tests
    # one NULL per customer instead of four flags.
    blocked_by = case(*((present(kind), code.value) for kind, code in _SUPPRESSION_BLOCKS))
    return (
        select(
            matched.c.customer_id,
            func.max(case((objection, matched.c.effective_at))).label("objection_at"),
            blocked_by.label("blocked_by"),
        )
        .group_by(matched.c.customer_id)
        .cte("suppressed")
    )


def _under_min_age_at(
    dialect: str, birth: SQLColumnExpression[date | None], moment: SQLColumnExpression[datetime | None]
) -> Cond:
    """Under MIN_AGE on the UTC day of `moment` (rules.age_on); both non-NULL."""
    if dialect == "sqlite":
        # The stored text 'YYYY-MM-DD HH:MM:SS.ffffff' sorts before the birthday 'YYYY-MM-DD' exactly
        # when its day is earlier (on the day itself the longer text sorts after): one date() less.
        return moment < func.date(birth, f"+{MIN_AGE} years")

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


# A candidate basis: a CASE giving its first failure (NULL when the basis holds), or a failure that is
# certain (a plain code, e.g. NO_CONSENT for a customer without a consent row).
Problem = Code | str


def _problem(whens: Sequence[When]) -> Code:
    """The code of the first true condition, NULL when none is (the basis holds)."""
    return case(*whens)


def _whens(*pairs: tuple[Cond | bool, Code | str]) -> list[When]:
    """Leaves out the conditions known to be false in this variant of the statement."""
    return [(cond, code) for cond, code in pairs if not isinstance(cond, bool)]


class ReasonSql:
    """Builds the decisive-reason expression for one purpose policy, channel and date.

    Two variants, because the statements evaluate the customers with a consent row for this purpose
    and channel (joined from the consents index) apart from those without one (`consent_row=False`):
    there every consent fact is known to be absent and its branches are left out of the SQL.
    """

    def __init__(
        self,
        dialect: str,
        policy: PurposePolicy,
        channel: Channel,
        bounds: Bounds,
        flags: CTE,
        *,
        consent_row: bool,
    ) -> None:
        self.dialect = dialect
        self.purpose = policy
        self.channel = channel
        self.bounds = bounds
        self.flags = flags
        self.row = consent_row
        self.policy: ChannelPolicy | None = policy.channels.get(channel)
        self.no_contact_point = no_contact_point(channel)

    # --- facts ---------------------------------------------------------------------------------------

    @cached_property
    def withdrawn(self) -> Cond | bool:
        """rules._withdrawn: undated withdrawal counts from forever; a later re-grant supersedes it."""
        if not self.row:
            return False
        regranted = and_(
            Consent.status.in_((ConsentStatus.GRANTED.value, ConsentStatus.PENDING.value)),
            Consent.granted_at.is_not(None),
            Consent.granted_at > Consent.withdrawn_at,
        )
        return or_(
            and_(Consent.withdrawn_at.is_(None), Consent.status == ConsentStatus.WITHDRAWN.value),
            and_(Consent.withdrawn_at < self.bounds.day_after, not_(regranted)),
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
        refused = self.row and Consent.status == ConsentStatus.REFUSED.value
        return _whens(
            (self.withdrawn, _C.CONSENT_WITHDRAWN.value),
            (self.flags.c.blocked_by.is_not(None), self.flags.c.blocked_by),
            (Customer.status == CustomerStatus.ERASED.value, _C.CUSTOMER_ERASED.value),
            (Customer.status == CustomerStatus.RESTRICTED.value, _C.CUSTOMER_RESTRICTED.value),
            (refused, _C.CONSENT_REFUSED.value),
        )

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

    # --- candidate bases ---------------------------------------------------------------------------

    @cached_property
    def consent_problem(self) -> Problem:
        assert self.policy is not None
        if not self.row:
            return _C.NO_CONSENT.value
        not_express: Code | str = _C.CONSENT_NOT_EXPRESS.value
        if self.channel is Channel.PHONE:
            consumer_presumed = and_(
                Consent.legal_basis == LegalBasis.PRESUMED_CONSENT.value,
                Customer.kind == CustomerKind.CONSUMER.value,
            )
            not_express = case(
                (consumer_presumed, _C.PRESUMED_CONSENT_CONSUMER.value), else_=_C.CONSENT_NOT_EXPRESS.value
            )
        return _problem(
            [
                (self.minor_at_capture, _C.MINOR_AT_CAPTURE.value),
                (Consent.legal_basis != LegalBasis.CONSENT.value, not_express),
                *self.row_problems(require_doi=self.policy.require_doi, third_party=True),
            ]
        )

    def presumed_problem(self) -> Problem:
        if not self.row:
            return _problem([(self.minor_now, _C.MINOR.value), (true(), _C.NO_CONSENT.value)])
        rows = self.row_problems(require_doi=False, third_party=False)
        return _problem([(self.minor_now, _C.MINOR.value), *rows])

    def existing_customer_problem(self) -> Problem:
        return _problem(
            [
                (self.minor_now, _C.MINOR.value),
                (Customer.is_existing_customer == false(), _C.EXISTING_CUSTOMER_NO_SALE.value),
                (Customer.address_from_sale == false(), _C.EXISTING_CUSTOMER_ADDRESS_NOT_FROM_SALE.value),
                (Customer.informed_right_to_object == false(), _C.EXISTING_CUSTOMER_NOT_INFORMED.value),
            ]
        )

    def legitimate_interest_problem(self) -> Problem:
        return _problem([(self.minor_now, _C.MINOR.value)])

    @staticmethod
    def first_basis(candidates: Sequence[tuple[Problem, ReasonCode]]) -> Code:
        """The first basis that holds, otherwise the first basis's first failure (rules._evaluate_bases)."""
        if not candidates:
            return literal(_C.NO_ALLOWED_BASIS.value)
        first = candidates[0][0]
        whens: list[When] = [(p.is_(None), ok.value) for p, ok in candidates if not isinstance(p, str)]
        if not whens:
            return literal(first)
        if len(candidates) == 1 and not isinstance(first, str):
            # Evaluates the CASE once instead of twice.
            return func.coalesce(first, candidates[0][1].value)
        return case(*whens, else_=first)

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
                if not self.row:
                    return self.first_basis(consent)
                # One row per purpose x channel: presumed only where that row is a presumed consent.
                business = and_(business, Consent.legal_basis == LegalBasis.PRESUMED_CONSENT.value)
            return case((business, presumed), else_=self.first_basis(consent))
        return self.first_basis(consent)

    # --- the decision --------------------------------------------------------------------------------

    def lifted_objection(self) -> Code | str:
        """After an objection only the person's own later consent counts, and only if nothing else
        blocks: then the answer is that consent, otherwise the objection is the decisive reason."""
        policy = self.policy
        if not self.row or policy is None or not policy.enabled or not policy.allow_consent:
            return _C.OBJECTION.value
        objection_at = self.flags.c.objection_at
        lifts = and_(
            Consent.legal_basis == LegalBasis.CONSENT.value,
            Consent.granted_at > objection_at,
            Consent.recorded_at > objection_at,
        )
        consent = self.consent_problem
        assert not isinstance(consent, str), "a consent row has a problem CASE"
        holds = case(
            *((cond, _C.OBJECTION.value) for cond, _ in self.hard_blocks),
            (self.no_contact_point, _C.OBJECTION.value),
            (consent.is_(None), _C.CONSENT_VALID.value),
            else_=_C.OBJECTION.value,
        )
        return case((lifts, holds), else_=_C.OBJECTION.value)

    def reason(self) -> Code:
        policy = self.policy
        objected = (self.flags.c.objection_at.is_not(None), self.lifted_objection())
        whens: list[When] = [objected, *self.hard_blocks]
        if policy is None or not policy.enabled:
            return case(*whens, else_=_C.CHANNEL_NOT_ALLOWED_FOR_PURPOSE.value)
        whens.append((self.no_contact_point, _C.NO_CONTACT_POINT.value))
        return case(*whens, else_=self.bases(policy))


def may_succeed_without_consent(policy: PurposePolicy, channel: Channel) -> bool:
    """Whether a customer without a consent row can be contactable at all under this policy."""
    rules = policy.channels.get(channel)
    if rules is None or not rules.enabled:
        return False
    return (channel is Channel.EMAIL and rules.allow_existing_customer) or (
        channel is Channel.POST and rules.allow_legitimate_interest
    )
