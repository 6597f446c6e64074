"""Past import batches, for the list the undo is offered from and for reusing a batch's settings."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import DataSource, ImportBatch
from desktop_app.domain.enums import ImportBatchStatus
from desktop_app.errors import NotFound
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.importing.profile import ImportProfile, parse_profile


@dataclass(frozen=True)
class BatchView:
    id: int
    file_name: str
    file_sha256: str
    sheet: str
    source_id: int | None
    source_name: str
    status: ImportBatchStatus
    imported_by: str
    imported_at: dt.datetime
    undone_by: str
    undone_at: dt.datetime | None
    counts: dict[str, object]  # Counts as stored (see report.Counts)


def list_batches(session: Session, limit: int = 500) -> list[BatchView]:
    """The newest batches first."""
    rows = session.execute(
        select(ImportBatch, DataSource.name)
        .outerjoin(DataSource, DataSource.id == ImportBatch.source_id)
        .order_by(ImportBatch.id.desc())
        .limit(limit)
    )
    return [_view(batch, name) for batch, name in rows]


def batch_profile(session: Session, batch_id: int) -> ImportProfile:
    """The settings a batch was imported with, to import the next list of its kind the same way."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no import batch {batch}."), batch=batch_id)
    return parse_profile(batch.mapping_json)


def _view(batch: ImportBatch, source_name: str | None) -> BatchView:
    return BatchView(
        id=batch.id,
        file_name=batch.file_name,
        file_sha256=batch.file_sha256,
        sheet=batch.sheet or "",
        source_id=batch.source_id,
        source_name=source_name or "",
        status=ImportBatchStatus(batch.status),
        imported_by=batch.imported_by or "",
        imported_at=batch.imported_at,
        undone_by=batch.undone_by or "",
        undone_at=batch.undone_at,
        counts=json.loads(batch.counts_json or "{}"),
    )
