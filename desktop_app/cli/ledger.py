"""verify: is the audit trail complete and unchanged, and is the database file intact?"""

from __future__ import annotations

import argparse

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.i18n import QT_TRANSLATE_NOOP

EXIT_BROKEN = 1

# What each finding of services.audit.verify_chain means, for someone who is not a programmer.
_EXPLANATIONS = {
    "missing_or_inserted_entry": QT_TRANSLATE_NOOP(
        "Cli",
        "Entry {seq} is missing, or an entry was inserted before it: the numbering of the audit trail "
        "has a gap.",
    ),
    "broken_link": QT_TRANSLATE_NOOP(
        "Cli",
        "Entry {seq} no longer links to the entry before it: an entry was changed, removed or inserted here.",
    ),
    "entry_modified": QT_TRANSLATE_NOOP(
        "Cli", "Entry {seq} was changed after it was written: its content no longer matches its hash."
    ),
    "chain_shorter_than_anchor": QT_TRANSLATE_NOOP(
        "Cli",
        "The audit trail ends before entry {seq}, which this PC saw being written: entries at the end were "
        "removed, or an older copy of the database is in use.",
    ),
    "chain_rewritten_anchor_mismatch": QT_TRANSLATE_NOOP(
        "Cli",
        "Entry {seq} is not the one this PC saw being written: the audit trail was rewritten, or the "
        "database was replaced by another one.",
    ),
    "database_id_missing": QT_TRANSLATE_NOOP(
        "Cli",
        "The database's identity record was removed, so the audit trail cannot be compared with what this "
        "PC saw being written.",
    ),
    "sqlite_integrity_check_failed": QT_TRANSLATE_NOOP(
        "Cli", "SQLite reports damage in the database file: {detail}"
    ),
}


@command(
    "verify", QT_TRANSLATE_NOOP("Cli", "check the audit trail and the database file for tampering or damage")
)
def cmd_verify(args: argparse.Namespace) -> int:
    from desktop_app.services.audit import verify_chain

    with opened(args) as db, db.read_session() as session:
        result = verify_chain(session)
        location = db.display_location()
    anchor = result.stored_anchor.short() if result.stored_anchor else None
    explanation = ""
    if result.problem:
        text = _EXPLANATIONS.get(result.problem, result.problem)
        explanation = say(text, seq=result.first_broken_seq or 0, detail=result.integrity)
    lines = [
        say(QT_TRANSLATE_NOOP("Cli", "Database: {location}"), location=location),
        say(QT_TRANSLATE_NOOP("Cli", "Audit entries checked: {count}"), count=result.entries),
        say(QT_TRANSLATE_NOOP("Cli", "Head of the audit trail: {head}"), head=result.head),
    ]
    if anchor:
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "Anchor on this PC: {anchor}"), anchor=anchor))
    else:
        lines.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "Anchor on this PC: none (the end of the trail cannot be checked here)"
                )
            )
        )
    if result.integrity:
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "Database file check: {result}"), result=result.integrity))
    if result.ok:
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "OK: the audit trail is complete and unchanged.")))
    else:
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "BROKEN: {explanation}"), explanation=explanation))
    payload = {
        "database": location,
        "ok": result.ok,
        "entries": result.entries,
        "head": result.head,
        "anchor": anchor,
        "integrity": result.integrity,
        "first_broken_seq": result.first_broken_seq,
        "problem": result.problem,
        "explanation": explanation,
    }
    emit(args, payload, lines)
    return 0 if result.ok else EXIT_BROKEN
