"""The suppression key: made once per database in the settings folder, refused when it is missing,
foreign, damaged or cannot be saved, with a message that says what to do (README: "The suppression key")."""

from __future__ import annotations

import re
import shutil

import pytest

from desktop_app.db.engine import Database
from desktop_app.errors import UserError
from desktop_app.services.audit import database_id
from desktop_app.services.suppression import SuppressionKeys, key_path


def _keys(db: Database) -> SuppressionKeys:
    with db.session() as s:
        return SuppressionKeys.load_or_create(s)


def _path(db: Database):  # type: ignore[no-untyped-def]
    with db.read_session() as s:
        return key_path(database_id(s))


def test_the_key_is_made_once_and_then_reused(db: Database) -> None:
    first = _keys(db)
    assert _path(db).read_text(encoding="ascii") == first.key.hex()
    assert _keys(db) == first
    assert first.hashes("Eva@Example.de", None).email == _keys(db).hashes("eva@example.de", None).email


def test_a_missing_key_is_refused_not_replaced(db: Database) -> None:
    _keys(db)
    path = _path(db)
    path.unlink()
    with pytest.raises(UserError, match="suppression key for this database is missing"):
        _keys(db)
    assert not path.exists()  # a new key would silently stop matching every stored objection


def test_a_key_from_another_database_is_refused(db: Database) -> None:
    _keys(db)
    path = _path(db)
    path.write_text("ab" * 32, encoding="ascii")
    with pytest.raises(UserError, match="does not belong to this database"):
        _keys(db)


@pytest.mark.parametrize("content", [b"", b"not hex at all", b"abcd", "schlüssel".encode()])
def test_a_damaged_key_file_is_a_message(db: Database, content: bytes) -> None:
    _keys(db)
    path = _path(db)
    path.write_bytes(content)
    with pytest.raises(UserError, match=re.escape(f"The suppression key {path} is damaged")):
        _keys(db)


def test_an_unreadable_key_is_a_message(db: Database) -> None:
    _keys(db)
    path = _path(db)
    path.unlink()
    path.mkdir()  # a folder where the file belongs: reading it fails on every system
    with pytest.raises(UserError, match=re.escape(f"The suppression key {path} cannot be read")):
        _keys(db)


def test_a_key_that_cannot_be_saved_changes_nothing(db: Database) -> None:
    folder = _path(db).parent
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("a file where the keys' folder belongs", encoding="utf-8")
    with pytest.raises(UserError, match=re.escape(f"The suppression key cannot be saved in {folder}")):
        _keys(db)
    folder.unlink()
    assert _keys(db).key  # nothing was recorded: the next try makes the key
