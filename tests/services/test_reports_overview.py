"""The consent overview of the whole base: each consent counted once in the right state, the chart
drawn, the consents running out listed (and the rest counted), in both languages; and the states the
access report prints agree with the rules engine's consent matrix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer, Purpose
from desktop_app.domain.enums import CaptureMethod, Channel
from desktop_app.reports_render.output import write_pdf
from desktop_app.services import consent_matrix, governance, ledger
from desktop_app.services.consent_matrix import CellState
from desktop_app.services.reports import overview_counts
from desktop_app.services.reports.model import BarChart, Section
from desktop_app.services.reports.overview import build_overview
from desktop_app.services.reports.overview_counts import State, base_counts, consent_states, expiring
from tests.services.ledger_factories import ACTOR, ago, evidence, make_customer
from tests.services.report_factories import rich_customer, set_business
from tests.services.report_pdf import page_texts

pytestmark = pytest.mark.usefixtures("qapp")
TODAY = dt.date.today()


def _mail(days: float, **changes: object) -> ledger.Evidence:
    when = ago(days=days)
    return evidence(captured_at=when, doi_requested_at=when, doi_confirmed_at=when, **changes)


def _base(db: Database) -> dict[str, int]:
    """One customer per state of the newsletter by e-mail, plus a post consent that ends in ten days."""
    set_business(db)
    names = ("valid", "soon_stale", "pending", "withdrawn", "objected", "refused", "stale", "erased", "dated")
    ids = {
        name: make_customer(db, last_name=name, email=f"{name}@example.de", phone="", mobile="").id
        for name in names
    }
    with db.session() as s:
        for name in ("valid", "withdrawn", "objected", "erased"):
            ledger.grant_consent(s, ACTOR, ids[name], "newsletter", Channel.EMAIL, _mail(10))
        ledger.grant_consent(s, ACTOR, ids["soon_stale"], "newsletter", Channel.EMAIL, _mail(24 * 30.4 - 40))
        ledger.grant_consent(s, ACTOR, ids["stale"], "newsletter", Channel.EMAIL, _mail(30 * 30.4))
        ledger.grant_consent(
            s, ACTOR, ids["pending"], "newsletter", Channel.EMAIL,
            evidence(captured_at=ago(days=2), doi_requested_at=ago(days=2)),
        )  # fmt: skip
        withdrawn = ledger.customer_consents(s, ids["withdrawn"])[0]
        ledger.withdraw_consent(s, ACTOR, withdrawn.id, ago(days=1), CaptureMethod.EMAIL)
        ledger.record_objection(s, ACTOR, ids["objected"], ago(days=1))
        ledger.refuse_consent(
            s, ACTOR, ids["refused"], "newsletter", Channel.EMAIL, ago(days=3), CaptureMethod.EMAIL
        )
        ledger.grant_consent(
            s, ACTOR, ids["dated"], "offers", Channel.POST,
            evidence(captured_at=ago(days=5), valid_until=TODAY + dt.timedelta(days=10)),
        )  # fmt: skip
        s.execute(update(Customer).where(Customer.id == ids["erased"]).values(status="erased"))
    return ids


def test_every_consent_is_counted_once_in_its_state(db: Database) -> None:
    _base(db)
    with db.read_session() as s:
        counts = base_counts(s, TODAY)
        newsletter = next(
            key for key in counts.cells if key[1] == Channel.EMAIL and key[0] == _purpose(s, "newsletter")
        )
        cell = counts.cells[newsletter].by_state
        post = counts.cells[(_purpose(s, "offers"), Channel.POST)].by_state
        stale_findings = governance.dashboard(s, TODAY).count(governance.Finding.STALE)
    assert cell == {
        State.VALID: 2, State.PENDING: 1, State.WITHDRAWN: 1,
        State.OBJECTED: 1, State.REFUSED: 1, State.STALE: 1,
    }  # fmt: skip
    assert post[State.VALID] == 1 and sum(post.values()) == 1
    assert stale_findings == 1  # the governance dashboard counts the same stale consent
    assert sum(c.total for c in counts.sources.values()) == 8  # the erased customer's consent left out


def test_consents_running_out_are_listed_soonest_first_and_the_rest_counted(db: Database) -> None:
    _base(db)
    with db.read_session() as s:
        listed, total = expiring(s, TODAY)
        first, more = expiring(s, TODAY, limit=1)
    assert [(e.last_name, e.by_date) for e in listed] == [("dated", True), ("soon_stale", False)]
    assert listed[0].expires_on == TODAY + dt.timedelta(days=10)
    assert total == 2 and [e.last_name for e in first] == ["dated"] and more == 2


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("en", ("Consent overview", "1. Consents by purpose and channel", "Valid consents per purpose",
                "2. Consents by data source", "3. Consents that run out in the next 90 days", "and 1 more",
                "end date", "Page 1 of")),
        ("de", ("Einwilligungsübersicht", "1. Einwilligungen nach Zweck und Kanal",
                "Gültige Einwilligungen je Zweck", "2. Einwilligungen nach Datenquelle",
                "3. Einwilligungen, die in den nächsten 90 Tagen auslaufen", "und 1 weitere", "Enddatum",
                "Seite 1 von")),
    ],
)  # fmt: skip
def test_the_pdf_has_the_tables_the_chart_and_the_list(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, texts: tuple[str, ...]
) -> None:
    _base(db)
    monkeypatch.setattr(overview_counts, "MAX_EXPIRING", 1)
    with db.read_session() as s:
        report = build_overview(s, language, TODAY)
    section = report.blocks[1]
    assert isinstance(section, Section)
    chart = next(b for b in section.blocks if isinstance(b, BarChart))
    assert chart.bars[0].value == 2  # newsletter: the two valid e-mail consents
    target = tmp_path / "overview.pdf"
    write_pdf(report, target)
    whole = " ".join(page_texts(target))
    for text in (*texts, "Bäckerei Sonnenschein GmbH", "dated, "):
        assert text in whole, text
    # One image, the chart, at print resolution (300 dpi over the 16.9 cm of text width).
    widths = [width for page in PdfReader(target).pages for width in _image_widths(page)]
    assert len(widths) == 1 and widths[0] > 1900


def _image_widths(page: PageObject) -> list[int]:
    """Pixel widths of the page's images, read from the PDF objects (decoding them needs Pillow)."""
    resources = page.get("/Resources")
    objects = resources.get_object().get("/XObject") if resources else None
    found = [o.get_object() for o in (objects.get_object().values() if objects else [])]
    return [int(o["/Width"]) for o in found if o.get("/Subtype") == "/Image"]


def test_the_access_report_states_agree_with_the_consent_matrix(db: Database) -> None:
    rich = rich_customer(db)
    agree = {
        CellState.GRANTED: State.VALID, CellState.PENDING_DOI: State.PENDING,
        CellState.WITHDRAWN: State.WITHDRAWN, CellState.REFUSED: State.REFUSED,
        CellState.EXPIRED: State.STALE, CellState.BLOCKED_BY_OBJECTION: State.OBJECTED,
    }  # fmt: skip
    with db.read_session() as s:
        states = consent_states(s, rich.customer_id, TODAY)
        cells = [
            c for c in consent_matrix.consent_matrix(s, rich.customer_id, TODAY) if c.consent is not None
        ]
    assert len(cells) == len(states) == 4
    for cell in cells:
        assert cell.consent is not None and states[cell.consent.id] == agree[cell.state]


def _purpose(session: Session, code: str) -> int:
    return int(session.execute(select(Purpose.id).where(Purpose.code == code)).scalar_one())
