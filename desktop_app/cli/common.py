"""What every command module shares: the registry, output in text or JSON, opening the database."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from desktop_app.db.engine import Database
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

Handler = Callable[[argparse.Namespace], int]
Configure = Callable[[argparse.ArgumentParser], None]
_CLI = "Cli"


@dataclass(frozen=True)
class Command:
    name: str
    help: str  # English source, marked with QT_TRANSLATE_NOOP("Cli", ...)
    handler: Handler
    configure: Configure | None = None


COMMANDS: dict[str, Command] = {}


def command(name: str, help_text: str, configure: Configure | None = None) -> Callable[[Handler], Handler]:
    """Registers a command; modules listed in desktop_app.cli.COMMAND_MODULES are imported at start."""

    def decorate(handler: Handler) -> Handler:
        COMMANDS[name] = Command(name, help_text, handler, configure)
        return handler

    return decorate


def say(text: str, **params: Any) -> str:
    """Translate a CLI message (context "Cli")."""
    return tr(_CLI, text, **params)


def emit(args: argparse.Namespace, payload: dict[str, Any], human: Sequence[str]) -> None:
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    else:
        for line in human:
            print(line)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Database]:
    from desktop_app.services.bootstrap import open_database

    def announce() -> None:
        # On stderr: the command's own output (and --json) stays clean.
        message = QT_TRANSLATE_NOOP(
            "Cli",
            "Updating the database to this version; this can take a minute.",
        )
        print(say(message), file=sys.stderr, flush=True)

    db = open_database(args.db, on_upgrade=announce)
    try:
        yield db
    finally:
        db.dispose()
