"""Exporting a campaign's contactable list to .xlsx or .csv, with its evidence snapshot; re-exports.

One write transaction does everything, so the file, its evidence rows and the consent uses all come
from the same snapshot of the data and either all exist or none do:
1. decide every customer of the segment once into a temporary table and count the decisive reasons
   (the evidence's breakdown, and the progress total; campaign_rows);
2. stream the contactable customers' cells (computed in SQL: campaign_rows.export_rows) in id order,
   chunk by chunk, to a temporary file in the target folder (the rows as XML in one pass per chunk,
   xlsx_rows), and store the same cells as the export's evidence rows (SQLite: one INSERT ... SELECT
   once the file is complete; PostgreSQL: COPY per chunk);
3. record every consent those evidence rows name as used, in SQL (consent_use.record_export_use:
   freshness and the §7a UWG period);
4. hash the file, record the export in the audit chain, then move the file into place (os.replace).
Cancelling (or any error) raises out of the generator: the caller's transaction rolls back, the
temporary file is removed, nothing is recorded. If the final commit itself fails, the moved file is
removed again. The cost: on SQLite other writers wait while a large export runs (readers do not).

The cells are computed once, stored, and the file is written from the stored form (campaign_files), so
a re-export from the evidence rows reproduces the same cells; a .csv re-export is byte-identical.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import warnings
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import SAWarning
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.driver_rows import driver_chunks
from desktop_app.db.models import Campaign, CampaignExport
from desktop_app.domain.enums import CampaignStatus, Channel
from desktop_app.domain.rules import RULES_VERSION
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, tr
from desktop_app.services import audit
from desktop_app.services.campaign_evidence import evidence_lines, export_view, params_json
from desktop_app.services.campaign_files import COLUMNS, XLSX_MAX_ROWS, ListWriter, default_columns
from desktop_app.services.campaign_rows import (
    EVIDENCE_COLUMNS,
    PythonRowStore,
    decided,
    evidence_in_sql,
    export_rows,
    store_evidence,
)
from desktop_app.services.campaign_segment import Segment, segment_condition
from desktop_app.services.campaign_writing import TargetFile, open_writer
from desktop_app.services.campaigns import Preview, check_channel
from desktop_app.services.consent_use import record_export_use
from desktop_app.services.display import count_text
from desktop_app.services.evaluation import PopulationEvaluation

__all__ = ["ExportCancelled", "ExportProgress", "ExportRequest", "ExportResult", "export_list", "run_to_end"]

CHUNK = 5_000
_CTX = "CampaignExport"
Cancel = Callable[[], bool]


class ExportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The export was cancelled; nothing was recorded."))


@dataclass(frozen=True)
class ExportRequest:
    purpose_id: int
    channel: Channel
    on: dt.date
    path: Path
    segment: Segment = field(default_factory=Segment)
    campaign_id: int | None = None
    columns: tuple[str, ...] = ()  # keys of campaign_files.COLUMNS; empty: default_columns(channel)
    delimiter: str = ";"  # .csv only


@dataclass(frozen=True)
class ExportProgress:
    phase: str  # "counting", "writing", "finishing" (the .xlsx package: seconds on a long list), "recording"
    done: int
    total: int


@dataclass(frozen=True)
class ExportResult:
    export_id: int
    path: Path
    rows: int
    sha256: str
    preview: Preview | None  # None for a re-export
    consents_used: int
    reexport: bool = False
    erased_rows: int = 0  # re-export: rows left empty because the customer was erased since


_Result = TypeVar("_Result")


def run_to_end(
    steps: Generator[ExportProgress, None, _Result],
    on_progress: Callable[[ExportProgress], None] | None = None,
) -> _Result:
    """Drives an export generator (campaign or customer list) to its result, for callers without a
    progress dialog."""
    while True:
        try:
            progress = next(steps)
        except StopIteration as stop:
            result: _Result = stop.value
            return result
        if on_progress is not None:
            on_progress(progress)


def evidence_title() -> str:
    return tr(_CTX, QT_TRANSLATE_NOOP("CampaignExport", "Evidence"))


def check_columns(columns: Sequence[str], known: Mapping[str, object] = COLUMNS) -> tuple[str, ...]:
    """The chosen columns without repeats, in the order given; names not in `known` are refused."""
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Unknown column “{column}”; known columns: {known}."),
            column=unknown[0],
            known=", ".join(known),
        )
    if not columns:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Choose at least one column."))
    return tuple(dict.fromkeys(columns))


def _check_request(session: Session, request: ExportRequest, today: dt.date) -> str:
    if request.on < today:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "An export lists whom you may contact from today on; a date in the past would include "
                "people who have objected or withdrawn since. Use the preview to look at past dates.",
            )
        )
    if request.campaign_id is not None:
        campaign = session.get(Campaign, request.campaign_id)
        if campaign is None:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The campaign no longer exists."))
        if campaign.status == CampaignStatus.ARCHIVED.value:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The campaign is archived; restore it to export."))
        return campaign.name
    return ""


def _repeatable_read(session: Session) -> None:
    """PostgreSQL: one snapshot for the count and the rows (SQLite's write transaction already is one).
    Only possible before the session's first statement; a session that already ran one keeps its
    level (SQLAlchemy then warns and ignores the option), which the callers here never do."""
    if session.get_bind().dialect.name == "postgresql":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SAWarning)
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def export_list(
    session: Session, actor: str, request: ExportRequest, cancel: Cancel = lambda: False
) -> Generator[ExportProgress, None, ExportResult]:
    """Generator: yields progress, returns the ExportResult (see run_to_end). Module docstring."""
    _repeatable_read(session)
    now = utcnow()
    lang = current_language()
    columns = check_columns(request.columns or default_columns(request.channel))
    target = TargetFile.prepare(request.path, request.delimiter)
    campaign_name = _check_request(session, request, now.astimezone().date())
    purpose = check_channel(session, request.purpose_id, request.channel)
    yield ExportProgress("counting", 0, 0)
    evaluation = PopulationEvaluation(session, request.purpose_id, request.channel, request.on)
    with decided(session, evaluation, segment_condition(session, request.segment)) as counts:
        preview = Preview.of(counts)
        if target.file_format == "xlsx" and preview.contactable >= XLSX_MAX_ROWS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{rows} rows do not fit on an Excel sheet (at most 1,048,575); export to .csv."
                ),
                rows=count_text(preview.contactable),
            )
        headers = [tr(_CTX, COLUMNS[c].header) for c in columns]
        purpose_name = purpose.name_de if lang == "de" else purpose.name_en
        row = CampaignExport(
            campaign_id=request.campaign_id,
            purpose_id=request.purpose_id,
            channel=request.channel.value,
            as_of=request.on,
            params_json=params_json(
                campaign_name=campaign_name,
                purpose_code=purpose.code,
                purpose_name=purpose_name,
                segment=request.segment,
                headers=headers,
                delimiter=target.delimiter,
                language=lang,
                total_in_segment=preview.total_in_segment,
                by_basis=preview.by_basis,
            ),
            columns_json=json.dumps(list(columns)),
            file_name=request.path.name,
            file_format=target.file_format,
            excluded_json=json.dumps({k.value: v for k, v in preview.excluded.items()}),
            rules_version=RULES_VERSION,
            audit_anchor=audit.current_head(session).short(),
            exported_by=actor,
            exported_at=now,
        )
        session.add(row)
        session.flush()
        connection = session.connection()
        in_sql = evidence_in_sql(connection)
        with target.writing() as tmp:
            writer = open_writer(tmp, target, columns, headers, campaign_name or purpose_name, lang)
            with target.filling(writer):
                store = None if in_sql else PythonRowStore(connection, row.id)
                total = preview.contactable
                written = yield from _write_rows(connection, store, columns, writer, total, cancel)
                row.row_count = written
                yield ExportProgress("finishing", written, total)
                if cancel():
                    raise ExportCancelled()
                writer.close(evidence_lines(export_view(session, row.id), lang), evidence_title())
            # The file is complete; recording its evidence takes seconds on a large list: the user sees
            # what is happening, and may still cancel.
            yield ExportProgress("recording", written, total)
            if cancel():
                raise ExportCancelled()
            if in_sql:
                store_evidence(connection.execution_options(stream_results=False), row.id, columns)
            used = record_export_use(session, actor, row.id, now)
            row.file_sha256 = target.sha256(tmp)
            session.flush()
            audit.record(
                session,
                actor,
                "export",
                "campaign_export",
                row.id,
                f"rows={written} sha256={row.file_sha256}",
            )
            target.commit(tmp, session)
    return ExportResult(row.id, request.path, written, row.file_sha256, preview, used)


def _write_rows(
    connection: Connection,
    store: PythonRowStore | None,
    columns: Sequence[str],
    writer: ListWriter,
    total: int,
    cancel: Cancel,
) -> Generator[ExportProgress, None, int]:
    """Streams the contactable rows chunk by chunk into the file; returns the number written. Nothing
    is held beyond one chunk.

    The cells come from SQL ready to write (campaign_rows.export_rows). The evidence rows: on SQLite
    written afterwards by one INSERT ... SELECT of the same cells (store None); on PostgreSQL chunk by
    chunk from the rows read (campaign_rows.PythonRowStore)."""
    statement = export_rows(connection, columns, with_evidence=store is not None)
    n = len(EVIDENCE_COLUMNS)
    written = 0
    # Plain driver rows (text and integers only): SQLAlchemy's rows would add a second per million.
    chunks = driver_chunks(connection, statement, CHUNK)
    with contextlib.closing(chunks):  # closes the cursor (server-side on PostgreSQL) when cancelled too
        for chunk in chunks:
            if store is None:
                writer.rows(chunk)
            else:
                writer.rows([r[n:] for r in chunk])
                store.add(chunk)
            written += len(chunk)
            yield ExportProgress("writing", written, total)
            if cancel():
                raise ExportCancelled()
    return written
