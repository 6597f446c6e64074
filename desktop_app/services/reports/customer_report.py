"""The customer's consent overview and access report (Art. 15 GDPR), addressed to the customer.

Art. 15(1) asks for the data, the purposes, the recipients, the storage period, the source of data not
collected from the person (lit. g), and the rights; BGH I ZR 164/09 asks that every consent can be
printed with its evidence at any time. So the report holds: master data, data sources, purposes with
recipients and storage periods, every consent with its evidence (text version, capture, double opt-in,
who recorded it) and its status today, the exact wording of each consent text, the full history
including withdrawals and objections, suppressions in force, the campaign exports the customer was in,
data-subject requests, retention, and the rights as fixed text.

The sections after the consents are in customer_sections.py; the data is read once in CustomerData.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, DataSource
from desktop_app.domain.enums import Channel, CustomerStatus, SourceKind
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import catalog, consent_texts, customers, history
from desktop_app.services.catalog import PurposeView
from desktop_app.services.consent_texts import ConsentTextView
from desktop_app.services.customers import CustomerView
from desktop_app.services.history import HistoryEntry
from desktop_app.services.reports import customer_sections, legal_bases, vocab
from desktop_app.services.reports.common import assemble
from desktop_app.services.reports.model import Block, KeyValues, Paragraph, Report, Section, Table
from desktop_app.services.reports.overview_counts import State, consent_states
from desktop_app.services.reports.texts import ReportTexts

KIND = "customer"
_CHANNELS = [c.value for c in Channel]


@dataclass(frozen=True)
class CustomerData:
    """Everything the report prints, read in one session (the consent rows stay in it until printed)."""

    customer: CustomerView
    today: dt.date
    purposes: dict[int, PurposeView]
    consents: list[Consent]
    states: dict[int, State]  # consent id -> what it amounts to today
    texts: dict[int, ConsentTextView]  # every consent-text version referenced
    entries: list[HistoryEntry]
    sources: dict[int, DataSource]


def load(session: Session, customer_id: int, today: dt.date) -> CustomerData:
    """A fixed handful of queries, however many consents: a per-consent query (the consent views, the
    rules engine's facts) took two seconds for a customer with a thousand consents."""
    customer = customers.get_customer(session, customer_id)
    purposes = {p.id: p for p in catalog.list_purposes(session, include_inactive=True)}
    order = {pid: n for n, pid in enumerate(purposes)}
    rows = session.execute(select(Consent).where(Consent.customer_id == customer_id)).scalars()
    consents = sorted(rows, key=lambda c: (order.get(c.purpose_id, 0), _CHANNELS.index(c.channel)))
    # Campaign uses are listed with their export in their own section, not as history lines.
    entries = history.consent_history(session, customer_id, include_uses=False)
    text_ids = {c.consent_text_id for c in consents} | {e.consent_text_id for e in entries}
    texts = {i: consent_texts.get_text(session, i) for i in sorted(i for i in text_ids if i is not None)}
    source_ids = {customer.source_id} | {c.source_id for c in consents} | {e.source_id for e in entries}
    wanted = [i for i in source_ids if i is not None]
    sources = session.execute(select(DataSource).where(DataSource.id.in_(wanted))).scalars()
    states = consent_states(session, customer_id, today)
    return CustomerData(
        customer, today, purposes, consents, states, texts, entries, {s.id: s for s in sources}
    )


def build_customer_report(
    session: Session, customer_id: int, language: str, today: dt.date | None = None
) -> Report:
    t = ReportTexts(language)
    data = load(session, customer_id, today or dt.date.today())
    customer = data.customer
    blocks: tuple[Block, ...] = (
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "This report lists the personal data we store about you in our consent management, "
                    "as of {date}: your details and where they came from, what we use them for, every "
                    "consent you gave or refused with its evidence and history, objections, the campaigns "
                    "you were included in, how long we keep the data, and your rights.",
                ),
                date=t.date(data.today),
            ),
            "note",
        ),
        Section(t(QT_TRANSLATE_NOOP("Reports", "1. Your details")), (_master_data(t, customer),)),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "2. Where your data comes from (Art. 15(1)(g) GDPR)")),
            _sources(t, data),
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "3. Purposes, recipients and storage period")),
            customer_sections.purposes(session, t, data),
        ),
        Section(t(QT_TRANSLATE_NOOP("Reports", "4. Your consents")), _consents(t, data)),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "5. Wording of the consent texts")),
            customer_sections.wordings(t, data),
        ),
        Section(t(QT_TRANSLATE_NOOP("Reports", "6. History")), customer_sections.history_blocks(t, data)),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "7. Objections and contact blocks")),
            customer_sections.suppressions(session, t, customer.id),
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "8. Campaigns you were included in")),
            customer_sections.campaigns(session, t, customer.id),
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "9. Your requests")),
            customer_sections.requests_blocks(session, t, customer.id),
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "10. How long we keep your data")),
            customer_sections.retention(session, t, data),
        ),
        Section(t(QT_TRANSLATE_NOOP("Reports", "11. Your rights")), customer_sections.rights(session, t)),
    )
    number = customer.customer_no or str(customer.id)
    return assemble(
        session,
        t,
        kind=KIND,
        title=t(QT_TRANSLATE_NOOP("Reports", "Information about your data")),
        subtitle=t(
            QT_TRANSLATE_NOOP("Reports", "Access report (Art. 15 GDPR) · {name} · customer no. {number}"),
            name=customer.display_name,
            number=number,
        ),
        blocks=blocks,
        page_marker=t(QT_TRANSLATE_NOOP("Reports", "Customer no. {number}"), number=number),
        file_extra=number,
    )


