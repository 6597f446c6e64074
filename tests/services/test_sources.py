"""Data sources: validation a user sees, counts per source, and the audit trail."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry
from desktop_app.domain.enums import SourceKind
from desktop_app.errors import UserError
from desktop_app.services import sources
from desktop_app.services.demo import generate_demo
from desktop_app.services.sources import SourceInput


def test_create_edit_archive_and_list(db: Database) -> None:
    with db.session() as s:
        created = sources.create_source(
            s, "anna", SourceInput("  Messe   Hannover 2026 ", SourceKind.TRADE_FAIR, retention_months=24)
        )
    assert created.name == "Messe Hannover 2026"
    with db.session() as s:
        sources.update_source(
            s, "anna", created.id, SourceInput("Messe Hannover 2026", SourceKind.PAPER_FORM)
        )
        sources.set_archived(s, "anna", created.id, True)
    with db.read_session() as s:
        listed = {v.name: v for v in sources.list_sources(s)}
        active = sources.list_sources(s, include_archived=False)
        actions = [
            (a.action, a.entity) for a in s.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
        ]
    assert listed["Messe Hannover 2026"].kind == SourceKind.PAPER_FORM
    assert listed["Messe Hannover 2026"].archived
    assert all(v.name != "Messe Hannover 2026" for v in active)
    assert actions[-3:] == [("create", "data_source"), ("update", "data_source"), ("archive", "data_source")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (SourceInput("   "), "needs a name"),
        (SourceInput("x" * 201), "too long"),
        (
            SourceInput("List", collected_from=dt.date(2026, 2, 1), collected_to=dt.date(2026, 1, 1)),
            "must not be after",
        ),
        (SourceInput("List", retention_months=0), "between 1 and 1200"),
        (SourceInput("List", SourceKind.THIRD_PARTY, is_third_party=True), "provider"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(db: Database, data: SourceInput, message: str) -> None:
    with pytest.raises(UserError) as info, db.session() as s:
        sources.create_source(s, "anna", data)
    assert message in info.value.message()
    with db.read_session() as s:
        assert not any(v.name.strip() == data.name.strip() for v in sources.list_sources(s))


def test_names_are_unique_ignoring_case(db: Database) -> None:
    with db.session() as s:
        sources.create_source(s, "anna", SourceInput("Webshop"))
    with pytest.raises(UserError) as info, db.session() as s:
        sources.create_source(s, "anna", SourceInput("WEBSHOP"))
    assert "already exists" in info.value.message()


def test_counts_of_customers_and_consents_per_source(db: Database) -> None:
    generate_demo(db, customers=60, seed=3)
    with db.read_session() as s:
        listed = sources.list_sources(s)
    assert sum(v.customer_count for v in listed) == 60
    assert sum(v.consent_count for v in listed) > 60
