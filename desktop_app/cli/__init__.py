"""The command line: the same services as the GUI, for scripts and for offices without a screen.

Every command prints human-readable text in the chosen language, or JSON with --json. A user error
(bad input, damaged file) prints a message and exits with status 2; it never shows a traceback.
Commands live in the modules of COMMAND_MODULES and register themselves with `@command`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from typing import Any

from desktop_app import __version__, i18n
from desktop_app.cli.common import COMMANDS, say
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP

EXIT_USER_ERROR = 2
COMMAND_MODULES = (
    "foundation",
    "governance",
    "ledger",
    "importing",
    "reports",
    "business",
    "evaluation",
    "campaigns",
    "customer_list",
    "merge",
)


def _global_options(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--db",
        default=default,
        help=say(
            QT_TRANSLATE_NOOP(
                "Cli", "database URL or SQLite file (default: CONSENTDESK_DB or the user data folder)"
            )
        ),
    )
    parser.add_argument(
        "--lang",
        choices=["de", "en"],
        default=default,
        help=say(QT_TRANSLATE_NOOP("Cli", "language of messages (default: the one chosen in Settings)")),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=default if default else False,
        help=say(QT_TRANSLATE_NOOP("Cli", "machine-readable output")),
    )


def build_parser() -> argparse.ArgumentParser:
    for module in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{module}")
    parser = argparse.ArgumentParser(
        prog="consentdesk", description=say(QT_TRANSLATE_NOOP("Cli", "ConsentDesk command line"))
    )
    parser.add_argument("--version", action="version", version=f"ConsentDesk {__version__}")
    _global_options(parser, None)
    # The same options after the command name (`consentdesk info --json`) must work too.
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for cmd in COMMANDS.values():
        child = sub.add_parser(cmd.name, help=say(cmd.help), parents=[common])
        if cmd.configure:
            cmd.configure(child)
    return parser


def _early_language(argv: Sequence[str]) -> None:
    """Help texts are built before parsing, so --lang is looked for first; else the GUI's Settings choice."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            i18n.set_language(argv[i + 1])
            return
        if arg.startswith("--lang="):
            i18n.set_language(arg.split("=", 1)[1])
            return
    from desktop_app.preferences import stored_language

    stored = stored_language()
    if stored is not None:
        i18n.set_language(stored)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _early_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return COMMANDS[args.command].handler(args)
    except UserError as error:
        if args.json:
            print(json.dumps({"error": error.message()}, ensure_ascii=False))
        else:
            print(say(QT_TRANSLATE_NOOP("Cli", "Error: {message}"), message=error.message()), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(say(QT_TRANSLATE_NOOP("Cli", "Cancelled.")), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0  # output piped into e.g. `head`, which stopped reading
    except Exception as error:  # a bug: report it without a traceback on screen
        from desktop_app.crash import write_crash_report

        report = write_crash_report(error)
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Unexpected error ({kind}). Details were saved to {path}; "
                    "please send that file to support.",
                ),
                kind=type(error).__name__,
                path=str(report),
            ),
            file=sys.stderr,
        )
        return 1
