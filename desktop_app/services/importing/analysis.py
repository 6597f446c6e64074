"""What happens to each row: new customer, update, duplicate, error or blocked - decided once, the same
way for the dry run and for the commit (which writes exactly these decisions).

Order per row: parse; duplicate within the file (by customer number, then normalised e-mail); match
in the database (number, then e-mail; several customers with the e-mail and no number is an error);
merge by the policy; the customer dialog's checks on the merged record; suppressions (an objection to
all marketing or an erasure blocks the row; a channel's objection, refusal or bounce drops that
channel's consents); the ledger's checks on each consent. A row with an error is left out whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.enums import CustomerStatus, SuppressionReason
from desktop_app.domain.normalise import normalise_email
from desktop_app.excel import RowRecord
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.customer_fields import DerivedFields
from desktop_app.services.display import channel_text
from desktop_app.services.importing.checks import BLANK, FIELDS, check_customer, cleaned
from desktop_app.services.importing.consents import ConsentPlanner, PlannedConsent, SlotTarget
from desktop_app.services.importing.matching import ConsentLookup, Existing, SuppressionIndex, find_existing
from desktop_app.services.importing.profile import Defaults, MergePolicy
from desktop_app.services.importing.report import Counts, ExistingChange
from desktop_app.services.importing.rows import ParsedRow, RowIssue, RowParser
from desktop_app.services.suppression import SuppressionKeys

_IMPORT = "Import"
_DUPLICATE_NUMBER = QT_TRANSLATE_NOOP("Import", "Same customer number as row {row}; this row is skipped.")
_DUPLICATE_EMAIL = QT_TRANSLATE_NOOP("Import", "Same e-mail address as row {row}; this row is skipped.")
_SAME_CUSTOMER = QT_TRANSLATE_NOOP(
    "Import", "Row {row} already matches the same customer ({number}); this row is skipped."
)
_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import",
    "The e-mail address belongs to {count} customers ({numbers}); it is not clear which one is meant. Add "
    "a column with the customer number.",
)
_RESTRICTED = QT_TRANSLATE_NOOP(
    "Import", "Customer {number} is restricted (Art. 18 GDPR); the row is not imported."
)
_SKIPPED = QT_TRANSLATE_NOOP("Import", "Customer {number} already exists and is left as it is.")
_NO_POLICY = QT_TRANSLATE_NOOP(
    "Import", "Customer {number} already exists; choose whether to skip, fill empty fields or overwrite."
)
_BLOCKED = QT_TRANSLATE_NOOP(
    "Import",
    "Not imported: {reason} on record for this person (matched by customer or hashed contact data). "
    "The row's consents are not recorded.",
)
_CHANNEL_BLOCKED = QT_TRANSLATE_NOOP(
    "Import", "The consent is not recorded: {reason} on record for {channel}."
)
REASONS = {
    SuppressionReason.OBJECTION: QT_TRANSLATE_NOOP("Import", "an objection to direct marketing"),
    SuppressionReason.REFUSAL: QT_TRANSLATE_NOOP("Import", "a refusal of this channel"),
    SuppressionReason.ERASURE: QT_TRANSLATE_NOOP("Import", "an erasure"),
    SuppressionReason.BOUNCE: QT_TRANSLATE_NOOP("Import", "a bounced address"),
    SuppressionReason.ROBINSON: QT_TRANSLATE_NOOP("Import", "a Robinson list entry"),
}


@dataclass(frozen=True)
class Context:
    """Everything the decisions depend on, resolved from the database once per import."""

    keys: SuppressionKeys
    actor: str
    now: dt.datetime
    policy: MergePolicy | None
    slots: tuple[SlotTarget, ...]
    defaults: Defaults
    columns: dict[str, str]  # customer field -> heading, for messages
    max_id: int  # customers above this id were created by this import
    source_id: int | None = None
    third_party: bool = False
    names_business: bool = False  # what third-party consents say; own sources always name us
    batch_id: int | None = None
    file_label: str = ""


@dataclass(slots=True)
class NewCustomer:
    row: int
    values: dict[str, Any]  # every field in checks.FIELDS, cleaned
    derived: DerivedFields
    tags: tuple[str, ...]
    consents: list[PlannedConsent]


@dataclass(slots=True)
class Update:
    row: int
    existing: Existing
    changed: dict[str, tuple[Any, Any]]  # field -> (before, after)
    values: dict[str, Any]
    derived: DerivedFields
    tags: tuple[str, ...]
    consents: list[PlannedConsent]


@dataclass
class ChunkPlan:
    new: list[NewCustomer] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)


class Analyser:
    """Decides row after row; keeps what earlier rows claimed, so duplicates are found across chunks."""

    def __init__(self, session: Any, context: Context, parser: RowParser, index: SuppressionIndex) -> None:
        self.session = session
        self.context = context
        self.parser = parser
        self.index = index
        self.counts = Counts()
        self.issues: list[RowIssue] = []
        self.changes: list[ExistingChange] = []
        self.needs_merge_policy = False
        self._numbers: dict[str, int] = {}
        self._emails: dict[str, int] = {}
        self._existing: dict[int, int] = {}
        self._planner = ConsentPlanner(context)
        defaults = context.defaults
        self._blank = cleaned(
            {
                **{name: getattr(BLANK, name) for name in FIELDS},
                "country": defaults.country,
                "kind": defaults.kind,
            }
        )

    def chunk(self, records: Sequence[RowRecord]) -> ChunkPlan:
        parsed = [self.parser.parse(record) for record in records]
        keys = [(_number(row), normalise_email(row.values.get("email"))) for row in parsed]
        numbers = {n for n, _ in keys if n}
        emails = {e for _, e in keys if e}
        by_number, by_email = find_existing(self.session, numbers, emails, self.context.max_id)
        matched = [e.id for e in by_number.values()] + [e.id for found in by_email.values() for e in found]
        consents = ConsentLookup(self.session, matched)
        plan = ChunkPlan()
        for row, (number, email) in zip(parsed, keys, strict=True):
            self.counts.rows += 1
            self._row(plan, row, number, email, by_number, by_email, consents)
        return plan

    def _issue(self, row: int, column: str, text: str, severity: Any = "notice", /, **params: object) -> None:
        self.issues.append(RowIssue(row, column, tr(_IMPORT, text, **params), severity))

    def _row(
        self,
        plan: ChunkPlan,
        row: ParsedRow,
        number: str,
        email: str | None,
        by_number: dict[str, Existing],
        by_email: dict[str, list[Existing]],
        consents: ConsentLookup,
    ) -> None:
        counts = self.counts
        if row.has_error:
            self._error(row.issues)
            return
        if number and number in self._numbers:
            self._issue(row.number, "", _DUPLICATE_NUMBER, row=self._numbers[number])
            counts.duplicates += 1
            return
        if email and email in self._emails:
            self._issue(row.number, "", _DUPLICATE_EMAIL, row=self._emails[email])
            counts.duplicates += 1
            return
        existing = by_number.get(number) if number else None
        if existing is None and email and by_email.get(email):
            found = by_email[email]
            if len(found) > 1:
                numbers = ", ".join(e.values["customer_no"] for e in found[:5])
                self._error(
                    [*row.issues, _row_issue(row.number, _AMBIGUOUS, count=len(found), numbers=numbers)]
                )
                return
            existing = found[0]
        if existing is not None:
            label = existing.values["customer_no"]
            if existing.id in self._existing:
                self._issue(row.number, "", _SAME_CUSTOMER, row=self._existing[existing.id], number=label)
                counts.duplicates += 1
                return
            if existing.status is CustomerStatus.ERASED:
                self._block(row, [SuppressionReason.ERASURE])
                return
            if existing.status is CustomerStatus.RESTRICTED or self.context.policy in (
                None,
                MergePolicy.SKIP,
            ):
                text = _SKIPPED
                if existing.status is CustomerStatus.RESTRICTED:
                    text = _RESTRICTED
                elif self.context.policy is None:
                    text, self.needs_merge_policy = _NO_POLICY, True
                self._issue(row.number, "", text, number=label)
                self._claim(row.number, number, email, existing)
                counts.skipped += 1
                return
        self._decide(plan, row, number, email, existing, consents)

    def _decide(
        self,
        plan: ChunkPlan,
        row: ParsedRow,
        number: str,
        email: str | None,
        existing: Existing | None,
        consents: ConsentLookup,
    ) -> None:
        context = self.context
        values, changed = self._merge(row, existing)
        check = check_customer(context.keys, values, row.number, context.columns, context.now.date())
        if check.contact is None:
            self._error([*row.issues, *check.issues])
            return
        derived = check.contact.derived
        blocks = self.index.blocks(
            existing.id if existing else None,
            derived.email_hash,
            derived.email_loose_hash,
            (derived.phone_hash, derived.mobile_hash),
        )
        if any(b.channel is None or b.reason is SuppressionReason.ERASURE for b in blocks):
            self._block(
                row, [b.reason for b in blocks if b.channel is None or b.reason is SuppressionReason.ERASURE]
            )
            return
        blocked_channels = {b.channel: b.reason for b in blocks if b.channel is not None}
        planned: list[PlannedConsent] = []
        problems: list[RowIssue] = []
        for claim in row.claims:
            slot = context.slots[claim.slot]
            if slot.slot.channel in blocked_channels:
                reason = tr(_IMPORT, REASONS[blocked_channels[slot.slot.channel]])
                self._issue(
                    row.number, slot.slot.column, _CHANNEL_BLOCKED, reason=reason,
                    channel=channel_text(slot.slot.channel),
                )  # fmt: skip
                self.counts.consents_not_recorded += 1
                continue
            state = consents.state(existing.id, slot.purpose_id, slot.slot.channel) if existing else None
            outcome = self._planner.plan(row, claim, slot, values, state)
            problems += outcome.errors
            self.issues += outcome.notices
            self.counts.consents_not_recorded += len(outcome.notices)
            if outcome.consent is not None:
                planned.append(outcome.consent)
        if problems:
            self._error([*row.issues, *problems])
            return
        self.issues += row.issues
        self.counts.warnings += bool(row.issues)
        self._claim(row.number, number, email, existing)
        tags = tuple(dict.fromkeys((*context.defaults.tags, *row.tags)))
        for consent in planned:
            self.counts.add_consent(consent.purpose, consent.channel.value, consent.state.status.value)
        if existing is None:
            plan.new.append(NewCustomer(row.number, values, derived, tags, planned))
            self.counts.new += 1
        elif changed or planned:
            plan.updates.append(Update(row.number, existing, changed, values, derived, tags, planned))
            self.changes.append(
                ExistingChange(row.number, existing.id, values["customer_no"], tuple(changed), len(planned))
            )
            self.counts.updated += 1
        else:
            self.counts.unchanged += 1

    def _merge(
        self, row: ParsedRow, existing: Existing | None
    ) -> tuple[dict[str, Any], dict[str, tuple[Any, Any]]]:
        incoming = dict(row.values)  # cleaned as the dialog cleans (RowParser)
        note = "\n".join(p for p in (incoming.pop("notes", ""), *row.note_lines) if p).strip()
        if existing is None:  # the blank record's values are clean already
            return {**self._blank, **incoming, "notes": note}, {}
        values = dict(existing.values)
        overwrite = self.context.policy is MergePolicy.OVERWRITE
        for name, value in incoming.items():
            current = values[name]
            # The customer number identifies the record: an import may give it, never change it.
            fillable = current in ("", None, False) and name not in ("kind", "country")
            if fillable or (overwrite and name != "customer_no"):
                values[name] = value
        if note and note not in values["notes"]:
            values["notes"] = f"{values['notes']}\n{note}".strip()
        changed = {n: (existing.values[n], values[n]) for n in FIELDS if values[n] != existing.values[n]}
        return values, changed

    def _claim(self, row: int, number: str, email: str | None, existing: Existing | None) -> None:
        if number:
            self._numbers[number] = row
        if email:
            self._emails[email] = row
        if existing is not None:
            self._existing[existing.id] = row

    def _error(self, issues: list[RowIssue]) -> None:
        self.issues += issues
        self.counts.errors += 1

    def _block(self, row: ParsedRow, reasons: list[SuppressionReason]) -> None:
        reason = ", ".join(tr(_IMPORT, REASONS[r]) for r in dict.fromkeys(reasons))
        self._issue(row.number, "", _BLOCKED, reason=reason)
        self.counts.blocked += 1


def _number(row: ParsedRow) -> str:
    return str(row.values.get("customer_no", ""))


def _row_issue(row: int, text: str, **params: object) -> RowIssue:
    return RowIssue(row, "", tr(_IMPORT, text, **params))
