"""Campaign exports: the file, its evidence snapshot, the consent uses, cancelling and failures."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop_app import i18n
from desktop_app.db.engine import Database
from desktop_app.db.models import (
    AuditEntry,
    CampaignExport,
    CampaignExportRow,
    Consent,
    ConsentEvent,
    Customer,
)
from desktop_app.domain.enums import Channel, ConsentEventKind
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import RULES_VERSION
from desktop_app.errors import UserError
from desktop_app.services import audit, campaign_export, campaigns, ledger
from desktop_app.services.campaign_evidence import export_view, list_exports
from desktop_app.services.campaign_export import ExportCancelled, ExportRequest, export_list, run_to_end
from desktop_app.services.campaign_files import CsvListWriter, XlsxListWriter
from desktop_app.services.campaign_segment import Segment
from tests.services.campaign_factories import TODAY, contactable, export, newsletter_id, set_columns
from tests.services.ledger_factories import ACTOR, PERSON, ago, make_customer

COLUMNS = ("customer_no", "last_name", "email", "phone", "postcode", "basis", "consent_id", "consent_date")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the files (tmp_path also holds the test database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def three(db: Database) -> list[int]:
    """Two contactable customers and one without any consent."""
    first = contactable(db, 1, last_name="Ödegaard", postcode="01067", phone="+49 30 1234567")
    second = contactable(db, 2, last_name="=1+1", postcode="10115")
    make_customer(db, PERSON, customer_no="K-0000003", email="ohne@example.org")
    return [first, second]


def sheet_rows(path: Path, index: int = 0) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path)
    return [tuple(r) for r in book.worksheets[index].iter_rows(values_only=True)]


def test_xlsx_export_cells_types_and_layout(db: Database, out: Path, three: list[int]) -> None:
    path = out / "Frühjahr.xlsx"
    result = export(db, path, columns=COLUMNS)
    assert result.rows == 2 and result.preview is not None
    assert result.preview.total_in_segment == 3 and result.preview.excluded == {ReasonCode.NO_CONSENT: 1}
    rows = sheet_rows(path)
    assert rows[0] == ("Customer no.", "Last name", "E-mail", "Phone", "Postcode", "Basis of contact",
                       "Consent id", "Consent date")  # fmt: skip
    with db.read_session() as s:
        consent_ids = [ledger.customer_consents(s, cid)[0].id for cid in three]
    granted = (TODAY - dt.timedelta(days=30)).isoformat()
    assert [r[:7] for r in rows[1:]] == [
        ("K-0000001", "Ödegaard", "kunde1@example.org", "+49 30 1234567", "01067",
         "Consent (Art. 6(1)(a) GDPR)", consent_ids[0]),
        ("K-0000002", "=1+1", "kunde2@example.org", "030 1234567", "10115",
         "Consent (Art. 6(1)(a) GDPR)", consent_ids[1]),
    ]  # fmt: skip
    assert all(isinstance(r[7], dt.datetime) and r[7].date().isoformat() <= granted for r in rows[1:])
    book = openpyxl.load_workbook(path)
    contacts, evidence = book.worksheets
    assert book.sheetnames == ["Contacts", "Evidence"]
    assert contacts.freeze_panes == "A2" and contacts.auto_filter.ref == "A1:H3"
    assert contacts["A1"].font.bold and contacts.page_setup.paperSize == 9
    assert contacts["E2"].data_type == "s" and contacts["E2"].number_format == "@"  # postcode as text
    assert contacts["B3"].data_type == "s" and contacts["B3"].quotePrefix  # "=1+1" stays text on edit
    with zipfile.ZipFile(path) as z:
        assert not any("<f>" in z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    labels = {r[0]: r[1] for r in evidence.iter_rows(values_only=True)}
    assert labels["Rules version"] == RULES_VERSION and labels["Contactable: rows in this list"] == 2
    assert labels["Customers in the segment"] == 3 and labels["Exported by"] == ACTOR
    assert labels["Audit chain anchor before the export"] == export_view_of(db, result.export_id).audit_anchor
    assert (
        labels["    " + "No consent recorded for this purpose and channel (Art. 6(1)(a) GDPR; §7(2) UWG)"]
        == 1
    )


def export_view_of(db: Database, export_id: int):  # type: ignore[no-untyped-def]
    with db.read_session() as s:
        return export_view(s, export_id)


def test_evidence_snapshot_and_consent_uses(db: Database, out: Path, three: list[int]) -> None:
    with db.read_session() as s:
        anchor = audit.current_head(s).short()
    before = ago()
    result = export(db, out / "list.csv", segment=Segment(postcodes=("01067",)), columns=COLUMNS)
    with db.read_session() as s:
        row = s.get(CampaignExport, result.export_id)
        assert row is not None
        assert row.file_sha256 == hashlib.sha256((out / "list.csv").read_bytes()).hexdigest()
        assert (row.row_count, row.rules_version, row.file_format) == (1, RULES_VERSION, "csv")
        assert row.audit_anchor == anchor
        assert json.loads(row.excluded_json) == {"no_consent": 1}  # the third customer, same postcode
        assert json.loads(row.columns_json) == list(COLUMNS)
        (stored,) = s.execute(
            select(CampaignExportRow).where(CampaignExportRow.export_id == row.id)
        ).scalars()
        consent = s.get(Consent, stored.consent_id)
        assert stored.customer_id == three[0] and stored.basis == "consent" and consent is not None
        assert stored.basis_date == consent.granted_at
        assert json.loads(stored.values_json)[:3] == ["K-0000001", "Ödegaard", "kunde1@example.org"]
        # The export is a use of the consent it relied on, and only of that one.
        assert consent.last_used_at is not None and consent.last_used_at >= before
        used = s.execute(
            select(ConsentEvent).where(ConsentEvent.kind == ConsentEventKind.USED.value)
        ).scalars()
        assert [(e.consent_id, e.campaign_export_id) for e in used] == [(consent.id, row.id)]
        actions = [
            a for (a,) in s.execute(select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(2))
        ]
        assert actions == ["export", "use"]
        (view,) = list_exports(s)
        assert view.segment == Segment(postcodes=("01067",)) and view.total_in_segment == 2


def test_csv_bom_separator_escaping_and_dates(db: Database, out: Path, three: list[int]) -> None:
    set_columns(db, three[0], last_name="@SUM(A1)", phone="+49 30 1234567", mobile="+1 (555) 0100-200")
    set_columns(db, three[1], last_name="\tTabbed", phone="-2+3", mobile="+cmd|' /C calc'!A0")
    columns = ("last_name", "phone", "mobile", "consent_date")
    export(db, out / "semi.csv", columns=columns)
    export(db, out / "comma.csv", columns=columns, delimiter=",")
    raw = (out / "semi.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    lines = raw.decode("utf-8-sig").splitlines()
    granted = (TODAY - dt.timedelta(days=30)).isoformat()
    assert lines[0] == "Last name;Phone;Mobile;Consent date"
    assert lines[1].startswith("'@SUM(A1);+49 30 1234567;+1 (555) 0100-200;")  # real phones unchanged
    assert lines[2].startswith("'\tTabbed;'-2+3;'+cmd|' /C calc'!A0;")  # anything else escaped
    assert lines[1].endswith(granted[:4]) or granted[:4] in lines[1]
    comma = (out / "comma.csv").read_text(encoding="utf-8-sig").splitlines()
    assert comma[0] == "Last name,Phone,Mobile,Consent date"


def test_german_headers_and_dates(db: Database, out: Path, three: list[int]) -> None:
    from desktop_app import i18n

    i18n.set_language("de")
    export(db, out / "de.csv", columns=("last_name", "basis", "consent_date"))
    lines = (out / "de.csv").read_text(encoding="utf-8-sig").splitlines()
    day = TODAY - dt.timedelta(days=30)
    assert lines[0] == "Nachname;Grundlage der Ansprache;Einwilligungsdatum"
    assert lines[1].split(";")[1].startswith("Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)")
    assert lines[1].split(";")[2] in {f"{day:%d.%m.%Y}", f"{day - dt.timedelta(days=1):%d.%m.%Y}"}


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.read_session() as s:
        return tuple(  # type: ignore[return-value]
            int(s.execute(select(func.count()).select_from(t)).scalar_one())
            for t in (CampaignExport, CampaignExportRow, ConsentEvent, AuditEntry)
        )


@pytest.mark.parametrize("name", ["cancel.xlsx", "cancel.csv"])
def test_cancel_records_nothing_and_leaves_no_file(
    db: Database, out: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    for n in range(1, 8):
        contactable(db, n)
    monkeypatch.setattr(campaign_export, "CHUNK", 3)
    before = counts(db)
    seen: list[int] = []

    def cancel() -> bool:
        return len(seen) >= 2

    request = ExportRequest(newsletter_id(db), Channel.EMAIL, TODAY, out / name)
    with pytest.raises(ExportCancelled), db.session() as s:
        run_to_end(export_list(s, ACTOR, request, cancel), lambda p: seen.append(p.done))
    assert seen == [0, 3]  # stopped after the first chunk of three
    assert counts(db) == before and list(out.iterdir()) == []


def test_the_user_is_told_when_the_evidence_is_being_recorded_and_may_still_cancel(
    db: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the evidence rows of a large list in SQL takes seconds after the last row is in the
    file: the progress says so first, and cancelling then still records nothing."""
    for n in range(1, 5):
        contactable(db, n)
    before = counts(db)
    steps: list[str] = []
    store = campaign_export.store_evidence
    monkeypatch.setattr(campaign_export, "store_evidence", lambda *a: (steps.append("stored"), store(*a)))
    request = ExportRequest(newsletter_id(db), Channel.EMAIL, TODAY, out / "late.xlsx")
    with pytest.raises(ExportCancelled), db.session() as s:
        run_to_end(
            export_list(s, ACTOR, request, lambda: "recording" in steps), lambda p: steps.append(p.phase)
        )
    assert steps == ["counting", "writing", "finishing", "recording"]
    assert counts(db) == before and list(out.iterdir()) == []

    steps.clear()
    with db.session() as s:
        result = run_to_end(export_list(s, ACTOR, request), lambda p: steps.append(p.phase))
    assert result.rows == 4
    # The file is complete before its evidence is recorded (PostgreSQL stores each chunk's as it goes).
    stored = ["stored"] if db.is_sqlite else []
    assert steps == ["counting", "writing", "finishing", "recording", *stored]


