"""Consent texts: versions are numbered per purpose and language; a version in use never changes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from desktop_app.db.engine import Database
from desktop_app.db.models import Consent, Purpose
from desktop_app.errors import UserError
from desktop_app.services import consent_texts
from desktop_app.services.consent_texts import ConsentTextInput
from desktop_app.services.demo import generate_demo

WORDING = (
    "Ja, ich möchte den Newsletter per E-Mail erhalten. Abmeldung jederzeit über den Link in jeder Mail."
)


def _purpose_id(db: Database, code: str = "newsletter") -> int:
    with db.read_session() as s:
        return int(s.execute(select(Purpose.id).where(Purpose.code == code)).scalar_one())


def test_versions_count_up_per_purpose_and_language(db: Database) -> None:
    pid = _purpose_id(db)
    with db.session() as s:
        v1 = consent_texts.create_version(
            s, "anna", ConsentTextInput(pid, "de", "Newsletter", WORDING, dt.date(2026, 1, 1))
        )
        v2 = consent_texts.create_version(
            s, "anna", ConsentTextInput(pid, "de", "Newsletter", WORDING + " Neu.", dt.date(2026, 6, 1))
        )
        en = consent_texts.create_version(
            s,
            "anna",
            ConsentTextInput(
                pid, "en", "Newsletter", "Yes, send me the newsletter by e-mail.", dt.date(2026, 1, 1)
            ),
        )
    assert (v1.version, v2.version, en.version) == (1, 2, 1)
    assert v2.label == "newsletter-de-v2"
    with db.read_session() as s:
        assert consent_texts.current_version(s, pid, "de", dt.date(2026, 3, 1)).id == v1.id  # type: ignore[union-attr]
        assert consent_texts.current_version(s, pid, "de", dt.date(2026, 7, 1)).id == v2.id  # type: ignore[union-attr]
        assert consent_texts.current_version(s, pid, "de", dt.date(2025, 1, 1)) is None


def test_unused_version_is_edited_in_place_but_a_used_one_gets_a_new_version(db: Database) -> None:
    pid = _purpose_id(db)
    with db.session() as s:
        v1 = consent_texts.create_version(
            s, "anna", ConsentTextInput(pid, "de", "Newsletter", WORDING, dt.date(2026, 1, 1))
        )
        edited = consent_texts.save_text(
            s,
            "anna",
            v1.id,
            ConsentTextInput(pid, "de", "Newsletter", WORDING + " (korrigiert)", dt.date(2026, 1, 1)),
        )
    assert edited.id == v1.id and edited.body.endswith("(korrigiert)")
    generate_demo(db, customers=20, seed=2)
    with db.session() as s:
        s.execute(update(Consent).values(consent_text_id=v1.id))
    with db.session() as s:
        saved = consent_texts.save_text(
            s,
            "anna",
            v1.id,
            ConsentTextInput(pid, "de", "Newsletter", WORDING + " Zweite Fassung.", dt.date(2026, 2, 1)),
        )
    with db.read_session() as s:
        original = consent_texts.get_text(s, v1.id)
    assert saved.id != v1.id and saved.version == 2
    assert original.body.endswith("(korrigiert)") and original.in_use and original.consent_count > 0


@pytest.mark.parametrize(
    ("title", "body", "language", "message"),
    [
        ("", WORDING, "de", "needs a title"),
        ("Newsletter", "Ja.", "de", "too short"),
        ("Newsletter", WORDING, "fr", "German or English"),
    ],
)
def test_refusals(db: Database, title: str, body: str, language: str, message: str) -> None:
    pid = _purpose_id(db)
    with pytest.raises(UserError) as info, db.session() as s:
        consent_texts.create_version(
            s, "anna", ConsentTextInput(pid, language, title, body, dt.date(2026, 1, 1))
        )
    assert message in info.value.message()
    with db.read_session() as s:
        assert consent_texts.list_texts(s) == []
