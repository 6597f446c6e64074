"""UI fixtures: an AppContext over the test database. Widget tests opt in; nothing is autouse."""

from __future__ import annotations

import pytest

from desktop_app.db.engine import Database
from desktop_app.ui.context import AppContext


@pytest.fixture
def ctx(db: Database) -> AppContext:
    return AppContext(db=db, actor="tester", language="en")