def _disk_full(*_: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(
    ("name", "writer", "step"),
    [("full.csv", CsvListWriter, "rows"), ("full.xlsx", XlsxListWriter, "rows"),
     ("full.xlsx", XlsxListWriter, "close")],
)  # fmt: skip
def test_a_full_disk_is_a_message_and_records_nothing(
    db: Database, out: Path, three: list[int], monkeypatch: pytest.MonkeyPatch, name: str, writer: type,
    step: str,
) -> None:  # fmt: skip
    before = counts(db)
    monkeypatch.setattr(writer, step, _disk_full)
    request = ExportRequest(newsletter_id(db), Channel.EMAIL, TODAY, out / name)
    message = f"Cannot write in the folder {out}: No space left on device"
    with pytest.raises(UserError, match=message), db.session() as s:
        run_to_end(export_list(s, ACTOR, request))
    assert counts(db) == before and list(out.iterdir()) == []


def test_failed_commit_removes_the_file(db: Database, out: Path, three: list[int]) -> None:
    path = out / "gone.csv"
    request = ExportRequest(newsletter_id(db), Channel.EMAIL, TODAY, path)
    with pytest.raises(RuntimeError), db.session() as s:
        run_to_end(export_list(s, ACTOR, request))
        assert path.exists()
        raise RuntimeError("the commit fails")
    assert not path.exists() and list(out.iterdir()) == []


def test_existing_file_is_replaced_and_chunks_stream(
    db: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(1, 8):
        contactable(db, n)
    monkeypatch.setattr(campaign_export, "CHUNK", 2)
    path = out / "list.xlsx"
    path.write_text("old")
    result = export(db, path, columns=("customer_no",))
    assert result.rows == 7 and [r[0] for r in sheet_rows(path)[1:]] == [f"K-{n:07d}" for n in range(1, 8)]
    assert sorted(p.name for p in out.iterdir()) == ["list.xlsx"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"on": TODAY - dt.timedelta(days=1)}, "a date in the past"),
        ({"path": "list.pdf"}, "ending in .xlsx or .csv"),
        ({"path": "missing/list.csv"}, "does not exist"),
        ({"columns": ("email", "shoe_size")}, "Unknown column “shoe_size”"),
        ({"delimiter": "|"}, "separator"),
    ],
)
def test_refusals(db: Database, out: Path, change: dict[str, object], message: str) -> None:
    path = out / str(change.pop("path", "list.csv"))
    request = replace(ExportRequest(newsletter_id(db), Channel.EMAIL, TODAY, path), **change)
    with pytest.raises(UserError, match=message), db.session() as s:
        run_to_end(export_list(s, ACTOR, request))


