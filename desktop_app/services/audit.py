"""The audit trail: an append-only SHA-256 hash chain over every mutation, plus an outside anchor.

A chain inside the database alone cannot reveal a rewrite of the whole chain or a cut-off end, so the
latest (seq, hash) is also kept in the settings folder, outside the database file, and printed on every
export and report. `verify_chain` compares the two.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app import paths
from desktop_app.db.base import utcnow
from desktop_app.db.engine import AFTER_COMMIT
from desktop_app.db.models import AuditEntry, Setting

_log = logging.getLogger(__name__)

GENESIS_HASH = "0" * 64
DATABASE_ID_KEY = "database_id"
# Any constant works; it only has to be the same for every writer of one PostgreSQL database.
_PG_AUDIT_LOCK = 731_001


@dataclass(frozen=True)
class Anchor:
    database_id: str
    seq: int
    entry_hash: str

    def short(self) -> str:
        """The form printed on exports and reports."""
        return f"{self.seq}:{self.entry_hash[:16]}"


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    first_broken_seq: int | None
    problem: str  # "" when ok; otherwise a short English code-like explanation for logs and --json
    chain_head: Anchor | None  # the last entry that checked out
    integrity: str  # "ok", SQLite's report, or "" on a backend without such a check
    stored_anchor: Anchor | None = None  # what this PC's settings folder says the head was

    @property
    def head(self) -> str:
        return self.chain_head.short() if self.chain_head else "0:"


def entry_hash(
    prev_hash: str,
    seq: int,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | None,
    description: str,
) -> str:
    payload = json.dumps(
        [
            prev_hash,
            seq,
            at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            actor,
            action,
            entity,
            entity_id,
            description,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def rehash(entry: AuditEntry) -> str:
    """The hash the entry ought to have, from its stored fields."""
    return entry_hash(
        entry.prev_hash,
        entry.seq,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.description,
    )


def has_database_id(session: Session) -> bool:
    return session.get(Setting, DATABASE_ID_KEY) is not None


def database_id(session: Session) -> str:
    """A random id per database, so anchors of two databases on one PC never mix."""
    value = session.get(Setting, DATABASE_ID_KEY)
    if value is None:
        value = Setting(key=DATABASE_ID_KEY, value=uuid.uuid4().hex)
        session.add(value)
        session.flush()
    return value.value


def _lock_chain(session: Session) -> None:
    # SQLite writers already hold the database lock (BEGIN IMMEDIATE); PostgreSQL needs an explicit
    # lock or two PCs appending at once would fork the chain.
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: object | None = None,
    description: str = "",
) -> AuditEntry:
    """Append one entry. Keep `description` minimal: ids and field names, not personal data."""
    _lock_chain(session)
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    prev_seq, prev_hash = (last[0], last[1]) if last else (0, GENESIS_HASH)
    at = utcnow()
    ident = None if entity_id is None else str(entity_id)
    seq = prev_seq + 1
    digest = entry_hash(prev_hash, seq, at, actor, action, entity, ident, description)
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=ident,
        description=description,
        prev_hash=prev_hash,
        entry_hash=digest,
    )
    session.add(entry)
    session.flush()
    anchor = Anchor(database_id(session), seq, digest)
    callbacks = session.info.setdefault(AFTER_COMMIT, [])
    callbacks[:] = [c for c in callbacks if getattr(c, "__name__", "") != "_save_pending_anchor"]

    def _save_pending_anchor() -> None:
        # The user's change is committed by now: a settings folder that cannot be written (full disk,
        # no permission) must not turn it into an error, which would invite doing it twice. The anchor
        # stays at its last entry, which `verify` accepts (another PC may have written it).
        try:
            save_anchor(anchor)
        except OSError as error:
            _log.warning(
                "The audit anchor could not be written to %s: %s", _anchor_path(anchor.database_id), error
            )

    callbacks.append(_save_pending_anchor)
    return entry


def _anchor_path(db_id: str) -> Path:
    return paths.config_dir() / "audit-anchors" / f"{db_id}.json"


def save_anchor(anchor: Anchor) -> None:
    """Written only after a commit; never moves backwards (another PC may have written a later one)."""
    current = load_anchor(anchor.database_id)
    if current is not None and current.seq >= anchor.seq:
        return
    path = _anchor_path(anchor.database_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"seq": anchor.seq, "hash": anchor.entry_hash}), encoding="utf-8")
    tmp.replace(path)


def load_anchor(db_id: str) -> Anchor | None:
    path = _anchor_path(db_id)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Anchor(db_id, int(data["seq"]), str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def current_head(session: Session) -> Anchor:
    last = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    db_id = database_id(session)
    return Anchor(db_id, last[0], last[1]) if last else Anchor(db_id, 0, GENESIS_HASH)


def verify_chain(session: Session) -> VerifyResult:
    """Walk the chain in order; report the first entry whose link or content does not add up."""
    integrity = ""
    if session.get_bind().dialect.name == "sqlite":
        rows = session.execute(text("PRAGMA integrity_check")).all()
        integrity = "; ".join(str(r[0]) for r in rows)[:500]
    prev_hash, expected_seq, count = GENESIS_HASH, 1, 0
    broken: int | None = None
    problem = ""
    head: Anchor | None = None
    # Looked up, not created: verification must not write, and a vanished id is itself a finding.
    setting = session.get(Setting, DATABASE_ID_KEY)
    db_id = setting.value if setting is not None else ""
    stream = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for entry in stream.yield_per(5000):
        count += 1
        recomputed = rehash(entry)
        if entry.seq != expected_seq:
            broken, problem = expected_seq, "missing_or_inserted_entry"
        elif entry.prev_hash != prev_hash:
            broken, problem = entry.seq, "broken_link"
        elif recomputed != entry.entry_hash:
            broken, problem = entry.seq, "entry_modified"
        if broken is not None:
            break
        prev_hash, expected_seq = entry.entry_hash, expected_seq + 1
        head = Anchor(db_id, entry.seq, entry.entry_hash)
    anchor = load_anchor(db_id) if db_id else None
    if broken is None and not db_id and count:
        # The id is written with the first entry; without it the anchor cannot be found, which would
        # silently switch off the check for a cut-off or rewritten chain.
        problem = "database_id_missing"
    elif broken is None and anchor is not None:
        at_anchor = session.execute(
            select(AuditEntry.entry_hash).where(AuditEntry.seq == anchor.seq)
        ).scalar_one_or_none()
        if at_anchor is None:
            broken, problem = anchor.seq, "chain_shorter_than_anchor"
        elif at_anchor != anchor.entry_hash:
            broken, problem = anchor.seq, "chain_rewritten_anchor_mismatch"
    if not problem and integrity not in ("ok", ""):
        problem = "sqlite_integrity_check_failed"
    return VerifyResult(not problem, count, broken, problem, head, integrity, anchor)
