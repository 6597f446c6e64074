"""Terse builders for customer and ledger tests: a valid default, each test changes what it is about."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.base import utcnow
from desktop_app.db.engine import Database
from desktop_app.db.models import (
    Attachment,
    AuditEntry,
    Consent,
    ConsentEvent,
    Customer,
    CustomerEvent,
    Suppression,
)
from desktop_app.domain.enums import CaptureMethod, CustomerKind, SourceKind
from desktop_app.services import customers, sources
from desktop_app.services.customers import CustomerInput, CustomerView
from desktop_app.services.ledger import Evidence

ACTOR = "anna"
PERSON = CustomerInput(
    first_name="Jürgen",
    last_name="Müller",
    email="Juergen.Mueller@Example.DE",
    phone="030 1234567",
    mobile="0151 23456789",
    street="Hauptstraße 1",
    postcode="01067",
    city="Dresden",
)
FIRM = replace(PERSON, kind=CustomerKind.BUSINESS, company="Bäckerei Müller GmbH")


def ago(days: float = 0, hours: float = 0, minutes: float = 0) -> dt.datetime:
    return utcnow() - dt.timedelta(days=days, hours=hours, minutes=minutes)


def make_customer(db: Database, data: CustomerInput = PERSON, **changes: Any) -> CustomerView:
    with db.session() as s:
        return customers.create_customer(s, ACTOR, replace(data, **changes))


def make_source(db: Database, name: str = "Website-Formular", third_party: bool = False) -> int:
    kind = SourceKind.THIRD_PARTY if third_party else SourceKind.WEB_FORM
    provider = "Adressverlag Süd GmbH" if third_party else ""
    with db.session() as s:
        return sources.create_source(s, ACTOR, sources.SourceInput(name, kind, third_party, provider)).id


def evidence(**changes: Any) -> Evidence:
    base = Evidence(captured_at=ago(days=3), method=CaptureMethod.WEB_FORM, proof_ref="Formular 17")
    return replace(base, **changes)


def counts(session: Session) -> dict[str, int]:
    """Rows per ledger table: a refused action must leave every one of them unchanged."""
    tables = {
        "audit": AuditEntry,
        "attachments": Attachment,
        "consents": Consent,
        "consent_events": ConsentEvent,
        "customers": Customer,
        "customer_events": CustomerEvent,
        "suppressions": Suppression,
    }
    return {
        name: int(session.execute(select(func.count()).select_from(t)).scalar_one())
        for name, t in tables.items()
    }


def audit_actions(session: Session, last: int) -> list[tuple[str, str]]:
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(last)).scalars()
    return [(a.action, a.entity) for a in reversed(list(rows))]
