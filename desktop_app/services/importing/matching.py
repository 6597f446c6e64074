"""Set-based look-ups for the import: customers already in the database, suppressions, consents.

Why set-based: a row-by-row query (services.objections.is_suppressed, customers.find_duplicates) costs
a round trip per row; the import asks once per chunk of rows, and loads the suppressions - a short
list of keyed hashes in any real database - once per import. The matching itself is the same as
is_suppressed's: the row's e-mail hash against the suppressions' e-mail hashes, its +tag-free hash
against their loose hashes, each phone hash against their phone hashes, plus the customer id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, Customer, Suppression
from desktop_app.domain.enums import Channel, CustomerKind, CustomerStatus, SuppressionReason
from desktop_app.domain.ledger import ConsentState
from desktop_app.services.importing.checks import FIELDS
from desktop_app.services.ledger import replay_consent

#: IN lists stay well below every driver's limit on bound parameters.
LOOKUP_CHUNK = 500
_COLUMNS = [getattr(Customer, name) for name in FIELDS]


@dataclass(frozen=True, slots=True)
class Existing:
    """A customer found in the database, with the fields an import row may change."""

    id: int
    version: int
    status: CustomerStatus
    values: dict[str, Any]  # every name in checks.FIELDS, typed as CustomerInput types them
    source_id: int | None


def _existing(row: Any) -> Existing:
    values = {name: getattr(row, name) for name in FIELDS}
    values["kind"] = CustomerKind(values["kind"])
    values["salutation"] = values["salutation"] or ""
    values["title"] = values["title"] or ""
    values["customer_no"] = values["customer_no"] or ""
    return Existing(row.id, row.version_id, CustomerStatus(row.status), values, row.source_id)


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(values)
    for start in range(0, len(items), LOOKUP_CHUNK):
        yield items[start : start + LOOKUP_CHUNK]


def find_existing(
    session: Session, numbers: set[str], emails: set[str], max_id: int
) -> tuple[dict[str, Existing], dict[str, list[Existing]]]:
    """Customers with one of the numbers, and (not erased) with one of the normalised e-mails.

    Only ids up to `max_id` count: customers this import created are matched as duplicates within
    the file, so the commit decides exactly as the dry run did.
    """
    columns = [Customer.id, Customer.version_id, Customer.status, Customer.source_id, *_COLUMNS]
    by_number: dict[str, Existing] = {}
    by_email: dict[str, list[Existing]] = defaultdict(list)
    for part in _chunks(numbers):
        query = select(*columns).where(Customer.customer_no.in_(part), Customer.id <= max_id)
        for row in session.execute(query):
            by_number[row.customer_no] = _existing(row)
    for part in _chunks(emails):
        query = (
            select(*columns, Customer.email_norm)
            .where(
                Customer.email_norm.in_(part),
                Customer.id <= max_id,
                Customer.status != CustomerStatus.ERASED.value,
            )
            .order_by(Customer.id)
        )
        for row in session.execute(query):
            by_email[row.email_norm].append(_existing(row))
    return by_number, by_email


@dataclass(frozen=True, slots=True)
class Block:
    reason: SuppressionReason
    channel: Channel | None  # None: every channel


class SuppressionIndex:
    """Every suppression of the database, keyed by what it matches."""

    def __init__(self, session: Session) -> None:
        self._by_hash: dict[str, list[Block]] = defaultdict(list)
        self._by_customer: dict[int, list[Block]] = defaultdict(list)
        columns = (
            Suppression.reason,
            Suppression.channel,
            Suppression.customer_id,
            Suppression.email_hash,
            Suppression.email_loose_hash,
            Suppression.phone_hash,
        )
        for reason, channel, customer_id, email, loose, phone in session.execute(select(*columns)):
            block = Block(SuppressionReason(reason), Channel(channel) if channel else None)
            if customer_id is not None:
                self._by_customer[customer_id].append(block)
            # Prefixes keep the kinds apart: a phone hash must never match an e-mail hash.
            for prefix, value in (("e", email), ("l", loose), ("p", phone)):
                if value:
                    self._by_hash[prefix + value].append(block)

    def blocks(
        self,
        customer_id: int | None,
        email_hash: str | None,
        loose_hash: str | None,
        phone_hashes: Iterable[str | None],
    ) -> list[Block]:
        found: list[Block] = []
        if customer_id is not None:
            found += self._by_customer.get(customer_id, ())
        keys = [("e", email_hash), ("l", loose_hash), *(("p", h) for h in phone_hashes)]
        for prefix, value in keys:
            if value:
                found += self._by_hash.get(prefix + value, ())
        return found


class ConsentLookup:
    """The consents of the customers matched in one chunk, replayed from their events on demand."""

    def __init__(self, session: Session, customer_ids: Iterable[int]) -> None:
        self._session = session
        self._ids: dict[tuple[int, int, str], int] = {}
        ids = sorted(set(customer_ids))
        for start in range(0, len(ids), LOOKUP_CHUNK):
            query = select(Consent.id, Consent.customer_id, Consent.purpose_id, Consent.channel).where(
                Consent.customer_id.in_(ids[start : start + LOOKUP_CHUNK])
            )
            for consent_id, customer_id, purpose_id, channel in session.execute(query):
                self._ids[(customer_id, purpose_id, channel)] = consent_id

    def state(self, customer_id: int, purpose_id: int, channel: Channel) -> tuple[int, ConsentState] | None:
        consent_id = self._ids.get((customer_id, purpose_id, channel.value))
        if consent_id is None:
            return None
        return consent_id, replay_consent(self._session, consent_id)
