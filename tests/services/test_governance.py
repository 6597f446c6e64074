"""Governance dashboard: each finding counts exactly the records a user would look for."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from desktop_app.db.engine import Database
from desktop_app.db.models import Consent, Customer, RetentionRule
from desktop_app.domain.enums import CaptureMethod, Channel, RequestKind, SourceKind
from desktop_app.services import customers, governance, ledger, objections, sources
from desktop_app.services.customers import CustomerInput
from desktop_app.services.governance import Finding
from desktop_app.services.ledger import Evidence
from desktop_app.services.requests import RequestInput, register_request
from desktop_app.services.sources import SourceInput

TODAY = dt.date.today()
NOW = dt.datetime.now(dt.UTC)


def _customer(db: Database, name: str, source_id: int | None) -> int:
    with db.session() as s:
        return customers.create_customer(
            s, "anna", CustomerInput(last_name=name, email=f"{name.lower()}@example.de", source_id=source_id)
        ).id


def _ids(db: Database, finding: Finding) -> set[int]:
    with db.read_session() as s:
        return set(s.execute(governance.customer_ids_query(s, finding, TODAY)).scalars())


def test_findings_point_at_the_right_customers(db: Database) -> None:
    with db.session() as s:
        web = sources.create_source(s, "anna", SourceInput("Web")).id
        bought = sources.create_source(
            s, "anna", SourceInput("Liste", SourceKind.THIRD_PARTY, is_third_party=True, provider="Broker")
        ).id
    no_source = _customer(db, "Ohnequelle", None)
    weak = _customer(db, "Schwach", web)
    pending = _customer(db, "Wartend", web)
    listed = _customer(db, "Gekauft", bought)
    old_list = _customer(db, "Altliste", bought)
    with db.session() as s:
        ledger.grant_consent(
            s, "anna", weak, "newsletter", Channel.POST, Evidence(NOW, CaptureMethod.PAPER_FORM, web)
        )
        ledger.grant_consent(
            s, "anna", pending, "newsletter", Channel.EMAIL,
            Evidence(NOW - dt.timedelta(days=20), CaptureMethod.WEB_FORM, web,
                     doi_requested_at=NOW - dt.timedelta(days=20)),
        )  # fmt: skip
        s.execute(
            update(Customer).where(Customer.id == old_list).values(created_at=NOW - dt.timedelta(days=60))
        )
        objections.restrict_processing(s, "anna", weak, "Adresse bestritten")
    assert _ids(db, Finding.NO_SOURCE) == {no_source}
    assert weak in _ids(db, Finding.NO_EVIDENCE)  # no consent-text version recorded
    assert _ids(db, Finding.DOI_PENDING) == {pending}
    assert _ids(db, Finding.ART14_DUE) == {listed}
    assert _ids(db, Finding.ART14_OVERDUE) == {old_list}
    assert _ids(db, Finding.RESTRICTED) == {weak}
    with db.read_session() as s:
        board = governance.dashboard(s, TODAY)
    assert board.count(Finding.NO_SOURCE) == 1 and board.count(Finding.DOI_PENDING) == 1


def test_stale_and_expiring_consents(db: Database) -> None:
    with db.session() as s:
        web = sources.create_source(s, "anna", SourceInput("Web")).id
    stale, expiring, fresh = (_customer(db, n, web) for n in ("Alt", "Bald", "Frisch"))
    with db.session() as s:
        for cid in (stale, expiring, fresh):
            ledger.grant_consent(
                s, "anna", cid, "offers", Channel.POST, Evidence(NOW, CaptureMethod.PAPER_FORM, web)
            )
        s.execute(
            update(Consent)
            .where(Consent.customer_id == stale)
            .values(granted_at=NOW - dt.timedelta(days=800))
        )
        s.execute(
            update(Consent)
            .where(Consent.customer_id == expiring)
            .values(granted_at=NOW - dt.timedelta(days=715))
        )
    assert _ids(db, Finding.STALE) == {stale}
    assert _ids(db, Finding.EXPIRING) == {expiring}


def test_retention_rule_lists_customers_without_basis_or_purchase(db: Database) -> None:
    with db.session() as s:
        fair = sources.create_source(
            s, "anna", SourceInput("Messe", SourceKind.TRADE_FAIR, retention_months=24)
        ).id
    idle, buyer, consenting = (_customer(db, n, fair) for n in ("Untätig", "Käufer", "Zustimmend"))
    old = NOW - dt.timedelta(days=3 * 365)
    with db.session() as s:
        s.execute(update(Customer).values(created_at=old))
        s.execute(
            update(Customer)
            .where(Customer.id == buyer)
            .values(last_purchase_on=TODAY - dt.timedelta(days=30))
        )
        ledger.grant_consent(
            s, "anna", consenting, "offers", Channel.POST, Evidence(NOW, CaptureMethod.PAPER_FORM, fair)
        )
    assert _ids(db, Finding.DUE_FOR_DELETION) == {idle}
    with db.session() as s:
        s.add(RetentionRule(months=600, description="nothing"))
    assert _ids(db, Finding.DUE_FOR_DELETION) == {idle}


def test_open_requests_in_the_dashboard(db: Database) -> None:
    with db.session() as s:
        register_request(
            s, "anna", RequestInput(RequestKind.ACCESS, TODAY - dt.timedelta(days=40), requester="X")
        )
        register_request(s, "anna", RequestInput(RequestKind.ERASURE, TODAY, requester="Y"))
    with db.read_session() as s:
        board = governance.dashboard(s, TODAY)
        assert s.execute(select(Customer.id)).first() is None
    assert board.open_requests == 2 and board.overdue_requests == 1
    assert board.next_deadline is not None and board.next_deadline < TODAY
