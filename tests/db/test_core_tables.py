"""The Core tables the customer list reads before the ORM loads are the models' own tables."""

from __future__ import annotations

from desktop_app.db import core_tables
from desktop_app.db.models import Base, Customer, DataSource, Tag, customer_tags


def test_the_models_map_the_core_tables() -> None:
    assert Customer.__table__ is core_tables.customers
    assert Tag.__table__ is core_tables.tags
    assert customer_tags is core_tables.customer_tags
    assert Base.metadata is core_tables.METADATA


def test_the_source_names_the_list_reads_are_columns_of_the_data_sources_table() -> None:
    table = DataSource.__table__
    assert core_tables.data_source_names.name == table.name
    for column in core_tables.data_source_names.c:
        assert column.name in table.c, column.name
        assert column.type._type_affinity is table.c[column.name].type._type_affinity, column.name
