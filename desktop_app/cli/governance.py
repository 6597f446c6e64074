"""Data-subject rights and governance on the command line: requests, erasure (one customer or everyone
due under the retention rules), the dashboard, and the re-permission list."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, tr

if TYPE_CHECKING:
    from desktop_app.services.erasure import ErasurePreview

_ERASURE = "Erasure"  # the context of the preview texts in services.erasure
_GOVERNANCE = "Governance"
_LABELS = "Labels"


def _requests_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--open", action="store_true", help=say(QT_TRANSLATE_NOOP("Cli", "only open requests"))
    )


@command(
    "requests", QT_TRANSLATE_NOOP("Cli", "list data-subject requests and their deadlines"), _requests_options
)
def cmd_requests(args: argparse.Namespace) -> int:
    from desktop_app.services.requests import list_requests

    today = dt.date.today()
    with opened(args) as db, db.read_session() as session:
        views = list_requests(session, open_only=args.open)
    payload = {
        "requests": [{**dataclasses.asdict(v), "due": v.due, "overdue": v.is_overdue(today)} for v in views]
    }
    lines = [say(QT_TRANSLATE_NOOP("Cli", "{count} request(s)"), count=len(views))]
    for v in views:
        who = v.customer_label or v.requester
        state = (
            say(QT_TRANSLATE_NOOP("Cli", "OVERDUE since {date}"), date=f"{v.due:%d.%m.%Y}")
            if v.is_overdue(today)
            else say(QT_TRANSLATE_NOOP("Cli", "due {date}"), date=f"{v.due:%d.%m.%Y}")
        )
        lines.append(f"  #{v.id:<5} {v.kind.value:<14} {v.status.value:<12} {state:<28} {who}")
    emit(args, payload, lines)
    return 0


def _erase_options(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--customer", type=int, help=say(QT_TRANSLATE_NOOP("Cli", "customer id")))
    which.add_argument(
        "--due",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("Cli", "every customer due for deletion under the retention rules")),
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("Cli", "really erase (without: preview only)")),
    )
    parser.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help=say(QT_TRANSLATE_NOOP("Cli", "with --due: only the first N due customers (run again for more)")),
    )


@command(
    "erase",
    QT_TRANSLATE_NOOP(
        "Cli", "erase a customer's personal data (Art. 17 GDPR), keeping the suppression entry"
    ),
    _erase_options,
)
def cmd_erase(args: argparse.Namespace) -> int:
    from desktop_app.services import erasure
    from desktop_app.services.bootstrap import current_actor

    def describe(preview: erasure.ErasurePreview) -> list[str]:
        lines = [say(QT_TRANSLATE_NOOP("Cli", "Deleted:"))]
        lines += ["  - " + tr(_ERASURE, text, **preview.params) for text in preview.deleted]
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "Kept:")))
        lines += ["  - " + tr(_ERASURE, text, **preview.params) for text in preview.kept]
        return lines

    def payload(preview: erasure.ErasurePreview, done: bool) -> dict[str, object]:
        return {
            "customer": preview.customer_id,
            "erased": done,
            "full": preview.full,
            "phone_evidence_until": preview.phone_evidence_until,
            "deleted": [tr(_ERASURE, t, **preview.params) for t in preview.deleted],
            "kept": [tr(_ERASURE, t, **preview.params) for t in preview.kept],
        }

    if args.limit is not None and (not args.due or args.limit < 1):
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "--limit goes with --due and needs a number of at least 1.")
        )
    if args.due:
        return _erase_due(args, describe, payload)
    with opened(args) as db:
        if not args.yes:
            with db.read_session() as session:
                preview = erasure.preview_erasure(session, args.customer)
            lines = describe(preview)
            lines.append(say(QT_TRANSLATE_NOOP("Cli", "Nothing was changed. Add --yes to erase.")))
            emit(args, payload(preview, False), lines)
            return 0
        with db.session() as session:
            result = erasure.erase_customer(session, current_actor(), args.customer)
        erasure.clean_database_file(db)
        lines = describe(result)
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "Customer {id} was erased."), id=args.customer))
        emit(args, payload(result, True), lines)
    return 0


def _erase_due(
    args: argparse.Namespace,
    describe: Callable[[ErasurePreview], list[str]],
    payload: Callable[[ErasurePreview, bool], dict[str, object]],
) -> int:
    """The batch: preview every due customer; with --yes erase them, each in its own transaction."""
    from desktop_app.services import customer_list, retention
    from desktop_app.services.bootstrap import current_actor

    today = dt.date.today()
    with opened(args) as db:
        with db.read_session() as session:
            due = retention.due_ids(session, today)
            ids = due[: args.limit] if args.limit else due
            previews = retention.preview_batch(session, ids, today)
            names = {}
            for start in range(0, len(ids), 5000):
                rows = customer_list.rows_by_ids(session, ids[start : start + 5000])
                names.update({cid: row.display_name for cid, row in rows.items()})
        lines = [say(QT_TRANSLATE_NOOP("Cli", "{count} customer(s) due for deletion"), count=len(due))]
        if len(ids) < len(due):
            lines.append(say(QT_TRANSLATE_NOOP("Cli", "These are the first {count}:"), count=len(ids)))
        for preview in previews:
            lines.append(f"#{preview.customer_id} {names.get(preview.customer_id, '')}")
            lines += ["  " + line for line in describe(preview)]
        people = [{**payload(p, False), "name": names.get(p.customer_id, "")} for p in previews]
        if not args.yes:
            if ids:
                lines.append(say(QT_TRANSLATE_NOOP("Cli", "Nothing was changed. Add --yes to erase.")))
            emit(args, {"due": len(due), "erased": 0, "customers": people}, lines)
            return 0
        steps = retention.erase_due(db, current_actor(), ids, lambda: False, today)
        while True:
            try:
                next(steps)
            except StopIteration as stop:
                result: retention.BatchResult = stop.value
                break
    summary = QT_TRANSLATE_NOOP(
        "Cli",
        "{erased} of {total} customer(s) erased ({restricted} with the phone-consent evidence kept "
        "restricted), {skipped} no longer due, {failed} failed.",
    )
    lines = [
        say(summary, erased=len(result.erased), total=result.total, restricted=len(result.kept_restricted),
            skipped=len(result.skipped), failed=len(result.failed))
    ]  # fmt: skip
    lines += [f"  #{cid}: {message}" for cid, message in result.failed]
    emit(
        args,
        {
            "due": len(due),
            "erased": list(result.erased),
            "kept_restricted": list(result.kept_restricted),
            "skipped": list(result.skipped),
            "failed": [{"customer": cid, "error": message} for cid, message in result.failed],
        },
        lines,
    )
    return 1 if result.failed else 0


def _governance_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--doi-days",
        type=int,
        default=7,
        help=say(QT_TRANSLATE_NOOP("Cli", "double opt-ins pending longer than this many days (default 7)")),
    )


@command(
    "governance",
    QT_TRANSLATE_NOOP("Cli", "what is missing, due or overdue: sources, evidence, expiry, Art. 14, deletion"),
    _governance_options,
)
def cmd_governance(args: argparse.Namespace) -> int:
    from desktop_app.services import governance

    with opened(args) as db, db.read_session() as session:
        board = governance.dashboard(session, doi_days=args.doi_days)
    findings = {
        line.finding.value: {"count": line.count, "title": tr(_GOVERNANCE, line.title, days=board.doi_days)}
        for line in board.lines
    }
    payload = {
        "findings": findings,
        "open_requests": board.open_requests,
        "overdue_requests": board.overdue_requests,
        "next_deadline": board.next_deadline,
    }
    lines = [f"  {line.count:>8}  {tr(_GOVERNANCE, line.title, days=board.doi_days)}" for line in board.lines]
    lines.append(
        say(
            QT_TRANSLATE_NOOP("Cli", "  {open:>8}  open data-subject requests, {overdue} overdue"),
            open=board.open_requests,
            overdue=board.overdue_requests,
        )
    )
    emit(args, payload, lines)
    return 0


def _repermission_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--purpose", help=say(QT_TRANSLATE_NOOP("Cli", "purpose code (default: all purposes)"))
    )
    parser.add_argument(
        "--within-days",
        type=int,
        default=30,
        help=say(QT_TRANSLATE_NOOP("Cli", "consents running out within this many days (default 30)")),
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help=say(QT_TRANSLATE_NOOP("Cli", "write the mail-merge list to this .xlsx or .csv file")),
    )


@command(
    "repermission",
    QT_TRANSLATE_NOOP(
        "Cli", "whom to ask again for consent (stale or expiring consents), over a channel still allowed"
    ),
    _repermission_options,
)
def cmd_repermission(args: argparse.Namespace) -> int:
    from desktop_app.errors import UserError
    from desktop_app.services import catalog, repermission
    from desktop_app.services.bootstrap import current_actor
    from desktop_app.vocabulary import CHANNELS

    today = dt.date.today()
    lang = current_language()
    with opened(args) as db:
        purpose_id = None
        with db.read_session() as session:
            if args.purpose:
                purpose = catalog.purpose_by_code(session, args.purpose)
                if purpose is None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("Errors", "The purpose “{purpose}” does not exist."),
                        purpose=args.purpose,
                    )
                purpose_id = purpose.id
            found = repermission.build_list(session, today, purpose_id, args.within_days)
        lines = [
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "{count} customer(s) to ask again, {none} without any allowed channel"
                ),
                count=len(found.askable),
                none=found.not_askable,
            )
        ]
        for row in found.rows:
            via = (
                tr(_LABELS, CHANNELS[row.ask_via])
                if row.ask_via
                else say(QT_TRANSLATE_NOOP("Cli", "cannot be asked"))
            )
            due = f"{row.due_on:%d.%m.%Y}" if row.due_on != dt.date.max else ""
            lines.append(
                f"  #{row.customer_id:<7} {row.person.display_name:<30} {row.purpose(lang):<28} "
                f"{due:<10}  {via}"
            )
        if args.output is not None:
            result = repermission.export_list(
                db, current_actor(), args.output, today, purpose_id, args.within_days, lang
            )
            lines.append(
                say(
                    QT_TRANSLATE_NOOP("Cli", "{rows} row(s) written to {path}."),
                    rows=result.rows,
                    path=str(result.path),
                )
            )
    payload = {
        "within_days": found.within_days,
        "customers": [
            {
                "customer": row.customer_id,
                "name": row.person.display_name,
                "purpose": row.purpose(lang),
                "channels": [c.value for c in row.channels],
                "runs_out_on": row.due_on if row.due_on != dt.date.max else None,
                "ask_via": row.ask_via.value if row.ask_via else None,
                "basis": row.basis.value if row.basis else None,
            }
            for row in found.rows
        ],
        "output": str(args.output) if args.output else None,
    }
    emit(args, payload, lines)
    return 0
