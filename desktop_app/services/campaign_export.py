"""Exporting a campaign's contactable list to .xlsx or .csv, with its evidence snapshot; re-exports.

One write transaction does everything, so the file, its evidence rows and the consent uses all come
from the same snapshot of the data and either all exist or none do:
1. count the decisive reasons of the segment (the evidence's breakdown, and the progress total);
2. stream the contactable customers in id order, chunk by chunk: write the cells to a temporary file
   in the target folder and store the same cells as the export's evidence rows;
3. record every consent relied on as used (ledger.record_use: freshness and the §7a UWG period);
4. hash the file, record the export in the audit chain, then move the file into place (os.replace).
Cancelling (or any error) raises out of the generator: the caller's transaction rolls back, the
temporary file is removed, nothing is recorded. If the final commit itself fails, the moved file is
removed again. The cost: on SQLite other writers wait while a large export runs (readers do not).

The cells are computed once, stored, and the file is written from the stored form (campaign_files), so
a re-export from the evidence rows reproduces the same cells; a .csv re-export is byte-identical.
"""

from __future__ import annotations

import array
import datetime as dt
import json
import warnings
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SAWarning
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.models import Campaign, CampaignExport, CampaignExportRow, Consent, Customer
from desktop_app.domain.enums import CampaignStatus, Channel
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import RULES_VERSION
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, tr
from desktop_app.services import audit
from desktop_app.services.campaign_evidence import BASIS_TEXTS, evidence_lines, export_view, params_json
from desktop_app.services.campaign_files import COLUMNS, XLSX_MAX_ROWS, Cell, default_columns
from desktop_app.services.campaign_segment import Segment, segment_condition
from desktop_app.services.campaign_writing import TargetFile, open_writer
from desktop_app.services.campaigns import Preview, check_channel
from desktop_app.services.consent_use import record_use
from desktop_app.services.evaluation import BASIS_OF, PopulationEvaluation

__all__ = ["ExportCancelled", "ExportProgress", "ExportRequest", "ExportResult", "export_list", "run_to_end"]

CHUNK = 5_000
_CTX = "CampaignExport"
_CUSTOMER_FIELDS = (
    "customer_no", "salutation", "title", "first_name", "last_name", "company", "email", "phone", "mobile",
    "street", "postcode", "city", "country",
)  # fmt: skip
_ON_CONSENT_ROW = (ReasonCode.CONSENT_VALID, ReasonCode.PRESUMED_CONSENT_B2B)
Cancel = Callable[[], bool]
# One encoder for every row: json.dumps with options builds a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


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
    phase: str  # "counting", "writing", "recording"
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
    scope = segment_condition(session, request.segment)
    preview = Preview.of(evaluation.counts(scope))
    if target.file_format == "xlsx" and preview.contactable >= XLSX_MAX_ROWS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "{rows} rows do not fit on an Excel sheet (at most 1,048,575); export to .csv."
            ),
            rows=f"{preview.contactable:,}",
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
    consent_ids = array.array("q")
    with target.writing() as tmp:
        writer = open_writer(tmp, target, columns, headers, campaign_name or purpose_name, lang)
        try:
            query = _contactable_rows(evaluation, scope, columns)
            cells = _CellMaker(columns, lang)
            store = _RowStore(session.connection(), row.id)
            written = 0
            # Per statement: Connection.execution_options() would change the connection for good.
            result = session.connection().execute(query, execution_options={"yield_per": CHUNK})
            with result:  # closes the cursor (server-side on PostgreSQL) when cancelled too
                for chunk in result.partitions(CHUNK):
                    values, evidence = cells.make(chunk, consent_ids)
                    writer.rows(values)
                    store.add(evidence)
                    written += len(values)
                    yield ExportProgress("writing", written, preview.contactable)
                    if cancel():
                        raise ExportCancelled()
            row.row_count = written
            writer.close(evidence_lines(export_view(session, row.id), lang), evidence_title())
        except BaseException:
            writer.discard()
            raise
        yield ExportProgress("recording", written, preview.contactable)
        if cancel():
            raise ExportCancelled()
        used = record_use(session, actor, consent_ids, now, row.id) if consent_ids else 0
        row.file_sha256 = target.sha256(tmp)
        session.flush()
        audit.record(
            session, actor, "export", "campaign_export", row.id, f"rows={written} sha256={row.file_sha256}"
        )
        target.commit(tmp, session)
    return ExportResult(row.id, request.path, written, row.file_sha256, preview, used)


