"""What the dry run and the commit tell the user: counts, problems per row, changes to existing customers.

Plain frozen dataclasses (and ``as_dict`` for JSON), the same for the preview and the finished import, so
the two can be compared number by number.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from desktop_app.services.importing.rows import RowIssue

Phase = Literal["reading", "writing", "done"]


@dataclass
class Counts:
    """Every non-empty row lands in exactly one of new ... blocked (see `accounted`)."""

    rows: int = 0
    new: int = 0  # customers that will be / were created
    updated: int = 0  # existing customers whose fields or consents change
    unchanged: int = 0  # existing customers the row adds nothing to
    skipped: int = 0  # existing customers left alone (merge policy "skip", none chosen, or restricted)
    duplicates: int = 0  # rows repeating an earlier row of the file
    errors: int = 0  # rows with errors: not imported
    blocked: int = 0  # rows of people with an objection or erasure: not imported
    warnings: int = 0  # rows imported with a warning (e.g. a postcode that had lost its leading zero)
    #: "purpose/channel/status" -> number of consents recorded (status granted, pending, refused,
    #: withdrawn: the state after the import).
    consents: dict[str, int] = field(default_factory=dict)
    consents_not_recorded: int = 0  # consent cells that change nothing (see the notices)

    @property
    def accounted(self) -> int:
        return (
            self.new
            + self.updated
            + self.unchanged
            + self.skipped
            + self.duplicates
            + self.errors
            + self.blocked
        )

    def add_consent(self, purpose: str, channel: str, status: str) -> None:
        key = f"{purpose}/{channel}/{status}"
        self.consents[key] = self.consents.get(key, 0) + 1


@dataclass(frozen=True, slots=True)
class ExistingChange:
    """An existing customer the import changes: which fields, and how many consent entries it adds."""

    row: int
    customer_id: int
    customer_no: str
    fields: tuple[str, ...]
    consents: int


@dataclass(frozen=True)
class ImportReport:
    """The result of a dry run (batch_id None) or of a committed import."""

    file_name: str
    sheet: str
    header_row: int  # as Excel shows it
    counts: Counts
    issues: tuple[RowIssue, ...]  # errors, warnings and notices, in row order
    changes: tuple[ExistingChange, ...]
    #: Rows that match existing customers while no merge policy was chosen: the commit refuses them.
    needs_merge_policy: bool = False
    batch_id: int | None = None
    source_id: int | None = None

    @property
    def errors(self) -> tuple[RowIssue, ...]:
        return tuple(i for i in self.issues if i.severity == "error")

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["counts"] = asdict(self.counts)
        return data


@dataclass(frozen=True, slots=True)
class Progress:
    """One step of a long import: rows done of an estimated total; `report` is set on the last."""

    phase: Phase
    rows_done: int
    rows_total: int  # an estimate while reading (the file's row count), exact when done
    report: ImportReport | None = None
