"""The command line: the same services as the GUI, for scripts and for offices without a screen.

Every command prints human-readable text in the chosen language, or JSON with --json. A user error
(bad input, damaged file) prints a message and exits with status 2; it never shows a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from desktop_app import __version__, i18n
from desktop_app.errors import UserError
from desktop_app.i18n import tr

Handler = Callable[[argparse.Namespace], int]
EXIT_USER_ERROR = 2
_CLI = "Cli"


def _ctx(text: str, **params: Any) -> str:
    return tr(_CLI, text, **params)


def emit(args: argparse.Namespace, payload: dict[str, Any], human: Sequence[str]) -> None:
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    else:
        for line in human:
            print(line)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop_app.db.migrate import current_revision
    from desktop_app.services.bootstrap import open_database

    db = open_database(args.db)
    try:
        revision = current_revision(db.engine)
        emit(
            args,
            {"database": db.display_location(), "schema": revision},
            [
                _ctx(
                    "Database ready: {location} (schema {revision})",
                    location=db.display_location(),
                    revision=revision,
                )
            ],
        )
    finally:
        db.dispose()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services.bootstrap import open_database
    from desktop_app.services.demo import generate_demo

    if args.customers < 1 or args.customers > 5_000_000:
        raise UserError(i18n.QT_TRANSLATE_NOOP("Errors", "--customers must be between 1 and 5,000,000."))
    db = open_database(args.db)
    try:

        def progress(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)

        result = generate_demo(db, customers=args.customers, seed=args.seed, progress=progress)
        if not args.json and sys.stderr.isatty():
            print(file=sys.stderr)
        emit(
            args,
            {"database": db.display_location(), **result.__dict__},
            [
                _ctx(
                    "Added {customers} demo customers with {consents} consents to {location}.",
                    customers=result.customers,
                    consents=result.consents,
                    location=db.display_location(),
                )
            ],
        )
    finally:
        db.dispose()
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from desktop_app.services.bootstrap import open_database
    from desktop_app.services.info import entity_counts

    db = open_database(args.db)
    try:
        with db.read_session() as session:
            counts = entity_counts(session)
        lines = [_ctx("Database: {location}", location=db.display_location())]
        width = max(len(k) for k in counts)
        lines += [f"  {name.ljust(width)}  {value:>10}" for name, value in counts.items()]
        emit(args, {"database": db.display_location(), "counts": counts}, lines)
    finally:
        db.dispose()
    return 0


COMMANDS: dict[str, tuple[str, Handler]] = {
    "init": (i18n.QT_TRANSLATE_NOOP("Cli", "create or upgrade the database and print where it is"), cmd_init),
    "demo": (i18n.QT_TRANSLATE_NOOP("Cli", "fill the database with realistic German demo data"), cmd_demo),
    "info": (i18n.QT_TRANSLATE_NOOP("Cli", "print the number of records per entity"), cmd_info),
}


def _global_options(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--db",
        default=default,
        help=_ctx("database URL or SQLite file (default: CONSENTDESK_DB or the user data folder)"),
    )
    parser.add_argument(
        "--lang", choices=["de", "en"], default=default, help=_ctx("language of messages (default: system)")
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=default if default else False,
        help=_ctx("machine-readable output"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="consentdesk", description=_ctx("ConsentDesk command line"))
    parser.add_argument("--version", action="version", version=f"ConsentDesk {__version__}")
    _global_options(parser, None)
    # The same options after the command name (`consentdesk info --json`) must work too.
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, _handler) in COMMANDS.items():
        command = sub.add_parser(name, help=_ctx(help_text), parents=[common])
        if name == "demo":
            command.add_argument(
                "--customers", type=int, default=2000, help=_ctx("how many customers (default 2000)")
            )
            command.add_argument(
                "--seed", type=int, default=1, help=_ctx("random seed; the same seed gives the same data")
            )
    return parser


def _early_language(argv: Sequence[str]) -> None:
    """Help texts are built before parsing, so --lang is looked for first."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            i18n.set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            i18n.set_language(arg.split("=", 1)[1])


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _early_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return COMMANDS[args.command][1](args)
    except UserError as error:
        if args.json:
            print(json.dumps({"error": error.message()}, ensure_ascii=False))
        else:
            print(_ctx("Error: {message}", message=error.message()), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(_ctx("Cancelled."), file=sys.stderr)
        return 130
