"""Proof artefacts (scans, recordings, DOI mails) stored in the database, identified by SHA-256.

Why in the database: a backup of the database file then carries the evidence with it. Why the hash:
it is printed with the evidence, so a copy handed out years later can be shown to be the same file.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Attachment
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit

MAX_ATTACHMENT_MB = 25


@dataclass(frozen=True)
class AttachmentInput:
    file_name: str
    content: bytes
    mime_type: str | None = None  # guessed from the file name when not given


@dataclass(frozen=True)
class AttachmentView:
    id: int
    file_name: str
    mime_type: str
    size: int
    sha256: str


def store_attachment(session: Session, actor: str, data: AttachmentInput) -> AttachmentView:
    """Stores the file once: the same bytes attached to several consents (one paper form) share a row."""
    name = PurePath(data.file_name.strip().replace("\\", "/")).name
    if not name:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "An attachment needs a file name."))
    if len(name) > 255:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The attachment's file name is too long (at most 255 characters).")
        )
    if not data.content:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The attachment “{name}” is empty."), name=name)
    if len(data.content) > MAX_ATTACHMENT_MB * 1024 * 1024:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The attachment “{name}” is larger than {limit} MB."),
            name=name,
            limit=MAX_ATTACHMENT_MB,
        )
    digest = hashlib.sha256(data.content).hexdigest()
    existing = (
        session.execute(
            select(Attachment).where(
                Attachment.sha256 == digest,
                Attachment.size == len(data.content),
                Attachment.file_name == name,
            )
        )
        .scalars()
        .first()
    )
    if existing is not None:
        return _view(existing)
    mime = data.mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    row = Attachment(
        sha256=digest, file_name=name, mime_type=mime[:100], size=len(data.content), content=data.content
    )
    row.created_by = actor
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "attachment", row.id, f"sha256={digest}")
    return _view(row)


def attachment_content(session: Session, attachment_id: int) -> tuple[AttachmentView, bytes]:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The attachment no longer exists."))
    return _view(row), row.content


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(row.id, row.file_name, row.mime_type, row.size, row.sha256)
