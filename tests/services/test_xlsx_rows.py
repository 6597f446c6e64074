"""The export's rows as XML in one pass (services/xlsx_rows.RowXml) give the very file that XlsxWriter's
own cell methods give: the same bytes in every part of the package."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.campaign_files import COLUMNS, Cell, XlsxListWriter
from desktop_app.services.xlsx_rows import RowXml

KEYS = ("customer_no", "last_name", "email", "phone", "postcode", "basis", "consent_id", "consent_date")
HOSTILE = [
    "=HYPERLINK(\"http://x\")", "+49 30 1234567", "-1", "@SUM(A1)", "\tTab", "\rCR", "＝full width",
    "a & b < c > d \" e", "line\nbreak", "ctrl \x00\x01\x07\x08\x0b\x0c\x1b\x1f end", "_x0041_ stays",
    "_X00e4_ too", " leading", "trailing ", "\u00a0no-break\u00a0", "\u2003em space", "Müller ß 😀",
    "\ufffe\uffff", "</t></is></c><c>", "]]>", "x" * 16_384, "😀" * 16_384 + "y", "y" + "😀" * 20_000,
    "é" * 40_000,
]  # fmt: skip
DAYS = ["1900-01-01", "1900-02-28", "1900-03-01", "1999-12-31", "2024-02-29", "2026-11-30"]


def _write(path: Path, chunks: Sequence[Sequence[Sequence[Cell]]], fast: bool) -> None:
    writer = XlsxListWriter(str(path), [COLUMNS[k] for k in KEYS], "List", "Footer & co", "en")
    assert (writer._fast is not None) is True  # this XlsxWriter works with RowXml
    if not fast:
        writer._fast = None  # XlsxWriter's write_string / write_number / write_datetime per cell
    writer.header(list(KEYS))
    for chunk in chunks:
        writer.rows(chunk)
    writer.close([("Campaign", "=spring"), ("Rows", 3)], "Evidence")


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def _same_file(tmp_path: Path, chunks: Sequence[Sequence[Sequence[Cell]]]) -> Path:
    fast, slow = tmp_path / "fast.xlsx", tmp_path / "slow.xlsx"
    _write(fast, chunks, fast=True)
    _write(slow, chunks, fast=False)
    fast_parts, slow_parts = _parts(fast), _parts(slow)
    assert list(fast_parts) == list(slow_parts)
    for name, content in slow_parts.items():
        assert fast_parts[name] == content, name
    return fast


def test_hostile_text_numbers_and_dates_give_the_same_file(tmp_path: Path) -> None:
    rows: list[list[Cell]] = []
    for i, text in enumerate(HOSTILE):
        day = DAYS[i % len(DAYS)]
        rows.append([f"K-{i:05d}", text, f"a{i}@example.com", text, "01067", text, i + 1, day])
    rows.append([None, "", None, "", "", None, None, None])  # a row without a cell: no <row>
    rows.append(["K-last", None, None, None, None, None, 2**53, None])
    path = _same_file(tmp_path, [rows[:7], rows[7:8], [], rows[8:]])
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.max_row == len(rows) + 1  # the header; the empty row still counts: the last stays last
    assert sheet.cell(2, 2).value == HOSTILE[0] and sheet.cell(2, 2).data_type == "s"  # text, not a formula


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.text(max_size=12)),
            st.one_of(st.none(), st.text(max_size=30)),
            st.one_of(st.none(), st.integers(min_value=0, max_value=10**12)),
            st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()).filter(lambda d: d >= "1900-01-01")),
        ),
        max_size=30,
    )
)
def test_any_text_gives_the_same_file(tmp_path: Path, cells: list[tuple[Cell, Cell, Cell, Cell]]) -> None:
    rows = [[no, name, None, name, no, name, number, day] for no, name, number, day in cells]
    _same_file(tmp_path, [rows])


def test_rows_after_the_fast_ones_are_refused_where_xlsxwriter_refuses_them(tmp_path: Path) -> None:
    writer = XlsxListWriter(str(tmp_path / "a.xlsx"), [COLUMNS["last_name"]], "List", "", "en")
    assert writer._fast is not None
    writer.header(["Last name"])
    writer.rows([["A"], ["B"]])
    with pytest.raises(ValueError, match="row 1 is already written"):
        writer._fast.write([["again"]], 1)
    assert writer.sheet.write_string(1, 0, "again") == -1  # XlsxWriter refuses a row already written
    writer.rows([["C"]])
    writer.close([], "Evidence")
    values = [r[0] for r in openpyxl.load_workbook(tmp_path / "a.xlsx").worksheets[0].values]
    assert values == ["Last name", "A", "B", "C"]


def test_an_xlsxwriter_without_the_internals_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RowXml, "usable", staticmethod(lambda sheet: False))
    writer = XlsxListWriter(str(tmp_path / "b.xlsx"), [COLUMNS["last_name"]], "List", "", "en")
    assert writer._fast is None
    writer.header(["Last name"])
    writer.rows([["=1+1"]])
    writer.close([], "Evidence")
    cell = openpyxl.load_workbook(tmp_path / "b.xlsx").worksheets[0].cell(2, 1)
    assert (cell.value, cell.data_type) == ("=1+1", "s")


def test_usable_wants_constant_memory_and_the_internals() -> None:
    class Bare:
        pass

    assert not RowXml.usable(Bare())