def _contactable_rows(evaluation: PopulationEvaluation, scope: Any, columns: Sequence[str]) -> Any:
    """customer id, reason, consent id, grant time and the chosen customer columns of every contactable
    customer in id order: PopulationEvaluation.query's documented columns, joined to the tables."""
    decided = evaluation.query(scope).subquery()
    wanted = [getattr(Customer, c) for c in _CUSTOMER_FIELDS if c in columns]
    ok = [code.value for code in BASIS_OF]
    return (
        select(decided.c.id, decided.c.reason, decided.c.consent_id, Consent.granted_at, *wanted)
        .select_from(decided)
        .join(Customer, Customer.id == decided.c.id)
        .outerjoin(Consent, Consent.id == decided.c.consent_id)
        .where(decided.c.reason.in_(ok))
        .order_by(decided.c.id)
    )


class _CellMaker:
    """Query rows -> (stored cells for the file, evidence-row tuples). Per-reason facts are looked up
    once: a list of half a million rows spends its time in this loop."""

    def __init__(self, columns: Sequence[str], lang: str) -> None:
        self.columns = tuple(columns)
        fields = [c for c in _CUSTOMER_FIELDS if c in columns]
        position = {name: 4 + i for i, name in enumerate(fields)}  # after id, reason, consent id, granted
        self.pick = [position.get(c, -1) for c in columns]
        self.special = {c: i for i, c in enumerate(columns) if c in ("basis", "consent_id", "consent_date")}
        self.bases: dict[str, tuple[str, str, bool]] = {}
        for code, basis in BASIS_OF.items():
            self.bases[code.value] = (basis.value, tr(_CTX, BASIS_TEXTS[basis]), code in _ON_CONSENT_ROW)

    def make(
        self, chunk: Sequence[Any], consent_ids: array.array[int]
    ) -> tuple[list[list[Cell]], list[tuple[Any, ...]]]:
        pick, special, bases, encode = self.pick, self.special, self.bases, _ENCODE
        b_i, id_i, date_i = special.get("basis"), special.get("consent_id"), special.get("consent_date")
        values: list[list[Cell]] = []
        evidence: list[tuple[Any, ...]] = []
        for r in chunk:
            basis, basis_text, on_row = bases[r[1]]
            consent_id = r[2] if on_row else None
            granted: dt.datetime | None = r[3] if on_row else None
            cells: list[Cell] = [r[p] if p >= 0 else None for p in pick]
            if b_i is not None:
                cells[b_i] = basis_text
            if id_i is not None:
                cells[id_i] = consent_id
            if date_i is not None and granted is not None:
                cells[date_i] = granted.astimezone().date().isoformat()  # the PC's date, as staff read it
            if consent_id is not None:
                consent_ids.append(consent_id)
            values.append(cells)
            evidence.append((r[0], consent_id, basis, granted, encode(cells)))
        return values, evidence


class _RowStore:
    """Evidence rows straight to the driver: SQLite executemany, PostgreSQL COPY (an executemany of
    half a million rows over the wire takes tens of seconds there)."""

    _COLUMNS = ("export_id", "customer_id", "consent_id", "basis", "basis_date", "values_json")

    def __init__(self, connection: Connection, export_id: int) -> None:
        self.connection = connection
        self.export_id = export_id
        self.date_bind = CampaignExportRow.__table__.c.basis_date.type.bind_processor(connection.dialect)
        self.postgres = connection.dialect.name == "postgresql"
        if not self.postgres:
            self.sql = str(
                insert(CampaignExportRow).compile(dialect=connection.dialect, column_keys=list(self._COLUMNS))
            )

    def add(self, rows: Sequence[tuple[Any, ...]]) -> None:
        bind, export_id = self.date_bind, self.export_id
        prepared = [
            (export_id, cid, consent, basis, bind(when) if bind and when else when, cells)
            for cid, consent, basis, when, cells in rows
        ]
        if not self.postgres:
            self.connection.exec_driver_sql(self.sql, prepared)
            return
        raw: Any = self.connection.connection.dbapi_connection
        with (
            raw.cursor() as cursor,
            cursor.copy(f"COPY campaign_export_rows ({', '.join(self._COLUMNS)}) FROM STDIN") as copy,
        ):
            for item in prepared:
                copy.write_row(item)
