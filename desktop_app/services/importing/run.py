"""The dry run and the commit: one pass over the file each, deciding (and, in the commit, writing)
chunk by chunk, yielding Progress between chunks.

Both are generators for a worker thread (see STYLE.md): iterate to the end; the last Progress carries
the ImportReport. The commit is ONE transaction: cancelling (the `cancel` callable returns True, or the
consumer stops iterating), a file that breaks half-way or any error rolls everything back. The final
Progress is yielded only after the commit, so a consumer that stops at it loses nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy import exc, func, select
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import Customer, ImportBatch
from desktop_app.errors import UserError
from desktop_app.excel import Preview, RowRecord, preview, read_table
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit
from desktop_app.services.importing.analysis import Analyser, Context
from desktop_app.services.importing.matching import SuppressionIndex
from desktop_app.services.importing.profile import ImportProfile, dump_profile
from desktop_app.services.importing.report import ImportReport, Progress
from desktop_app.services.importing.resolve import field_columns, resolve_slots, resolve_source
from desktop_app.services.importing.rows import RowParser
from desktop_app.services.importing.writer import BatchWriter
from desktop_app.services.suppression import SuppressionKeys

CHUNK = 5_000
Cancel = Callable[[], bool]

_MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "Errors", "The import settings name columns the sheet “{sheet}” does not have: {columns}."
)
_CANCELLED = QT_TRANSLATE_NOOP("Errors", "The import was cancelled. Nothing was imported.")
_BROKE = QT_TRANSLATE_NOOP(
    "Errors", "The file could not be read to the end (after row {row}): {message} Nothing was imported."
)
_NEEDS_POLICY = QT_TRANSLATE_NOOP(
    "Errors",
    "The file contains customers who are already in the database. Choose whether to skip them, fill "
    "their empty fields or overwrite them, then import again. Nothing was imported.",
)
_CONCURRENT = QT_TRANSLATE_NOOP(
    "Errors",
    "Someone else changed customers at the same time (a customer number or record was taken meanwhile). "
    "Nothing was imported; start the import again.",
)


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(_CANCELLED)


@dataclass(frozen=True)
class ImportPlan:
    """A file with the settings to import it, and what its preview found (sheet, heading row)."""

    path: Path
    profile: ImportProfile
    sheet: str
    header_row_index: int  # 0-based, as excel.preview reports it
    headers: tuple[str, ...]
    date_1904: bool = False
    rows_estimate: int = 0


def make_plan(path: str | Path, profile: ImportProfile, shown: Preview | None = None) -> ImportPlan:
    """The plan for `path`; `shown` is the preview the user confirmed (read again when None).

    Raises UserError when the file cannot be read or lacks a column the profile names.
    """
    path = Path(path)
    if shown is None:
        header = None if profile.header_row is None else profile.header_row - 1
        shown = preview(path, profile.sheet, max_rows=1, header_row=header)
    missing = [c for c in profile.referenced_columns() if c not in shown.headers]
    if missing:
        columns = ", ".join(f"“{c}”" for c in missing)
        raise UserError(_MISSING_COLUMNS, sheet=shown.chosen_sheet, columns=columns)
    return ImportPlan(
        path=path,
        profile=profile,
        sheet=shown.chosen_sheet,
        header_row_index=shown.header_row_index,
        headers=tuple(shown.headers),
        date_1904=shown.date_1904,
        rows_estimate=shown.total_rows_estimate,
    )


def _never() -> bool:
    return False


def dry_run(db: Database, plan: ImportPlan, actor: str, cancel: Cancel = _never) -> Iterator[Progress]:
    """What the import would do, writing nothing. The last Progress carries the report."""
    with db.read_session() as session:
        context = _context(session, plan, actor, None, None, commit=False)
        analyser = Analyser(session, context, RowParser(plan.profile, plan.date_1904, context.now),
                            SuppressionIndex(session))  # fmt: skip
        for done in _chunks(plan, analyser, cancel, None):
            yield Progress("reading", done, max(done, plan.rows_estimate))
        report = _report(plan, analyser, None, context.source_id)
    yield Progress("done", analyser.counts.rows, analyser.counts.rows, report)


def preview_import(db: Database, plan: ImportPlan, actor: str) -> ImportReport:
    """The dry run in one call (for the CLI and tests)."""
    return _last(dry_run(db, plan, actor))


def run_import(db: Database, plan: ImportPlan, actor: str, cancel: Cancel = _never) -> Iterator[Progress]:
    """Import in one transaction; the last Progress (after the commit) carries the report.

    Raises ImportCancelled when `cancel()` turns True, UserError when the file breaks or the merge
    policy is missing while existing customers match; nothing is written in either case.
    """
    digest = _sha256(plan.path)
    try:
        with db.session() as session:
            source_id, third_party = resolve_source(session, plan.profile, actor, create=True)
            batch = ImportBatch(
                file_name=plan.path.name[:255], file_sha256=digest, sheet=plan.sheet[:200],
                mapping_json=dump_profile(plan.profile), counts_json="{}", source_id=source_id,
                imported_by=actor, imported_at=utcnow(),
            )  # fmt: skip
            session.add(batch)
            session.flush()
            context = _context(session, plan, actor, batch.id, (source_id, third_party), commit=True)
            parser = RowParser(plan.profile, plan.date_1904, context.now)
            analyser = Analyser(session, context, parser, SuppressionIndex(session))
            writer = BatchWriter(session, context)
            try:
                for done in _chunks(plan, analyser, cancel, writer):
                    yield Progress("writing", done, max(done, plan.rows_estimate))
                writer.close()
            finally:
                writer.release()
            counts = analyser.counts
            batch.counts_json = json.dumps(asdict(counts), sort_keys=True)
            consents = sum(counts.consents.values())
            audit.record(
                session, actor, "import", "import_batch", batch.id,
                f"rows={counts.rows} new={counts.new} updated={counts.updated} consents={consents} "
                f"errors={counts.errors} blocked={counts.blocked} duplicates={counts.duplicates}",
            )  # fmt: skip
            report = _report(plan, analyser, batch.id, source_id)
    except exc.IntegrityError as error:
        raise UserError(_CONCURRENT) from error
    yield Progress("done", counts.rows, counts.rows, report)


def import_file(db: Database, plan: ImportPlan, actor: str, cancel: Cancel = _never) -> ImportReport:
    """The commit in one call."""
    return _last(run_import(db, plan, actor, cancel))


def _last(steps: Iterator[Progress]) -> ImportReport:
    report = None
    for step in steps:
        report = step.report or report
    assert report is not None
    return report


def _context(
    session: Session,
    plan: ImportPlan,
    actor: str,
    batch_id: int | None,
    source: tuple[int | None, bool] | None,
    *,
    commit: bool,
) -> Context:
    profile = plan.profile
    if source is None:
        source = resolve_source(session, profile, actor, create=False)
    max_id = session.execute(select(func.coalesce(func.max(Customer.id), 0))).scalar_one()
    return Context(
        keys=SuppressionKeys.load_or_create(session),
        actor=actor,
        now=utcnow(),
        policy=profile.merge_policy,
        slots=resolve_slots(session, profile),
        defaults=profile.defaults,
        columns=field_columns(profile),
        max_id=int(max_id),
        source_id=source[0],
        third_party=source[1],
        names_business=profile.names_business,
        batch_id=batch_id,
        file_label=plan.path.name,
    )


def _chunks(
    plan: ImportPlan, analyser: Analyser, cancel: Cancel, writer: BatchWriter | None
) -> Iterator[int]:
    records = read_table(plan.path, plan.sheet, plan.header_row_index)
    done = 0
    last_row = plan.header_row_index + 1
    try:
        while True:
            if cancel():
                raise ImportCancelled()
            chunk: list[RowRecord] = []
            try:
                chunk.extend(islice(records, CHUNK))
            except UserError as error:
                last_row = chunk[-1].row_number if chunk else last_row
                raise UserError(_BROKE, row=last_row, message=error.message()) from error
            if not chunk:
                return
            plan_ = analyser.chunk(chunk)
            if writer is not None:
                if analyser.needs_merge_policy:
                    raise UserError(_NEEDS_POLICY)
                writer.write(plan_)
            done += len(chunk)
            last_row = chunk[-1].row_number
            yield done
    finally:
        close = getattr(records, "close", None)  # read_table is a generator: release the file now
        if close is not None:
            close()


def _report(
    plan: ImportPlan, analyser: Analyser, batch_id: int | None, source_id: int | None
) -> ImportReport:
    return ImportReport(
        file_name=plan.path.name,
        sheet=plan.sheet,
        header_row=plan.header_row_index + 1,
        counts=analyser.counts,
        issues=tuple(sorted(analyser.issues, key=lambda issue: issue.row)),
        changes=tuple(analyser.changes),
        needs_merge_policy=analyser.needs_merge_policy,
        batch_id=batch_id,
        source_id=source_id,
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
