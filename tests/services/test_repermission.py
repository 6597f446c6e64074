"""Re-permission list: who is asked again, over which allowed channel, and the formula-safe export."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry, Consent
from desktop_app.domain.enums import CaptureMethod, Channel, LegalBasis
from desktop_app.errors import UserError
from desktop_app.services import catalog, customers, ledger, objections, repermission
from desktop_app.services.campaign_files import CsvListWriter, XlsxListWriter
from desktop_app.services.customers import CustomerInput
from desktop_app.services.ledger import Evidence

TODAY = dt.date.today()
NOW = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)


def _customer(db: Database, last_name: str, email: str = "", street: str = "Hauptstr. 1") -> int:
    with db.session() as s:
        return customers.create_customer(
            s, "anna", CustomerInput(first_name="Eva", last_name=last_name, email=email, street=street,
                                     postcode="01067", city="Dresden"),
        ).id  # fmt: skip


def _email_consent(
    db: Database, cid: int, purpose: str, days_ago: int, valid_until: dt.date | None = None
) -> None:
    """A double-opt-in e-mail consent given `days_ago`, valid until the given day."""
    with db.session() as s:
        view = ledger.grant_consent(
            s, "anna", cid, purpose, Channel.EMAIL,
            Evidence(NOW, CaptureMethod.WEB_FORM, doi_requested_at=NOW, doi_confirmed_at=NOW),
        )  # fmt: skip
        then = NOW - dt.timedelta(days=days_ago)
        s.execute(
            update(Consent)
            .where(Consent.id == view.id)
            .values(granted_at=then, doi_requested_at=then, doi_confirmed_at=then, valid_until=valid_until)
        )


def _rows(db: Database, **options: object) -> dict[int, repermission.RepermissionRow]:
    with db.read_session() as s:
        found = repermission.build_list(s, TODAY, **options)  # type: ignore[arg-type]
    return {row.customer_id: row for row in found.rows}


def test_each_customer_is_asked_over_a_channel_the_rules_still_allow(db: Database) -> None:
    stale = _customer(db, "Altbestand", "alt@example.de")
    expired = _customer(db, "Abgelaufen", "ab@example.de")
    objected = _customer(db, "Widerspruch", "wi@example.de")
    fresh = _customer(db, "Frisch", "fr@example.de")
    soon = _customer(db, "Bald", "bald@example.de")
    _email_consent(db, stale, "newsletter", 800)
    _email_consent(db, expired, "newsletter", 100, valid_until=TODAY - dt.timedelta(days=1))
    _email_consent(db, objected, "newsletter", 100, valid_until=TODAY - dt.timedelta(days=1))
    _email_consent(db, fresh, "newsletter", 10)
    _email_consent(db, soon, "newsletter", 715)  # 24 months run out in about two weeks
    with db.session() as s:
        objections.record_objection(s, "anna", objected, NOW)
    rows = _rows(db)
    assert set(rows) == {stale, expired, objected, soon}
    # Stale under the "warn" freshness mode is still valid: renew over the same channel.
    assert (rows[stale].ask_via, rows[stale].basis) == (Channel.EMAIL, LegalBasis.CONSENT)
    assert rows[stale].due_on < TODAY
    # Expired e-mail consent: a letter to the consumer on legitimate interest (newsletter, post).
    assert (rows[expired].ask_via, rows[expired].basis) == (Channel.POST, LegalBasis.LEGITIMATE_INTEREST)
    assert rows[expired].channels == (Channel.EMAIL,) and rows[expired].due_on == TODAY - dt.timedelta(days=1)
    # Objected to direct marketing: no channel at all.
    assert rows[objected].ask_via is None
    assert TODAY < rows[soon].due_on <= TODAY + dt.timedelta(days=30)
    assert soon not in _rows(db, within_days=0)
    with db.read_session() as s:
        found = repermission.build_list(s, TODAY)
    assert found.not_askable == 1 and {r.customer_id for r in found.askable} == {stale, expired, soon}


def test_no_address_means_no_letter(db: Database) -> None:
    nowhere = _customer(db, "Ohneadresse", "oa@example.de", street="")
    _email_consent(db, nowhere, "newsletter", 100, valid_until=TODAY - dt.timedelta(days=1))
    assert _rows(db)[nowhere].ask_via is None


def test_purpose_filter_and_bad_input(db: Database) -> None:
    a = _customer(db, "Anna", "a@example.de")
    _email_consent(db, a, "newsletter", 800)
    _email_consent(db, a, "offers", 800)
    with db.read_session() as s:
        offers = catalog.purpose_by_code(s, "offers")
    assert offers is not None
    rows = _rows(db, purpose_id=offers.id)
    assert [r.purpose_en for r in rows.values()] == ["Offers on our own products"]
    with db.read_session() as s:
        assert len(repermission.build_list(s, TODAY).rows) == 2  # one row per customer and purpose
        with pytest.raises(UserError, match="between 0 and 366 days"):
            repermission.build_list(s, TODAY, within_days=-1)
        with pytest.raises(UserError, match="purpose no longer exists"):
            repermission.build_list(s, TODAY, purpose_id=9999)


def test_export_is_a_formula_safe_mail_merge_list_and_is_audited(db: Database, tmp_path: Path) -> None:
    evil = _customer(db, '=HYPERLINK("http://x.test","klick")', "evil@example.de")
    plain = _customer(db, "Schmidt", "schmidt@example.de")
    objected = _customer(db, "Widerspruch", "wi@example.de")
    for cid in (evil, plain, objected):
        _email_consent(db, cid, "newsletter", 100, valid_until=TODAY - dt.timedelta(days=1))
    with db.session() as s:
        objections.record_objection(s, "anna", objected, NOW)
    target = tmp_path / "erneut.xlsx"
    result = repermission.export_list(db, "anna", target, TODAY)
    assert (result.rows, result.not_askable) == (2, 1)
    book = openpyxl.load_workbook(target)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Customer no.", "Salutation", "Title", "First name", "Last name"]
    assert "Ask via" in header and "Postcode" in header
    rows = [[c for c in r] for r in sheet.iter_rows(min_row=2)]
    assert len(rows) == 2
    names = {r[header.index("Last name")].value: r for r in rows}
    cell = names['=HYPERLINK("http://x.test","klick")'][header.index("Last name")]
    assert cell.data_type == "s"  # text, never a formula
    assert names["Schmidt"][header.index("Postcode")].value == "01067"  # leading zero kept
    assert names["Schmidt"][header.index("Ask via")].value == "Post"
    assert "Widerspruch" not in names
    about = {r[0].value: r[1].value for r in book.worksheets[1].iter_rows()}
    assert about["Customers to ask"] == 2 and about["Not in this list: no channel allowed"] == 1
    with db.read_session() as s:
        entry = s.execute(
            select(AuditEntry.description).where(AuditEntry.entity == "repermission_list")
        ).scalar_one()
    assert "rows=2" in entry and "Schmidt" not in entry
    with pytest.raises(UserError, match=r"\.xlsx or \.csv"):
        repermission.export_list(db, "anna", tmp_path / "liste.pdf", TODAY)


@pytest.mark.parametrize("name", ["erneut.xlsx", "erneut.csv"])
def test_a_full_disk_is_a_message_and_nothing_is_recorded(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    cid = _customer(db, "Schmidt", "schmidt@example.de")
    _email_consent(db, cid, "newsletter", 100, valid_until=TODAY - dt.timedelta(days=1))

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(XlsxListWriter, "close", full)
    monkeypatch.setattr(CsvListWriter, "rows", full)
    out = tmp_path / "out"
    out.mkdir()
    message = f"Cannot write in the folder {out}: No space left on device"
    with pytest.raises(UserError, match=re.escape(message)):
        repermission.export_list(db, "anna", out / name, TODAY)
    assert list(out.iterdir()) == []
    with db.read_session() as s:
        assert s.execute(select(AuditEntry).where(AuditEntry.entity == "repermission_list")).first() is None
