"""business: show or set the business details printed at the top of every report and form."""

from __future__ import annotations

import argparse
import dataclasses

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

_REPORTS = "Reports"  # the field labels are the ones printed on reports
_FIELDS = {  # option dest -> BusinessDetails field
    "name": "name",
    "email": "email",
    "phone": "phone",
    "dpo": "dpo_contact",
}


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help=say(QT_TRANSLATE_NOOP("Cli", "the business's name")))
    parser.add_argument(
        "--address-line",
        action="append",
        dest="address_lines",
        metavar="LINE",
        help=say(
            QT_TRANSLATE_NOOP("Cli", "one line of the address; repeat for each line (replaces the address)")
        ),
    )
    parser.add_argument(
        "--email", help=say(QT_TRANSLATE_NOOP("Cli", "e-mail address for data-protection matters"))
    )
    parser.add_argument("--phone", help=say(QT_TRANSLATE_NOOP("Cli", "phone number")))
    parser.add_argument(
        "--dpo",
        help=say(
            QT_TRANSLATE_NOOP("Cli", "data protection officer or contact person, with how to reach them")
        ),
    )


@command(
    "business", QT_TRANSLATE_NOOP("Cli", "show or set the business details printed on reports"), _options
)
def cmd_business(args: argparse.Namespace) -> int:
    from desktop_app.services.bootstrap import current_actor
    from desktop_app.services.business import FIELD_LABELS, get_business, save_business

    changes = {
        field: getattr(args, option) for option, field in _FIELDS.items() if getattr(args, option) is not None
    }
    if args.address_lines is not None:
        changes["address"] = "\n".join(args.address_lines)
    with opened(args) as db:
        if changes:
            with db.session() as session:
                details = save_business(
                    session, current_actor(), dataclasses.replace(get_business(session), **changes)
                )
        else:
            with db.read_session() as session:
                details = get_business(session)
    values = dataclasses.asdict(details)
    labels = {field: tr(_REPORTS, label) for field, label in FIELD_LABELS.items()}
    width = max(len(label) for label in labels.values())
    lines = [
        f"{labels[field].ljust(width)}  {value.replace(chr(10), ' · ') or '–'}"
        for field, value in values.items()
    ]
    if changes:
        lines.append(say(QT_TRANSLATE_NOOP("Cli", "Saved.")))
    emit(args, values, lines)
    return 0
