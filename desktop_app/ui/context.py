"""What every page needs: the open database and who is working. Passed in, never global."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.db.engine import Database


@dataclass
class AppContext:
    db: Database
    actor: str
    language: str
