"""`consentdesk verify` as an office script or an auditor would run it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, update

from desktop_app.cli import main
from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry
from desktop_app.services import sources


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def entries(db: Database) -> int:
    for name in ("Website", "Messe", "Telefon"):
        with db.session() as s:
            sources.create_source(s, "anna", sources.SourceInput(name))
    return 4  # the seed's entry and three sources


def test_an_intact_trail_is_ok(db: Database, entries: int, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db.url, "verify")
    assert code == 0
    assert f"Audit entries checked: {entries}" in out
    assert f"Head of the audit trail: {entries}:" in out and f"Anchor on this PC: {entries}:" in out
    assert out.rstrip().endswith("OK: the audit trail is complete and unchanged.")


def test_a_changed_entry_is_named_with_exit_code_1(
    db: Database, entries: int, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(description="fields: notes"))
    code, out, _ = run(capsys, "--db", db.url, "verify", "--json")
    report = json.loads(out)
    assert code == 1
    assert (report["ok"], report["first_broken_seq"], report["problem"]) == (False, 2, "entry_modified")
    assert report["explanation"].startswith("Entry 2 was changed after it was written")
    assert (
        report["entries"] == 2
        and report["head"].startswith("1:")
        and report["anchor"].startswith(f"{entries}:")
    )


def test_a_cut_off_end_is_explained_in_german(
    db: Database, entries: int, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.seq == entries))
    code, out, _ = run(capsys, "--lang", "de", "--db", db.url, "verify")
    assert code == 1
    assert f"Geprüfte Protokolleinträge: {entries - 1}" in out
    assert f"BESCHÄDIGT: Das Änderungsprotokoll endet vor Eintrag {entries}" in out


def test_a_pc_without_anchor_still_verifies_the_chain(
    db: Database, entries: int, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app.services import audit

    with db.read_session() as s:
        audit._anchor_path(audit.database_id(s)).unlink()
    code, out, _ = run(capsys, "--db", db.url, "verify")
    assert code == 0 and "Anchor on this PC: none" in out


@pytest.mark.sqlite_only
def test_the_sqlite_file_check_is_reported(
    db: Database, entries: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", db.url, "verify", "--json")
    assert code == 0 and json.loads(out)["integrity"] == "ok"
