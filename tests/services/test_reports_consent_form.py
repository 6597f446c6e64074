"""The blank consent form: offered channels, exact wording, version label on every page, rights."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import Purpose
from desktop_app.domain.enums import Channel
from desktop_app.errors import UserError
from desktop_app.services import catalog, consent_texts
from desktop_app.services.business import BusinessDetails, save_business
from desktop_app.services.consent_texts import ConsentTextInput
from desktop_app.services.reports.consent_form import build_consent_form
from desktop_app.services.reports.model import CheckBoxes, Report
from tests.services.report_pdf import page_texts

WORDING = (
    "Ja, ich möchte den Newsletter der Bäckerei Sonnenschein mit Angeboten und Backterminen erhalten.\n"
    "Die Einwilligung kann ich jederzeit widerrufen."
)


def _text(db: Database, code: str = "newsletter", language: str = "de", body: str = WORDING) -> int:
    with db.session() as s:
        save_business(
            s,
            "anna",
            BusinessDetails(
                "Bäckerei Sonnenschein GmbH", "Marktplatz 3\n01067 Dresden", "info@sonne.example"
            ),
        )
        purpose_id = s.execute(select(Purpose.id).where(Purpose.code == code)).scalar_one()
        text = consent_texts.create_version(
            s, "anna", ConsentTextInput(purpose_id, language, "Newsletter", body, dt.date(2026, 1, 1))
        )
    return text.id


def _boxes(report: Report) -> tuple[str, ...]:
    found: list[str] = []

    def walk(blocks: tuple[object, ...]) -> None:
        for block in blocks:
            if isinstance(block, CheckBoxes):
                found.extend(block.items)
            walk(getattr(block, "blocks", ()))

    walk(report.blocks)
    return tuple(found)


def test_form_in_the_texts_language_with_wording_label_and_rights(db: Database) -> None:
    text_id = _text(db)
    with db.read_session() as s:
        report = build_consent_form(s, text_id)
    text = report.all_text()
    assert report.language == "de" and report.title == "Einwilligungserklärung"
    assert report.page_marker == "Formular newsletter-de-v1"
    assert WORDING in text  # exactly as stored, line break included
    assert "Bäckerei Sonnenschein GmbH" in text  # the business is named in the declaration
    assert _boxes(report) == ("E-Mail", "Telefon", "SMS", "Post")
    assert "Art. 7 Abs. 3 DSGVO" in text and "per E-Mail an info@sonne.example" in text
    assert "Widerspruchsrecht" in text and "Art. 21 Abs. 2 DSGVO" in text
    assert "Art. 8 Abs. 1 DSGVO" in text and "Erziehungsberechtigten" in text
    assert "Geburtsdatum (freiwillig)" in text


def test_only_enabled_channels_that_allow_consent_are_offered(db: Database) -> None:
    text_id = _text(db, "survey", "en", "Yes, you may ask me about my satisfaction with your products.")
    with db.session() as s:
        survey = catalog.purpose_by_code(s, "survey")
        assert survey is not None
        data = catalog.purpose_input(survey)
        changed = {
            Channel.SMS: {"enabled": False},
            Channel.POST: {"allow_consent": False, "allow_legitimate_interest": True},
        }
        channels = tuple(dataclasses.replace(p, **changed.get(p.channel, {})) for p in data.channels)
        catalog.save_purpose(s, "anna", survey.id, dataclasses.replace(data, channels=channels))
    with db.read_session() as s:
        report = build_consent_form(s, text_id)
    assert report.language == "en"
    assert _boxes(report) == ("E-mail", "Phone")


def test_a_purpose_without_any_consent_channel_is_refused(db: Database) -> None:
    text_id = _text(db)
    with db.session() as s:
        newsletter = catalog.purpose_by_code(s, "newsletter")
        assert newsletter is not None
        data = catalog.purpose_input(newsletter)
        channels = tuple(dataclasses.replace(p, enabled=False) for p in data.channels)
        catalog.save_purpose(s, "anna", newsletter.id, dataclasses.replace(data, channels=channels))
    with pytest.raises(UserError) as info, db.read_session() as s:
        build_consent_form(s, text_id)
    assert "allows consent on no channel" in info.value.message()


@pytest.mark.parametrize(
    ("language", "marker", "page_word"),
    [("de", "Formular newsletter-de-v1", "Seite"), ("en", "Form newsletter-de-v1", "Page")],
)
def test_pdf_shows_the_version_label_on_every_page(
    qapp,
    db: Database,
    tmp_path: Path,
    language: str,
    marker: str,
    page_word: str,  # type: ignore[no-untyped-def]
) -> None:
    from desktop_app.reports_render.output import write_pdf

    long_wording = (
        WORDING + "\n" + "\n".join(f"Absatz {n}: Einzelheiten zur Verwendung Ihrer Daten." for n in range(60))
    )
    text_id = _text(db, body=long_wording)
    with db.read_session() as s:
        report = build_consent_form(s, text_id, language)
    target = tmp_path / "form.pdf"
    write_pdf(report, target)
    pages = page_texts(target)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert marker in page and "Bäckerei Sonnenschein GmbH" in page
        assert f"{page_word} {number}" in page
    assert f"{page_word} 1 {'von' if language == 'de' else 'of'} {len(pages)}" in pages[0]
    whole = " ".join(pages)
    assert "Absatz 59: Einzelheiten zur Verwendung Ihrer Daten." in whole
    assert ("Unterschrift" if language == "de" else "Signature") in whole
