"""Hypothesis strategies for the rules engine's inputs.

Why shared: the property tests here and the SQL-vs-Python differential test draw the same random worlds,
so the SQL mirror is checked against exactly the corners the Python rules are checked on.

Why clustered around `on`: the rules turn on day boundaries (the day of a withdrawal, the 16th birthday,
24 calendar months, valid-until). Uniform random dates would almost never land on them, so timestamps
are drawn as day offsets from `on`, heavily weighted towards -2..+2 days and towards the freshness edge,
with a random time of day and an occasional non-UTC offset (a timestamp counts on its UTC date).
All timestamps are timezone-aware, as the database layer returns them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any

from hypothesis import strategies as st

from desktop_app.domain.catalog import DEFAULT_POLICIES
from desktop_app.domain.enums import (
    Channel,
    ConsentStatus,
    CustomerKind,
    CustomerStatus,
    FreshnessMode,
    LegalBasis,
    SuppressionReason,
)
from desktop_app.domain.policy import (
    ChannelPolicy,
    ConsentFacts,
    CustomerFacts,
    PurposePolicy,
    SuppressionFacts,
)
from desktop_app.domain.rules import Decision, add_months, decide

__all__ = [
    "Scenario",
    "birth_dates",
    "channel_policies",
    "consent_facts",
    "customer_facts",
    "draw_birth_date",
    "draw_consent",
    "draw_customer",
    "draw_near",
    "draw_on_or_before",
    "draw_suppression",
    "evaluation_dates",
    "purpose_policies",
    "scenarios",
    "suppression_facts",
    "timestamps_near",
    "timestamps_on_or_before",
]

ON_MIN, ON_MAX = date(2022, 1, 1), date(2030, 12, 31)

# Strategies are built once: constructing and validating them per draw costs more than the engine.
_UTC_OFTEN = (UTC, UTC, UTC)
_ZONE = st.sampled_from((*_UTC_OFTEN, *(timezone(timedelta(hours=h)) for h in (1, 2, -5))))
_SECOND_OF_DAY = st.integers(0, 86_399)
_LIKELY = st.sampled_from((True, True, True, False))
_MOSTLY = st.sampled_from((True,) * 9 + (False,))
_BOOL = st.booleans()
_NEAR_DAYS = st.integers(-2, 2)  # on the day, the day before, the day after
_ANY_DAYS = st.integers(-2000, 120)
_WHICH = st.integers(0, 2)
_AFTER_DAYS = st.one_of(st.integers(0, 2), st.integers(0, 30), st.integers(0, 900))
_BACK_DAYS = st.one_of(st.integers(0, 1), st.integers(0, 1500))
_SOMETIMES = st.integers(0, 4)
_RARELY = st.integers(0, 9)  # 0: a fact that would normally be absent is present anyway


@lru_cache
def _sampled(values: tuple[Any, ...]) -> st.SearchStrategy[Any]:
    return st.sampled_from(values)


@dataclass(frozen=True)
class Scenario:
    """One call of `decide`: the consent is this customer's row for exactly this purpose and channel."""

    customer: CustomerFacts
    purpose: PurposePolicy
    channel: Channel
    consent: ConsentFacts | None
    on: date

    def decide(self) -> Decision:
        return decide(self.customer, self.purpose, self.channel, self.consent, self.on)


def evaluation_dates() -> st.SearchStrategy[date]:
    return _EVALUATION_DATES


_EVALUATION_DATES = st.dates(min_value=ON_MIN, max_value=ON_MAX)


@lru_cache
def _edge_days(freshness_months: int) -> st.SearchStrategy[int]:
    edge = round(freshness_months * 30.44)
    return st.integers(-edge - 3, -edge + 3)  # around the freshness limit


def _moment(draw: st.DrawFn, day: date) -> datetime:
    utc = datetime.combine(day, time(0), tzinfo=UTC) + timedelta(seconds=draw(_SECOND_OF_DAY))
    return utc.astimezone(draw(_ZONE))


def draw_near(draw: st.DrawFn, on: date, freshness_months: int = 24) -> datetime:
    """An aware timestamp whose UTC calendar date lies near `on` (for use inside @st.composite)."""
    which = draw(_WHICH)
    days = draw(_NEAR_DAYS if which == 0 else _edge_days(freshness_months) if which == 1 else _ANY_DAYS)
    return _moment(draw, on + timedelta(days=days))


def draw_on_or_before(draw: st.DrawFn, on: date) -> datetime:
    """An aware timestamp whose UTC calendar date is `on` or earlier, often the very day."""
    return _moment(draw, on - timedelta(days=draw(_BACK_DAYS)))


@st.composite
def timestamps_near(draw: st.DrawFn, on: date, *, freshness_months: int = 24) -> datetime:
    return draw_near(draw, on, freshness_months)