def _master_data(t: ReportTexts, c: CustomerView) -> KeyValues:
    name = " ".join(p for p in (c.salutation, c.title, c.first_name, c.last_name) if p)
    address = "\n".join(p for p in (c.street, f"{c.postcode} {c.city}".strip(), c.country) if p)
    status = vocab.customer_status(t, c.status)
    if c.status == CustomerStatus.RESTRICTED and c.restricted_reason:
        status += f": {c.restricted_reason}"
    relationship = ""
    if c.is_existing_customer:
        since = t.date(c.customer_since) if c.customer_since else "–"
        relationship = t(QT_TRANSLATE_NOOP("Reports", "Customer since {date}"), date=since)
        if c.last_purchase_on:
            relationship += "\n" + t(
                QT_TRANSLATE_NOOP("Reports", "Last purchase on {date}"), date=t.date(c.last_purchase_on)
            )
    rows = [
        (t(QT_TRANSLATE_NOOP("Reports", "Customer number")), c.customer_no),
        (t(QT_TRANSLATE_NOOP("Reports", "Name")), name),
        (t(QT_TRANSLATE_NOOP("Reports", "Company")), c.company),
        (t(QT_TRANSLATE_NOOP("Reports", "Kind")), vocab.customer_kind(t, c.kind)),
        (t(QT_TRANSLATE_NOOP("Reports", "E-mail")), c.email),
        (t(QT_TRANSLATE_NOOP("Reports", "Phone")), c.phone),
        (t(QT_TRANSLATE_NOOP("Reports", "Mobile")), c.mobile),
        (t(QT_TRANSLATE_NOOP("Reports", "Address")), address),
        (t(QT_TRANSLATE_NOOP("Reports", "Date of birth")), t.date(c.birth_date) if c.birth_date else ""),
        (t(QT_TRANSLATE_NOOP("Reports", "Customer relationship")), relationship),
        (
            t(QT_TRANSLATE_NOOP("Reports", "Informed under Art. 14 GDPR on")),
            t.date(c.art14_notified_on) if c.art14_notified_on else "",
        ),
        (t(QT_TRANSLATE_NOOP("Reports", "Groups (tags)")), ", ".join(c.tags)),
        (t(QT_TRANSLATE_NOOP("Reports", "Notes")), c.notes),
        (t(QT_TRANSLATE_NOOP("Reports", "Status")), status),
        (
            t(QT_TRANSLATE_NOOP("Reports", "Record created")),
            t(
                QT_TRANSLATE_NOOP("Reports", "{when} by {who}"),
                when=t.date_time(c.created_at),
                who=c.created_by or "–",
            ),
        ),
    ]
    # Only what is stored: an empty field is no data about the person.
    return KeyValues(tuple((key, value) for key, value in rows if value))


def _sources(t: ReportTexts, data: CustomerData) -> tuple[Block, ...]:
    uses: dict[int, list[str]] = {}
    if data.customer.source_id is not None:
        uses.setdefault(data.customer.source_id, []).append(t(QT_TRANSLATE_NOOP("Reports", "your details")))
    for consent in data.consents:
        if consent.source_id is not None:
            purpose = data.purposes[consent.purpose_id].name(t.language)
            line = f"{purpose} · {t.channel(Channel(consent.channel))}"
            uses.setdefault(consent.source_id, []).append(line)
    if not uses:
        return (
            Paragraph(t(QT_TRANSLATE_NOOP("Reports", "No data source is recorded for your data.")), "note"),
        )
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "Source")),
        t(QT_TRANSLATE_NOOP("Reports", "Kind")),
        t(QT_TRANSLATE_NOOP("Reports", "Third party")),
        t(QT_TRANSLATE_NOOP("Reports", "What came from it")),
    )
    rows = []
    for source_id, lines in uses.items():
        source = data.sources[source_id]
        third = (
            t(QT_TRANSLATE_NOOP("Reports", "yes: {provider}"), provider=source.provider or "?")
            if source.is_third_party
            else t(QT_TRANSLATE_NOOP("Reports", "no"))
        )
        kind = legal_bases.source_kind(t, SourceKind(source.kind))
        shown = lines if len(lines) <= 12 else [*lines[:12], t.more(len(lines) - 12)]
        rows.append((source.name, kind, third, "\n".join(shown)))
    return (Table(header, tuple(rows), (24, 20, 22, 34)),)


