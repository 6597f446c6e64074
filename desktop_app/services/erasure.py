"""Erasure (Art. 17 GDPR) that keeps what must be kept.

Preview first, then act:
- The person's data goes: names, contact data, address, birth date, notes, tags, customer number, proof
  files, free text in events, and the cells of campaign-export snapshots.
- A keyed-hash suppression stays (the objection's, or a new "erasure" entry), so a re-import of the same
  e-mail address (also with a +tag or in other case) or phone number is blocked and never revived.
- Consumer phone-advertising consent must be provable for 5 years after it was given and after each use
  (§7a(2) UWG). While that period runs, the name and phone number that the evidence is about are kept,
  processing is restricted (Art. 17(3)(b), Art. 18), and everything else goes; the retention list erases
  the rest when the period ends.
- ConsentDesk holds no invoices or books, so HGB/AO retention does not apply to anything here.
The SQLite file is then cleaned: secure_delete overwrites freed pages, the search index is merged so the
old entries leave it, and the WAL is checkpointed and truncated so no old page copies linger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import (
    Attachment,
    CampaignExportRow,
    Consent,
    ConsentEvent,
    Customer,
    CustomerEvent,
    DataSubjectRequest,
    Suppression,
    customer_tags,
)
from desktop_app.domain.dates import add_months
from desktop_app.domain.enums import (
    Channel,
    CustomerEventKind,
    CustomerKind,
    CustomerStatus,
    LegalBasis,
    SuppressionReason,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit
from desktop_app.services.ledger_checks import customer_for_write

PHONE_EVIDENCE_YEARS = 5  # §7a(2) UWG


@dataclass(frozen=True)
class ErasurePreview:
    customer_id: int
    deleted: tuple[str, ...]  # English sources, context "Erasure": what goes
    kept: tuple[str, ...]  # what stays, each with its reason
    phone_evidence_until: dt.date | None  # set: §7a UWG evidence is kept restricted until then
    suppressions_kept: int
    attachments_deleted: int
    export_rows_blanked: int
    params: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> bool:
        return self.phone_evidence_until is None


def phone_evidence_until(session: Session, customer: Customer, today: dt.date) -> dt.date | None:
    """The end of the §7a UWG keeping period for this consumer's phone consents, if it still runs."""
    if customer.kind != CustomerKind.CONSUMER.value:
        return None
    latest = session.execute(
        select(
            func.max(func.coalesce(Consent.last_used_at, Consent.granted_at)), func.max(Consent.granted_at)
        ).where(
            Consent.customer_id == customer.id,
            Consent.channel == Channel.PHONE.value,
            Consent.legal_basis == LegalBasis.CONSENT.value,
            Consent.granted_at.is_not(None),
        )
    ).one()
    moments = [m for m in latest if m is not None]
    if not moments:
        return None
    last = max(m if isinstance(m, dt.datetime) else dt.datetime.fromisoformat(str(m)) for m in moments)
    until = add_months(last.date(), 12 * PHONE_EVIDENCE_YEARS)
    return until if until >= today else None


def _attachments_only_of(session: Session, customer_id: int) -> list[int]:
    mine = select(ConsentEvent.attachment_id).where(
        ConsentEvent.customer_id == customer_id, ConsentEvent.attachment_id.is_not(None)
    )
    shared = select(ConsentEvent.attachment_id).where(
        ConsentEvent.customer_id != customer_id, ConsentEvent.attachment_id.is_not(None)
    )
    return [int(i) for i in session.execute(select(Attachment.id).where(
        Attachment.id.in_(mine), Attachment.id.not_in(shared)
    )).scalars()]  # fmt: skip


def preview_erasure(session: Session, customer_id: int, today: dt.date | None = None) -> ErasurePreview:
    today = today or dt.date.today()
    customer = customer_for_write(session, customer_id)
    until = phone_evidence_until(session, customer, today)
    suppressions = int(session.execute(
        select(func.count()).select_from(Suppression).where(Suppression.customer_id == customer_id)
    ).scalar_one())  # fmt: skip
    in_exports = CampaignExportRow.customer_id == customer_id
    rows = int(
        session.execute(select(func.count()).select_from(CampaignExportRow).where(in_exports)).scalar_one()
    )
    attachments = _attachments_only_of(session, customer_id)
    deleted = [
        QT_TRANSLATE_NOOP("Erasure", "E-mail address, mobile number, postal address, date of birth"),
        QT_TRANSLATE_NOOP("Erasure", "Notes, tags, customer number and free text in the history"),
        QT_TRANSLATE_NOOP("Erasure", "Proof files attached to consents ({attachments})"),
        QT_TRANSLATE_NOOP("Erasure", "Personal data in campaign-export snapshots ({rows} rows)"),
    ]
    kept = [
        QT_TRANSLATE_NOOP(
            "Erasure",
            "A do-not-contact entry with keyed hashes of the e-mail address and phone numbers, so a "
            "re-import never revives the person (Art. 17(3), Art. 21(3) GDPR)",
        ),
        QT_TRANSLATE_NOOP(
            "Erasure", "The consent history without personal data: dates, purposes, channels, legal bases"
        ),
        QT_TRANSLATE_NOOP("Erasure", "The audit trail entry recording the erasure (no personal data)"),
    ]
    if until is None:
        deleted.insert(0, QT_TRANSLATE_NOOP("Erasure", "Name, company and phone number"))
    else:
        kept.insert(
            0,
            QT_TRANSLATE_NOOP(
                "Erasure",
                "Name and phone number with the phone-consent evidence, restricted until {until} "
                "(§7a UWG: 5 years after the consent and each use)",
            ),
        )
    return ErasurePreview(
        customer_id=customer_id,
        deleted=tuple(deleted),
        kept=tuple(kept),
        phone_evidence_until=until,
        suppressions_kept=suppressions,
        attachments_deleted=len(attachments),
        export_rows_blanked=rows,
        params={"attachments": str(len(attachments)), "rows": str(rows), "until": _date(until)},
    )


