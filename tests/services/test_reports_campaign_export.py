"""The evidence of a recorded campaign export as PDF, read from the export tables alone."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import insert, select

from desktop_app.db.engine import Database
from desktop_app.db.models import CampaignExport, Customer, Purpose
from desktop_app.domain.reasons import ReasonCode, reason
from desktop_app.errors import NotFound
from desktop_app.reports_render.output import write_pdf
from desktop_app.services.reports.campaign_export_report import build_campaign_export_report, params_of
from tests.services.ledger_factories import make_source
from tests.services.report_factories import SHA, add_export, rich_customer, set_business
from tests.services.report_pdf import page_texts

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("en", ("Campaign export evidence", "Export no. 1", "1. The export", "Exported (contactable)",
                "Customers in the segment", "Not contactable", "Consent (Art. 6(1)(a) GDPR)", "Page 1 of",
                "Tags (any of): Stammkunde")),
        ("de", ("Nachweis Kampagnen-Export", "Export Nr. 1", "1. Der Export", "Exportiert (kontaktierbar)",
                "Kunden in der Zielgruppe", "Nicht kontaktierbar",
                "Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)", "Seite 1 von",
                "Schlagwörter (eines davon): Stammkunde")),
    ],
)  # fmt: skip
def test_the_export_is_documented_in_both_languages(
    db: Database, tmp_path: Path, language: str, texts: tuple[str, ...]
) -> None:
    rich = rich_customer(db)
    with db.read_session() as s:
        report = build_campaign_export_report(s, rich.export_id, language)
    target = tmp_path / "export.pdf"
    write_pdf(report, target)
    whole = " ".join(page_texts(target))
    facts = (
        "Frühjahrsaktion", "Frühjahrsaktion.xlsx", SHA, "2026.1", "12:0123456789abcdef", "bernd",
        "Stammkunde", "Kundennummer, E-Mail, Rechtsgrundlage", "K-0000001", "Müller, Jürgen",
        "Bäckerei Sonnenschein GmbH",
    )  # fmt: skip
    for text in (*texts, *facts):
        assert text in whole, text
    # Every exclusion with its reason in the report's language (the start: long reasons wrap).
    for code in ("no_consent", "objection", "doi_pending"):
        assert reason(ReasonCode(code)).text(language)[:25] in whole


def test_a_long_export_repeats_its_header_on_every_page(db: Database, tmp_path: Path) -> None:
    set_business(db)
    with db.session() as s:
        customers = [
            {"customer_no": f"K-{n:07d}", "last_name": f"Kunde {n}", "first_name": "", "status": "active"}
            for n in range(1, 301)
        ]
        s.execute(insert(Customer), customers)
        ids = list(s.execute(select(Customer.id).order_by(Customer.id)).scalars())
        newsletter = s.execute(select(Purpose.id).where(Purpose.code == "newsletter")).scalar_one()
        export_id = add_export(s, newsletter, [(cid, None) for cid in ids])
    with db.read_session() as s:
        report = build_campaign_export_report(s, export_id, "en")
    target = tmp_path / "long.pdf"
    count = write_pdf(report, target)
    assert count >= 6
    reader = PdfReader(target)
    for index in (1, count // 2, count - 1):
        text = " ".join(unicodedata.normalize("NFKC", reader.pages[index].extract_text()).split())
        assert "# Customer no. Name Legal basis Basis since" in text, index
    last = " ".join(unicodedata.normalize("NFKC", reader.pages[-1].extract_text()).split())
    assert "300 K-0000300 Kunde 300" in last


def test_an_unknown_export_is_not_found_and_odd_parameters_read_as_none(db: Database) -> None:
    with db.read_session() as s, pytest.raises(NotFound):
        build_campaign_export_report(s, 12345, "en")
    assert params_of("not json") == {} and params_of("[1, 2]") == {} and params_of(None) == {}


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("en", ["Tags (any of): Stammkunde, VIP", "Postcodes (any of): 01000-01999, 80331",
                "Towns (any of): Dresden", "Customers: Private person (consumer)",
                "Data sources (any of): Messe Leipzig, #999", "Existing customers only",
                "Customer since, from: 2020-01-01", "Customer since, until: 2025-12-31",
                "Search text: “Müller”", 'future_criterion: ["x"]']),
        ("de", ["Schlagwörter (eines davon): Stammkunde, VIP",
                "Postleitzahlen (eine davon): 01000-01999, 80331",
                "Orte (einer davon): Dresden", "Kunden: Privatperson (Verbraucher)",
                "Datenquellen (eine davon): Messe Leipzig, #999", "Nur Bestandskunden",
                "Kunde seit, ab: 01.01.2020", "Kunde seit, bis: 31.12.2025", "Suchtext: „Müller“",
                'future_criterion: ["x"]']),
    ],
)  # fmt: skip
def test_the_segment_reads_as_criteria_not_as_json(db: Database, language: str, lines: list[str]) -> None:
    rich = rich_customer(db)
    source = make_source(db, "Messe Leipzig")
    segment = {
        "tags": ["Stammkunde", "VIP"], "postcodes": ["01000-01999", "80331"], "cities": ["Dresden"],
        "kind": "consumer", "source_ids": [source, 999], "existing_customers_only": True,
        "customer_since_from": "2020-01-01", "customer_since_to": "2025-12-31", "text": "Müller",
        "future_criterion": ["x"],
    }  # fmt: skip
    with db.session() as s:
        export = s.get(CampaignExport, rich.export_id)
        assert export is not None
        export.params_json = json.dumps({**params_of(export.params_json), "segment": segment})
    with db.read_session() as s:
        report = build_campaign_export_report(s, rich.export_id, language)
    facts = dict(report.blocks[1].blocks[0].rows)  # type: ignore[union-attr]
    assert facts["Segment" if language == "en" else "Zielgruppe"].split("\n") == lines
