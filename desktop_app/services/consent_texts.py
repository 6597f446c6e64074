"""Consent texts: the exact wording a customer saw, versioned per purpose and language.

A version that a consent points to is evidence (Art. 7(1) GDPR, BGH I ZR 164/09) and never changes;
changing its wording creates the next version instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, ConsentEvent, ConsentText, Purpose
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit

LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class ConsentTextInput:
    purpose_id: int
    language: str
    title: str
    body: str
    valid_from: dt.date


@dataclass(frozen=True)
class ConsentTextView:
    id: int
    purpose_id: int
    purpose_code: str
    language: str
    version: int
    title: str
    body: str
    valid_from: dt.date
    created_by: str
    in_use: bool
    consent_count: int

    @property
    def label(self) -> str:
        """How a version is named on forms and reports, e.g. "newsletter-de-v3"."""
        return f"{self.purpose_code}-{self.language}-v{self.version}"


def _validate(session: Session, data: ConsentTextInput) -> Purpose:
    purpose = session.get(Purpose, data.purpose_id)
    if purpose is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The purpose no longer exists."))
    if data.language not in LANGUAGES:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Consent texts can be written in German or English."),
        )
    if not data.title.strip():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "A consent text needs a title."))
    if len(data.body.strip()) < 20:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The wording is too short to prove what the customer agreed to. Write the full text the "
                "customer sees (at least 20 characters).",
            )
        )
    return purpose


def _usage(session: Session, text_id: int) -> int:
    return int(
        session.execute(
            select(func.count()).select_from(Consent).where(Consent.consent_text_id == text_id)
        ).scalar_one()
    )


def _referenced(session: Session, text_id: int) -> bool:
    in_consents = session.execute(select(exists().where(Consent.consent_text_id == text_id))).scalar_one()
    in_events = session.execute(select(exists().where(ConsentEvent.consent_text_id == text_id))).scalar_one()
    return bool(in_consents or in_events)


def create_version(session: Session, actor: str, data: ConsentTextInput) -> ConsentTextView:
    """Adds the next version for the purpose and language."""
    _validate(session, data)
    latest = session.execute(
        select(func.max(ConsentText.version)).where(
            ConsentText.purpose_id == data.purpose_id, ConsentText.language == data.language
        )
    ).scalar_one()
    row = ConsentText(
        purpose_id=data.purpose_id,
        language=data.language,
        version=int(latest or 0) + 1,
        title=data.title.strip(),
        body=data.body.strip(),
        valid_from=data.valid_from,
        created_by=actor,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "consent_text", row.id, f"version={row.version}")
    return get_text(session, row.id)


def save_text(session: Session, actor: str, text_id: int, data: ConsentTextInput) -> ConsentTextView:
    """Edits an unused version in place; a version in use gets a new version with the new wording."""
    row = session.get(ConsentText, text_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The consent text no longer exists."))
    if (data.purpose_id, data.language) != (row.purpose_id, row.language):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Purpose and language of a consent text cannot change; create a new text instead."
            )
        )
    _validate(session, data)
    if _referenced(session, text_id):
        return create_version(session, actor, data)
    row.title, row.body, row.valid_from = data.title.strip(), data.body.strip(), data.valid_from
    session.flush()
    audit.record(session, actor, "update", "consent_text", row.id, f"version={row.version}")
    return get_text(session, row.id)


def get_text(session: Session, text_id: int) -> ConsentTextView:
    row = session.execute(
        select(ConsentText, Purpose.code).join(Purpose).where(ConsentText.id == text_id)
    ).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The consent text no longer exists."))
    text, code = row
    count = _usage(session, text.id)
    return _view(text, code, count, count > 0 or _referenced(session, text.id))


def list_texts(session: Session, purpose_id: int | None = None) -> list[ConsentTextView]:
    usage = (
        select(Consent.consent_text_id, func.count().label("n"))
        .where(Consent.consent_text_id.is_not(None))
        .group_by(Consent.consent_text_id)
        .subquery()
    )
    event_refs = select(ConsentEvent.consent_text_id).where(ConsentEvent.consent_text_id.is_not(None))
    query = (
        select(
            ConsentText,
            Purpose.code,
            func.coalesce(usage.c.n, 0),
            ConsentText.id.in_(event_refs),
        )
        .join(Purpose)
        .outerjoin(usage, usage.c.consent_text_id == ConsentText.id)
        .order_by(Purpose.sort_order, ConsentText.language, ConsentText.version.desc())
    )
    if purpose_id is not None:
        query = query.where(ConsentText.purpose_id == purpose_id)
    return [_view(t, code, int(n), bool(n) or bool(ref)) for t, code, n, ref in session.execute(query)]


def current_version(session: Session, purpose_id: int, language: str, on: dt.date) -> ConsentTextView | None:
    """The newest version valid on a date: what a form printed that day shows."""
    row = session.execute(
        select(ConsentText.id)
        .where(
            ConsentText.purpose_id == purpose_id,
            ConsentText.language == language,
            ConsentText.valid_from <= on,
        )
        .order_by(ConsentText.version.desc())
        .limit(1)
    ).scalar_one_or_none()
    return get_text(session, row) if row is not None else None


def _view(t: ConsentText, code: str, count: int, in_use: bool) -> ConsentTextView:
    return ConsentTextView(
        id=t.id,
        purpose_id=t.purpose_id,
        purpose_code=code,
        language=t.language,
        version=t.version,
        title=t.title,
        body=t.body,
        valid_from=t.valid_from,
        created_by=t.created_by or "",
        in_use=in_use,
        consent_count=count,
    )
