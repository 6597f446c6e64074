"""Alembic environment: always driven from code (desktop_app.db.migrate) with an open connection."""

from __future__ import annotations

from alembic import context

from desktop_app.db.migrate import include_name
from desktop_app.db.models import Base

connection = context.config.attributes["connection"]


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