@st.composite
def timestamps_on_or_before(draw: st.DrawFn, on: date) -> datetime:
    return draw_on_or_before(draw, on)


_BIRTH_KIND = st.sampled_from(("none",) * 4 + ("adult",) * 3 + ("edge",) * 2 + ("child",))
_ADULT_DAYS = st.integers(17 * 366, 90 * 365)
_CHILD_DAYS = st.integers(365, 16 * 365 - 10)
_EDGE_DAYS = st.integers(-800, 40)


def draw_birth_date(draw: st.DrawFn, on: date) -> date | None:
    kind = draw(_BIRTH_KIND)
    if kind == "none":
        return None
    if kind == "adult":
        return on - timedelta(days=draw(_ADULT_DAYS))
    if kind == "child":
        return on - timedelta(days=draw(_CHILD_DAYS))
    # Within weeks of the 16th birthday around `on`, or around a capture date up to two years before.
    return add_months(on, -16 * 12) + timedelta(days=draw(_EDGE_DAYS))


@st.composite
def birth_dates(draw: st.DrawFn, on: date) -> date | None:
    """None (unknown, the usual case), an adult, a child, or someone near their 16th birthday."""
    return draw_birth_date(draw, on)


@lru_cache
def channel_policies(channel: Channel) -> st.SearchStrategy[ChannelPolicy]:
    """Any flags, on purpose including those the law ignores for this channel (e.g. §7(3) on SMS)."""
    return st.builds(
        ChannelPolicy,
        channel=st.just(channel),
        enabled=_MOSTLY,
        allow_consent=_LIKELY,
        allow_existing_customer=_BOOL,
        allow_presumed_b2b=_BOOL,
        allow_legitimate_interest=_BOOL,
        require_doi=_BOOL,
    )


_CHANNEL_SETS = st.one_of(st.just(frozenset(Channel)), st.sets(st.sampled_from(list(Channel)), min_size=1))
_CODES = st.sampled_from(("p1", "p2", "p3"))
_FRESHNESS = st.sampled_from((24, 24, 12, 18, 48, None))
_MODES = st.sampled_from(list(FreshnessMode))


@st.composite
def _random_purpose(draw: st.DrawFn) -> PurposePolicy:
    channels = draw(_CHANNEL_SETS)
    return PurposePolicy.of(
        draw(_CODES),
        [draw(channel_policies(ch)) for ch in sorted(channels)],
        is_profiling=draw(_BOOL),
        freshness_months=draw(_FRESHNESS),
        freshness_mode=draw(_MODES),
    )


_PURPOSES = st.one_of(st.sampled_from(list(DEFAULT_POLICIES.values())), _random_purpose())


def purpose_policies() -> st.SearchStrategy[PurposePolicy]:
    """Half the time one of the shipped defaults, otherwise a random configuration."""
    return _PURPOSES


_SUPPRESSION_CHANNELS = st.none() | st.sampled_from(list(Channel))


def draw_suppression(
    draw: st.DrawFn, on: date, reasons: tuple[SuppressionReason, ...] = tuple(SuppressionReason)
) -> SuppressionFacts:
    return SuppressionFacts(
        reason=draw(_sampled(reasons)),
        channel=draw(_SUPPRESSION_CHANNELS),
        effective_at=draw_near(draw, on),
    )


@st.composite
def suppression_facts(
    draw: st.DrawFn, on: date, *, reasons: tuple[SuppressionReason, ...] = tuple(SuppressionReason)
) -> SuppressionFacts:
    return draw_suppression(draw, on, reasons)


_KINDS = st.sampled_from(list(CustomerKind))
_CUSTOMER_STATUSES = st.sampled_from((CustomerStatus.ACTIVE,) * 16 + tuple(CustomerStatus))


@st.composite
def customer_facts(draw: st.DrawFn, on: date, *, max_suppressions: int = 2) -> CustomerFacts:
    return draw_customer(draw, on, max_suppressions)


def draw_customer(
    draw: st.DrawFn, on: date, max_suppressions: int = 2, *, clean: bool = False
) -> CustomerFacts:
    if clean:  # nothing in the way: active, reachable, no suppression, not a minor
        return CustomerFacts(
            kind=draw(_KINDS),
            has_email=True,
            has_phone=True,
            has_mobile=True,
            has_postal_address=True,
            birth_date=None if draw(_BOOL) else on - timedelta(days=draw(_ADULT_DAYS)),
            is_existing_customer=draw(_LIKELY),
            address_from_sale=draw(_LIKELY),
            informed_right_to_object=draw(_LIKELY),
        )
    count = draw(_sampled(tuple(range(1, max_suppressions + 1)))) if draw(_SOMETIMES) == 0 else 0
    return CustomerFacts(
        kind=draw(_KINDS),
        status=draw(_CUSTOMER_STATUSES),
        has_email=draw(_MOSTLY),
        has_phone=draw(_MOSTLY),
        has_mobile=draw(_MOSTLY),
        has_postal_address=draw(_MOSTLY),
        birth_date=draw_birth_date(draw, on),
        is_existing_customer=draw(_BOOL),
        address_from_sale=draw(_BOOL),
        informed_right_to_object=draw(_BOOL),
        suppressions=tuple(draw_suppression(draw, on) for _ in range(count)),
    )


