"""Calendar arithmetic and the policy value types, at their edges.

Why: "24 months", "aged 16" and "on the day" decide real cases at month ends, on 29 February and around
midnight; the SQL mirror reuses these functions, so their edges are pinned here once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from desktop_app.domain.dates import add_months, age_on, is_later, utc_day
from desktop_app.domain.enums import Channel, SuppressionReason
from desktop_app.domain.policy import ChannelPolicy, CustomerFacts, PurposePolicy, SuppressionFacts


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 24, date(2026, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 3, 15), -24, date(2024, 3, 15)),
        (date(2026, 3, 15), 0, date(2026, 3, 15)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (date(2010, 3, 15), date(2026, 3, 15), 16),  # birthday: the year is complete
        (date(2010, 3, 15), date(2026, 3, 14), 15),
        (date(2008, 2, 29), date(2024, 2, 29), 16),
        (date(2008, 2, 29), date(2025, 2, 28), 16),  # common year: the year completes on 1 March
        (date(2008, 2, 29), date(2025, 3, 1), 17),
        (date(2026, 1, 1), date(2026, 1, 1), 0),
    ],
)
def test_age_on(birth: date, on: date, age: int) -> None:
    assert age_on(birth, on) == age


def test_a_timestamp_counts_on_its_utc_date() -> None:
    berlin_summer = timezone(timedelta(hours=2))
    assert utc_day(datetime(2026, 3, 16, 0, 30, tzinfo=berlin_summer)) == date(2026, 3, 15)
    assert utc_day(datetime(2026, 3, 15, 23, 59, tzinfo=UTC)) == date(2026, 3, 15)
    assert utc_day(datetime(2026, 3, 15, 23, 59)) == date(2026, 3, 15)  # naive: already UTC


def test_is_later_compares_instants_and_tolerates_naive_utc() -> None:
    plus_one = timezone(timedelta(hours=1))
    assert is_later(datetime(2026, 1, 1, 12, 0, 1, tzinfo=UTC), datetime(2026, 1, 1, 13, 0, tzinfo=plus_one))
    assert not is_later(datetime(2026, 1, 1, 12, 0, tzinfo=UTC), datetime(2026, 1, 1, 13, 0, tzinfo=plus_one))
    assert is_later(datetime(2026, 1, 1, 12, 1), datetime(2026, 1, 1, 12, 0, tzinfo=UTC))


def test_purpose_policy_checks_and_freezes_its_channels() -> None:
    channels = {Channel.EMAIL: ChannelPolicy(Channel.EMAIL)}
    policy = PurposePolicy(code="x", channels=channels)
    channels[Channel.SMS] = ChannelPolicy(Channel.SMS)
    assert set(policy.channels) == {Channel.EMAIL}
    with pytest.raises(TypeError):
        policy.channels[Channel.SMS] = ChannelPolicy(Channel.SMS)  # type: ignore[index]
    with pytest.raises(ValueError, match="filed under"):
        PurposePolicy(code="x", channels={Channel.SMS: ChannelPolicy(Channel.EMAIL)})
    with pytest.raises(ValueError, match="freshness"):
        PurposePolicy(code="x", channels={}, freshness_months=0)
    assert PurposePolicy.of("x", [ChannelPolicy(Channel.POST)]) == PurposePolicy(
        code="x", channels={Channel.POST: ChannelPolicy(Channel.POST)}
    )


def test_customer_facts_keep_suppressions_immutable() -> None:
    at = datetime(2025, 1, 1, tzinfo=UTC)
    objection = SuppressionFacts(reason=SuppressionReason.OBJECTION, effective_at=at)
    suppressions = [objection]
    customer = CustomerFacts(suppressions=suppressions)
    suppressions.append(objection)
    assert customer.suppressions == (objection,)
