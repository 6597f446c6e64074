"""The suppression key and the keyed hashes that let a do-not-contact entry outlive the person's data.

The HMAC key lives in the settings folder, outside the database file: someone holding only a copy of
the database cannot test a list of e-mail addresses against the suppressions. The database keeps a
fingerprint of the key so that a PC with a different or missing key refuses to work instead of silently
failing to match. Losing the key means suppressions can no longer be matched by e-mail or phone (matches
by customer record still work): back it up with the database.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_app import paths
from desktop_app.db.models import Setting
from desktop_app.domain.normalise import keyed_hash, loose_email, normalise_email, normalise_phone
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP

FINGERPRINT_KEY = "suppression_key_fingerprint"


@dataclass(frozen=True)
class ContactHashes:
    email: str | None
    email_loose: str | None
    phone: str | None


def key_path(database_id: str) -> Path:
    return paths.config_dir() / "keys" / f"suppression-{database_id}.key"


def _read_key(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The suppression key {path} cannot be read: {detail}"),
            path=str(path),
            detail=error.strerror or str(error),
        ) from None
    except UnicodeDecodeError:
        text = ""
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The suppression key {path} is damaged. Restore the file from a backup or copy it from "
                "the PC that created the database.",
            ),
            path=str(path),
        )
    return key


def _fingerprint(key: bytes) -> str:
    return hmac.new(key, b"consentdesk-key-fingerprint", hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class SuppressionKeys:
    key: bytes

    @classmethod
    def load_or_create(cls, session: Session) -> SuppressionKeys:
        from desktop_app.services.audit import database_id

        db_id = database_id(session)
        path = key_path(db_id)
        stored = session.get(Setting, FINGERPRINT_KEY)
        if path.exists():
            key = _read_key(path)
            if stored is None:
                session.add(Setting(key=FINGERPRINT_KEY, value=_fingerprint(key)))
                session.flush()
            elif stored.value != _fingerprint(key):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The suppression key in {path} does not belong to this database. Copy the key "
                        "file from the PC that created the database.",
                    ),
                    path=str(path),
                )
            return cls(key)
        if stored is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The suppression key for this database is missing ({path}). Without it, objections "
                    "cannot be matched by e-mail or phone. Copy the key file from the PC that created the "
                    "database or restore it from a backup.",
                ),
                path=str(path),
            )
        key = secrets.token_bytes(32)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(key.hex(), encoding="ascii")
            tmp.replace(path)
        except OSError as error:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The suppression key cannot be saved in {folder}: {detail}. Nothing was changed.",
                ),
                folder=str(path.parent),
                detail=error.strerror or str(error),
            ) from None
        session.add(Setting(key=FINGERPRINT_KEY, value=_fingerprint(key)))
        session.flush()
        return cls(key)

    def hashes(self, email: str | None, phone: str | None) -> ContactHashes:
        norm = normalise_email(email)
        loose = loose_email(email)
        e164 = normalise_phone(phone)
        return ContactHashes(
            email=keyed_hash(self.key, norm) if norm else None,
            email_loose=keyed_hash(self.key, loose) if loose else None,
            phone=keyed_hash(self.key, e164) if e164 else None,
        )
