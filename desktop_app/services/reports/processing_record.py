"""The record of processing activities (Art. 30(1) GDPR) for what ConsentDesk manages.

One processing activity per purpose, because the purpose is what Art. 30(1)(b) asks for and what
decides legal bases, recipients and erasure periods. Everything printed comes from the database
(business settings, purposes with their channel policies, data sources, consents); the technical and
organisational measures are the ones ConsentDesk itself provides, stated without embellishment.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, DataSource
from desktop_app.domain.enums import Channel, FreshnessMode
from desktop_app.domain.policy import ChannelPolicy
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import catalog, sources
from desktop_app.services.business import BusinessDetails, get_business
from desktop_app.services.catalog import PurposeView
from desktop_app.services.reports import legal_bases
from desktop_app.services.reports.common import assemble, not_set
from desktop_app.services.reports.model import (
    Block,
    BulletList,
    KeyValues,
    Paragraph,
    Report,
    Section,
    Table,
)
from desktop_app.services.reports.texts import ReportTexts
from desktop_app.services.sources import SourceView

KIND = "processing-record"


@dataclass(frozen=True)
class _SourceUse:
    name: str
    provider: str
    third_party: bool
    consents: int


def build_processing_record(session: Session, language: str) -> Report:
    t = ReportTexts(language)
    business = get_business(session)
    usage = _source_usage(session)
    purposes = [
        p for p in catalog.list_purposes(session, include_inactive=True) if p.active or usage.get(p.id)
    ]
    activities = tuple(
        _activity(session, t, number, purpose, usage.get(purpose.id, []))
        for number, purpose in enumerate(purposes, start=1)
    )
    blocks: tuple[Block, ...] = (
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "This record covers the processing of customer and prospect data for contacting them "
                    "and for advertising, as managed with ConsentDesk. Other processing activities of "
                    "the business (e.g. accounting, staff, website) must be recorded separately.",
                )
            ),
            "note",
        ),
        Section(t(QT_TRANSLATE_NOOP("Reports", "1. Controller")), (_controller(t, business),)),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "2. Processing activities")),
            activities or (Paragraph(t(QT_TRANSLATE_NOOP("Reports", "No purposes are defined.")), "note"),),
        ),
        Section(t(QT_TRANSLATE_NOOP("Reports", "3. Data sources")), _sources_blocks(session, t)),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "4. Technical and organisational measures (Art. 32 GDPR)")),
            _measures(t),
        ),
    )
    return assemble(
        session,
        t,
        kind=KIND,
        title=t(QT_TRANSLATE_NOOP("Reports", "Record of processing activities")),
        subtitle=t(QT_TRANSLATE_NOOP("Reports", "Art. 30(1) GDPR")),
        blocks=blocks,
        business=business,
    )


def _controller(t: ReportTexts, business: BusinessDetails) -> KeyValues:
    missing = not_set(t)
    return KeyValues(
        (
            (t(QT_TRANSLATE_NOOP("Reports", "Name")), business.name or missing),
            (t(QT_TRANSLATE_NOOP("Reports", "Address")), "\n".join(business.address_lines) or missing),
            (t(QT_TRANSLATE_NOOP("Reports", "E-mail")), business.email or missing),
            (t(QT_TRANSLATE_NOOP("Reports", "Phone")), business.phone or missing),
            (t(QT_TRANSLATE_NOOP("Reports", "Data protection contact")), business.dpo_contact or missing),
        )
    )


def _source_usage(session: Session) -> dict[int, list[_SourceUse]]:
    """Per purpose, the sources its consents came from (None: consents without a recorded source)."""
    rows = session.execute(
        select(
            Consent.purpose_id, DataSource.name, DataSource.provider, DataSource.is_third_party, func.count()
        )
        .select_from(Consent)
        .outerjoin(DataSource, DataSource.id == Consent.source_id)
        .group_by(Consent.purpose_id, DataSource.name, DataSource.provider, DataSource.is_third_party)
        .order_by(Consent.purpose_id, DataSource.name)
    )
    usage: dict[int, list[_SourceUse]] = defaultdict(list)
    for purpose_id, name, provider, third_party, count in rows:
        usage[purpose_id].append(_SourceUse(name or "", provider or "", bool(third_party), int(count)))
    return usage


def _activity(
    session: Session, t: ReportTexts, number: int, purpose: PurposeView, usage: list[_SourceUse]
) -> Section:
    _view, recipients, retention = catalog.purpose_details(session, purpose.id)
    policies = dict(purpose.policy.channels)
    name = purpose.name(t.language)
    if not purpose.active:
        name += t(QT_TRANSLATE_NOOP("Reports", " (no longer in use; consents are still stored)"))
    description = (purpose.description_de if t.language == "de" else purpose.description_en) or purpose.name(
        t.language
    )
    rows = (
        (t(QT_TRANSLATE_NOOP("Reports", "Purpose of processing")), description),
        (
            t(QT_TRANSLATE_NOOP("Reports", "Categories of data subjects")),
            t(QT_TRANSLATE_NOOP("Reports", "Customers and prospects (consumers and contacts at businesses)")),
        ),
        (t(QT_TRANSLATE_NOOP("Reports", "Categories of personal data")), _data_categories(t, purpose)),
        (
            t(QT_TRANSLATE_NOOP("Reports", "Recipients")),
            recipients or t(QT_TRANSLATE_NOOP("Reports", "None recorded (Purposes → Recipients)")),
        ),
        (
            t(QT_TRANSLATE_NOOP("Reports", "Transfers to third countries")),
            t(QT_TRANSLATE_NOOP("Reports", "None recorded in ConsentDesk; check the recipients above.")),
        ),
        (
            t(QT_TRANSLATE_NOOP("Reports", "Data sources used (number of consents)")),
            _sources_text(t, usage),
        ),
        (t(QT_TRANSLATE_NOOP("Reports", "Erasure periods")), _erasure_text(t, purpose, retention, policies)),
    )
    table = Table(
        (t(QT_TRANSLATE_NOOP("Reports", "Channel")), t(QT_TRANSLATE_NOOP("Reports", "Legal bases"))),
        legal_bases.channel_rows(t, policies),
        (22, 78),
    )
    # A heading of its own, naming the purpose: the table may start on the next page.
    bases_title = t(
        QT_TRANSLATE_NOOP("Reports", "Legal bases per channel: {purpose}"), purpose=purpose.name(t.language)
    )
    return Section(f"2.{number} {name}", (KeyValues(rows), Section(bases_title, (table,))))


def _data_categories(t: ReportTexts, purpose: PurposeView) -> str:
    policies = dict(purpose.policy.channels)
    parts = [t(QT_TRANSLATE_NOOP("Reports", "Name, salutation, title, company"))]
    contact = legal_bases.contact_data(t, policies)
    if contact:
        parts.append(t(QT_TRANSLATE_NOOP("Reports", "contact data: {items}"), items=", ".join(contact)))
    parts.append(t(QT_TRANSLATE_NOOP("Reports", "date of birth where given (age check, Art. 8 GDPR)")))
    email = policies.get(Channel.EMAIL)
    if email is not None and email.enabled and email.allow_existing_customer:
        parts.append(t(QT_TRANSLATE_NOOP("Reports", "customer relationship (customer since, last purchase)")))
    parts.append(
        t(
            QT_TRANSLATE_NOOP(
                "Reports",
                "consent records with their evidence (text version, time, method, source, proof), "
                "objections and withdrawals",
            )
        )
    )
    if purpose.is_profiling:
        parts.append(t(QT_TRANSLATE_NOOP("Reports", "profiling: interests derived from purchases and usage")))
    return "; ".join(parts)


def _sources_text(t: ReportTexts, usage: list[_SourceUse]) -> str:
    if not usage:
        return t(QT_TRANSLATE_NOOP("Reports", "No consents recorded yet."))
    lines = []
    for use in usage:
        if not use.name:
            line = t(QT_TRANSLATE_NOOP("Reports", "no source recorded"))
        elif use.third_party:
            line = t(
                QT_TRANSLATE_NOOP("Reports", "{name} (third party: {provider})"),
                name=use.name,
                provider=use.provider or "?",
            )
        else:
            line = use.name
        lines.append(f"{line}: {use.consents}")
    return "\n".join(lines)


def _erasure_text(
    t: ReportTexts, purpose: PurposeView, retention: int | None, policies: dict[Channel, ChannelPolicy]
) -> str:
    lines = [
        t(
            QT_TRANSLATE_NOOP(
                "Reports", "Data left without any legal basis is deleted; erasure period: {period}."
            ),
            period=t.months(retention),
        )
        if retention
        else t(
            QT_TRANSLATE_NOOP("Reports", "No erasure period set for this purpose (Purposes → Delete after).")
        )
    ]
    if purpose.freshness_months is None:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "Consents do not lapse by time alone.")))
    elif purpose.freshness_mode == FreshnessMode.BLOCK:
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports", "Consents unused for {period} are no longer used until renewed."
                ),
                period=t.months(purpose.freshness_months),
            )
        )
    else:
        lines.append(
            t(
                QT_TRANSLATE_NOOP("Reports", "Consents unused for {period} are flagged for renewal."),
                period=t.months(purpose.freshness_months),
            )
        )
    if Channel.PHONE in policies:
        lines.append(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Evidence of consents to phone advertising: kept 5 years after it was given and "
                    "after each use (§7a UWG).",
                )
            )
        )
    lines.append(
        t(
            QT_TRANSLATE_NOOP(
                "Reports",
                "Objections: a keyed hash of the contact data is kept for as long as the objection must "
                "be honoured (Art. 21(3) GDPR).",
            )
        )
    )
    return "\n".join(lines)


def _sources_blocks(session: Session, t: ReportTexts) -> tuple[Block, ...]:
    rows = [s for s in sources.list_sources(session) if not s.archived or s.customer_count or s.consent_count]
    if not rows:
        return (Paragraph(t(QT_TRANSLATE_NOOP("Reports", "No data sources recorded.")), "note"),)
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "Source")),
        t(QT_TRANSLATE_NOOP("Reports", "Kind")),
        t(QT_TRANSLATE_NOOP("Reports", "Third party")),
        t(QT_TRANSLATE_NOOP("Reports", "Collected")),
        t(QT_TRANSLATE_NOOP("Reports", "Retention")),
        t(QT_TRANSLATE_NOOP("Reports", "Customers")),
    )
    return (Table(header, tuple(_source_row(t, s) for s in rows), (22, 17, 17, 14, 16, 14)),)


def _source_row(t: ReportTexts, source: SourceView) -> tuple[str, ...]:
    third = (
        t(QT_TRANSLATE_NOOP("Reports", "yes: {provider}"), provider=source.provider)
        if source.is_third_party
        else t(QT_TRANSLATE_NOOP("Reports", "no"))
    )
    start, end = source.collected_from, source.collected_to
    if start and end:
        collected = f"{t.date(start)} – {t.date(end)}"
    elif start:
        collected = t(QT_TRANSLATE_NOOP("Reports", "since {date}"), date=t.date(start))
    elif end:
        collected = t(QT_TRANSLATE_NOOP("Reports", "until {date}"), date=t.date(end))
    else:
        collected = "–"
    retention = t.months(source.retention_months) if source.retention_months else "–"
    return (
        source.name,
        legal_bases.source_kind(t, source.kind),
        third,
        collected,
        retention,
        str(source.customer_count),
    )


def _measures(t: ReportTexts) -> tuple[Block, ...]:
    return (
        BulletList(
            (
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "The data is kept in a local database file in the user's data folder, or on the "
                        "office's PostgreSQL server; access is controlled by the operating-system account "
                        "(and the database server's login).",
                    )
                ),
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Every change is written to an append-only audit trail secured by a SHA-256 hash "
                        "chain. Its latest position is kept outside the database and printed on every "
                        "report and export, so that later alterations can be detected.",
                    )
                ),
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Objections and erasures leave only a keyed hash (HMAC-SHA-256) of the e-mail "
                        "address and phone numbers in a suppression list: erased persons are not contacted "
                        "again, and their contact data is not kept.",
                    )
                ),
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Before every upgrade of the database structure, the database is checked and a "
                        "backup copy is made automatically.",
                    )
                ),
            )
        ),
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Measures outside ConsentDesk — encryption and locking of the computers, regular "
                    "backups, access rights, staff instructions — are to be added by the business.",
                )
            ),
            "note",
        ),
    )
