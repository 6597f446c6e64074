"""Writing one chunk of decisions with Core bulk statements, inside the import's one transaction.

Why not services.customers/ledger row by row: 100,000 rows through the ORM take minutes; these
executemany statements (with services.demo's bind-value preparation) take seconds. What is written is
what the services would write: the same checks ran in services.importing.checks/consents, the derived
columns come from the same definitions, and each consent row is the projection of its events.

Ids: on SQLite the writer holds the database lock (BEGIN IMMEDIATE), so max(id) + 1 onwards is free;
on PostgreSQL they are drawn from the table's sequence, so other PCs' inserts never collide.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from enum import Enum
from typing import Any

from sqlalchemy import Table, bindparam, column, func, select, table, update
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, ConsentEvent, Customer, ImportChange, Tag, customer_tags
from desktop_app.domain.enums import CustomerStatus
from desktop_app.domain.ledger import STORED_FIELDS, ConsentState, LedgerEvent
from desktop_app.errors import ConflictError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.customer_fields import DerivedFields
from desktop_app.services.customers import CUSTOMER_NO_DIGITS, CUSTOMER_NO_PREFIX, next_customer_no
from desktop_app.services.demo import _executemany
from desktop_app.services.importing.analysis import ChunkPlan, Context, NewCustomer, Update
from desktop_app.services.importing.checks import FIELDS
from desktop_app.services.importing.consents import PlannedConsent
from desktop_app.services.importing.contact import customer_search_text, derived_columns

_STAGING = "import_customers_staging"
_IMPORT_CACHE_KIB = -65536  # negative: KiB, i.e. 64 MB
_CUSTOMERS: Table = Customer.__table__
_CONSENTS: Table = Consent.__table__  # type: ignore[assignment]
_EVENTS: Table = ConsentEvent.__table__  # type: ignore[assignment]
_DATES = ("birth_date", "customer_since", "last_purchase_on")
_STATE_ENUMS = ("status", "legal_basis", "capture_method")  # the ConsentState fields holding enums
_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors",
    "Customers in the file were changed by someone else while the import ran. Nothing was imported; "
    "start the import again.",
)


def _stored(value: Any) -> Any:
    """Enum members as their plain string (what the column stores)."""
    return value.value if isinstance(value, Enum) else value


def json_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return _stored(value)


class CustomerNumbers:
    """The next free "K-0000001" numbers, as services.customers.next_customer_no finds them."""

    def __init__(self, session: Session) -> None:
        self._next = int(next_customer_no(session)[len(CUSTOMER_NO_PREFIX) :])
        self.used: set[str] = set()  # numbers this import wrote, given or generated
        self.generated: dict[str, int] = {}  # generated number -> customer id

    def take(self) -> str:
        while True:
            number = f"{CUSTOMER_NO_PREFIX}{self._next:0{CUSTOMER_NO_DIGITS}d}"
            self._next += 1
            if number not in self.used:
                return number


class BatchWriter:
    def __init__(self, session: Session, context: Context) -> None:
        assert context.batch_id is not None
        self.session = session
        self.context = context
        self.conn = session.connection()
        self.dialect = self.conn.dialect.name
        self.numbers = CustomerNumbers(session)
        self.tags = {name.casefold(): tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name))}
        self._cache_size: int | None = None
        if self.dialect == "sqlite":
            # The default page cache (2 MB) cannot hold the indexes a 100,000-row import walks: with
            # 64 MB the inserts took a third less CPU and half the time in bench/import_100k.py.
            self._cache_size = int(self.conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
            self.conn.exec_driver_sql(f"PRAGMA cache_size={_IMPORT_CACHE_KIB}")
            self.conn.exec_driver_sql(f"CREATE TEMP TABLE {_STAGING} AS SELECT * FROM main.customers WHERE 0")

    def close(self) -> None:
        """After the last chunk, inside the transaction."""
        if self.dialect == "sqlite":
            self.conn.exec_driver_sql(f"DROP TABLE temp.{_STAGING}")

    def release(self) -> None:
        """Always, also after an error: the pooled connection gets its usual cache back."""
        if self._cache_size is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size={self._cache_size}")
            self.conn.exec_driver_sql("PRAGMA shrink_memory")
            self._cache_size = None

    def write(self, plan: ChunkPlan) -> None:
        ids = self._insert_customers(plan.new)
        self._update_customers(plan.updates)
        planned = [(cid, c) for new, cid in zip(plan.new, ids, strict=True) for c in new.consents]
        planned += [(u.existing.id, c) for u in plan.updates for c in u.consents]
        self._write_consents(planned)
        links = [(cid, new.tags) for new, cid in zip(plan.new, ids, strict=True)]
        added = self._link_tags(links + [(u.existing.id, u.tags) for u in plan.updates], fresh=len(links))
        self._record_changes(plan.updates, added)

    # --- ids ----------------------------------------------------------------------------------------
    def _reserve(self, target: Table, count: int) -> list[int]:
        if count == 0:
            return []
        if self.dialect == "postgresql":
            sequence = f"pg_get_serial_sequence('{target.name}', 'id')"
            rows = self.conn.exec_driver_sql(f"SELECT nextval({sequence}) FROM generate_series(1, {count})")
            return [int(r[0]) for r in rows]
        first = int(self.conn.execute(select(func.coalesce(func.max(target.c.id), 0))).scalar_one()) + 1
        return list(range(first, first + count))

    # --- customers ----------------------------------------------------------------------------------
    def _insert_customers(self, new: Sequence[NewCustomer]) -> list[int]:
        ids = self._reserve(_CUSTOMERS, len(new))
        if not new:
            return ids
        context = self.context
        now = context.now
        common = {
            "art14_notified_on": None, "status": CustomerStatus.ACTIVE.value, "restricted_reason": "",
            "erased_at": None, "source_id": context.source_id, "import_batch_id": context.batch_id,
            "created_by": context.actor, "created_at": now, "updated_at": now, "version_id": 1,
        }  # fmt: skip
        rows: dict[int, dict[str, Any]] = {}
        for customer, customer_id in zip(new, ids, strict=True):
            values = customer.values
            derived = customer.derived
            number = values["customer_no"]
            if number:
                self._free(number, rows)
            else:
                number = self.numbers.take()
                self.numbers.generated[number] = customer_id
                derived = _with_number(derived, values, number)
            self.numbers.used.add(number)
            row = {**values, **common, **derived_columns(derived)}
            row.update(
                id=customer_id, customer_no=number, kind=values["kind"].value,
                salutation=values["salutation"] or None, title=values["title"] or None,
            )  # fmt: skip
            rows[customer_id] = row
        self._store_customers(list(rows.values()))
        return ids

    def _store_customers(self, rows: list[dict[str, Any]]) -> None:
        if self.dialect != "sqlite":
            _executemany(self.conn, _CUSTOMERS, rows)
            return
        # As in services.demo: staged and moved with one INSERT ... SELECT, so the FTS5 trigger indexes
        # the chunk as one segment instead of merging thousands of tiny ones.
        names = ", ".join(rows[0])
        staging = table(_STAGING, *(column(c, _CUSTOMERS.c[c].type) for c in rows[0]))
        _executemany(self.conn, staging, rows)
        self.conn.exec_driver_sql(f"INSERT INTO main.customers ({names}) SELECT {names} FROM temp.{_STAGING}")
        self.conn.exec_driver_sql(f"DELETE FROM temp.{_STAGING}")

    def _free(self, number: str, pending: dict[int, dict[str, Any]]) -> None:
        """A number given in the file that this import already generated for an earlier row: that
        customer gets the next free number instead (rare: files mixing numbered and unnumbered rows)."""
        customer_id = self.numbers.generated.pop(number, None)
        if customer_id is None:
            return
        replacement = self.numbers.take()
        self.numbers.used.add(replacement)
        self.numbers.generated[replacement] = customer_id
        # customer_no is the first part of search_text (customer_search_text), so only it changes.
        if customer_id in pending:  # not written yet: this chunk
            row = pending[customer_id]
            row.update(
                customer_no=replacement,
                search_text=replacement.casefold() + row["search_text"][len(number) :],
            )
            return
        old = self.conn.execute(select(Customer.search_text).where(Customer.id == customer_id)).scalar_one()
        text = replacement.casefold() + old[len(number) :]
        self.conn.execute(
            update(_CUSTOMERS)
            .where(_CUSTOMERS.c.id == customer_id)
            .values(customer_no=replacement, search_text=text)
        )

    def _update_customers(self, updates: Sequence[Update]) -> None:
        changed = [u for u in updates if u.changed]
        if not changed:
            return
        now = self.context.now
        statement = (
            update(_CUSTOMERS)
            .where(_CUSTOMERS.c.id == bindparam("b_id"), _CUSTOMERS.c.version_id == bindparam("b_version"))
            .values(version_id=_CUSTOMERS.c.version_id + 1)
        )
        params = []
        for u in changed:
            row: dict[str, Any] = {name: _stored(u.values[name]) for name in FIELDS}
            row.update(derived_columns(u.derived))
            row.update(salutation=u.values["salutation"] or None, title=u.values["title"] or None)
            row.update(updated_at=now, b_id=u.existing.id, b_version=u.existing.version)
            if u.existing.source_id is None:
                row["source_id"] = self.context.source_id
            else:
                row["source_id"] = u.existing.source_id
            params.append(row)
        self.conn.execute(statement, params)
        done = self._count_versions([(u.existing.id, u.existing.version + 1) for u in changed])
        if done != len(changed):
            raise ConflictError(_CHANGED_MEANWHILE)

    def _count_versions(self, pairs: list[tuple[int, int]]) -> int:
        wanted = dict(pairs)
        found = 0
        ids = sorted(wanted)
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            query = select(Customer.id, Customer.version_id).where(Customer.id.in_(part))
            found += sum(1 for cid, version in self.conn.execute(query) if wanted[cid] == version)
        return found

    # --- consents -----------------------------------------------------------------------------------
    def _write_consents(self, planned: Sequence[tuple[int, PlannedConsent]]) -> None:
        if not planned:
            return
        now = self.context.now
        fresh = [(cid, p) for cid, p in planned if p.consent_id is None]
        ids = iter(self._reserve(_CONSENTS, len(fresh)))
        rows, events, updates = [], [], []
        for customer_id, consent in planned:
            state = _state_columns(consent.state)
            if consent.consent_id is None:
                consent_id = next(ids)
                rows.append(
                    {
                        "id": consent_id, "customer_id": customer_id, "purpose_id": consent.purpose_id,
                        "channel": consent.channel.value, **state, "updated_at": now,
                    }
                )  # fmt: skip
            else:
                consent_id = consent.consent_id
                updates.append({**state, "updated_at": now, "b_id": consent_id})
            events += [self._event(consent_id, customer_id, e) for e in consent.events]
        if rows:
            _executemany(self.conn, _CONSENTS, rows)
        if updates:
            statement = update(_CONSENTS).where(_CONSENTS.c.id == bindparam("b_id"))
            self.conn.execute(statement, updates)
        _executemany(self.conn, _EVENTS, events)

    def _event(self, consent_id: int, customer_id: int, event: LedgerEvent) -> dict[str, Any]:
        declaration = event.method is not None
        return {
            "consent_id": consent_id,
            "customer_id": customer_id,
            "kind": event.kind.value,
            "occurred_at": event.occurred_at,
            "recorded_at": event.recorded_at,
            "recorded_by": event.recorded_by,
            "legal_basis": _stored(event.legal_basis),
            "method": _stored(event.method),
            "source_id": event.source_id,
            "source_third_party": event.source_third_party,
            "consent_text_id": event.consent_text_id,
            "valid_until": event.valid_until,
            "names_business": event.names_business,
            "parental_consent": event.parental_consent,
            "proof_ref": event.proof_ref,
            "attachment_id": None,
            "import_batch_id": event.import_batch_id,
            "campaign_export_id": None,
            "note": self.context.defaults.consent_note.strip() if declaration else "",
        }

    # --- tags and the record for undo ---------------------------------------------------------------
    def _tag_id(self, name: str) -> int:
        key = name.casefold()
        if key not in self.tags:
            tag = Tag(name=name)
            self.session.add(tag)
            self.session.flush()
            self.tags[key] = tag.id
        return self.tags[key]

    def _link_tags(self, links: list[tuple[int, tuple[str, ...]]], fresh: int) -> dict[int, list[int]]:
        """Links customers to tags; returns, for existing customers, the tag ids newly linked."""
        wanted = {cid: [self._tag_id(n) for n in names] for cid, names in links if names}
        if not wanted:
            return {}
        existing_ids = [cid for cid, _ in links[fresh:] if cid in wanted]
        have = set(self._links_of(existing_ids))
        rows = [{"customer_id": c, "tag_id": t} for c, ts in wanted.items() for t in dict.fromkeys(ts)]
        rows = [r for r in rows if (r["customer_id"], r["tag_id"]) not in have]
        if rows:
            _executemany(self.conn, customer_tags, rows)
        added: dict[int, list[int]] = {}
        for r in rows:
            if r["customer_id"] in existing_ids:
                added.setdefault(r["customer_id"], []).append(r["tag_id"])
        return added

    def _links_of(self, customer_ids: Iterable[int]) -> Iterable[tuple[int, int]]:
        ids = sorted(set(customer_ids))
        for start in range(0, len(ids), 500):
            query = select(customer_tags.c.customer_id, customer_tags.c.tag_id).where(
                customer_tags.c.customer_id.in_(ids[start : start + 500])
            )
            yield from ((int(c), int(t)) for c, t in self.conn.execute(query))

    def _record_changes(self, updates: Sequence[Update], tags: dict[int, list[int]]) -> None:
        rows = []
        for u in updates:
            tag_ids = tags.get(u.existing.id, [])
            if not (u.changed or tag_ids):
                continue
            before = {name: json_value(old) for name, (old, _new) in u.changed.items()}
            if u.changed and u.existing.source_id is None:
                before["source_id"] = None
            rows.append(
                {
                    "batch_id": self.context.batch_id,
                    "customer_id": u.existing.id,
                    "version_after": u.existing.version + (1 if u.changed else 0),
                    "before_json": json.dumps(before, ensure_ascii=False, sort_keys=True),
                    "tag_ids_json": json.dumps(sorted(tag_ids)),
                }
            )
        if rows:
            _executemany(self.conn, ImportChange.__table__, rows)  # type: ignore[arg-type]


def _with_number(derived: DerivedFields, values: dict[str, Any], number: str) -> DerivedFields:
    return replace(derived, search_text=customer_search_text(values, number))


def _state_columns(state: ConsentState) -> dict[str, Any]:
    row = {name: getattr(state, name) for name in STORED_FIELDS}
    for name in _STATE_ENUMS:
        row[name] = _stored(row[name])
    return row


def column_value(name: str, value: Any) -> Any:
    """A value from before_json back as its column stores it."""
    if name in _DATES and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if name in ("salutation", "title", "customer_no"):
        return value or None
    return value
