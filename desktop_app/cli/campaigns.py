"""Campaign exports on the command line: the contactable list to .xlsx/.csv with its evidence.

`export-campaign` prints what the GUI's preview shows (contactable, and the excluded by decisive reason
with the norm it rests on) and records the export exactly as the GUI does. `campaigns` lists campaigns
or past exports; `reexport` writes a past export again from its evidence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.domain.enums import Channel
from desktop_app.domain.reasons import reason
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, tr
from desktop_app.services.display import count_text

_EXPORT = "CampaignExport"  # the context of the basis texts in services.campaign_evidence
_FILE_HELP = QT_TRANSLATE_NOOP("Cli", "the .xlsx or .csv file to write")


def _export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--campaign", help=say(QT_TRANSLATE_NOOP("Cli", "name of a saved campaign")))
    parser.add_argument("--purpose", help=say(QT_TRANSLATE_NOOP("Cli", "purpose code, e.g. newsletter")))
    parser.add_argument("--channel", help=say(QT_TRANSLATE_NOOP("Cli", "email, phone, sms or post")))
    parser.add_argument(
        "--date", help=say(QT_TRANSLATE_NOOP("Cli", "contactable as of this day (YYYY-MM-DD; default today)"))
    )
    parser.add_argument(
        "--segment",
        help=say(QT_TRANSLATE_NOOP("Cli", 'segment filter as JSON, e.g. {"postcodes": ["10000-14999"]}')),
    )
    parser.add_argument(
        "--columns", help=say(QT_TRANSLATE_NOOP("Cli", "columns, comma-separated (default: by channel)"))
    )
    parser.add_argument(
        "--delimiter",
        choices=[";", ","],
        default=";",
        help=say(QT_TRANSLATE_NOOP("Cli", "CSV separator (default ;)")),
    )
    parser.add_argument("-o", "--output", help=say(_FILE_HELP))
    parser.add_argument(
        "--preview",
        action="store_true",
        help=say(QT_TRANSLATE_NOOP("Cli", "only show the counts; write and record nothing")),
    )


def _day(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date (expected e.g. 2024-12-31)."), value=value
        ) from None


def _resolve(session: Any, args: argparse.Namespace) -> tuple[int, Channel, Any, int | None, str]:
    """(purpose id, channel, segment, campaign id, campaign name) from --campaign or --purpose/--channel."""
    from desktop_app.services.campaign_segment import Segment
    from desktop_app.services.campaigns import campaign_by_name, check_channel
    from desktop_app.services.catalog import purpose_by_code

    if args.campaign:
        if args.purpose or args.channel or args.segment:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "--campaign brings its purpose, channel and segment; do not give them as well."
                )
            )
        campaign = campaign_by_name(session, args.campaign)
        return campaign.purpose_id, campaign.channel, campaign.segment, campaign.id, campaign.name
    if not args.purpose or not args.channel:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Give --campaign, or --purpose and --channel."))
    purpose = purpose_by_code(session, args.purpose.strip())
    if purpose is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "There is no purpose {purpose}."), purpose=args.purpose)
    try:
        channel = Channel(args.channel.strip().lower())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Unknown channel “{value}”; use one of: {choices}."),
            value=args.channel,
            choices=", ".join(c.value for c in Channel),
        ) from None
    check_channel(session, purpose.id, channel)
    return purpose.id, channel, Segment.from_json(args.segment or "{}"), None, ""


def _breakdown(preview: Any) -> tuple[list[str], dict[str, Any]]:
    from desktop_app.services.campaign_evidence import BASIS_TEXTS
    from desktop_app.services.evaluation import BASIS_OF

    lang = current_language()
    lines = [
        say(
            QT_TRANSLATE_NOOP("Cli", "Customers in the segment: {n}"), n=count_text(preview.total_in_segment)
        ),
        say(QT_TRANSLATE_NOOP("Cli", "Contactable: {n}"), n=count_text(preview.contactable)),
        *(
            f"  {count_text(n):>10}  {tr(_EXPORT, BASIS_TEXTS[BASIS_OF[code]])}"
            for code, n in preview.by_basis.items()
        ),
        say(QT_TRANSLATE_NOOP("Cli", "Not contactable: {n}"), n=count_text(sum(preview.excluded.values()))),
        *(f"  {count_text(n):>10}  {reason(code).text(lang)}" for code, n in preview.excluded.items()),
    ]
    payload = {
        "total_in_segment": preview.total_in_segment,
        "contactable": preview.contactable,
        "by_basis": {code.value: n for code, n in preview.by_basis.items()},
        "excluded": [
            {"reason": code.value, "count": n, "text": reason(code).text(lang)}
            for code, n in preview.excluded.items()
        ],
    }
    return lines, payload


def _progress(args: argparse.Namespace) -> Any:
    """A one-line counter on stderr for people at a terminal; silent in scripts and with --json."""
    if args.json or not sys.stderr.isatty():
        return None

    def show(step: Any) -> None:
        if step.phase == "writing":
            print(
                f"\r{count_text(step.done)} / {count_text(step.total)}", end="", file=sys.stderr, flush=True
            )
        elif step.phase == "finishing":  # the counter's line is complete: the rest takes seconds
            print(file=sys.stderr)

    return show


@command(
    "export-campaign",
    QT_TRANSLATE_NOOP("Cli", "export the contactable list of a campaign to .xlsx or .csv, with its evidence"),
    _export_options,
)
def cmd_export_campaign(args: argparse.Namespace) -> int:
    from desktop_app.services.bootstrap import current_actor
    from desktop_app.services.campaign_export import ExportRequest, check_columns, export_list, run_to_end
    from desktop_app.services.campaigns import campaign_preview

    on = _day(args.date)
    columns = check_columns([c.strip() for c in args.columns.split(",")]) if args.columns else ()
    if not args.preview and not args.output:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Name the file to write: -o FILE.xlsx or -o FILE.csv."))
    with opened(args) as db:
        if args.preview:
            with db.read_session() as session:
                purpose_id, channel, segment, _, name = _resolve(session, args)
                preview = campaign_preview(session, purpose_id, channel, on, segment)
            lines, payload = _breakdown(preview)
            emit(args, {"date": on.isoformat(), "campaign": name or None, **payload}, lines)
            return 0
        with db.session() as session:
            purpose_id, channel, segment, campaign_id, name = _resolve(session, args)
            request = ExportRequest(
                purpose_id, channel, on, Path(args.output).expanduser().absolute(), segment, campaign_id,
                columns, args.delimiter,
            )  # fmt: skip
            result = run_to_end(export_list(session, current_actor(), request), _progress(args))
    assert result.preview is not None
    lines, payload = _breakdown(result.preview)
    lines += [
        say(
            QT_TRANSLATE_NOOP("Cli", "Written: {path} ({rows} rows, SHA-256 {sha})"),
            path=str(result.path),
            rows=count_text(result.rows),
            sha=result.sha256[:16],
        ),
        say(
            QT_TRANSLATE_NOOP("Cli", "Recorded as export no. {id}; {n} consents marked as used."),
            id=result.export_id,
            n=count_text(result.consents_used),
        ),
    ]
    payload.update(
        export_id=result.export_id,
        file=str(result.path),
        rows=result.rows,
        sha256=result.sha256,
        consents_used=result.consents_used,
        date=on.isoformat(),
        channel=channel.value,
        campaign=name or None,
    )
    emit(args, payload, lines)
    return 0


def _list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--exports", action="store_true", help=say(QT_TRANSLATE_NOOP("Cli", "list past exports instead"))
    )
    parser.add_argument(
        "--archived", action="store_true", help=say(QT_TRANSLATE_NOOP("Cli", "include archived campaigns"))
    )


@command("campaigns", QT_TRANSLATE_NOOP("Cli", "list campaigns or past campaign exports"), _list_options)
def cmd_campaigns(args: argparse.Namespace) -> int:
    from desktop_app.services.campaign_evidence import list_exports
    from desktop_app.services.campaigns import list_campaigns

    with opened(args) as db, db.read_session() as session:
        exports = list_exports(session) if args.exports else []
        views = [] if args.exports else list_campaigns(session, include_archived=args.archived)
    if args.exports:
        lines = [
            f"#{e.id:<5} {e.exported_at.astimezone():%Y-%m-%d %H:%M}  "
            f"{count_text(e.row_count):>9}  {e.file_name}"
            f"  {e.campaign_name or e.purpose_code}"
            for e in exports
        ]
        payload = {"exports": [_export_json(e) for e in exports]}
        emit(args, payload, lines or [say(QT_TRANSLATE_NOOP("Cli", "No exports yet."))])
        return 0
    lines = [
        f"#{v.id:<5} {v.name:<30} {v.purpose_code:<14} {v.channel.value:<6} {v.status.value:<9}"
        f" {v.planned_on.isoformat() if v.planned_on else '-':<10}  {v.export_count}"
        for v in views
    ]
    payload = {"campaigns": [_campaign_json(v) for v in views]}
    emit(args, payload, lines or [say(QT_TRANSLATE_NOOP("Cli", "No campaigns yet."))])
    return 0


def _export_json(e: Any) -> dict[str, Any]:
    return {
        "id": e.id,
        "campaign": e.campaign_name or None,
        "purpose": e.purpose_code,
        "channel": e.channel.value,
        "as_of": e.as_of.isoformat(),
        "rows": e.row_count,
        "file": e.file_name,
        "sha256": e.sha256,
        "exported_by": e.exported_by,
        "exported_at": e.exported_at.isoformat(),
        "rules_version": e.rules_version,
    }


def _campaign_json(v: Any) -> dict[str, Any]:
    return {
        "id": v.id,
        "name": v.name,
        "purpose": v.purpose_code,
        "channel": v.channel.value,
        "planned_on": v.planned_on.isoformat() if v.planned_on else None,
        "status": v.status.value,
        "owner": v.owner,
        "segment": v.segment.as_dict(),
        "exports": v.export_count,
        "last_export_at": v.last_export_at.isoformat() if v.last_export_at else None,
    }


def _reexport_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--export", type=int, required=True, help=say(QT_TRANSLATE_NOOP("Cli", "export no.")))
    parser.add_argument("-o", "--output", required=True, help=say(_FILE_HELP))


@command(
    "reexport",
    QT_TRANSLATE_NOOP("Cli", "write a past campaign export again, exactly as it was"),
    _reexport_options,
)
def cmd_reexport(args: argparse.Namespace) -> int:
    from desktop_app.services.bootstrap import current_actor
    from desktop_app.services.campaign_evidence import export_view
    from desktop_app.services.campaign_export import run_to_end
    from desktop_app.services.campaign_reexport import reexport

    path = Path(args.output).expanduser().absolute()
    with opened(args) as db, db.session() as session:
        original = export_view(session, args.export).sha256
        result = run_to_end(reexport(session, current_actor(), args.export, path))
    same = result.sha256 == original
    lines = [
        say(
            QT_TRANSLATE_NOOP("Cli", "Written: {path} ({rows} rows, SHA-256 {sha})"),
            path=str(result.path),
            rows=count_text(result.rows),
            sha=result.sha256[:16],
        )
    ]
    if same:
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "Identical to the original file (same SHA-256).")))
    payload = {
        "export_id": args.export, "file": str(result.path), "rows": result.rows, "sha256": result.sha256,
        "identical_to_original": same, "erased_rows": result.erased_rows,
    }  # fmt: skip
    emit(args, payload, lines)
    return 0
