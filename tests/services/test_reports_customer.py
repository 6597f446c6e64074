"""The customer's consent overview and access report (Art. 15 GDPR): the facts are in the PDF in both
languages, and a customer with a thousand consents prints with the table headers on every page."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.db.engine import Database
from desktop_app.errors import NotFound
from desktop_app.reports_render.document import PagedReport
from desktop_app.reports_render.output import write_pdf
from desktop_app.services.reports.customer_report import build_customer_report
from desktop_app.services.reports.model import Section, Table
from tests.services.report_factories import rich_customer, thousand_consents
from tests.services.report_pdf import page_texts

pytestmark = pytest.mark.usefixtures("qapp")

FACTS = {
    "en": (
        "Information about your data", "Your details", "Where your data comes from", "Your consents",
        "Double opt-in confirmed", "Withdrawn 20", "Refused 20", "Campaigns you were included in",
        "Access (Art. 15)", "supervisory authority", "Right to object", "(§7a UWG)", "yes: Adressverlag Süd",
    ),
    "de": (
        "Auskunft über Ihre Daten", "Ihre Angaben", "Herkunft Ihrer Daten", "Ihre Einwilligungen",
        "Double-Opt-in bestätigt", "Widerrufen am", "Abgelehnt am",
        "Kampagnen, in die Sie aufgenommen wurden", "Auskunft (Art. 15)", "Aufsichtsbehörde",
        "Widerspruchsrecht", "(§ 7a UWG)", "ja: Adressverlag Süd",
    ),
}  # fmt: skip
SAME_IN_BOTH = (
    "Jürgen", "Müller", "Website-Formular", "Adressverlag Süd", "Formular 17", "Anruf 4711", "anmeldung.pdf",
    "Frühjahrsaktion", "Keine SMS mehr", "per Mail", "Ruft lieber vormittags an",
    "Bäckerei Sonnenschein GmbH",
    "Ja, ich möchte den Newsletter der Bäckerei Sonnenschein per E-Mail erhalten.",
)  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_fact_is_in_the_pdf(db: Database, tmp_path: Path, language: str) -> None:
    rich = rich_customer(db)
    with db.read_session() as s:
        report = build_customer_report(s, rich.customer_id, language)
    target = tmp_path / "customer.pdf"
    count = write_pdf(report, target)
    pages = page_texts(target)
    whole = " ".join(pages)
    for fact in (*FACTS[language], *SAME_IN_BOTH, rich.text_label):
        assert fact in whole, fact
    page_of = "Page {} of {}" if language == "en" else "Seite {} von {}"
    for number, page in enumerate(pages, start=1):
        assert page_of.format(number, count) in page
        assert "Bäckerei Sonnenschein GmbH" in page and report.audit_anchor in page
        assert ("Customer no. " if language == "en" else "Kundennummer ") + report.subtitle.split()[
            -1
        ] in page


def test_the_history_is_in_order_and_names_who_recorded_it(db: Database) -> None:
    rich = rich_customer(db)
    with db.read_session() as s:
        report = build_customer_report(s, rich.customer_id, "en")
    history = _table(report, "6. History")
    events = [row[1] for row in history.rows]
    assert events.index("Consent given") < events.index("Consent withdrawn")
    assert events[-1] == "Objection to direct marketing (Art. 21)"
    assert all(row[5].startswith("anna\n") for row in history.rows)
    assert "Used in a campaign export" not in events  # uses are listed with their export (section 8)
    consents = _table(report, "4. Your consents")
    states = {row[0]: row[1] for row in consents.rows}
    assert states["Newsletter\nE-mail"] == "valid"
    assert states["Offers on our own products\nPhone"] == "valid"
    assert states["Offers on our own products\nPost"] == "withdrawn"
    assert states["Customer survey\nE-mail"] == "refused"


def test_an_unknown_customer_is_not_found(db: Database) -> None:
    with db.read_session() as s, pytest.raises(NotFound):
        build_customer_report(s, 999_999, "en")


def test_a_thousand_consents_run_over_pages_with_the_headers_repeated(db: Database, tmp_path: Path) -> None:
    customer_id = thousand_consents(db)
    with db.read_session() as s:
        report = build_customer_report(s, customer_id, "en")
    assert len(_table(report, "4. Your consents").rows) == 1000
    assert len(_table(report, "6. History").rows) == 1200  # 1000 grants, 200 withdrawals
    paged = PagedReport(report)
    target = tmp_path / "thousand.pdf"
    count = write_pdf(paged, target)
    assert count == paged.page_count > 40
    # Every consent is laid out once, in order.
    proofs = [int(n) for n in re.findall(r"Proof: Bulk (\d+)", paged.document.toPlainText())]
    assert len(proofs) == 2000 and proofs[:1000] == sorted(proofs[:1000])  # the consents, then the history
    # pypdf takes a third of a second a page here: every seventh page of both tables is read.
    reader = PdfReader(target)
    consents = range(_page_of(paged, "4. Your consents"), _page_of(paged, "5. Wording of the consent texts"))
    history = range(_page_of(paged, "6. History"), _page_of(paged, "7. Objections and contact blocks"))
    assert len(consents) > 10 and len(history) > 10
    for pages, header in (
        (
            consents,
            ("Purpose and channel", "Status on", "Legal basis", "Given on", "Evidence", "Recorded by"),
        ),
        (history, ("When", "What", "Purpose and channel", "How / source", "Evidence", "Recorded by")),
    ):
        for index in [*pages[1::7], pages[-1]]:
            text = " ".join(unicodedata.normalize("NFKC", reader.pages[index].extract_text()).split())
            # pypdf orders wrapped header cells by line, not by cell: compare the words, cell by cell.
            words = text.split()
            for cell in header:
                assert all(word in words for word in cell.split()), (index, cell)
            assert f"Page {index + 1} of {count}" in text


def _page_of(paged: PagedReport, heading: str) -> int:
    """The 0-based page a heading is laid out on."""
    block = paged.document.begin()
    while block.isValid() and block.text() != heading:
        block = block.next()
    assert block.isValid(), heading
    top = paged.document.documentLayout().blockBoundingRect(block).top()
    return int(top // paged.geometry.height)


def _table(report: object, title: str) -> Table:
    for block in getattr(report, "blocks", ()):
        if isinstance(block, Section) and block.title == title:
            return next(b for b in block.blocks if isinstance(b, Table))
    raise AssertionError(title)
