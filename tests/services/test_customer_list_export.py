"""Customer-list export: the list as shown (search, filters, order), chosen columns, formula-safe cells,
German Excel CSV, cancel leaves nothing, every export in the audit chain, the erased never in it."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import errno
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry
from desktop_app.domain.enums import CustomerKind, CustomerStatus
from desktop_app.errors import UserError
from desktop_app.services import audit, customer_list_export, erasure
from desktop_app.services.campaign_export import ExportCancelled, ExportProgress, run_to_end
from desktop_app.services.campaign_files import CsvListWriter
from desktop_app.services.customer_list import CustomerFilter, SortKey
from desktop_app.services.customer_list_export import (
    COLUMNS,
    DEFAULT_COLUMNS,
    CustomerExportRequest,
    CustomerExportResult,
    export_customers,
)
from tests.services.campaign_factories import HOSTILE, set_columns
from tests.services.ledger_factories import ACTOR, FIRM, PERSON, make_customer, make_source
from tests.services.test_campaign_libreoffice import CSV_IN, SOFFICE, convert, read


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """Four customers in Dresden, Berlin and Hamburg; one business with a source and tags."""
    source = make_source(db, "Messe Leipzig")
    return {
        "mueller": make_customer(db, PERSON, customer_no="K-1", birth_date=dt.date(1980, 5, 17)).id,
        "schmidt": make_customer(
            db, PERSON, customer_no="K-2", first_name="Anna", last_name="Schmidt", email="anna@example.org",
            phone="", postcode="10115", city="Berlin",
        ).id,
        "baecker": make_customer(
            db, FIRM, customer_no="K-3", email="info@baecker.example", phone="040 123456", postcode="20095",
            city="Hamburg", source_id=source, tags=("Messe", "VIP"),
        ).id,
        "zander": make_customer(
            db, PERSON, customer_no="K-4", first_name="Zoe", last_name="Zander", email="zoe@example.org",
            phone="", city="Dresden",
        ).id,
    }  # fmt: skip


def run(db: Database, path: Path, **kw: object) -> CustomerExportResult:
    return run_to_end(export_customers(db, ACTOR, CustomerExportRequest(path, **kw)))  # type: ignore[arg-type]


def xlsx_rows(path: Path, sheet: int = 0) -> list[tuple[object, ...]]:
    return [tuple(r) for r in openpyxl.load_workbook(path).worksheets[sheet].iter_rows(values_only=True)]


def csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_chosen_columns_in_the_shown_order(db: Database, out: Path, people: dict[str, int]) -> None:
    path = out / "kunden.xlsx"
    columns = ("last_name", "customer_no", "city", "kind", "source", "tags", "birth_date", "postcode")
    flt = CustomerFilter(sort=SortKey.CITY, descending=True)
    result = run(db, path, filter=flt, columns=columns)
    assert result.rows == 4 and result.path == path
    rows = xlsx_rows(path)
    assert rows[0] == ("Last name", "Customer no.", "City", "Consumer/business", "Data source", "Tags",
                       "Birth date", "Postcode")  # fmt: skip
    # City descending, then id descending within a city (the list's own tie-break).
    assert [r[:4] for r in rows[1:]] == [
        ("Müller", "K-3", "Hamburg", "Business"),
        ("Zander", "K-4", "Dresden", "Consumer"),
        ("Müller", "K-1", "Dresden", "Consumer"),
        ("Schmidt", "K-2", "Berlin", "Consumer"),
    ]
    assert rows[1][4:6] == ("Messe Leipzig", "Messe, VIP") and [r[5] for r in rows[2:]] == [None] * 3
    assert rows[3][6] == dt.datetime(1980, 5, 17) and rows[3][7] == "01067"  # a real date; a postcode as text
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Customers", "About this export"]
    about = {r[0]: r[1] for r in xlsx_rows(path, 1)}
    assert about["Exported by"] == ACTOR and about["Customers"] == 4 and about["Sorted by"] == "city ↓"


def test_search_and_filters_are_respected(db: Database, out: Path, people: dict[str, int]) -> None:
    path = out / "dresden.csv"
    result = run(db, path, filter=CustomerFilter(text="DRESDEN", kind=CustomerKind.CONSUMER),
                 columns=("customer_no", "last_name"))  # fmt: skip
    assert result.rows == 2
    assert csv_rows(path) == [["Customer no.", "Last name"], ["K-1", "Müller"], ["K-4", "Zander"]]
    run(db, path, filter=CustomerFilter(kind=CustomerKind.BUSINESS), columns=("customer_no",))
    assert csv_rows(path) == [["Customer no."], ["K-3"]]
    assert run(db, out / "none.csv", filter=CustomerFilter(text="nobody-here")).rows == 0
    assert csv_rows(out / "none.csv") == [[tr_header(c) for c in DEFAULT_COLUMNS]]


def tr_header(key: str) -> str:
    from desktop_app.services.customer_list_export import column_header

    return column_header(key)


def test_erased_and_restricted(db: Database, out: Path, people: dict[str, int]) -> None:
    with db.session() as s:
        erasure.erase_customer(s, ACTOR, people["schmidt"])
    assert run(db, out / "all.csv", columns=("customer_no",)).rows == 3
    assert ["K-2"] not in csv_rows(out / "all.csv")
    # Even a filter asking for the erased finds nobody (the GUI offers no such filter).
    result = run(db, out / "erased.csv", filter=CustomerFilter(status=CustomerStatus.ERASED))
    assert result.rows == 0 and len(csv_rows(out / "erased.csv")) == 1


def test_hostile_cells_stay_literal_text(db: Database, out: Path) -> None:
    for n, name in enumerate(HOSTILE, 1):
        cid = make_customer(db, PERSON, customer_no=f"K-{n}", email=f"k{n}@example.org").id
        set_columns(
            db, cid, last_name=name, company=name, city=name, phone="+49 30 1234567" if n == 1 else name
        )
    columns = ("customer_no", "last_name", "company", "phone", "city")
    flt = CustomerFilter(sort=SortKey.CUSTOMER_NO)
    run(db, out / "h.xlsx", filter=flt, columns=columns)
    run(db, out / "h.csv", filter=flt, columns=columns)

    rows = xlsx_rows(out / "h.xlsx")[1:]
    assert [list(r[1:]) for r in rows] == [
        [name, name, "+49 30 1234567" if i == 0 else name, name] for i, name in enumerate(HOSTILE)
    ]
    with zipfile.ZipFile(out / "h.xlsx") as z:
        assert not any("<f>" in z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    sheet = openpyxl.load_workbook(out / "h.xlsx").worksheets[0]
    assert sheet["B2"].data_type == "s" and sheet["B2"].quotePrefix  # stays text when edited in Excel

    escaped = [
        ["'" + name, "'" + name, "+49 30 1234567" if i == 0 else "'" + name, "'" + name]
        for i, name in enumerate(HOSTILE)
    ]
    assert [r[1:] for r in csv_rows(out / "h.csv")[1:]] == escaped


def test_csv_is_german_excel_dialect(db: Database, out: Path, people: dict[str, int]) -> None:
    path = out / "k.csv"
    run(db, path, filter=CustomerFilter(text="Zander"), columns=("last_name", "company", "city", "created"))
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    lines = raw[len(codecs.BOM_UTF8) :].split(b"\r\n")
    assert lines[0] == b"Last name;Company;City;Created on"
    assert lines[1] == f"Zander;;Dresden;{dt.date.today().isoformat()}".encode()
    assert lines[2] == b"" and b"\n" not in raw.replace(b"\r\n", b"")


def test_cancel_leaves_no_file_and_no_audit_entry(db: Database, out: Path, people: dict[str, int]) -> None:
    with db.read_session() as s:
        before = audit.current_head(s).seq
    path = out / "k.xlsx"
    steps = export_customers(db, ACTOR, CustomerExportRequest(path), cancel=lambda: True)
    with pytest.raises(ExportCancelled):
        run_to_end(steps)
    assert list(out.iterdir()) == []  # no file, no temporary file, no XlsxWriter row file
    # An existing file of that name stays as it was.
    path.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        run_to_end(export_customers(db, ACTOR, CustomerExportRequest(path), cancel=lambda: True))
    assert list(out.iterdir()) == [path] and path.read_bytes() == b"old"
    with db.read_session() as s:
        assert audit.current_head(s).seq == before


def test_audit_entry_says_who_how_many_and_which_file(
    db: Database, out: Path, people: dict[str, int]
) -> None:
    seen: list[ExportProgress] = []
    steps = export_customers(
        db, "berta", CustomerExportRequest(out / "Kunden Dresden.xlsx", CustomerFilter(text="Müller Dresden"))
    )
    result = run_to_end(steps, seen.append)
    assert [p.phase for p in seen] == ["counting", "writing", "recording"] and seen[1].total == 1
    with db.read_session() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.seq == result.audit_seq)).scalar_one()
        assert audit.verify_chain(s).ok
        who, action, entity, text = entry.actor, entry.action, entry.entity, entry.description
    assert (who, action, entity) == ("berta", "export", "customer_list")
    assert text.startswith("rows=1 file=Kunden Dresden.xlsx format=xlsx ")
    assert f"sha256={result.sha256}" in text and "filters=search" in text
    assert "Müller" not in text  # what was searched for is personal data


def test_refusals_write_nothing(db: Database, out: Path, people: dict[str, int]) -> None:
    with pytest.raises(UserError, match=r"ending in \.xlsx or \.csv"):
        run(db, out / "k.pdf")
    with pytest.raises(UserError, match="Unknown column “iban”"):
        run(db, out / "k.csv", columns=("iban",))
    with pytest.raises(UserError, match="at least one column"):
        run(db, out / "k.csv", columns=())
    with pytest.raises(UserError, match="does not exist"):
        run(db, out / "missing" / "k.csv")
    assert list(out.iterdir()) == []


def test_too_many_rows_for_excel_or_a_full_disk_is_a_message(
    db: Database, out: Path, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.read_session() as s:
        before = audit.current_head(s).seq
    monkeypatch.setattr(customer_list_export, "XLSX_MAX_ROWS", 4)  # Excel's 1,048,576, made small
    with pytest.raises(UserError, match=r"4 rows do not fit on an Excel sheet .*export to \.csv"):
        run(db, out / "k.xlsx")
    assert run(db, out / "k.csv").rows == 4

    def full(self: object, rows: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(CsvListWriter, "rows", full)
    with pytest.raises(UserError, match=f"Cannot write in the folder {out}: No space left on device"):
        run(db, out / "k2.csv")
    assert sorted(p.name for p in out.iterdir()) == ["k.csv"]
    with db.read_session() as s:
        assert audit.current_head(s).seq == before + 1  # only the .csv that was written


def test_every_column_can_be_exported(db: Database, out: Path, people: dict[str, int]) -> None:
    run(db, out / "all.xlsx", columns=tuple(COLUMNS))
    run(db, out / "all.csv", columns=tuple(COLUMNS))
    assert len(xlsx_rows(out / "all.xlsx")) == 5 and len(csv_rows(out / "all.csv")[1]) == len(COLUMNS)


@pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (the spreadsheet round trip needs it)"
)
def test_hostile_cells_come_back_literal_from_libreoffice(db: Database, out: Path, tmp_path: Path) -> None:
    """A real spreadsheet opens both files; nothing may be evaluated (as in test_campaign_libreoffice)."""
    for n, name in enumerate(HOSTILE, 1):
        cid = make_customer(db, PERSON, customer_no=f"K-{n}", email=f"k{n}@example.org").id
        set_columns(db, cid, last_name=name, city=name)
    flt, columns = CustomerFilter(sort=SortKey.CUSTOMER_NO), ("customer_no", "last_name", "city")
    run(db, out / "list.xlsx", filter=flt, columns=columns)
    run(db, out / "list.csv", filter=flt, columns=columns)
    converted = tmp_path / "converted"
    jobs = [
        convert([out / "list.xlsx"], converted, tmp_path / "lo-xlsx"),
        convert([out / "list.csv"], converted / "csv", tmp_path / "lo-csv", CSV_IN),
    ]
    assert all(job.wait(timeout=240) == 0 for job in jobs)
    expected = [[f"K-{n}", name, name] for n, name in enumerate(HOSTILE, 1)]
    assert read(converted / "list-Customers.csv")[1:] == expected  # the very text, never a result
    assert read(converted / "csv" / "list-list.csv")[1:] == [[no, "'" + a, "'" + b] for no, a, b in expected]
