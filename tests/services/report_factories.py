"""Customers for report tests: one with a bit of everything, and one with a thousand consents.

The thousand consents are inserted in bulk (250 purposes x 4 channels, plus their events): recording
them one by one through the ledger would take the test longer than the report it is about.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import (
    CampaignExport,
    CampaignExportRow,
    Consent,
    ConsentEvent,
    Purpose,
    PurposeChannelPolicy,
)
from desktop_app.domain.enums import CaptureMethod, Channel, ConsentStatus, LegalBasis, RequestKind
from desktop_app.services import consent_texts, ledger, requests
from desktop_app.services.attachments import AttachmentInput
from desktop_app.services.business import BusinessDetails, save_business
from desktop_app.services.consent_texts import ConsentTextInput
from tests.services.ledger_factories import ACTOR, ago, evidence, make_customer, make_source

WORDING = "Ja, ich möchte den Newsletter der Bäckerei Sonnenschein per E-Mail erhalten.\nWiderruf jederzeit."
SHA = "ab" * 32


@dataclass(frozen=True)
class Rich:
    customer_id: int
    export_id: int
    text_label: str


def set_business(db: Database) -> None:
    with db.session() as s:
        save_business(
            s,
            ACTOR,
            BusinessDetails(
                "Bäckerei Sonnenschein GmbH",
                "Marktplatz 3\n01067 Dresden",
                "info@sonne.example",
                "0351 123456",
                "Datenschutz: Frau Berg, datenschutz@sonne.example",
            ),
        )


def rich_customer(db: Database) -> Rich:
    """Jürgen Müller: a DOI-confirmed newsletter consent on a recorded text with a scan, a phone consent,
    a post consent he withdrew, a refused survey, an objection over SMS, an access request, and one
    campaign export he was in."""
    set_business(db)
    web = make_source(db, "Website-Formular")
    fair = make_source(db, "Adressverlag Süd", third_party=True)
    customer = make_customer(db, source_id=fair, notes="Ruft lieber vormittags an")
    with db.session() as s:
        newsletter = s.execute(select(Purpose.id).where(Purpose.code == "newsletter")).scalar_one()
        text = consent_texts.create_version(
            s,
            ACTOR,
            ConsentTextInput(newsletter, "de", "Newsletter per E-Mail", WORDING, dt.date(2020, 1, 1)),
        )
        mail = ledger.grant_consent(
            s,
            ACTOR,
            customer.id,
            "newsletter",
            Channel.EMAIL,
            evidence(
                captured_at=ago(days=40),
                source_id=web,
                consent_text_id=text.id,
                proof_ref="Formular 17",
                doi_requested_at=ago(days=40),
                doi_confirmed_at=ago(days=39),
                attachment=AttachmentInput("anmeldung.pdf", b"%PDF-1.4 scan"),
            ),
        )
        ledger.grant_consent(
            s,
            ACTOR,
            customer.id,
            "offers",
            Channel.PHONE,
            evidence(captured_at=ago(days=30), method=CaptureMethod.PHONE_CALL, proof_ref="Anruf 4711"),
        )
        post = ledger.grant_consent(
            s, ACTOR, customer.id, "offers", Channel.POST, evidence(captured_at=ago(days=20), source_id=web)
        )
        ledger.withdraw_consent(s, ACTOR, post.id, ago(days=10), CaptureMethod.EMAIL, note="per Mail")
        ledger.refuse_consent(
            s, ACTOR, customer.id, "survey", Channel.EMAIL, ago(days=15), CaptureMethod.PAPER_FORM
        )
        ledger.record_objection(s, ACTOR, customer.id, ago(days=5), Channel.SMS, note="Keine SMS mehr")
        requests.register_request(
            s, ACTOR, requests.RequestInput(RequestKind.ACCESS, dt.date.today(), customer_id=customer.id)
        )
        export_id = add_export(s, newsletter, [(customer.id, mail.id)], campaign="Frühjahrsaktion")
        ledger.record_use(s, ACTOR, [mail.id], ago(days=2), export_id)
    return Rich(customer.id, export_id, text.label)


def add_export(
    session: Session, purpose_id: int, rows: list[tuple[int, int | None]], campaign: str = "Sommerfest"
) -> int:
    """A recorded export as the campaign export writes it (the tables are the contract)."""
    export = CampaignExport(
        purpose_id=purpose_id,
        channel=Channel.EMAIL.value,
        as_of=dt.date.today() - dt.timedelta(days=2),
        params_json=json.dumps(
            {
                "campaign_name": campaign,
                "purpose_code": "newsletter",
                "purpose_name": "Newsletter",
                "segment": {"tags": ["Stammkunde"]},
                "headers": ["Kundennummer", "E-Mail", "Rechtsgrundlage"],
                "language": "de",
                "total_in_segment": len(rows) + 7,
                "by_basis": {"consent_valid": len(rows)},
            }
        ),
        columns_json=json.dumps(["customer_no", "email", "basis"]),
        file_name=f"{campaign}.xlsx",
        file_format="xlsx",
        file_sha256=SHA,
        row_count=len(rows),
        excluded_json=json.dumps({"no_consent": 4, "objection": 2, "doi_pending": 1}),
        rules_version="2026.1",
        audit_anchor="12:0123456789abcdef",
        exported_by="bernd",
        exported_at=utcnow() - dt.timedelta(days=2),
    )
    session.add(export)
    session.flush()
    when = utcnow() - dt.timedelta(days=30)
    session.execute(
        insert(CampaignExportRow),
        [
            {
                "export_id": export.id,
                "customer_id": cid,
                "consent_id": consent_id,
                "basis": LegalBasis.CONSENT.value,
                "basis_date": when,
                "values_json": "[]",
            }
            for cid, consent_id in rows
        ],
    )
    return export.id


def thousand_consents(db: Database, purposes: int = 250) -> int:
    """A customer with `purposes` x 4 consents (every fifth withdrawn) and their events, in bulk."""
    customer = make_customer(db, first_name="Viola", last_name="Vielfach")
    now = utcnow()
    with db.session() as s:
        ids = []
        for n in range(purposes):
            purpose = Purpose(code=f"bulk{n:03d}", name_de=f"Zweck {n:03d}", name_en=f"Purpose {n:03d}")
            purpose.policies = [PurposeChannelPolicy(channel=c.value) for c in Channel]
            s.add(purpose)
            s.flush()
            ids.append(purpose.id)
        rows, events = [], []
        consent_id = int(s.execute(select(Consent.id).order_by(Consent.id.desc()).limit(1)).scalar() or 0)
        for n, purpose_id in enumerate(ids):
            for hour, channel in enumerate(Channel):
                consent_id += 1
                granted = now - dt.timedelta(days=400 - n, hours=hour)
                withdrawn = granted + dt.timedelta(days=30) if consent_id % 5 == 0 else None
                status = ConsentStatus.WITHDRAWN if withdrawn else ConsentStatus.GRANTED
                rows.append(
                    {
                        "id": consent_id, "customer_id": customer.id, "purpose_id": purpose_id,
                        "channel": channel.value, "status": status.value, "legal_basis": "consent",
                        "granted_at": granted, "withdrawn_at": withdrawn, "capture_method": "web_form",
                        "proof_ref": f"Bulk {consent_id}", "recorded_by": "bulk", "recorded_at": granted,
                    }
                )  # fmt: skip
                base = {"consent_id": consent_id, "customer_id": customer.id, "recorded_by": "bulk"}
                events.append(
                    {**base, "kind": "granted", "occurred_at": granted, "recorded_at": granted,
                     "legal_basis": "consent", "method": "web_form", "proof_ref": f"Bulk {consent_id}"}
                )  # fmt: skip
                if withdrawn:
                    events.append(
                        {**base, "kind": "withdrawn", "occurred_at": withdrawn, "recorded_at": withdrawn,
                         "legal_basis": None, "method": "email", "proof_ref": ""}
                    )  # fmt: skip
        s.execute(insert(Consent), rows)
        s.execute(insert(ConsentEvent), events)
    return customer.id
