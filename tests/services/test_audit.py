"""The audit chain finds tampering: any single entry edited, deleted or inserted, a consistently
rewritten chain, a cut-off end; and the anchor outside the database only moves after a commit."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from ledger_factories import ACTOR, make_source
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry, Setting
from desktop_app.services import audit
from desktop_app.services.audit import GENESIS_HASH, VerifyResult


def _verify(db: Database) -> VerifyResult:
    with db.read_session() as s:
        return audit.verify_chain(s)


@pytest.fixture
def chain(db: Database) -> int:
    """Eight writes on top of the seed's entry; returns the length of the chain (9)."""
    for n in range(8):
        make_source(db, f"Quelle {n}")
    result = _verify(db)
    assert result.ok and result.problem == "" and result.entries == 9
    return result.entries


def _entry(s: Session, seq: int) -> AuditEntry:
    return s.execute(select(AuditEntry).where(AuditEntry.seq == seq)).scalar_one()


def _forged(seq: int, after: AuditEntry, entry_hash: str = "") -> AuditEntry:
    """An entry as a forger would add it after `after`; with its correct hash unless one is given."""
    entry = AuditEntry(seq=seq, at=after.at, actor="mallory", action="delete", entity="customer")
    entry.entity_id, entry.description, entry.prev_hash = "1", "", after.entry_hash
    entry.entry_hash = entry_hash or audit.rehash(entry)
    return entry


def _shift_up(s: Session, from_seq: int) -> None:
    """Renumber from_seq.. by one, through negative numbers so the unique index never clashes."""
    s.execute(update(AuditEntry).where(AuditEntry.seq >= from_seq).values(seq=-AuditEntry.seq - 1))
    s.execute(update(AuditEntry).where(AuditEntry.seq < 0).values(seq=-AuditEntry.seq))


def _rewrite_from(s: Session, seq: int) -> None:
    """Recompute every hash from `seq` on, as a forger who rewrites history consistently would."""
    prev = s.execute(select(AuditEntry.entry_hash).where(AuditEntry.seq == seq - 1)).scalar_one_or_none()
    entries = s.execute(select(AuditEntry).where(AuditEntry.seq >= seq).order_by(AuditEntry.seq)).scalars()
    for entry in entries:
        entry.prev_hash = prev or GENESIS_HASH
        entry.entry_hash = audit.rehash(entry)
        prev = entry.entry_hash
        s.flush()


def _found(result: VerifyResult) -> tuple[bool, int | None, str]:
    return result.ok, result.first_broken_seq, result.problem


@pytest.mark.parametrize("field", ["actor", "action", "entity", "entity_id", "description", "at"])
@pytest.mark.parametrize("seq", [1, 5, 9])
def test_editing_any_field_of_any_single_entry_is_found(
    db: Database, chain: int, field: str, seq: int
) -> None:
    with db.session() as s:
        entry = _entry(s, seq)
        old = getattr(entry, field)
        setattr(entry, field, old + dt.timedelta(seconds=1) if field == "at" else f"{old}x")
    result = _verify(db)
    assert _found(result) == (False, seq, "entry_modified")
    assert result.entries == seq and result.head.startswith(f"{seq - 1}:")


def test_an_edit_with_its_hash_recomputed_breaks_the_next_link(db: Database, chain: int) -> None:
    with db.session() as s:
        entry = _entry(s, 5)
        entry.description = "fields: notes"
        entry.entry_hash = audit.rehash(entry)
    assert _found(_verify(db)) == (False, 6, "broken_link")


def test_a_changed_link_is_found(db: Database, chain: int) -> None:
    with db.session() as s:
        _entry(s, 3).prev_hash = GENESIS_HASH
    assert _found(_verify(db)) == (False, 3, "broken_link")


@pytest.mark.parametrize("seq", [1, 5, 8])
def test_deleting_a_single_entry_is_found(db: Database, chain: int, seq: int) -> None:
    with db.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == seq))
    assert _found(_verify(db)) == (False, seq, "missing_or_inserted_entry")


