"""merge: two records of one person become one (services.merge); a preview unless --yes."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

_MERGE = "Merge"


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--keep", type=int, required=True, help=say(QT_TRANSLATE_NOOP("Cli", "id of the customer to keep"))
    )
    parser.add_argument(
        "--other",
        type=int,
        required=True,
        help=say(QT_TRANSLATE_NOOP("Cli", "id of the customer merged into it (closed afterwards)")),
    )
    parser.add_argument(
        "--take",
        default="",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "comma-separated fields whose value comes from the other record: name, company, kind, "
                "email, phone, mobile, address, birth_date, existing, source, notes (default: the kept "
                "record's value, the other's where the kept one is empty)",
            )
        ),
    )
    parser.add_argument(
        "--yes",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("Cli", "really merge (without: preview only)")),
    )


@command(
    "merge",
    QT_TRANSLATE_NOOP("Cli", "merge two records of the same person, keeping all consent history"),
    _options,
)
def cmd_merge(args: argparse.Namespace) -> int:
    from desktop_app.services import merge
    from desktop_app.services.bootstrap import current_actor

    choices = {key.strip(): merge.Side.OTHER for key in args.take.split(",") if key.strip()}

    def describe(preview: merge.MergePreview) -> list[str]:
        lines = [
            say(
                QT_TRANSLATE_NOOP("Cli", "Keep {keep}, merge {other} into it."),
                keep=f"{preview.keep.customer_no} {preview.keep.display_name}",
                other=f"{preview.other.customer_no} {preview.other.display_name}",
            )
        ]
        for f in preview.fields:
            chosen = f.other_text if f.chosen is merge.Side.OTHER else f.keep_text
            mark = " *" if f.chosen is merge.Side.OTHER else ""
            lines.append(f"  {tr(_MERGE, f.label)} [{f.key}]: {chosen or '—'}{mark}")
        lines.append(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Moves: {events} consent events, {suppressions} do-not-contact entries, {requests} "
                    "requests, {rows} campaign-export rows.",
                ),
                events=preview.consent_events,
                suppressions=preview.suppressions,
                requests=preview.requests,
                rows=preview.export_rows,
            )
        )
        outcomes = {
            merge.Outcome.MOVED: QT_TRANSLATE_NOOP("Cli", "moves with its history"),
            merge.Outcome.KEPT: QT_TRANSLATE_NOOP("Cli", "the kept consent stays, this history is attached"),
            merge.Outcome.NO_WINS: QT_TRANSLATE_NOOP("Cli", "yes against no: the no wins"),
        }
        for p in preview.consents:
            lines.append(f"  {p.purpose_code} · {p.channel.value}: {say(outcomes[p.outcome])}")
        lines += [f"  ! {n.message()}" for n in preview.notices]
        if preview.problem:
            lines.append(f"  ✘ {preview.problem}")
        return lines

    def payload(preview: merge.MergePreview, done: bool) -> dict[str, object]:
        return {
            "keep": preview.keep.id,
            "other": preview.other.id,
            "merged": done,
            "fields": {f.key: f.chosen.value for f in preview.fields},
            "consents": [
                {"purpose": p.purpose_code, "channel": p.channel.value, "outcome": p.outcome.value}
                for p in preview.consents
            ],
            "consent_events": preview.consent_events,
            "suppressions": preview.suppressions,
            "requests": preview.requests,
            "export_rows": preview.export_rows,
            "notices": [n.message() for n in preview.notices],
            "problem": preview.problem,
        }

    with opened(args) as db:
        if not args.yes:
            with db.read_session() as session:
                preview = merge.preview_merge(session, args.keep, args.other, choices)
            lines = describe(preview)
            lines.append(say(QT_TRANSLATE_NOOP("Cli", "Nothing was changed. Add --yes to merge.")))
            emit(args, payload(preview, False), lines)
            return 0
        with db.session() as session:
            result = merge.merge_customers(session, current_actor(), args.keep, args.other, choices)
        lines = describe(result)
        lines.append(
            say(
                QT_TRANSLATE_NOOP("Cli", "Customer {other} was merged into customer {keep}."),
                other=args.other,
                keep=args.keep,
            )
        )
        emit(args, payload(result, True), lines)
    return 0
