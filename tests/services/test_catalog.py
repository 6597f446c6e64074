"""Purposes: the default catalogue, editing names and policies, and refusing what the law does not allow."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.db.engine import Database
from desktop_app.domain.enums import Channel, FreshnessMode
from desktop_app.errors import UserError
from desktop_app.services import catalog


def test_default_catalogue_follows_the_law(db: Database) -> None:
    with db.read_session() as s:
        purposes = {p.code: p for p in catalog.list_purposes(s)}
    assert list(purposes) == ["newsletter", "offers", "survey", "profiling", "personalised", "partners"]
    email = purposes["newsletter"].policy.channels[Channel.EMAIL]
    assert email.require_doi and not email.allow_existing_customer
    assert purposes["offers"].policy.channels[Channel.EMAIL].allow_existing_customer
    assert purposes["newsletter"].name_de and purposes["newsletter"].name_en
    profiling = purposes["profiling"].policy.channels
    assert not any(p.allow_legitimate_interest or p.allow_existing_customer for p in profiling.values())


def test_edit_names_freshness_and_policy(db: Database) -> None:
    with db.read_session() as s:
        view = catalog.purpose_by_code(s, "survey")
    assert view is not None
    data = catalog.purpose_input(view)
    post = dataclasses.replace(view.policy.channels[Channel.POST], allow_legitimate_interest=False)
    data = dataclasses.replace(
        data,
        name_de="Kundenumfrage 2027",
        freshness_months=12,
        freshness_mode=FreshnessMode.BLOCK,
        channels=tuple(post if p.channel == Channel.POST else p for p in data.channels),
    )
    with db.session() as s:
        saved = catalog.save_purpose(s, "anna", view.id, data)
    assert saved.name_de == "Kundenumfrage 2027"
    assert saved.policy.freshness_months == 12 and saved.policy.freshness_mode == FreshnessMode.BLOCK
    assert not saved.policy.channels[Channel.POST].allow_legitimate_interest


@pytest.mark.parametrize(
    ("channel", "flag", "message"),
    [
        (Channel.SMS, "allow_existing_customer", "e-mail only"),
        (Channel.EMAIL, "allow_presumed_b2b", "phone only"),
        (Channel.EMAIL, "allow_legitimate_interest", "addressed post only"),
    ],
)
def test_bases_the_law_does_not_offer_are_refused(
    db: Database, channel: Channel, flag: str, message: str
) -> None:
    with db.read_session() as s:
        view = catalog.purpose_by_code(s, "newsletter")
    assert view is not None
    data = catalog.purpose_input(view)
    changed = tuple(
        dataclasses.replace(p, **{flag: True}) if p.channel == channel else p for p in data.channels
    )
    with pytest.raises(UserError) as info, db.session() as s:
        catalog.save_purpose(s, "anna", view.id, dataclasses.replace(data, channels=changed))
    assert message in info.value.message()


def test_profiling_needs_consent_everywhere(db: Database) -> None:
    with db.read_session() as s:
        view = catalog.purpose_by_code(s, "offers")
    assert view is not None
    with pytest.raises(UserError) as info, db.session() as s:
        catalog.save_purpose(
            s, "anna", view.id, dataclasses.replace(catalog.purpose_input(view), is_profiling=True)
        )
    assert "profiling" in info.value.message()


def test_new_purpose_and_code_rules(db: Database) -> None:
    with db.read_session() as s:
        template = catalog.purpose_by_code(s, "survey")
    assert template is not None
    data = dataclasses.replace(
        catalog.purpose_input(template), code="events", name_de="Veranstaltungen", name_en="Events"
    )
    with db.session() as s:
        created = catalog.save_purpose(s, "anna", None, data)
    assert created.code == "events"
    for bad in ("Events", "mit leerzeichen", ""):
        with pytest.raises(UserError), db.session() as s:
            catalog.save_purpose(s, "anna", None, dataclasses.replace(data, code=bad))
    with pytest.raises(UserError) as info, db.session() as s:
        catalog.save_purpose(s, "anna", None, data)
    assert "exists" in info.value.message()
