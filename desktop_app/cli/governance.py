"""Data-subject rights on the command line: the request register (more governance commands follow)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.i18n import QT_TRANSLATE_NOOP


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
