"""Calendar arithmetic the rules depend on, in one place so the SQL mirror can reuse it exactly.

Why not dateutil or timedelta: "24 months" and "aged 16" are calendar statements. A month is not 30 days
and a year is not 365; the clamping at month ends and the 29 February birthday are decisions, and they
are written down here once.

Timestamps: the database stores UTC, and "a timestamp counts on its calendar date" means its UTC date.
A naive timestamp is taken to be UTC already.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime

__all__ = ["add_months", "age_on", "is_later", "utc_day"]


def add_months(day: date, months: int) -> date:
    """Calendar months; a day missing in the target month becomes its last day (31 Jan + 1 = 28/29 Feb)."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def age_on(birth_date: date, on: date) -> int:
    """Completed years; someone born on 29 February turns a year older on 1 March in common years."""
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


def _utc_naive(ts: datetime) -> datetime:
    return ts.astimezone(UTC).replace(tzinfo=None) if ts.tzinfo is not None else ts


def utc_day(ts: datetime) -> date:
    """The calendar date a timestamp counts on."""
    return _utc_naive(ts).date()


def is_later(later: datetime, earlier: datetime) -> bool:
    """Strictly later; safe to call with one aware and one naive (UTC) timestamp."""
    return _utc_naive(later) > _utc_naive(earlier)
