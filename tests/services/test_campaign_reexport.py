"""Re-exports reproduce a past export from its evidence, not from today's data."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import openpyxl
import pytest

from desktop_app.db.engine import Database
from desktop_app.errors import UserError
from desktop_app.services import audit, erasure
from desktop_app.services.campaign_export import run_to_end
from desktop_app.services.campaign_files import CsvListWriter
from desktop_app.services.campaign_reexport import reexport
from tests.services.campaign_factories import contactable, export, set_columns
from tests.services.ledger_factories import ACTOR, audit_actions

COLUMNS = ("customer_no", "first_name", "last_name", "email", "phone", "postcode", "basis", "consent_id",
           "consent_date")  # fmt: skip


def again(db: Database, export_id: int, path: Path):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return run_to_end(reexport(s, "ben", export_id, path))


def data_rows(path: Path) -> list[tuple[object, ...]]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [tuple(r) for r in sheet.iter_rows(values_only=True)]


@pytest.fixture
def customers(db: Database) -> list[int]:
    return [contactable(db, n, last_name=f"Name{n}", postcode="01067") for n in range(1, 4)]


def test_csv_re_export_is_byte_identical_even_after_the_data_changed(
    db: Database, tmp_path: Path, customers: list[int]
) -> None:
    original = export(db, tmp_path / "a.csv", columns=COLUMNS, delimiter=",")
    set_columns(db, customers[0], last_name="Geändert", email="neu@example.org")
    result = again(db, original.export_id, tmp_path / "b.csv")
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()
    assert result.sha256 == original.sha256 and result.reexport and result.rows == 3
    with db.read_session() as s:
        assert audit_actions(s, 1) == [("reexport", "campaign_export")]
        assert audit.current_head(s).seq > 0


def test_xlsx_re_export_has_the_same_cells_and_says_it_is_a_re_export(
    db: Database, tmp_path: Path, customers: list[int]
) -> None:
    original = export(db, tmp_path / "a.xlsx", columns=COLUMNS)
    set_columns(db, customers[1], first_name="Neu")
    again(db, original.export_id, tmp_path / "b.xlsx")
    assert data_rows(tmp_path / "b.xlsx") == data_rows(tmp_path / "a.xlsx")
    evidence = openpyxl.load_workbook(tmp_path / "b.xlsx").worksheets[1]
    first = [r for r in evidence.iter_rows(values_only=True)]
    assert first[0][0] == "RE-EXPORT" and f"export no. {original.export_id}" in str(first[0][1])
    assert ("Re-exported by", "ben") in first
    # The same rows may also be written as .csv: the cells, not the file format, are the evidence.
    again(db, original.export_id, tmp_path / "c.csv")
    assert (
        (tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()[2].startswith("K-0000002;Jürgen;")
    )


def test_erased_customers_stay_erased_in_a_re_export(
    db: Database, tmp_path: Path, customers: list[int]
) -> None:
    original = export(db, tmp_path / "a.csv", columns=COLUMNS)
    with db.session() as s:
        erasure.erase_customer(s, ACTOR, customers[1])
    result = again(db, original.export_id, tmp_path / "b.csv")
    lines = (tmp_path / "b.csv").read_text(encoding="utf-8-sig").splitlines()
    assert result.erased_rows == 1 and len(lines) == 4
    assert lines[2] == ";" * (len(COLUMNS) - 1) and "Name2" not in "".join(lines)
    assert lines[1].startswith("K-0000001;") and lines[3].startswith("K-0000003;")


def test_unknown_export_and_wrong_extension(db: Database, tmp_path: Path, customers: list[int]) -> None:
    original = export(db, tmp_path / "a.csv")
    with pytest.raises(UserError, match="no longer exists"):
        again(db, 999, tmp_path / "b.csv")
    with pytest.raises(UserError, match=r"\.xlsx or \.csv"):
        again(db, original.export_id, tmp_path / "b.txt")


def test_a_full_disk_during_a_re_export_is_a_message(
    db: Database, tmp_path: Path, customers: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    original = export(db, tmp_path / "a.csv", columns=COLUMNS)

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(CsvListWriter, "rows", full)
    with pytest.raises(UserError, match=f"Cannot write in the folder {tmp_path}: No space left on device"):
        again(db, original.export_id, tmp_path / "b.csv")
    assert not (tmp_path / "b.csv").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]
    with db.read_session() as s:
        assert audit_actions(s, 1) != [("reexport", "campaign_export")]
