"""Sections 3 and 5-11 of the customer's access report (customer_report.py builds the whole)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Campaign, CampaignExport, CampaignExportRow, Customer, Purpose
from desktop_app.domain.enums import Channel, CustomerKind
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import erasure, objections, requests
from desktop_app.services.business import get_business
from desktop_app.services.history import HistoryEntry
from desktop_app.services.reports import vocab
from desktop_app.services.reports.campaign_export_report import params_of
from desktop_app.services.reports.model import Block, BulletList, Paragraph, Section, Table
from desktop_app.services.reports.texts import ReportTexts

if TYPE_CHECKING:
    from desktop_app.services.reports.customer_report import CustomerData


def _none(t: ReportTexts, text: str) -> tuple[Block, ...]:
    return (Paragraph(t(text), "note"),)


def _channel(t: ReportTexts, channel: Channel | None) -> str:
    return t.channel(channel) if channel is not None else vocab.all_channels(t)


def purposes(session: Session, t: ReportTexts, data: CustomerData) -> tuple[Block, ...]:
    used = sorted({c.purpose_id for c in data.consents}, key=list(data.purposes).index)
    if not used:
        return _none(
            t, QT_TRANSLATE_NOOP("Reports", "No purpose is recorded for you: there are no consents.")
        )
    details = {
        pid: (recipients, retention)
        for pid, recipients, retention in session.execute(
            select(Purpose.id, Purpose.recipients, Purpose.retention_months).where(Purpose.id.in_(used))
        )
    }
    rows = []
    for purpose_id in used:
        purpose = data.purposes[purpose_id]
        recipients, retention = details[purpose_id]
        described = (purpose.description_de if t.language == "de" else purpose.description_en) or ""
        if purpose.is_profiling:
            profiling = t(QT_TRANSLATE_NOOP("Reports", "(profiling: interests are analysed)"))
            described = f"{described} {profiling}".strip()
        period = (
            t(
                QT_TRANSLATE_NOOP("Reports", "{period} after the last legal basis ended"),
                period=t.months(retention),
            )
            if retention
            else t(QT_TRANSLATE_NOOP("Reports", "as long as a legal basis exists"))
        )
        rows.append(
            (
                purpose.name(t.language),
                described or "–",
                recipients or t(QT_TRANSLATE_NOOP("Reports", "none")),
                period,
            )
        )
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "Purpose")),
        t(QT_TRANSLATE_NOOP("Reports", "What for")),
        t(QT_TRANSLATE_NOOP("Reports", "Recipients")),
        t(QT_TRANSLATE_NOOP("Reports", "Storage period")),
    )
    return (Table(header, tuple(rows), (20, 38, 16, 26)),)


def wordings(t: ReportTexts, data: CustomerData) -> tuple[Block, ...]:
    if not data.texts:
        return _none(
            t, QT_TRANSLATE_NOOP("Reports", "None of your consents refers to a recorded consent text.")
        )
    return tuple(
        Section(
            t(
                QT_TRANSLATE_NOOP("Reports", "Version {label}, valid from {date}"),
                label=text.label,
                date=t.date(text.valid_from),
            ),
            (Paragraph(text.title, "strong"), Paragraph(text.body)),
        )
        for text in data.texts.values()
    )


def history_blocks(t: ReportTexts, data: CustomerData) -> tuple[Block, ...]:
    if not data.entries:
        return _none(t, QT_TRANSLATE_NOOP("Reports", "Nothing has been recorded yet."))
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "When")),
        t(QT_TRANSLATE_NOOP("Reports", "What")),
        t(QT_TRANSLATE_NOOP("Reports", "Purpose and channel")),
        t(QT_TRANSLATE_NOOP("Reports", "How / source")),
        t(QT_TRANSLATE_NOOP("Reports", "Evidence")),
        t(QT_TRANSLATE_NOOP("Reports", "Recorded by")),
    )
    rows = tuple(
        (
            t.date_time(e.occurred_at).replace(" ", "\n", 1),
            vocab.event(t, e.kind),
            "\n".join(
                p
                for p in (_purpose(t, e), _channel(t, e.channel) if e.channel or e.is_customer_event else "")
                if p
            ),
            " · ".join(p for p in (vocab.method(t, e.method), e.source_name) if p),
            _history_evidence(t, data, e),
            f"{e.recorded_by}\n{t.date_time(e.recorded_at)}",
        )
        for e in data.entries
    )
    return (
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Everything recorded about your consents and objections, oldest first, with when it "
                    "happened and who recorded it when. Uses in campaigns are listed in section 8.",
                )
            ),
            "small",
        ),
        Table(header, rows, (12, 16, 17, 15, 22, 18)),
    )


def _purpose(t: ReportTexts, e: HistoryEntry) -> str:
    return e.purpose_name_de if t.language == "de" else e.purpose_name_en


def _history_evidence(t: ReportTexts, data: CustomerData, e: HistoryEntry) -> str:
    lines = []
    if e.legal_basis is not None and e.kind in ("granted", "renewed"):
        lines.append(vocab.legal_basis(t, e.legal_basis))
    if e.consent_text_id is not None and e.consent_text_id in data.texts:
        lines.append(
            t(QT_TRANSLATE_NOOP("Reports", "Text {label}"), label=data.texts[e.consent_text_id].label)
        )
    if e.proof_ref:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "Proof: {reference}"), reference=e.proof_ref))
    if e.attachment_name:
        lines.append(
            t(
                QT_TRANSLATE_NOOP("Reports", "File {name} (SHA-256 {hash}…)"),
                name=e.attachment_name,
                hash=e.attachment_sha256[:16],
            )
        )
    if e.valid_until is not None:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "Valid until {date}"), date=t.date(e.valid_until)))
    if e.parental_consent:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "with the consent of a parent or guardian")))
    if e.note:
        lines.append(e.note)
    return "\n".join(lines)


def suppressions(session: Session, t: ReportTexts, customer_id: int) -> tuple[Block, ...]:
    # An objection is stored once per phone number of the customer (objections._hash_sets); the
    # customer made it once.
    found = list(
        {
            (s.reason, s.channel, s.effective_at, s.note): s
            for s in objections.customer_suppressions(session, customer_id)
        }.values()
    )
    if not found:
        return _none(t, QT_TRANSLATE_NOOP("Reports", "No objection or contact block is recorded."))
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "In force since")),
        t(QT_TRANSLATE_NOOP("Reports", "Kind")),
        t(QT_TRANSLATE_NOOP("Reports", "Channel")),
        t(QT_TRANSLATE_NOOP("Reports", "Recorded by")),
        t(QT_TRANSLATE_NOOP("Reports", "Note")),
    )
    rows = tuple(
        (
            t.date_time(s.effective_at),
            vocab.suppression(t, s.reason),
            _channel(t, s.channel),
            f"{s.recorded_by}\n{t.date_time(s.recorded_at)}",
            s.note,
        )
        for s in found
    )
    return (
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "While an entry is in force you are not contacted over its channel. An objection to "
                    "direct marketing has no expiry; it gives way only to a new consent you give later.",
                )
            ),
            "small",
        ),
        Table(header, rows, (16, 28, 12, 16, 28)),
    )


def campaigns(session: Session, t: ReportTexts, customer_id: int) -> tuple[Block, ...]:
    query = (
        select(
            CampaignExport.id,
            CampaignExport.exported_at,
            CampaignExport.channel,
            CampaignExport.params_json,
            Campaign.name,
            Purpose.name_de,
            Purpose.name_en,
            CampaignExportRow.basis,
            CampaignExportRow.basis_date,
        )
        .join(CampaignExport, CampaignExport.id == CampaignExportRow.export_id)
        .join(Purpose, Purpose.id == CampaignExport.purpose_id)
        .outerjoin(Campaign, Campaign.id == CampaignExport.campaign_id)
        .where(CampaignExportRow.customer_id == customer_id)
        .order_by(CampaignExport.exported_at, CampaignExport.id)
    )
    rows = []
    for export_id, when, channel, params, name, name_de, name_en, basis, basis_date in session.execute(query):
        # The name as it was when exported (the export's own snapshot), else the campaign's current one.
        campaign = str(params_of(params).get("campaign_name") or name or "–")
        rows.append(
            (
                t.date_time(when),
                campaign,
                f"{name_de if t.language == 'de' else name_en} · {t.channel(Channel(channel))}",
                vocab.legal_basis(t, basis),
                t.date(basis_date.date()) if basis_date else "–",
                str(export_id),
            )
        )
    if not rows:
        return _none(t, QT_TRANSLATE_NOOP("Reports", "You have not been included in any campaign export."))
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "Exported on")),
        t(QT_TRANSLATE_NOOP("Reports", "Campaign")),
        t(QT_TRANSLATE_NOOP("Reports", "Purpose · channel")),
        t(QT_TRANSLATE_NOOP("Reports", "Legal basis")),
        t(QT_TRANSLATE_NOOP("Reports", "Basis since")),
        t(QT_TRANSLATE_NOOP("Reports", "Export no.")),
    )
    return (Table(header, tuple(rows), (15, 22, 21, 22, 11, 9)),)


def requests_blocks(session: Session, t: ReportTexts, customer_id: int) -> tuple[Block, ...]:
    found = requests.list_requests(session, customer_id=customer_id)
    if not found:
        return _none(t, QT_TRANSLATE_NOOP("Reports", "No request from you is recorded."))
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "Received")),
        t(QT_TRANSLATE_NOOP("Reports", "Request")),
        t(QT_TRANSLATE_NOOP("Reports", "Status")),
        t(QT_TRANSLATE_NOOP("Reports", "Answer due")),
        t(QT_TRANSLATE_NOOP("Reports", "Closed")),
    )
    rows = tuple(
        (
            t.date(r.received_on),
            vocab.request_kind(t, r.kind),
            vocab.request_status(t, r.status),
            t.date(r.due),
            t.date(r.closed_on) if r.closed_on else "–",
        )
        for r in sorted(found, key=lambda r: (r.received_on, r.id))
    )
    return (Table(header, rows, (16, 34, 18, 16, 16)),)


def retention(session: Session, t: ReportTexts, data: CustomerData) -> tuple[Block, ...]:
    items = [
        t(
            QT_TRANSLATE_NOOP(
                "Reports",
                "Data we no longer have a legal basis for is deleted or anonymised; the storage period of "
                "each purpose is listed in section 3.",
            )
        )
    ]
    for source in data.sources.values():
        if source.retention_months:
            items.append(
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports", "Data from “{source}” is kept for at most {period} without a legal basis."
                    ),
                    source=source.name,
                    period=t.months(source.retention_months),
                )
            )
    row = session.get(Customer, data.customer.id)
    until = erasure.phone_evidence_until(session, row, data.today) if row is not None else None
    phone_consent = any(c.channel == Channel.PHONE.value for c in data.consents)
    if until is not None:
        items.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The evidence of your consent to advertising by phone is kept until {date}: five years "
                    "after it was given and after each use (§7a UWG), also after a withdrawal.",
                ),
                date=t.date(until),
            )
        )
    elif phone_consent and data.customer.kind == CustomerKind.CONSUMER:
        items.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The evidence of a consent to advertising by phone is kept for five years after it was "
                    "given and after each use (§7a UWG).",
                )
            )
        )
    items.append(
        t(
            QT_TRANSLATE_NOOP(
                "Reports",
                "After an objection or an erasure we keep only a keyed hash of your e-mail address and phone "
                "numbers (no readable contact data), for as long as we must honour it, so that you are not "
                "contacted again (Art. 17(3), Art. 21(3) GDPR).",
            )
        )
    )
    return (BulletList(tuple(items)),)


def rights(session: Session, t: ReportTexts) -> tuple[Block, ...]:
    business = get_business(session)
    contact = [business.name, ", ".join(business.address_lines), business.email, business.phone]
    blocks: list[Block] = [
        BulletList(
            (
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Access (Art. 15 GDPR): you may ask at any time which data we process about you; "
                        "this report is such an answer.",
                    )
                ),
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports", "Rectification (Art. 16 GDPR): you may have incorrect data corrected."
                    )
                ),
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Erasure (Art. 17 GDPR): you may have your data deleted where no legal obligation "
                        "requires us to keep it.",
                    )
                ),
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Restriction (Art. 18 GDPR): you may have the processing restricted, e.g. while the "
                        "accuracy of the data is checked.",
                    )
                ),
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Data portability (Art. 20 GDPR): you may receive the data you provided to us in a "
                        "structured, machine-readable format, or have it sent to another controller.",
                    )
                ),
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Withdrawal (Art. 7(3) GDPR): you may withdraw any consent at any time with "
                        "effect for the future, as easily as you gave it. Contacts made before the "
                        "withdrawal remain lawful.",
                    )
                ),
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Complaint (Art. 77 GDPR): you have the right to lodge a complaint with a "
                        "supervisory authority, in particular in the member state where you live or work or "
                        "where the alleged infringement took place.",
                    )
                ),
            )
        ),
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Right to object (Art. 21 GDPR): you may object at any time to the use of your data for "
                    "direct marketing; we will then no longer use it for that purpose. Where we process data "
                    "on the basis of legitimate interests (Art. 6(1)(f) GDPR), you may object on grounds "
                    "relating to your particular situation.",
                )
            ),
            "strong",
        ),
    ]
    if any(contact):
        blocks.append(
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP("Reports", "To exercise your rights, contact: {contact}"),
                    contact=" · ".join(c for c in contact if c),
                )
            )
        )
    if business.dpo_contact:
        blocks.append(
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP("Reports", "Questions about data protection: {contact}"),
                    contact=business.dpo_contact,
                ),
                "small",
            )
        )
    return tuple(blocks)
