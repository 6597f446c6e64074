"""Reading many plain rows without SQLAlchemy's per-row result processing.

Why: a statement returning a million ids spends more time building SQLAlchemy rows (about 1.5 µs each)
than the database spends finding them. The statement still goes through SQLAlchemy (compilation,
parameters, their bind processing); only the reading is left to the driver's cursor. Use it for
columns whose values need no conversion: integers and plain text, not dates, enums or JSON.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from sqlalchemy import Connection, Executable

__all__ = ["driver_rows"]


def driver_rows(connection: Connection, statement: Executable) -> Generator[tuple[Any, ...], None, None]:
    """The rows of `statement` as the driver returns them (tuples); the result is closed at the end,
    also when the caller stops early."""
    result = connection.execute(statement)
    cursor: Any = result.context.cursor  # the DBAPI cursor: iterable in every driver the app uses
    try:
        yield from cursor
    finally:
        result.close()