_LEGAL_BASES = st.sampled_from((LegalBasis.CONSENT,) * 3 + (LegalBasis.PRESUMED_CONSENT,))
_IDS = st.integers(1, 10_000)
_VALID_UNTIL_DAYS = st.one_of(st.none(), st.none(), st.integers(-5, 400))
_THIRD_PARTY = st.sampled_from((False, False, True))


@st.composite
def consent_facts(
    draw: st.DrawFn, on: date, *, statuses: tuple[ConsentStatus, ...] = tuple(ConsentStatus)
) -> ConsentFacts:
    return draw_consent(draw, on, statuses)


def draw_consent(
    draw: st.DrawFn,
    on: date,
    statuses: tuple[ConsentStatus, ...] = tuple(ConsentStatus),
    *,
    clean: bool = False,
) -> ConsentFacts:
    """A consent row whose timestamps are plausible (confirmation, use, withdrawal after the grant)
    most of the time, and arbitrary sometimes; the engine must cope with both. `clean`: a granted,
    confirmed, unexpired row given on or before `on`, so that a property has something to break."""
    if clean:
        granted_at = draw_on_or_before(draw, on)
        return ConsentFacts(
            id=draw(_IDS),
            status=ConsentStatus.GRANTED,
            legal_basis=draw(_LEGAL_BASES),
            granted_at=granted_at,
            doi_confirmed_at=granted_at + timedelta(seconds=draw(_CONFIRM_SECONDS)),
            last_used_at=None if draw(_BOOL) else draw_on_or_before(draw, on),
            names_business=True,
            source_third_party=draw(_THIRD_PARTY),
            parental_consent=draw(_BOOL),
            recorded_at=granted_at + timedelta(seconds=draw(_CONFIRM_SECONDS)),
        )
    status = draw(_sampled(statuses)) if draw(_SOMETIMES) == 0 else ConsentStatus.GRANTED
    granted = None if draw(_SOMETIMES) == 0 else draw_near(draw, on)

    def after_grant() -> datetime:
        if granted is None or draw(_WHICH) == 0:
            return draw_near(draw, on)
        return granted + timedelta(days=draw(_AFTER_DAYS), seconds=draw(_SECOND_OF_DAY))

    def maybe(usual: bool) -> datetime | None:
        return after_grant() if usual or draw(_RARELY) == 0 else None

    valid_days = draw(_VALID_UNTIL_DAYS)
    return ConsentFacts(
        id=draw(_IDS),
        status=status,
        legal_basis=draw(_LEGAL_BASES),
        granted_at=granted,
        doi_confirmed_at=maybe(status is not ConsentStatus.PENDING and draw(_LIKELY)),
        withdrawn_at=maybe(status is ConsentStatus.WITHDRAWN and draw(_SOMETIMES) > 0),
        refused_at=maybe(status is ConsentStatus.REFUSED),
        valid_until=None if valid_days is None else on + timedelta(days=valid_days),
        last_used_at=maybe(draw(_BOOL)),
        names_business=draw(_LIKELY),
        source_third_party=draw(_THIRD_PARTY),
        parental_consent=draw(_BOOL),
        recorded_at=after_grant(),
    )


_CONSENT_PRESENT = st.sampled_from((True, True, True, False))
_CONFIRM_SECONDS = st.integers(0, 600)


@st.composite
def scenarios(
    draw: st.DrawFn,
    *,
    channels: tuple[Channel, ...] = tuple(Channel),
    consent: st.SearchStrategy[bool] | None = None,
    clean: st.SearchStrategy[bool] | None = None,
) -> Scenario:
    """A whole call of `decide`. `consent` decides whether a consent row is present (default: mostly).

    `clean` (default: half the time) draws a customer and consent with nothing in the way, so that the
    worlds are often contactable and the hard-block properties have something to break; the other half
    are fully random and mostly not contactable, as real lists are not.
    """
    on = draw(_EVALUATION_DATES)
    has_consent = draw(consent if consent is not None else _CONSENT_PRESENT)
    tidy = draw(clean if clean is not None else _BOOL)
    return Scenario(
        customer=draw_customer(draw, on, clean=tidy),
        purpose=draw(_PURPOSES),
        channel=draw(_sampled(channels)),
        consent=draw_consent(draw, on, clean=tidy) if has_consent else None,
        on=on,
    )