def _consents(t: ReportTexts, data: CustomerData) -> tuple[Block, ...]:
    if not data.consents:
        return (Paragraph(t(QT_TRANSLATE_NOOP("Reports", "No consents are recorded for you.")), "note"),)
    header = (
        t(QT_TRANSLATE_NOOP("Reports", "Purpose and channel")),
        t(QT_TRANSLATE_NOOP("Reports", "Status on {date}"), date=t.date(data.today)),
        t(QT_TRANSLATE_NOOP("Reports", "Legal basis")),
        t(QT_TRANSLATE_NOOP("Reports", "Given on")),
        t(QT_TRANSLATE_NOOP("Reports", "Evidence")),
        t(QT_TRANSLATE_NOOP("Reports", "Recorded by")),
    )
    rows = tuple(
        (
            f"{data.purposes[c.purpose_id].name(t.language)}\n{t.channel(Channel(c.channel))}",
            _state(t, data, c),
            vocab.legal_basis(t, c.legal_basis),
            t.date_time(c.granted_at).replace(" ", "\n", 1) if c.granted_at else "–",
            _evidence(t, data, c),
            f"{c.recorded_by or '–'}\n{t.date_time(c.recorded_at)}",
        )
        for c in data.consents
    )
    return (
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "One line per purpose and channel. The status says whether the consent allows contact "
                    "on the date of this report; the wording of each text version follows in section 5.",
                )
            ),
            "small",
        ),
        Table(header, rows, (17, 11, 14, 12, 28, 18)),
    )


def _state(t: ReportTexts, data: CustomerData, consent: Consent) -> str:
    purpose = data.purposes.get(consent.purpose_id)
    policy = purpose.policy.channels.get(Channel(consent.channel)) if purpose else None
    in_use = purpose is not None and purpose.active and policy is not None and policy.enabled
    state = data.states[consent.id]
    if not in_use and state in (State.VALID, State.PENDING, State.STALE):
        return t(vocab.NOT_IN_USE)
    return vocab.state(t, state)


def _evidence(t: ReportTexts, data: CustomerData, c: Consent) -> str:
    lines = [" · ".join(p for p in (vocab.method(t, c.capture_method), _source_name(data, c.source_id)) if p)]
    if c.consent_text_id is not None:
        lines.append(
            t(QT_TRANSLATE_NOOP("Reports", "Text {label}"), label=data.texts[c.consent_text_id].label)
        )
    if c.doi_confirmed_at is not None:
        lines.append(
            t(
                QT_TRANSLATE_NOOP("Reports", "Double opt-in confirmed {when}"),
                when=t.date_time(c.doi_confirmed_at),
            )
        )
    elif c.doi_requested_at is not None:
        lines.append(
            t(
                QT_TRANSLATE_NOOP("Reports", "Double opt-in requested {when}"),
                when=t.date_time(c.doi_requested_at),
            )
        )
    if c.withdrawn_at is not None:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "Withdrawn {when}"), when=t.date_time(c.withdrawn_at)))
    if c.refused_at is not None:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "Refused {when}"), when=t.date_time(c.refused_at)))
    if c.valid_until is not None:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "Valid until {date}"), date=t.date(c.valid_until)))
    if c.proof_ref:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "Proof: {reference}"), reference=c.proof_ref))
    if c.parental_consent:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "with the consent of a parent or guardian")))
    if c.last_used_at is not None:
        lines.append(t(QT_TRANSLATE_NOOP("Reports", "Last used {date}"), date=t.date(c.last_used_at.date())))
    return "\n".join(line for line in lines if line)


def _source_name(data: CustomerData, source_id: int | None) -> str:
    return data.sources[source_id].name if source_id is not None and source_id in data.sources else ""


def channels_of(t: ReportTexts, channel: Channel | None) -> str:
    return t.channel(channel) if channel is not None else vocab.all_channels(t)
