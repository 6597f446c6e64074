"""Data-subject rights on the command line: the request register (more governance commands follow)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

_ERASURE = "Erasure"  # the context of the preview texts in services.erasure
_GOVERNANCE = "Governance"


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
    parser.add_argument(
        "--customer", type=int, required=True, help=say(QT_TRANSLATE_NOOP("Cli", "customer id"))
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("Cli", "really erase (without: preview only)")),
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
