"""Re-exporting a past campaign export exactly as it was, from its evidence rows.

The rows come from campaign_export_rows (the cells stored when the export was made), in the original
order, through the same writer; today's customer data plays no part. A .csv re-export with the original
separator is byte-identical to the original file (same SHA-256). An .xlsx re-export has the same rows
and cells; its evidence sheet says it is a re-export. Rows of customers erased since (Art. 17 GDPR) stay
in place but empty: erasure beats reproduction.

Not a "use" of any consent (nobody is contacted from a proof copy), but the disclosure of personal data
into a file is recorded in the audit chain.
"""

from __future__ import annotations

import json
from collections.abc import Generator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.models import CampaignExportRow
from desktop_app.i18n import current_language
from desktop_app.services import audit
from desktop_app.services.campaign_evidence import evidence_lines, export_view
from desktop_app.services.campaign_export import (
    CHUNK,
    Cancel,
    ExportCancelled,
    ExportProgress,
    ExportResult,
    evidence_title,
)
from desktop_app.services.campaign_files import Cell
from desktop_app.services.campaign_writing import TargetFile, open_writer

__all__ = ["reexport"]


def reexport(
    session: Session, actor: str, export_id: int, path: Path, cancel: Cancel = lambda: False
) -> Generator[ExportProgress, None, ExportResult]:
    """Generator like campaign_export.export_list; the format follows the file name (.xlsx or .csv),
    a .csv uses the original separator."""
    view = export_view(session, export_id)
    target = TargetFile.prepare(path, view.delimiter)
    lang = current_language()
    now = utcnow()
    width = len(view.columns)
    erased = written = 0
    with target.writing() as tmp:
        title = view.campaign_name or view.purpose_name
        writer = open_writer(tmp, target, view.columns, view.headers, title, view.language)
        with target.filling(writer):
            query = (
                select(CampaignExportRow.values_json)
                .where(CampaignExportRow.export_id == export_id)
                .order_by(CampaignExportRow.id)
            )
            # Per statement: Connection.execution_options() would change the connection for good.
            result = session.connection().execute(query, execution_options={"yield_per": CHUNK})
            with result:  # closes the cursor (server-side on PostgreSQL) when cancelled too
                for chunk in result.partitions(CHUNK):
                    rows: list[list[Cell]] = []
                    for (stored,) in chunk:
                        cells = json.loads(stored)
                        if len(cells) != width:  # emptied by erasure
                            erased += 1
                            cells = [None] * width
                        rows.append(cells)
                    writer.rows(rows)
                    written += len(rows)
                    yield ExportProgress("writing", written, view.row_count)
                    if cancel():
                        raise ExportCancelled()
            yield ExportProgress("finishing", written, view.row_count)
            writer.close(evidence_lines(view, lang, (actor, now, erased)), evidence_title())
        digest = target.sha256(tmp)
        audit.record(session, actor, "reexport", "campaign_export", export_id, f"sha256={digest}")
        target.commit(tmp, session)
    return ExportResult(export_id, path, written, digest, None, 0, reexport=True, erased_rows=erased)
