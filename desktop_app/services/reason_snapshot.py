"""Every customer's decisive reason for one purpose × channel × date, held in memory for the preview.

Why: the preview recounts whenever the user edits the segment, and deciding a million customers takes
seconds each time. The decisions do not depend on the segment, only on the data, the purpose, the
channel and the date; so they are taken once (one statement, services.evaluation) and each segment is
then counted from them: its customer ids come from one indexed query on `customers`, and their reasons
from an array indexed by customer id (one byte per customer: a megabyte for a million).

A snapshot is valid for the data_version (the audit chain's length) it was taken at: every recorded
change appends to the chain, so a snapshot is never used after a change. The campaign export does not
use snapshots: it decides again inside its own write transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import threading
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, String, cast, func, select, union_all
from sqlalchemy.orm import Session

from desktop_app.db.driver_rows import driver_rows
from desktop_app.db.models import Customer
from desktop_app.domain.enums import Channel
from desktop_app.domain.reasons import ReasonCode
from desktop_app.services.campaign_segment import Segment, segment_condition
from desktop_app.services.campaigns import data_version
from desktop_app.services.customer_list import CustomerRow, rows_in_order
from desktop_app.services.evaluation import PopulationEvaluation

__all__ = ["ReasonSnapshot", "SnapshotCache", "SnapshotKey"]

_CODES = tuple(ReasonCode)
_INDEX = {code.value: i + 1 for i, code in enumerate(_CODES)}  # 0: no customer with that id
assert len(_CODES) < 255, "one byte per customer"


@dataclass(frozen=True)
class SnapshotKey:
    purpose_id: int
    channel: Channel
    on: dt.date
    data_version: int


class ReasonSnapshot:
    """The decisive reason of every customer (erased ones included, as the evaluation gives them)."""

    def __init__(self, key: SnapshotKey, reasons: array[int]) -> None:
        self.key = key
        self._reasons = reasons

    @classmethod
    def take(cls, session: Session, key: SnapshotKey) -> ReasonSnapshot:
        """Decides every customer as of `key.on`; `key.data_version` must be the session's current one
        (campaigns.data_version), read in the same transaction before this call."""
        evaluation = PopulationEvaluation(session, key.purpose_id, key.channel, key.on)
        halves = [half.with_only_columns(*half.selected_columns[:2]) for half in evaluation.halves()]
        decided = union_all(*halves).subquery()
        # One row per reason with its customers' ids as one text: the database joins them, and a
        # million ids arrive as a dozen strings instead of a million rows (a third of the time).
        joined = func.aggregate_strings(cast(decided.c.id, String), ",")
        grouped = select(decided.c.reason, joined).group_by(decided.c.reason)
        groups = [
            (_INDEX[reason], array("q", map(int, ids.split(","))))
            for reason, ids in driver_rows(session.connection(), grouped)
        ]
        reasons = array("B", bytes(max((max(ids) for _, ids in groups), default=0) + 1))
        for code, ids in groups:
            for customer_id in ids:
                reasons[customer_id] = code
        return cls(key, reasons)

    def _segment_ids(
        self, session: Session, condition: ColumnElement[bool], *, ordered: bool = False
    ) -> Iterator[int]:
        """The ids of the segment's customers (in id order if `ordered`); ids beyond the snapshot are
        left out (there are none while its data_version holds)."""
        size = len(self._reasons)
        query = select(Customer.id).where(condition)
        if ordered:
            query = query.order_by(Customer.id)
        rows = driver_rows(session.connection(), query)
        try:
            yield from (i for (i,) in rows if i < size)
        finally:
            rows.close()

    def counts(self, session: Session, segment: Segment) -> dict[ReasonCode, int]:
        """How many customers of the segment have each decisive reason (evaluation.counts for it)."""
        condition = segment_condition(session, segment)
        reasons = self._reasons
        if condition is None:
            tally = Counter(reasons)
        else:
            tally = Counter(map(reasons.__getitem__, self._segment_ids(session, condition)))
        return {_CODES[i - 1]: n for i, n in tally.items() if i}

    def ids_with(
        self, session: Session, segment: Segment, reason: ReasonCode, limit: int, offset: int = 0
    ) -> list[int]:
        """The ids of the segment's customers whose decisive reason is `reason`, in id order, one page."""
        wanted = _INDEX[reason.value]
        reasons = self._reasons
        condition = segment_condition(session, segment)
        everyone: Iterator[int] = iter(range(len(reasons)))
        ids = everyone if condition is None else self._segment_ids(session, condition, ordered=True)
        with contextlib.closing(i for i in ids if reasons[i] == wanted) as matching:
            return list(itertools.islice(matching, offset, offset + limit))

    def customers_with(
        self, session: Session, segment: Segment, reason: ReasonCode, limit: int, offset: int = 0
    ) -> list[CustomerRow]:
        """The list rows of one page of ids_with."""
        return rows_in_order(session, self.ids_with(session, segment, reason, limit, offset))


class SnapshotCache:
    """The latest snapshots of one preview, shared by its worker threads.

    A snapshot is taken under the lock, so a second request for the same purpose, channel and date
    (a quick edit of the segment, a click on a reason) waits for the first one instead of deciding
    everyone again in parallel.
    """

    def __init__(self, keep: int = 2) -> None:
        self._lock = threading.Lock()
        self._snapshots: dict[SnapshotKey, ReasonSnapshot] = {}
        self._keep = keep

    def get(
        self, session: Session, purpose_id: int, channel: Channel, on: dt.date, version: int | None = None
    ) -> ReasonSnapshot:
        """The snapshot for the data as `session` sees it now; taken if there is none yet. `version`: the
        session's campaigns.data_version when the caller has just read it."""
        key = SnapshotKey(purpose_id, channel, on, data_version(session) if version is None else version)
        with self._lock:
            found = self._snapshots.get(key)
            if found is None:
                found = ReasonSnapshot.take(session, key)
                # Older data versions can never be asked for again: free them at once.
                kept = {k: v for k, v in self._snapshots.items() if k.data_version == key.data_version}
                while len(kept) >= self._keep:
                    kept.pop(next(iter(kept)))
                kept[key] = found
                self._snapshots = kept
            return found
