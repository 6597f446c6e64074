"""Reading many plain rows without SQLAlchemy's per-row result processing.

Why: a statement returning a million ids spends more time building SQLAlchemy rows (about 1.5 µs each)
than the database spends finding them. The statement still goes through SQLAlchemy (compilation,
parameters, their bind processing); only the reading is left to the driver's cursor. Use it for
columns whose values need no conversion: integers and plain text, not dates, enums or JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any

from sqlalchemy import Connection, Executable

__all__ = ["driver_chunks", "driver_rows"]


def driver_rows(connection: Connection, statement: Executable) -> Generator[tuple[Any, ...], None, None]:
    """The rows of `statement` as the driver returns them (tuples); the result is closed at the end,
    also when the caller stops early."""
    result = connection.execute(statement)
    cursor: Any = result.context.cursor  # the DBAPI cursor: iterable in every driver the app uses
    try:
        yield from cursor
    finally:
        result.close()


def driver_chunks(
    connection: Connection, statement: Executable, size: int
) -> Generator[Sequence[Any], None, None]:
    """The rows of `statement` in lists of up to `size` (tuples, or on PostgreSQL SQLAlchemy rows),
    closed at the end, also when the caller stops early.

    PostgreSQL reads through a server-side cursor, so that a long result is never held whole; there
    SQLAlchemy buffers ahead of the driver's cursor (yield_per), so its own rows are used. SQLite has
    no such cursor and nothing is buffered: its driver's rows are read directly."""
    fetch: Callable[[int], Sequence[Any]]
    if connection.dialect.name == "postgresql":
        # Per statement: Connection.execution_options() would change the connection for good.
        result = connection.execute(statement, execution_options={"yield_per": size})
        fetch = result.fetchmany
    else:
        result = connection.execute(statement)
        fetch = result.context.cursor.fetchmany
    try:
        while chunk := fetch(size):
            yield chunk
    finally:
        result.close()
