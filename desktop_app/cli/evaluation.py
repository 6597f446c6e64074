"""explain: may this customer be contacted for this purpose over this channel, and why (not)?

The full trace of the Python rules engine (services.facts.evaluate_customer), each reason in the chosen
language with the norm it rests on: what staff look at before answering a customer or a complaint.
"""

from __future__ import annotations

import argparse
import datetime as dt

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.domain.enums import Channel
from desktop_app.domain.reasons import Severity
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language
from desktop_app.services.display import channel_text, date_text

_SEVERITY = {
    Severity.OK: QT_TRANSLATE_NOOP("Cli", "basis"),
    Severity.BLOCK: QT_TRANSLATE_NOOP("Cli", "blocks"),
    Severity.WARN: QT_TRANSLATE_NOOP("Cli", "warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("Cli", "note"),
}


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customer", required=True, help=say(QT_TRANSLATE_NOOP("Cli", "customer id")))
    parser.add_argument(
        "--purpose", required=True, help=say(QT_TRANSLATE_NOOP("Cli", "purpose code, e.g. newsletter"))
    )
    parser.add_argument(
        "--channel", required=True, help=say(QT_TRANSLATE_NOOP("Cli", "email, phone, sms or post"))
    )
    parser.add_argument(
        "--date",
        help=say(QT_TRANSLATE_NOOP("Cli", "judge as on this day (YYYY-MM-DD or DD.MM.YYYY; default today)")),
    )


def _customer_id(value: str) -> int:
    if not value.strip().isdigit():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a customer id (a number)."), value=value
        )
    return int(value)


def _channel(value: str) -> Channel:
    try:
        return Channel(value.strip().lower())
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Unknown channel “{value}”; use one of: {choices}."),
            value=value,
            choices=", ".join(c.value for c in Channel),
        ) from None


def _date(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    text = value.strip()
    for form in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise UserError(
        QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date (expected e.g. 31.12.2024 or 2024-12-31)."),
        value=value,
    )


@command(
    "explain",
    QT_TRANSLATE_NOOP("Cli", "explain whether a customer may be contacted for a purpose over a channel"),
    _options,
)
def cmd_explain(args: argparse.Namespace) -> int:
    from desktop_app.services.facts import evaluate_customer

    customer_id, channel, on = _customer_id(args.customer), _channel(args.channel), _date(args.date)
    purpose = args.purpose.strip()
    with opened(args) as db, db.read_session() as session:
        decision = evaluate_customer(session, customer_id, purpose, channel, on)
    lang = current_language()
    reasons = [
        {"code": r.code.value, "severity": r.severity.value, "text": r.text(lang)} for r in decision.reasons
    ]
    verdict = (
        QT_TRANSLATE_NOOP("Cli", "Contactable.")
        if decision.contactable
        else QT_TRANSLATE_NOOP("Cli", "Not contactable.")
    )
    lines = [
        say(
            QT_TRANSLATE_NOOP("Cli", "Customer {customer}, purpose {purpose}, {channel}, on {date}:"),
            customer=customer_id,
            purpose=purpose,
            channel=channel_text(channel),
            date=date_text(on),
        ),
        say(verdict),
        *(f"  [{say(_SEVERITY[r.severity])}] {r.text(lang)}" for r in decision.reasons),
        say(QT_TRANSLATE_NOOP("Cli", "Rules version {version}"), version=decision.rules_version),
    ]
    payload = {
        "customer_id": customer_id,
        "purpose": purpose,
        "channel": channel.value,
        "date": on.isoformat(),
        "contactable": decision.contactable,
        "basis": decision.basis.value if decision.basis else None,
        "consent_id": decision.consent_id,
        "reasons": reasons,
        "rules_version": decision.rules_version,
    }
    emit(args, payload, lines)
    return 0
