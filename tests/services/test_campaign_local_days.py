"""The date column of a campaign export: the PC's date of each consent's grant time.

The export works the date out once per UTC hour (campaign_rows.hour_day, into its DAYS table), and per
time only in hours whose date changes within them; that must give exactly what converting each time on
its own gives (local_day), also in the hours around clock changes and in time zones whose offsets or
clock changes are not whole hours.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from collections.abc import Iterator

import pytest

from desktop_app.services.campaign_rows import hour_day, local_day

ZONES = (
    "Europe/Berlin",  # the usual case: +1/+2, changes at 01:00 UTC
    "America/St_Johns",  # -3:30/-2:30
    "Australia/Lord_Howe",  # +10:30/+11: a half-hour clock change
    "Asia/Kathmandu",  # +5:45, no clock change
    "Pacific/Chatham",  # +12:45/+13:45
    "UTC",
    # Made up (POSIX rule): +0:45/+1:45, back at 00:15 summer time, i.e. 22:30 UTC. In the UTC hour
    # 22:00-22:59 of that night the local date goes D, D+1, D again: start and end alone would say D.
    "XST-0:45XDT-1:45,M3.5.0/1,M10.5.0/0:15",
)
pytestmark = pytest.mark.skipif(not hasattr(time, "tzset"), reason="the time zone is switched with tzset")


@pytest.fixture
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def _stamps(seed: int) -> list[dt.datetime]:
    """Every 7 minutes through the days around each zone's clock changes in 2025, and random times."""
    rng = random.Random(seed)
    stamps = []
    for start in (
        dt.datetime(2025, 3, 28),
        dt.datetime(2025, 4, 3),
        dt.datetime(2025, 9, 24),
        dt.datetime(2025, 10, 24),
    ):
        stamps += [
            start + dt.timedelta(minutes=7 * i, microseconds=rng.randrange(10**6))
            for i in range(6 * 24 * 8 // 7 * 7)
        ]
    stamps += [dt.datetime(2020, 1, 1) + dt.timedelta(seconds=rng.randrange(10**9)) for _ in range(3_000)]
    stamps += [
        dt.datetime(2025, 6, 1, 23, 59, 59, 999_999),
        dt.datetime(2025, 6, 2, 0, 0),
        dt.datetime(2025, 6, 1, 22),
    ]
    return stamps


def _day(stored: str) -> str:
    """The date DAYS gives a stored grant time (campaign_rows._fill_days): its hour's, or its own."""
    return hour_day(stored[:13]) or local_day(stored)


@pytest.mark.parametrize("zone", ZONES, indirect=True)
def test_the_hourly_shortcut_gives_every_time_its_own_local_date(zone: str) -> None:
    stamps = _stamps(len(zone))
    as_stored = [f"{s:%Y-%m-%d %H:%M:%S.%f}" for s in stamps]
    expected = [local_day(s) for s in as_stored]
    assert [_day(s) for s in as_stored] == expected
    # PostgreSQL: to_char's hour stamps, and a mixed hour's times as the driver gives them (datetimes)
    assert [hour_day(f"{s:%Y-%m-%d %H}") or local_day(s) for s in stamps] == expected
    assert {_day(s) for s in as_stored} != {s[:10] for s in as_stored} or zone == "UTC"  # not just UTC dates


def test_berlin_dates_around_midnight_and_the_clock_change(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        assert _day("2025-06-01 21:59:59.999999") == "2025-06-01"  # 23:59:59 summer time
        assert _day("2025-06-01 22:00:00.000000") == "2025-06-02"  # midnight
        assert _day("2025-01-15 22:30:00.000000") == "2025-01-15"  # 23:30 winter time
        assert _day("2025-01-15 23:00:00.000000") == "2025-01-16"
        assert _day("2025-10-25 22:15:00.000000") == "2025-10-26"  # 00:15 summer time, the night back
    finally:
        monkeypatch.undo()
        time.tzset()