def test_archived_campaign_is_not_exported(db: Database, out: Path) -> None:
    with db.session() as s:
        data = campaigns.CampaignInput("Alt", newsletter_id(db), Channel.EMAIL)
        campaign = campaigns.create_campaign(s, ACTOR, data)
        campaigns.archive_campaign(s, ACTOR, campaign.id)
    with pytest.raises(UserError, match="archived"):
        export(db, out / "a.csv", campaign_id=campaign.id)


def test_future_date_and_post_channel_with_legitimate_interest(db: Database, out: Path) -> None:
    make_customer(db, PERSON, customer_no="K-1")
    result = export(db, out / "post.csv", channel=Channel.POST, on=TODAY + dt.timedelta(days=30))
    lines = (out / "post.csv").read_text(encoding="utf-8-sig").splitlines()
    assert result.rows == 1 and result.consents_used == 0
    assert "Legitimate interest, post (Art. 6(1)(f) GDPR)" in lines[1] and "Hauptstraße 1" in lines[1]


def test_on_postgresql_the_export_reads_one_snapshot(db: Database, out: Path, three: list[int]) -> None:
    from sqlalchemy import text

    request = ExportRequest(newsletter_id(db), Channel.EMAIL, TODAY, out / "snap.csv")
    with db.session() as s:
        steps = export_list(s, ACTOR, request)
        next(steps)  # the generator has set up its transaction
        if db.engine.dialect.name == "postgresql":
            assert s.execute(text("SHOW transaction_isolation")).scalar() == "repeatable read"
        assert run_to_end(steps).rows == 2


