"""Business details: the controller named on every report, stored in settings, validated, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry
from desktop_app.errors import UserError
from desktop_app.services.business import BusinessDetails, get_business, save_business

DETAILS = BusinessDetails(
    name="  Bäckerei   Sonnenschein GmbH ",
    address="Marktplatz 3\n\n  01067   Dresden  \n",
    email="datenschutz@sonnenschein.example",
    phone="0351 123456",
    dpo_contact="Frau Dr. Weber, weber@dsb.example",
)


def test_unset_until_saved_then_cleaned_and_audited_without_values(db: Database) -> None:
    with db.read_session() as s:
        assert not get_business(s).is_set
    with db.session() as s:
        save_business(s, "anna", DETAILS)
    with db.read_session() as s:
        stored = get_business(s)
        last = s.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.description)
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).one()
    assert stored.name == "Bäckerei Sonnenschein GmbH"
    assert stored.address_lines == ("Marktplatz 3", "01067 Dresden")
    assert (last.action, last.entity) == ("update", "business_details")
    assert "Sonnenschein" not in last.description and "name" in last.description


def test_saving_unchanged_details_writes_no_audit_entry(db: Database) -> None:
    with db.session() as s:
        save_business(s, "anna", DETAILS)
    with db.read_session() as s:
        before = s.execute(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
    with db.session() as s:
        save_business(s, "anna", DETAILS)
    with db.read_session() as s:
        after = s.execute(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
    assert before == after


@pytest.mark.parametrize(
    ("details", "message"),
    [
        (BusinessDetails(name="  "), "needs a name"),
        (BusinessDetails(name="x" * 201), "at most 200"),
        (BusinessDetails(name="A", email="not-an-address"), "not a usable e-mail"),
        (BusinessDetails(name="A", address="1\n2\n3\n4\n5"), "at most 4 lines"),
    ],
)
def test_bad_details_are_refused(db: Database, details: BusinessDetails, message: str) -> None:
    with pytest.raises(UserError) as info, db.session() as s:
        save_business(s, "anna", details)
    assert message in info.value.message()
