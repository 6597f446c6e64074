"""The evidence of one recorded campaign export as a PDF: what was exported, from what, by whom, and why.

Read from the tables campaign_exports / campaign_export_rows alone: the export recorded its own
snapshot (parameters, counts, exclusions, file hash, rules version, audit anchor) when it was made, so
the report says what the export said then, whatever changed in the catalogue since. The customers are
named as they are today (an erased one as erased); the basis of each row is the one recorded.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    Campaign,
    CampaignExport,
    CampaignExportRow,
    Customer,
    DataSource,
    Purpose,
)
from desktop_app.domain.enums import Channel, CustomerKind, CustomerStatus, LegalBasis
from desktop_app.domain.reasons import ReasonCode, reason
from desktop_app.errors import NotFound
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.customer_list import display_name
from desktop_app.services.evaluation import BASIS_OF
from desktop_app.services.reports import vocab
from desktop_app.services.reports.common import assemble
from desktop_app.services.reports.model import Block, KeyValues, Paragraph, Report, Section, Table
from desktop_app.services.reports.texts import ReportTexts

KIND = "campaign-export"
# A PDF is for reading and filing; the complete list is the export file that the SHA-256 identifies.
MAX_ROWS = 5000


def params_of(text: str | None) -> dict[str, Any]:
    """The export's recorded parameters; an unreadable or foreign value reads as none."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _counts(value: object) -> list[tuple[str, int]]:
    if not isinstance(value, dict):
        return []
    return [(str(k), int(v)) for k, v in value.items() if isinstance(v, int | str) and str(v).isdigit()]


def build_campaign_export_report(session: Session, export_id: int, language: str) -> Report:
    t = ReportTexts(language)
    row = session.get(CampaignExport, export_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The campaign export no longer exists."))
    params = params_of(row.params_json)
    campaign = str(params.get("campaign_name") or "")
    if not campaign and row.campaign_id is not None:
        campaign = session.execute(select(Campaign.name).where(Campaign.id == row.campaign_id)).scalar() or ""
    blocks: tuple[Block, ...] = (
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The record of a campaign export as it was made: its parameters, who made it and when, "
                    "how many customers were contactable and why the others were not, and every exported "
                    "customer with the legal basis the contact rested on.",
                )
            ),
            "note",
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "1. The export")), (_facts(session, t, row, params, campaign),)
        ),
        Section(t(QT_TRANSLATE_NOOP("Reports", "2. Counts")), _count_blocks(t, row, params)),
        Section(t(QT_TRANSLATE_NOOP("Reports", "3. Exported customers")), _rows(session, t, row)),
    )
    return assemble(
        session,
        t,
        kind=KIND,
        title=t(QT_TRANSLATE_NOOP("Reports", "Campaign export evidence")),
        subtitle=" · ".join(
            p for p in (campaign, t(QT_TRANSLATE_NOOP("Reports", "Export no. {id}"), id=row.id)) if p
        ),
        blocks=blocks,
        page_marker=t(QT_TRANSLATE_NOOP("Reports", "Export no. {id}"), id=row.id),
        file_extra=str(row.id),
    )