def test_an_empty_list_is_still_a_file_with_its_header(db: Database, out: Path) -> None:
    result = export(db, out / "empty.xlsx", columns=("customer_no", "email"))
    assert result.rows == 0 and result.consents_used == 0
    assert sheet_rows(out / "empty.xlsx") == [("Customer no.", "E-mail")]


def test_xlsx_date_cells_are_the_days_written_on_every_side_of_excels_1900_gap(out: Path) -> None:
    """Date cells go in as Excel day numbers computed once per day (campaign_files.excel_serial);
    days before 1 March 1900, where Excel counts a 29 February that never was, take XlsxWriter's own
    conversion. Each must read back as the day that was exported."""
    days = ["1900-01-01", "1900-02-28", "1900-03-01", "1999-12-31", "2024-02-29", "2026-11-30", "2026-11-30"]
    path = out / "days.xlsx"
    writer = XlsxListWriter(str(path), [campaign_export.COLUMNS["consent_date"]], "Days", "", "en")
    writer.header(["Consent date"])
    writer.rows([[day] for day in days])
    writer.close([], "Evidence")
    read = [r[0] for r in sheet_rows(path)[1:]]
    assert [d.date().isoformat() for d in read] == days  # type: ignore[attr-defined]
    styles = {c.number_format for (c,) in openpyxl.load_workbook(path).worksheets[0].iter_rows(min_row=2)}
    assert len(styles) == 1 and "yy" in styles.pop().lower()  # one date format, shown as a date


def test_evidence_rows_hold_the_cells_as_compact_json(db: Database, out: Path, three: list[int]) -> None:
    """The stored cells are exactly json.dumps of the row (compact, umlauts as written), whatever the
    text holds: a re-export parses them back."""
    customer = contactable(db, 4, last_name='Ö"\\ 😀 </c> \\u0041', postcode="00001")
    result = export(db, out / "json.csv", columns=("customer_no", "last_name", "consent_id", "title"))
    with db.read_session() as s:
        stored = s.scalars(
            select(CampaignExportRow.values_json)
            .where(CampaignExportRow.export_id == result.export_id)
            .order_by(CampaignExportRow.id)
        ).all()
        name = s.execute(select(Customer.last_name).where(Customer.id == customer)).scalar_one()
    assert len(stored) == 3
    for text in stored:
        cells = json.loads(text)
        assert text == json.dumps(cells, ensure_ascii=False, separators=(",", ":"))
    last = json.loads(stored[-1])
    assert last[1] == name == 'Ö"\\ 😀 </c> \\u0041' and isinstance(last[2], int) and last[3] is None


def test_every_heading_fits_its_column(db: Database, out: Path, three: list[int]) -> None:
    """German headings are longer than the English ones the widths were chosen for."""
    i18n.set_language("de")
    path = out / "breite.xlsx"
    export(db, path, columns=COLUMNS)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    for cell in sheet[1]:
        width = sheet.column_dimensions[cell.column_letter].width
        assert width >= len(str(cell.value)) + 4, (cell.value, width)
    assert sheet.column_dimensions["A"].width >= 14  # never narrower than chosen


def test_consent_ids_are_numbers_at_the_left_of_their_column(
    db: Database, out: Path, three: list[int]
) -> None:
    """Right-aligned, an id ran into the date to its right ("5 01.07.2026")."""
    path = out / "ids.xlsx"
    export(db, path, columns=COLUMNS)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    ids = [row[COLUMNS.index("consent_id")] for row in sheet.iter_rows(min_row=2)]
    assert len(ids) == 2 and all(isinstance(c.value, int) and c.alignment.horizontal == "left" for c in ids)
