"""The evidence of campaign exports: what each export was made from, and its "Evidence" sheet.

Everything an export's proof needs is copied into its own row when it is made (campaign and purpose
names, segment, headers, counts), so renaming the campaign or editing the purpose later never changes
what an old export says about itself.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import CampaignExport
from desktop_app.domain.enums import Channel, LegalBasis
from desktop_app.domain.reasons import ReasonCode, reason
from desktop_app.errors import NotFound
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.campaign_files import Cell
from desktop_app.services.campaign_segment import Segment
from desktop_app.services.display import channel_text, time_text
from desktop_app.services.evaluation import BASIS_OF

__all__ = ["BASIS_TEXTS", "EvidenceLine", "ExportView", "evidence_lines", "export_view", "list_exports"]

_CTX = "CampaignExport"
EvidenceLine = tuple[str, Cell | dt.date]

# The "Basis of contact" cell of each row.
BASIS_TEXTS: Mapping[LegalBasis, str] = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("CampaignExport", "Consent (Art. 6(1)(a) GDPR)"),
    LegalBasis.EXISTING_CUSTOMER: QT_TRANSLATE_NOOP(
        "CampaignExport", "Existing customer (§7(3) UWG), own similar goods"
    ),
    LegalBasis.PRESUMED_CONSENT: QT_TRANSLATE_NOOP(
        "CampaignExport", "Presumed consent of a business (§7(2) No. 1 UWG)"
    ),
    LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP(
        "CampaignExport", "Legitimate interest, post (Art. 6(1)(f) GDPR)"
    ),
}


@dataclass(frozen=True)
class ExportView:
    id: int
    campaign_id: int | None
    campaign_name: str
    purpose_id: int
    purpose_code: str
    purpose_name: str
    channel: Channel
    as_of: dt.date
    segment: Segment
    columns: tuple[str, ...]
    headers: tuple[str, ...]
    file_name: str
    file_format: str  # "xlsx" | "csv"
    delimiter: str
    language: str
    sha256: str
    row_count: int
    total_in_segment: int
    by_basis: Mapping[ReasonCode, int]
    excluded: Mapping[ReasonCode, int]
    rules_version: str
    audit_anchor: str
    exported_by: str
    exported_at: dt.datetime


def _codes(data: Mapping[str, Any]) -> dict[ReasonCode, int]:
    return {ReasonCode(k): int(v) for k, v in data.items()}


def _view(row: CampaignExport) -> ExportView:
    params: dict[str, Any] = json.loads(row.params_json or "{}")
    return ExportView(
        id=row.id,
        campaign_id=row.campaign_id,
        campaign_name=str(params.get("campaign_name", "")),
        purpose_id=row.purpose_id,
        purpose_code=str(params.get("purpose_code", "")),
        purpose_name=str(params.get("purpose_name", "")),
        channel=Channel(row.channel),
        as_of=row.as_of,
        segment=Segment.from_dict(params.get("segment", {})),
        columns=tuple(json.loads(row.columns_json or "[]")),
        headers=tuple(params.get("headers", [])),
        file_name=row.file_name,
        file_format=row.file_format,
        delimiter=str(params.get("delimiter", ";")),
        language=str(params.get("language", "en")),
        sha256=row.file_sha256 or "",
        row_count=row.row_count,
        total_in_segment=int(params.get("total_in_segment", 0)),
        by_basis=_codes(params.get("by_basis", {})),
        excluded=_codes(json.loads(row.excluded_json or "{}")),
        rules_version=row.rules_version,
        audit_anchor=row.audit_anchor,
        exported_by=row.exported_by or "",
        exported_at=row.exported_at,
    )


def export_view(session: Session, export_id: int) -> ExportView:
    row = session.get(CampaignExport, export_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The campaign export no longer exists."))
    return _view(row)


def list_exports(session: Session, campaign_id: int | None = None) -> list[ExportView]:
    """Newest first; all exports, or those of one campaign."""
    query = select(CampaignExport).order_by(CampaignExport.exported_at.desc(), CampaignExport.id.desc())
    if campaign_id is not None:
        query = query.where(CampaignExport.campaign_id == campaign_id)
    return [_view(r) for r in session.execute(query).scalars()]


def params_json(
    *,
    campaign_name: str,
    purpose_code: str,
    purpose_name: str,
    segment: Segment,
    headers: list[str],
    delimiter: str,
    language: str,
    total_in_segment: int,
    by_basis: Mapping[ReasonCode, int],
) -> str:
    return json.dumps(
        {
            "campaign_name": campaign_name,
            "purpose_code": purpose_code,
            "purpose_name": purpose_name,
            "segment": segment.as_dict(),
            "headers": headers,
            "delimiter": delimiter,
            "language": language,
            "total_in_segment": total_in_segment,
            "by_basis": {k.value: v for k, v in by_basis.items()},
        },
        ensure_ascii=False,
    )


def _t(text: str) -> str:
    return tr(_CTX, text)


def evidence_lines(
    view: ExportView, lang: str, reexport: tuple[str, dt.datetime, int] | None = None
) -> list[EvidenceLine]:
    """The "Evidence" sheet as (label, value) lines. `reexport`: (who, when, rows left empty because the
    customer was erased since)."""
    lines: list[EvidenceLine] = []
    if reexport is not None:
        who, when, erased = reexport
        lines += [
            (
                _t(QT_TRANSLATE_NOOP("CampaignExport", "RE-EXPORT")),
                tr(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        "CampaignExport",
                        "This file reproduces export no. {id} as it was made; rows and cells are those "
                        "of the original, not today's data.",
                    ),
                    id=view.id,
                ),
            ),
            (_t(QT_TRANSLATE_NOOP("CampaignExport", "Re-exported by")), who),
            (_t(QT_TRANSLATE_NOOP("CampaignExport", "Re-exported at")), time_text(when)),
            (
                _t(
                    QT_TRANSLATE_NOOP(
                        "CampaignExport", "Rows left empty: customer erased since (Art. 17 GDPR)"
                    )
                ),
                erased,
            ),
            ("", None),
        ]
    excluded = sum(view.excluded.values())
    lines += [
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Export no.")), view.id),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Campaign")), view.campaign_name or "—"),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Purpose")), f"{view.purpose_name} ({view.purpose_code})"),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Channel")), channel_text(view.channel)),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Contactable as of")), view.as_of),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Rules version")), view.rules_version),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Exported by")), view.exported_by),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Exported at")), time_text(view.exported_at)),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Audit chain anchor before the export")), view.audit_anchor),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "File")), view.file_name),
        (
            _t(QT_TRANSLATE_NOOP("CampaignExport", "Segment")),
            view.segment.to_json()
            if not view.segment.is_empty()
            else _t(QT_TRANSLATE_NOOP("CampaignExport", "all customers")),
        ),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Customers in the segment")), view.total_in_segment),
        (_t(QT_TRANSLATE_NOOP("CampaignExport", "Contactable: rows in this list")), view.row_count),
    ]
    for code, n in view.by_basis.items():
        lines.append(("    " + _t(BASIS_TEXTS[BASIS_OF[code]]), n))
    lines.append((_t(QT_TRANSLATE_NOOP("CampaignExport", "Not contactable, by decisive reason")), excluded))
    lines += [("    " + reason(code).text(lang), n) for code, n in view.excluded.items()]
    lines += [
        ("", None),
        (
            _t(QT_TRANSLATE_NOOP("CampaignExport", "Note")),
            reason(ReasonCode.OBJECTION_NOTICE_REQUIRED).text(lang),
        ),
        (
            _t(QT_TRANSLATE_NOOP("CampaignExport", "Use")),
            _t(
                QT_TRANSLATE_NOOP(
                    "CampaignExport",
                    "Only for the purpose and channel above. This export was recorded as a use of each "
                    "consent it lists.",
                )
            ),
        ),
    ]
    return lines
