"""init, demo, info: create the database, fill it with demo data, count what is in it."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import command, emit, opened, say
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.display import count_text


@command("init", QT_TRANSLATE_NOOP("Cli", "create or upgrade the database and print where it is"))
def cmd_init(args: argparse.Namespace) -> int:
    from desktop_app.db.migrate import current_revision

    with opened(args) as db:
        revision = current_revision(db.engine)
        location = db.display_location()
        emit(
            args,
            {"database": location, "schema": revision},
            [
                say(
                    QT_TRANSLATE_NOOP("Cli", "Database ready: {location} (schema {revision})"),
                    location=location,
                    revision=revision,
                )
            ],
        )
    return 0


def _demo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--customers",
        type=int,
        default=2000,
        help=say(QT_TRANSLATE_NOOP("Cli", "how many customers (default 2000)")),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        help=say(QT_TRANSLATE_NOOP("Cli", "random seed; the same seed gives the same data")),
    )


@command("demo", QT_TRANSLATE_NOOP("Cli", "fill the database with realistic German demo data"), _demo_options)
def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services.demo import generate_demo

    if not 1 <= args.customers <= 5_000_000:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "--customers must be between 1 and 5,000,000."))
    show_progress = not args.json and sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress:
            print(f"\r{count_text(done)}/{count_text(total)}", end="", file=sys.stderr, flush=True)

    with opened(args) as db:
        result = generate_demo(db, customers=args.customers, seed=args.seed, progress=progress)
        if show_progress:
            print(file=sys.stderr)
        location = db.display_location()
        emit(
            args,
            {"database": location, **result.__dict__},
            [
                say(
                    QT_TRANSLATE_NOOP(
                        "Cli", "Added {customers} demo customers with {consents} consents to {location}."
                    ),
                    customers=result.customers,
                    consents=result.consents,
                    location=location,
                )
            ],
        )
    return 0


@command("info", QT_TRANSLATE_NOOP("Cli", "print the number of records per entity"))
def cmd_info(args: argparse.Namespace) -> int:
    from desktop_app.services.info import entity_counts

    with opened(args) as db, db.read_session() as session:
        counts = entity_counts(session)
        location = db.display_location()
    lines = [say(QT_TRANSLATE_NOOP("Cli", "Database: {location}"), location=location)]
    width = max(len(k) for k in counts)
    lines += [f"  {name.ljust(width)}  {value:>10}" for name, value in counts.items()]
    emit(args, {"database": location, "counts": counts}, lines)
    return 0
