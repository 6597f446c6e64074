"""import, import-undo: customer lists from Excel/CSV, with the same counts as the GUI's preview."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.display import count_text

_SHOWN_ISSUES = 20


def _import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=say(QT_TRANSLATE_NOOP("Cli", "the .xlsx, .xls, .ods or .csv file"))
    )
    parser.add_argument(
        "--profile",
        metavar="P.json",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli", "import settings saved as a profile (default: map the headings automatically)"
            )
        ),
    )
    parser.add_argument("--sheet", metavar="NAME", help=say(QT_TRANSLATE_NOOP("Cli", "the sheet to read")))
    parser.add_argument(
        "--source", metavar="NAME", help=say(QT_TRANSLATE_NOOP("Cli", "the data source the list comes from"))
    )
    parser.add_argument(
        "--merge",
        choices=["skip", "fill_empty", "overwrite"],
        help=say(QT_TRANSLATE_NOOP("Cli", "what to do with customers already in the database")),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=say(QT_TRANSLATE_NOOP("Cli", "only show what would happen"))
    )
    parser.add_argument(
        "--errors",
        metavar="OUT.xlsx",
        help=say(QT_TRANSLATE_NOOP("Cli", "save the list of problems as .xlsx")),
    )
    parser.add_argument(
        "--save-profile",
        metavar="OUT.json",
        help=say(QT_TRANSLATE_NOOP("Cli", "save the settings used as a profile, to edit and reuse")),
    )


def _profile(args: argparse.Namespace) -> Any:
    from desktop_app.services.importing import ImportProfile, parse_profile

    if not args.profile:
        return None
    try:
        text = Path(args.profile).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The import profile {path} cannot be read: {detail}"),
            path=args.profile,
            detail=str(error),
        ) from None
    profile: ImportProfile = parse_profile(text)
    return profile


def _settings(args: argparse.Namespace) -> tuple[Any, Any, list[str]]:
    """The profile to use, the preview it was checked against, and notes from the automatic mapping."""
    from desktop_app.excel import preview
    from desktop_app.services.importing import MergePolicy, SourceSpec, auto_profile

    profile = _profile(args)
    sheet = args.sheet or (profile.sheet if profile else None)
    header = profile.header_row - 1 if profile and profile.header_row else None
    shown = preview(args.file, sheet, max_rows=1, header_row=header)
    notes: list[str] = []
    if profile is None:
        mapping = auto_profile(shown.headers)
        notes = mapping.problems()
        if not mapping.complete and not args.dry_run:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The columns cannot be mapped automatically: {problems} Save a profile with --dry-run "
                    "--save-profile P.json, correct it and import with --profile P.json.",
                ),
                problems=" ".join(notes),
            )
        profile = mapping.profile
    if args.sheet:
        profile = replace(profile, sheet=args.sheet)
    if args.source and (profile.source is None or profile.source.name.casefold() != args.source.casefold()):
        profile = replace(profile, source=SourceSpec(args.source))
    if args.merge:
        profile = replace(profile, merge_policy=MergePolicy(args.merge))
    return profile, shown, notes


def _count_lines(report: Any) -> list[str]:
    from desktop_app.domain.enums import Channel
    from desktop_app.services.display import channel_text

    c = report.counts
    rows = [
        (QT_TRANSLATE_NOOP("Cli", "new customers"), c.new),
        (QT_TRANSLATE_NOOP("Cli", "existing customers updated"), c.updated),
        (QT_TRANSLATE_NOOP("Cli", "existing customers unchanged"), c.unchanged),
        (QT_TRANSLATE_NOOP("Cli", "existing customers skipped"), c.skipped),
        (QT_TRANSLATE_NOOP("Cli", "duplicates within the file"), c.duplicates),
        (QT_TRANSLATE_NOOP("Cli", "rows with errors (not imported)"), c.errors),
        (QT_TRANSLATE_NOOP("Cli", "rows blocked by objection or erasure"), c.blocked),
    ]
    labels = [(say(text), n) for text, n in rows]
    width = max(len(text) for text, _ in labels)
    lines = [f"  {text.ljust(width)}  {count_text(n):>9}" for text, n in labels]
    lines.append(say(QT_TRANSLATE_NOOP("Cli", "Consents to record:")) if c.consents else "")
    grouped: dict[tuple[str, str], list[str]] = {}
    for key, n in sorted(c.consents.items()):
        purpose, channel, status = key.split("/")
        grouped.setdefault((purpose, channel), []).append(f"{say_status(status)} {count_text(n)}")
    for (purpose, channel), parts in grouped.items():
        lines.append(f"  {purpose} / {channel_text(Channel(channel))}: {', '.join(parts)}")
    if c.consents_not_recorded:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("Cli", "  {count} consent entries change nothing (see the notices)"),
                count=c.consents_not_recorded,
            )
        )
    return [line for line in lines if line]


def say_status(status: str) -> str:
    texts = {
        "granted": QT_TRANSLATE_NOOP("Cli", "given"),
        "pending": QT_TRANSLATE_NOOP("Cli", "awaiting double opt-in"),
        "refused": QT_TRANSLATE_NOOP("Cli", "refused"),
        "withdrawn": QT_TRANSLATE_NOOP("Cli", "withdrawn"),
    }
    return say(texts[status]) if status in texts else status


def _issue_lines(report: Any) -> list[str]:
    issues = [i for i in report.issues if i.severity != "notice"] + [
        i for i in report.issues if i.severity == "notice"
    ]
    if not issues:
        return []
    lines = [
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Problems and notices ({shown} of {total}; --json or --errors FILE.xlsx for all):"
            ),
            shown=min(len(issues), _SHOWN_ISSUES),
            total=len(issues),
        )
    ]
    for issue in sorted(issues[:_SHOWN_ISSUES], key=lambda i: i.row):
        if issue.column:
            text = say(
                QT_TRANSLATE_NOOP("Cli", "Row {row}, column “{column}”: {message}"),
                row=issue.row, column=issue.column, message=issue.message,
            )  # fmt: skip
        else:
            text = say(QT_TRANSLATE_NOOP("Cli", "Row {row}: {message}"), row=issue.row, message=issue.message)
        lines.append("  " + text)
    return lines


def _write_text(path: str, text: str) -> None:
    target = Path(path)
    descriptor, temporary = tempfile.mkstemp(prefix=".profile-", suffix=".json", dir=target.parent or ".")
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
    os.replace(temporary, target)


@command(
    "import",
    QT_TRANSLATE_NOOP("Cli", "import customers and consents from an Excel or CSV list"),
    _import_options,
)
def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.bootstrap import current_actor
    from desktop_app.services.importing import dry_run, dump_profile, make_plan, run_import, save_issues_xlsx

    profile, shown, notes = _settings(args)
    plan = make_plan(args.file, profile, shown)
    if args.save_profile:
        _write_text(args.save_profile, dump_profile(profile))
    show_progress = not args.json and sys.stderr.isatty()
    with opened(args) as db:
        steps = (dry_run if args.dry_run else run_import)(db, plan, current_actor())
        report = None
        for step in steps:
            report = step.report or report
            if show_progress:
                print(
                    f"\r{count_text(step.rows_done)}/{count_text(step.rows_total)}",
                    end="",
                    file=sys.stderr,
                    flush=True,
                )
        if show_progress:
            print(file=sys.stderr)
    assert report is not None
    if args.errors:
        save_issues_xlsx(args.errors, report.issues)
    lines = [
        say(
            QT_TRANSLATE_NOOP("Cli", "{file}, sheet “{sheet}”, headings in row {row}: {rows} rows"),
            file=report.file_name,
            sheet=report.sheet,
            row=report.header_row,
            rows=count_text(report.counts.rows),
        ),
        *notes,
        *_count_lines(report),
        *_issue_lines(report),
    ]
    if report.needs_merge_policy:
        lines.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "Some rows match existing customers: choose --merge skip, fill_empty or overwrite."
                )
            )
        )
    if report.batch_id is None:
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was written.")))
    else:
        lines.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "Imported as batch {batch}. To undo it: consentdesk import-undo {batch}"
                ),
                batch=report.batch_id,
            )
        )
    payload = {"dry_run": report.batch_id is None, "mapping_notes": notes, **report.as_dict()}
    emit(args, payload, lines)
    return 0


def _undo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "batch", type=int, metavar="BATCH", help=say(QT_TRANSLATE_NOOP("Cli", "the import batch number"))
    )


@command(
    "import-undo",
    QT_TRANSLATE_NOOP("Cli", "undo an import batch (what was changed since is kept)"),
    _undo_options,
)
def cmd_import_undo(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from desktop_app.services.bootstrap import current_actor
    from desktop_app.services.importing import undo_batch

    with opened(args) as db, db.session() as session:
        result = undo_batch(session, current_actor(), args.batch)
    lines = [
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Batch {batch} undone: {customers} customers and {consents} consents removed, {restored} "
                "customers restored, {kept} records kept.",
            ),
            batch=result.batch_id,
            customers=result.customers_removed,
            consents=result.consents_removed,
            restored=result.customers_restored,
            kept=len(result.kept),
        )
    ]
    lines += [f"  {k.customer_no or k.customer_id}: {k.reason}" for k in result.kept]
    emit(args, asdict(result), lines)
    return 0
