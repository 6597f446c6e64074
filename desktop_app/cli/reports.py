"""report: print-ready PDF reports, rendered without a screen.

Each kind of report is one function registered with `@report_kind`; the command handles the output
file, the language and the Qt application around it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import i18n
from desktop_app.cli.common import command, emit, opened, say
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.services.reports.model import Report

# (session, target, language or None) -> Report; target is the positional argument after the kind.
Builder = Callable[["Session", str | None, str | None], "Report"]


@dataclass(frozen=True)
class ReportKind:
    name: str
    help: str  # English, marked for translation in context "Cli"
    builder: Builder


REPORT_KINDS: dict[str, ReportKind] = {}


def report_kind(name: str, help_text: str) -> Callable[[Builder], Builder]:
    def decorate(builder: Builder) -> Builder:
        REPORT_KINDS[name] = ReportKind(name, help_text, builder)
        return builder

    return decorate


@report_kind("processing-record", QT_TRANSLATE_NOOP("Cli", "record of processing activities (Art. 30 GDPR)"))
def _processing_record(session: Session, target: str | None, language: str | None) -> Report:
    from desktop_app.services.reports.processing_record import build_processing_record

    if target is not None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The record of processing activities takes no id."))
    return build_processing_record(session, language or i18n.current_language())


@report_kind(
    "consent-form",
    QT_TRANSLATE_NOOP("Cli", "blank consent form for the consent text with the id TARGET"),
)
def _consent_form(session: Session, target: str | None, language: str | None) -> Report:
    from desktop_app.services.reports.consent_form import build_consent_form

    text_id = _id(target)
    try:
        # Without --lang the form is in the language of the consent text it prints.
        return build_consent_form(session, text_id, language)
    except NotFound as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "There is no consent text with the id {id}."), id=text_id
        ) from error


@report_kind(
    "customer",
    QT_TRANSLATE_NOOP(
        "Cli", "consent overview and access report (Art. 15 GDPR) of the customer with the id TARGET"
    ),
)
def _customer(session: Session, target: str | None, language: str | None) -> Report:
    from desktop_app.services.reports.customer_report import build_customer_report

    customer_id = _customer_id(target)
    try:
        return build_customer_report(session, customer_id, language or i18n.current_language())
    except NotFound as error:
        raise _no_customer(customer_id) from error


@report_kind("overview", QT_TRANSLATE_NOOP("Cli", "consent overview of all customers"))
def _overview(session: Session, target: str | None, language: str | None) -> Report:
    from desktop_app.services.reports.overview import build_overview

    if target is not None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The consent overview takes no id."))
    return build_overview(session, language or i18n.current_language())


@report_kind(
    "campaign-export",
    QT_TRANSLATE_NOOP("Cli", "evidence of the recorded campaign export with the id TARGET"),
)
def _campaign_export(session: Session, target: str | None, language: str | None) -> Report:
    from desktop_app.services.reports.campaign_export_report import build_campaign_export_report

    if target is None or not target.isdigit():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give the number of a campaign export (shown with the campaign's exports)."
            )
        )
    try:
        return build_campaign_export_report(session, int(target), language or i18n.current_language())
    except NotFound as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "There is no campaign export with the number {id}."), id=target
        ) from error


def _id(target: str | None) -> int:
    if target is None or not target.isdigit():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give the id of a consent text (a number, shown on the Consent texts page)."
            )
        )
    return int(target)


def _customer_id(target: str | None) -> int:
    if target is None or not target.isdigit():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Give the id of a customer (a number)."))
    return int(target)


def _no_customer(customer_id: int) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Errors", "There is no customer with the id {id}."), id=str(customer_id)
    )


def _options(parser: argparse.ArgumentParser) -> None:
    kinds = ", ".join(REPORT_KINDS)
    parser.add_argument(
        "kind",
        choices=list(REPORT_KINDS),
        metavar="KIND",
        help=say(QT_TRANSLATE_NOOP("Cli", "one of: {kinds}"), kinds=kinds),
    )
    parser.add_argument(
        "target",
        nargs="?",
        help=say(QT_TRANSLATE_NOOP("Cli", "what the report is about, e.g. the consent text id")),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf",
        help=say(QT_TRANSLATE_NOOP("Cli", "the PDF file to write (replaced if it exists)")),
    )
    parser.epilog = "\n".join(f"{kind.name}: {say(kind.help)}" for kind in REPORT_KINDS.values())
    parser.formatter_class = argparse.RawDescriptionHelpFormatter


def _check_output(path: Path) -> None:
    """Refuse before any work is done; the write itself can still fail (disk full, permissions)."""
    if path.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name."), path=str(path))
    if not path.parent.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(path.parent)
        )


@command("report", QT_TRANSLATE_NOOP("Cli", "write a report as a PDF file"), _options)
def cmd_report(args: argparse.Namespace) -> int:
    output = Path(args.output).expanduser().absolute()
    _check_output(output)
    from desktop_app.reports_render.output import ensure_gui_application, write_pdf

    # Created before any Qt object; stays alive until the process ends.
    ensure_gui_application()
    kind = REPORT_KINDS[args.kind]
    with opened(args) as db, db.read_session() as session:
        report = kind.builder(session, args.target, args.lang)
    try:
        pages = write_pdf(report, output)
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be written: {detail}"),
            path=str(output),
            detail=error.strerror or str(error),
        ) from error
    emit(
        args,
        {
            "kind": kind.name,
            "file": str(output),
            "pages": pages,
            "language": report.language,
            "audit_anchor": report.audit_anchor,
        },
        [say(QT_TRANSLATE_NOOP("Cli", "Wrote {pages} page(s) to {path}."), pages=pages, path=str(output))],
    )
    return 0


def _export_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("customer_id", metavar="ID", help=say(QT_TRANSLATE_NOOP("Cli", "the customer's id")))
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.json|FILE.xlsx",
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli", "the file to write, JSON or Excel by its extension (replaced if it exists)"
            )
        ),
    )


@command(
    "export-customer",
    QT_TRANSLATE_NOOP("Cli", "export one customer's data for data portability (Art. 20 GDPR)"),
    _export_options,
)
def cmd_export_customer(args: argparse.Namespace) -> int:
    from desktop_app.services.bootstrap import current_actor
    from desktop_app.services.portability import FORMAT_VERSION, export_customer

    output = Path(args.output).expanduser().absolute()
    _check_output(output)
    customer_id = _customer_id(args.customer_id)
    with opened(args) as db, db.session() as session:
        try:
            export_customer(session, current_actor(), customer_id, output)
        except NotFound as error:
            raise _no_customer(customer_id) from error
        except OSError as error:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "{path} cannot be written: {detail}"),
                path=str(output),
                detail=error.strerror or str(error),
            ) from error
    emit(
        args,
        {"customer_id": customer_id, "file": str(output), "format_version": FORMAT_VERSION},
        [
            say(
                QT_TRANSLATE_NOOP("Cli", "Wrote the data of customer {id} to {path}."),
                id=customer_id,
                path=str(output),
            )
        ],
    )
    return 0
