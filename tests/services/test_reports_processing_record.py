"""Record of processing activities (Art. 30(1) GDPR): its facts, in English and German, as a PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from desktop_app.db.engine import Database
from desktop_app.domain.enums import Channel, SourceKind
from desktop_app.services import catalog, sources
from desktop_app.services.business import BusinessDetails, save_business
from desktop_app.services.demo import generate_demo
from desktop_app.services.reports.model import KeyValues, Section, Table
from desktop_app.services.reports.processing_record import build_processing_record
from desktop_app.services.sources import SourceInput
from tests.services.report_pdf import page_texts

BUSINESS = BusinessDetails(
    name="Bäckerei Sonnenschein GmbH",
    address="Marktplatz 3\n01067 Dresden",
    email="datenschutz@sonnenschein.example",
    dpo_contact="Frau Dr. Weber",
)


@pytest.fixture
def office(db: Database) -> Database:
    generate_demo(db, customers=80, seed=3, today=dt.date(2026, 11, 29))
    with db.session() as s:
        save_business(s, "anna", BUSINESS)
        sources.create_source(
            s,
            "anna",
            SourceInput(
                "Adressliste Nord", SourceKind.THIRD_PARTY, is_third_party=True, provider="ListCo AG"
            ),
        )
        newsletter = catalog.purpose_by_code(s, "newsletter")
        assert newsletter is not None
        data = catalog.purpose_input(newsletter, recipients="Mailversand Beispiel GmbH", retention_months=36)
        catalog.save_purpose(s, "anna", newsletter.id, data)
    return db


def _activity(report_blocks: tuple[object, ...], name: str) -> Section:
    processing = next(b for b in report_blocks if isinstance(b, Section) and "2." in b.title)
    return next(b for b in processing.blocks if isinstance(b, Section) and name in b.title)


def test_english_record_names_controller_purposes_bases_recipients_and_sources(office: Database) -> None:
    with office.read_session() as s:
        report = build_processing_record(s, "en")
        purposes = catalog.list_purposes(s)
    text = report.all_text()
    assert report.title == "Record of processing activities" and report.subtitle == "Art. 30(1) GDPR"
    assert report.letterhead.name == BUSINESS.name and not report.letterhead.name_missing
    assert "Frau Dr. Weber" in text
    for purpose in purposes:
        assert purpose.name_en in text
    newsletter = _activity(report.blocks, "Newsletter")
    rows = dict(next(b for b in newsletter.blocks if isinstance(b, KeyValues)).rows)
    assert rows["Recipients"] == "Mailversand Beispiel GmbH"
    assert "erasure period: 36 months" in rows["Erasure periods"]
    assert "Customers and prospects" in rows["Categories of data subjects"]
    assert "e-mail address" in rows["Categories of personal data"]
    bases = next(b for b in newsletter.blocks if isinstance(b, Section)).blocks[0]
    assert isinstance(bases, Table)
    by_channel = dict(bases.rows)
    assert "Art. 6(1)(a) GDPR; §7(2) No. 2 UWG" in by_channel["E-mail"]
    assert "double opt-in" in by_channel["E-mail"]
    assert "Recital 47" in by_channel["Post"]  # the default newsletter allows post on legitimate interest
    assert "Adressliste Nord" in text and "ListCo AG" in text  # the data-sources table
    assert "audit trail" in text and "HMAC-SHA-256" in text


def test_a_channel_switched_off_is_printed_as_not_used(office: Database) -> None:
    with office.session() as s:
        survey = catalog.purpose_by_code(s, "survey")
        assert survey is not None
        data = catalog.purpose_input(survey)
        channels = tuple(
            dataclasses.replace(p, enabled=False) if p.channel == Channel.SMS else p for p in data.channels
        )
        catalog.save_purpose(s, "anna", survey.id, dataclasses.replace(data, channels=channels))
    with office.read_session() as s:
        report = build_processing_record(s, "en")
    table = next(
        b for b in _activity(report.blocks, "Customer survey").blocks if isinstance(b, Section)
    ).blocks[0]
    assert isinstance(table, Table)
    assert dict(table.rows)["SMS"] == "Not used for this purpose"


def test_german_record_uses_the_dsgvo_terms(office: Database) -> None:
    with office.read_session() as s:
        report = build_processing_record(s, "de")
    text = report.all_text()
    assert report.title == "Verzeichnis von Verarbeitungstätigkeiten"
    for term in ("Verantwortlicher", "Empfänger", "Löschfristen", "Kategorien betroffener Personen"):
        assert term in text
    assert "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO; § 7 Abs. 2 Nr. 2 UWG)" in text
    assert "Angebote zu eigenen Produkten" in text  # German purpose names
    assert report.page_texts.page_of == "Seite {page} von {pages}"


def test_without_business_details_the_header_says_where_to_set_them(db: Database) -> None:
    with db.read_session() as s:
        report = build_processing_record(s, "en")
    assert report.letterhead.name_missing
    assert "business name not set" in report.letterhead.name
    assert "(not set — File → Settings)" in report.all_text()


@pytest.mark.parametrize(
    ("language", "page_label", "title"),
    [
        ("en", "Page 1 of", "Record of processing activities"),
        ("de", "Seite 1 von", "Verzeichnis von Verarbeitungstätigkeiten"),
    ],
)
def test_pdf_carries_the_facts_and_header_footer_on_every_page(
    qapp,
    office: Database,
    tmp_path: Path,
    language: str,
    page_label: str,
    title: str,  # type: ignore[no-untyped-def]
) -> None:
    from desktop_app.reports_render.output import write_pdf

    with office.read_session() as s:
        report = build_processing_record(s, language)
    target = tmp_path / "record.pdf"
    count = write_pdf(report, target)
    pages = page_texts(target)
    assert len(pages) == count >= 2
    assert page_label in pages[0] and title in pages[0]
    for number, page in enumerate(pages, start=1):
        assert BUSINESS.name in page and "Marktplatz 3" in page
        assert report.audit_anchor in page
        assert f"{number} {'of' if language == 'en' else 'von'} {count}" in page
    whole = " ".join(pages)
    assert "Adressliste Nord" in whole and "Mailversand Beispiel GmbH" in whole
    assert ("E-mail" if language == "en" else "E-Mail") in whole