def _facts(
    session: Session, t: ReportTexts, row: CampaignExport, params: dict[str, Any], campaign: str
) -> KeyValues:
    names = session.execute(
        select(Purpose.name_de, Purpose.name_en, Purpose.code).where(Purpose.id == row.purpose_id)
    ).first()
    purpose = (names[0] if t.language == "de" else names[1]) if names else str(params.get("purpose_name", ""))
    code = str(params.get("purpose_code") or (names[2] if names else ""))
    segment = params.get("segment")
    headers = params.get("headers")
    verify = t(
        QT_TRANSLATE_NOOP(
            "Reports",
            "To check a file against this record, compute its SHA-256 (Windows: certutil -hashfile FILE "
            "SHA256; macOS and Linux: shasum -a 256 FILE) and compare.",
        )
    )
    rows = (
        (t(QT_TRANSLATE_NOOP("Reports", "Export no.")), str(row.id)),
        (t(QT_TRANSLATE_NOOP("Reports", "Campaign")), campaign or "–"),
        (t(QT_TRANSLATE_NOOP("Reports", "Purpose")), f"{purpose} ({code})" if code else purpose),
        (t(QT_TRANSLATE_NOOP("Reports", "Channel")), _channel(t, row.channel)),
        (t(QT_TRANSLATE_NOOP("Reports", "Contactable as of")), t.date(row.as_of)),
        (t(QT_TRANSLATE_NOOP("Reports", "Exported by")), row.exported_by or "–"),
        (t(QT_TRANSLATE_NOOP("Reports", "Exported at")), t.date_time(row.exported_at)),
        (t(QT_TRANSLATE_NOOP("Reports", "File")), f"{row.file_name} ({row.file_format})"),
        (t(QT_TRANSLATE_NOOP("Reports", "SHA-256 of the file")), f"{row.file_sha256 or '–'}\n{verify}"),
        (t(QT_TRANSLATE_NOOP("Reports", "Rules version")), row.rules_version),
        (t(QT_TRANSLATE_NOOP("Reports", "Audit chain before the export")), row.audit_anchor or "–"),
        (
            t(QT_TRANSLATE_NOOP("Reports", "Segment")),
            _segment(session, t, segment) if segment else t(QT_TRANSLATE_NOOP("Reports", "all customers")),
        ),
        (
            t(QT_TRANSLATE_NOOP("Reports", "Columns in the file")),
            ", ".join(str(h) for h in headers) if isinstance(headers, list) and headers else "–",
        ),
    )
    return KeyValues(rows)


_SEGMENT_LABELS = {
    "tags": QT_TRANSLATE_NOOP("Reports", "Tags (any of)"),
    "postcodes": QT_TRANSLATE_NOOP("Reports", "Postcodes (any of)"),
    "cities": QT_TRANSLATE_NOOP("Reports", "Towns (any of)"),
    "kind": QT_TRANSLATE_NOOP("Reports", "Customers"),
    "source_ids": QT_TRANSLATE_NOOP("Reports", "Data sources (any of)"),
    "customer_since_from": QT_TRANSLATE_NOOP("Reports", "Customer since, from"),
    "customer_since_to": QT_TRANSLATE_NOOP("Reports", "Customer since, until"),
    "text": QT_TRANSLATE_NOOP("Reports", "Search text"),
}


def _segment(session: Session, t: ReportTexts, segment: object) -> str:
    """The recorded segment criteria as lines a reader understands; anything unforeseen as recorded."""
    if not isinstance(segment, dict):
        return json.dumps(segment, ensure_ascii=False)
    lines = []
    for key, value in segment.items():
        label = _SEGMENT_LABELS.get(key)
        if key == "existing_customers_only" and value is True:
            lines.append(t(QT_TRANSLATE_NOOP("Reports", "Existing customers only")))
        elif label is None:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
        else:
            lines.append(f"{t(label)}: {_criterion(session, t, key, value)}")
    return "\n".join(lines)


def _criterion(session: Session, t: ReportTexts, key: str, value: object) -> str:
    if key == "kind" and value in {k.value for k in CustomerKind}:
        return vocab.customer_kind(t, CustomerKind(str(value)))
    if key == "source_ids" and isinstance(value, list):
        ids = [v for v in value if isinstance(v, int)]
        rows = session.execute(select(DataSource.id, DataSource.name).where(DataSource.id.in_(ids)))
        names = {source_id: name for source_id, name in rows}
        return ", ".join(names.get(i) or f"#{i}" for i in ids)
    if key.startswith("customer_since_") and isinstance(value, str):
        try:
            return t.date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if key == "text":
        return f"„{value}“" if t.language == "de" else f"“{value}”"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _channel(t: ReportTexts, value: str) -> str:
    return t.channel(Channel(value)) if value in {c.value for c in Channel} else value


def _reason_text(t: ReportTexts, code: str) -> str:
    known = {c.value: c for c in ReasonCode}
    return reason(known[code]).text(t.language) if code in known else code


