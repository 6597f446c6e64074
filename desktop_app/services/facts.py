"""The facts the rules engine reads, loaded from the database for one customer (the Python path).

Why the definitions sit here: `services.evaluation` computes the same decision in SQL for whole
populations, and the differential test holds the two to the same answer. Every fact below is defined
once in words, and both paths implement exactly that wording over the same stored columns:

- has_email: `email_norm` is not empty.
- has_phone: `phone_e164` or `mobile_e164` is not empty.
- has_mobile (SMS): `mobile_e164` is not empty, or `phone_e164` is not empty and `phone_is_mobile` is set.
  libphonenumber cannot run inside SQL, so whether the phone field holds a mobile number is a stored fact
  written with the other derived columns; it is never recomputed here.
- has_postal_address: `street`, `postcode` and `city` are all not empty (they are stored trimmed).
- A suppression belongs to the customer when its customer_id is the customer's id, or its email_hash
  equals the customer's email_hash, or its email_loose_hash equals the customer's email_loose_hash, or its
  phone_hash equals the customer's phone_hash or mobile_hash. A NULL hash matches nothing. Hashes let an
  objection outlive an erased record and catch the same person re-imported under a new id.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Integer, SQLColumnExpression, String, literal, or_, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.db.models import Consent, Customer, Purpose, Suppression
from desktop_app.domain.enums import (
    Channel,
    ConsentStatus,
    CustomerKind,
    CustomerStatus,
    LegalBasis,
    SuppressionReason,
)
from desktop_app.domain.policy import ConsentFacts, CustomerFacts, PurposePolicy, SuppressionFacts
from desktop_app.domain.rules import Decision, decide
from desktop_app.errors import NotFound
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.catalog import to_policy

__all__ = [
    "consent_facts",
    "customer_facts",
    "evaluate_customer",
    "purpose_id",
    "purpose_policy",
    "suppression_matches",
]


def _load_purpose(session: Session, purpose: int | str) -> Purpose:
    """The purpose row with its channel policies, by id (int) or code (str); NotFound if there is none."""
    query = select(Purpose).options(selectinload(Purpose.policies))
    query = query.where(Purpose.id == purpose if isinstance(purpose, int) else Purpose.code == purpose)
    row = session.execute(query).scalar_one_or_none()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no purpose {purpose}."), purpose=str(purpose))
    return row


def purpose_policy(session: Session, purpose: int | str) -> PurposePolicy:
    return to_policy(_load_purpose(session, purpose))


def purpose_id(session: Session, purpose: int | str) -> int:
    """The id of a purpose given by id or code; NotFound if there is none."""
    return _load_purpose(session, purpose).id


def suppression_matches(
    customer_id: SQLColumnExpression[int],
    email_hash: SQLColumnExpression[str | None],
    email_loose_hash: SQLColumnExpression[str | None],
    phone_hash: SQLColumnExpression[str | None],
    mobile_hash: SQLColumnExpression[str | None],
) -> ColumnElement[bool]:
    """The matching rule (module docstring) as a condition on `suppressions` against customer values,
    which may be columns (set-based path) or bound values (one customer)."""
    return or_(
        Suppression.customer_id == customer_id,
        Suppression.email_hash == email_hash,
        Suppression.email_loose_hash == email_loose_hash,
        Suppression.phone_hash == phone_hash,
        Suppression.phone_hash == mobile_hash,
    )


def customer_facts(session: Session, customer_id: int) -> CustomerFacts:
    row = session.get(Customer, customer_id)
    if row is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no customer with the id {id}."), id=str(customer_id)
        )
    # A NULL bind makes `hash = NULL`, which matches nothing, exactly as NULL columns do in the SQL path.
    matched = session.execute(
        select(Suppression)
        .where(
            suppression_matches(
                literal(row.id, Integer()),
                literal(row.email_hash, String()),
                literal(row.email_loose_hash, String()),
                literal(row.phone_hash, String()),
                literal(row.mobile_hash, String()),
            )
        )
        .order_by(Suppression.id)
    ).scalars()
    return CustomerFacts(
        kind=CustomerKind(row.kind),
        status=CustomerStatus(row.status),
        has_email=bool(row.email_norm),
        has_phone=bool(row.phone_e164) or bool(row.mobile_e164),
        has_mobile=bool(row.mobile_e164) or (bool(row.phone_e164) and row.phone_is_mobile),
        has_postal_address=bool(row.street) and bool(row.postcode) and bool(row.city),
        birth_date=row.birth_date,
        is_existing_customer=row.is_existing_customer,
        address_from_sale=row.address_from_sale,
        informed_right_to_object=row.informed_right_to_object,
        suppressions=tuple(
            SuppressionFacts(
                reason=SuppressionReason(s.reason),
                channel=Channel(s.channel) if s.channel else None,
                effective_at=s.effective_at,
            )
            for s in matched
        ),
    )


def consent_facts(
    session: Session, customer_id: int, purpose_id: int, channel: Channel
) -> ConsentFacts | None:
    """The consent row for exactly this purpose and channel: the projection of its event history."""
    row = session.execute(
        select(Consent).where(
            Consent.customer_id == customer_id,
            Consent.purpose_id == purpose_id,
            Consent.channel == channel.value,
        )
    ).scalar_one_or_none()
    if row is None:
        return None
    return ConsentFacts(
        id=row.id,
        status=ConsentStatus(row.status),
        legal_basis=LegalBasis(row.legal_basis),
        granted_at=row.granted_at,
        doi_confirmed_at=row.doi_confirmed_at,
        withdrawn_at=row.withdrawn_at,
        refused_at=row.refused_at,
        valid_until=row.valid_until,
        last_used_at=row.last_used_at,
        names_business=row.names_business,
        source_third_party=row.source_third_party,
        parental_consent=row.parental_consent,
        recorded_at=row.recorded_at,
    )


def evaluate_customer(
    session: Session, customer_id: int, purpose: int | str, channel: Channel, on: date
) -> Decision:
    """The full decision with its trace for one customer (purpose by id or code): the Python path."""
    row = _load_purpose(session, purpose)
    customer = customer_facts(session, customer_id)
    consent = consent_facts(session, customer_id, row.id, channel)
    return decide(customer, to_policy(row), channel, consent, on)
