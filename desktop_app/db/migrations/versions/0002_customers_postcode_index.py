"""an index on customers.postcode, for campaign segments by postcode range

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 23:10:00

A segment such as "postcodes 10000-19999" scanned every customer row (0.7 s on a million); with the
index it reads only its own customers. Building it on an existing database of a million customers
takes about a second.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customers_postcode", "customers", ["postcode"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_customers_postcode", table_name="customers")