def _date(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


def erase_customer(
    session: Session, actor: str, customer_id: int, today: dt.date | None = None
) -> ErasurePreview:
    """Anonymise as previewed, in the caller's transaction. Call clean_database_file after commit."""
    today = today or dt.date.today()
    result = preview_erasure(session, customer_id, today)
    customer = customer_for_write(session, customer_id)
    now = utcnow()
    _keep_suppression(session, actor, customer, now)
    keep_phone = result.phone_evidence_until is not None
    attachments = _attachments_only_of(session, customer_id)
    session.execute(
        update(ConsentEvent).where(ConsentEvent.customer_id == customer_id)
        .values(note="", proof_ref="", attachment_id=None)
    )  # fmt: skip
    # Also the rows left on a record merged into this one whose history was attached here (services.merge).
    own_rows = or_(
        Consent.customer_id == customer_id,
        Consent.id.in_(select(ConsentEvent.consent_id).where(ConsentEvent.customer_id == customer_id)),
    )
    session.execute(update(Consent).where(own_rows).values(proof_ref="", attachment_id=None))
    if attachments:
        session.execute(delete(Attachment).where(Attachment.id.in_(attachments)))
    session.execute(update(CustomerEvent).where(CustomerEvent.customer_id == customer_id).values(note=""))
    session.execute(update(CampaignExportRow).where(CampaignExportRow.customer_id == customer_id).values(
        values_json="[]"
    ))  # fmt: skip
    session.execute(
        update(DataSubjectRequest).where(DataSubjectRequest.customer_id == customer_id).values(requester="")
    )
    session.execute(delete(customer_tags).where(customer_tags.c.customer_id == customer_id))
    _anonymise(customer, keep_phone)
    customer.erased_at = now
    if keep_phone:
        customer.status = CustomerStatus.RESTRICTED.value
        customer.restricted_reason = f"§7a UWG evidence until {_date(result.phone_evidence_until)}"
    else:
        customer.status = CustomerStatus.ERASED.value
        customer.restricted_reason = ""
    session.add(
        CustomerEvent(
            customer_id=customer_id,
            kind=CustomerEventKind.ERASED.value,
            occurred_at=now,
            recorded_at=now,
            recorded_by=actor,
            note="",
        )
    )
    session.flush()
    audit.record(
        session, actor, "erase", "customer", customer_id,
        "full" if not keep_phone else f"restricted_until={result.phone_evidence_until}",
    )  # fmt: skip
    return result


def _keep_suppression(session: Session, actor: str, customer: Customer, now: dt.datetime) -> None:
    """Make sure hashes of every contact point survive in a suppression row before they are wiped."""
    wanted = {h for h in (customer.email_hash, customer.email_loose_hash, customer.phone_hash,
                          customer.mobile_hash) if h}  # fmt: skip
    existing = session.execute(
        select(Suppression.email_hash, Suppression.email_loose_hash, Suppression.phone_hash).where(
            Suppression.customer_id == customer.id, Suppression.channel.is_(None)
        )
    ).all()
    covered = {h for row in existing for h in row if h}
    if existing and wanted <= covered:
        return
    phones: list[str | None] = [h for h in (customer.phone_hash, customer.mobile_hash) if h] or [None]
    for index, phone in enumerate(phones):
        session.add(
            Suppression(
                reason=SuppressionReason.ERASURE.value,
                channel=None,
                customer_id=customer.id,
                email_hash=customer.email_hash if index == 0 else None,
                email_loose_hash=customer.email_loose_hash if index == 0 else None,
                phone_hash=phone,
                effective_at=now,
                recorded_at=now,
                recorded_by=actor,
                note="",
            )
        )


def _anonymise(customer: Customer, keep_phone: bool) -> None:
    for name in ("salutation", "title"):
        setattr(customer, name, None)
    for name in ("email", "mobile", "street", "postcode", "city", "notes"):
        setattr(customer, name, "")
    customer.customer_no = None
    customer.email_norm = customer.email_hash = customer.email_loose_hash = None
    customer.mobile_e164 = customer.mobile_hash = None
    customer.birth_date = None
    customer.search_text = ""
    if not keep_phone:
        customer.first_name = customer.last_name = customer.company = customer.phone = ""
        customer.phone_e164 = customer.phone_hash = None
        customer.phone_is_mobile = False


def clean_database_file(db: Database) -> None:
    """After an erasure commit: push the old search-index entries and page copies out of the file."""
    if not db.is_sqlite:
        return
    # The raw connection runs in autocommit (see db.engine): a checkpoint cannot run inside a transaction.
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("INSERT INTO customers_fts(customers_fts) VALUES ('optimize')")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()