def _basis_text(t: ReportTexts, code: str) -> str:
    """by_basis is keyed by the reason that made the row contactable; printed as its legal basis."""
    known = {c.value: c for c in ReasonCode}
    basis = BASIS_OF.get(known[code]) if code in known else None
    return vocab.legal_basis(t, basis) if basis is not None else _reason_text(t, code)


def _count_blocks(t: ReportTexts, row: CampaignExport, params: dict[str, Any]) -> tuple[Block, ...]:
    excluded = sorted(_counts(params_of(row.excluded_json)), key=lambda item: (-item[1], item[0]))
    total = params.get("total_in_segment")
    lines: list[tuple[str, str]] = []
    if isinstance(total, int):
        lines.append((t(QT_TRANSLATE_NOOP("Reports", "Customers in the segment")), t.number(total)))
    lines.append((t(QT_TRANSLATE_NOOP("Reports", "Exported (contactable)")), t.number(row.row_count)))
    lines += [(f"    {_basis_text(t, code)}", t.number(n)) for code, n in _counts(params.get("by_basis"))]
    lines.append((t(QT_TRANSLATE_NOOP("Reports", "Not contactable")), t.number(sum(n for _, n in excluded))))
    blocks: list[Block] = [
        Table(
            ("", t(QT_TRANSLATE_NOOP("Reports", "Customers"))),
            tuple(lines),
            (80, 20),
        )
    ]
    if excluded:
        blocks.append(
            Section(
                t(QT_TRANSLATE_NOOP("Reports", "Why customers were not contactable (decisive reason)")),
                (
                    Table(
                        (
                            t(QT_TRANSLATE_NOOP("Reports", "Reason")),
                            t(QT_TRANSLATE_NOOP("Reports", "Customers")),
                        ),
                        tuple((_reason_text(t, code), t.number(n)) for code, n in excluded),
                        (80, 20),
                    ),
                ),
            )
        )
    return tuple(blocks)


def _rows(session: Session, t: ReportTexts, export: CampaignExport) -> tuple[Block, ...]:
    count = int(
        session.execute(
            select(func.count())
            .select_from(CampaignExportRow)
            .where(CampaignExportRow.export_id == export.id)
        ).scalar_one()
    )
    if not count:
        return (Paragraph(t(QT_TRANSLATE_NOOP("Reports", "The export holds no customers.")), "note"),)
    query = (
        select(
            Customer.customer_no,
            Customer.first_name,
            Customer.last_name,
            Customer.company,
            Customer.status,
            CampaignExportRow.basis,
            CampaignExportRow.basis_date,
        )
        .join(Customer, Customer.id == CampaignExportRow.customer_id)
        .where(CampaignExportRow.export_id == export.id)
        .order_by(CampaignExportRow.id)
        .limit(MAX_ROWS)
    )
    erased = t(QT_TRANSLATE_NOOP("Reports", "(erased since)"))
    bases = {b.value: vocab.legal_basis(t, b) for b in LegalBasis}
    rows = tuple(
        (
            t.number(number),
            no or "–",
            erased if status == CustomerStatus.ERASED.value else display_name(first, last, company),
            bases.get(basis, basis),
            t.date(when.date()) if when else "–",
        )
        for number, (no, first, last, company, status, basis, when) in enumerate(session.execute(query), 1)
    )
    header = (
        "#",
        t(QT_TRANSLATE_NOOP("Reports", "Customer no.")),
        t(QT_TRANSLATE_NOOP("Reports", "Name")),
        t(QT_TRANSLATE_NOOP("Reports", "Legal basis")),
        t(QT_TRANSLATE_NOOP("Reports", "Basis since")),
    )
    blocks: list[Block] = [Table(header, rows, (8, 16, 34, 28, 14))]
    if count > len(rows):
        blocks.append(
            Paragraph(
                t.more(count - len(rows))
                + " "
                + t(QT_TRANSLATE_NOOP("Reports", "(the complete list is the export file named above)")),
                "note",
            )
        )
    return tuple(blocks)