def test_deleting_the_last_entry_is_found_by_the_anchor(db: Database, chain: int) -> None:
    with db.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == chain))
    assert _found(_verify(db)) == (False, chain, "chain_shorter_than_anchor")


@pytest.mark.parametrize("after", [1, 4, 8])
def test_inserting_a_single_entry_is_found(db: Database, chain: int, after: int) -> None:
    """The forger knows the hash function: the inserted entry itself is perfect, the next link is not."""
    with db.session() as s:
        before = _entry(s, after)
        _shift_up(s, after + 1)
        s.add(_forged(after + 1, before))
    assert _found(_verify(db)) == (False, after + 2, "broken_link")


def test_an_entry_appended_with_a_made_up_hash_is_found(db: Database, chain: int) -> None:
    with db.session() as s:
        s.add(_forged(chain + 1, _entry(s, chain), entry_hash="f" * 64))
    assert _found(_verify(db)) == (False, chain + 1, "entry_modified")


def test_a_consistently_rewritten_chain_is_found_by_the_anchor(db: Database, chain: int) -> None:
    with db.session() as s:
        _entry(s, 1).actor = "someone else"
        _rewrite_from(s, 1)  # the whole chain
    result = _verify(db)
    assert _found(result) == (False, chain, "chain_rewritten_anchor_mismatch")
    assert result.entries == chain and result.stored_anchor is not None and result.stored_anchor.seq == chain


def test_a_cut_off_end_is_found_by_the_anchor(db: Database, chain: int) -> None:
    with db.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq > chain - 3))
    result = _verify(db)
    assert _found(result) == (False, chain, "chain_shorter_than_anchor")
    assert result.entries == chain - 3


def test_removing_the_database_id_does_not_switch_off_the_anchor_check(db: Database, chain: int) -> None:
    with db.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == chain))
        s.execute(delete(Setting).where(Setting.key == audit.DATABASE_ID_KEY))
    result = _verify(db)
    assert not result.ok and result.problem == "database_id_missing"
    with db.read_session() as s:  # verification itself wrote no new id
        assert s.get(Setting, audit.DATABASE_ID_KEY) is None


def test_the_anchor_is_written_only_after_a_commit(db: Database, chain: int) -> None:
    with db.read_session() as s:
        db_id = audit.database_id(s)
    anchor = audit.load_anchor(db_id)
    assert anchor is not None and anchor.seq == chain
    with pytest.raises(RuntimeError), db.session() as s:
        assert audit.record(s, ACTOR, "create", "customer", 1).seq == chain + 1
        raise RuntimeError("the rest of the user action failed")
    assert audit.load_anchor(db_id) == anchor
    with db.read_session() as s:
        assert audit.current_head(s) == anchor
    assert _verify(db).ok
    with db.session() as s:
        audit.record(s, ACTOR, "create", "customer", 1)
    moved = audit.load_anchor(db_id)
    assert moved is not None and moved.seq == chain + 1


def test_a_change_is_kept_when_the_anchor_cannot_be_written(
    db: Database, chain: int, caplog: pytest.LogCaptureFixture
) -> None:
    with db.read_session() as s:
        db_id = audit.database_id(s)
    folder = audit._anchor_path(db_id).parent
    shutil.rmtree(folder)
    folder.write_text("a file where the anchors' folder belongs", encoding="utf-8")
    with db.session() as s:  # no error: the change itself was committed
        audit.record(s, ACTOR, "create", "customer", 1)
    with db.read_session() as s:
        assert audit.current_head(s).seq == chain + 1
    assert "The audit anchor could not be written" in caplog.text
    assert _verify(db).ok


def test_without_an_anchor_on_this_pc_the_chain_still_checks(db: Database, chain: int) -> None:
    with db.read_session() as s:
        audit._anchor_path(audit.database_id(s)).unlink()
    result = _verify(db)
    assert result.ok and result.stored_anchor is None and result.head.startswith(f"{chain}:")


@pytest.mark.sqlite_only
def test_sqlite_integrity_is_reported(db: Database, chain: int) -> None:
    assert _verify(db).integrity == "ok"
