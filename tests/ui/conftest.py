"""UI fixtures: an AppContext over the test database. Widget tests opt in; nothing is autouse."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.db.engine import Database
from desktop_app.ui.context import AppContext


@pytest.fixture
def ctx(db: Database) -> Iterator[AppContext]:
    yield AppContext(db=db, actor="tester", language="en")
    # A dialog may still be counting on the worker when a test ends: its connection must be back in the
    # pool before the database fixture closes it (on PostgreSQL a dropped open connection warns later).
    from desktop_app.ui.widgets.worker import stop_all

    stop_all()
