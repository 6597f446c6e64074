"""The PDF layer: long tables repeat their header, headings and short tables are not torn apart,
files are replaced atomically, and the preview image is the page."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import pytest

from desktop_app.reports_render.document import PagedReport
from desktop_app.reports_render.output import page_image, pdf_bytes, write_pdf
from desktop_app.services.reports.model import Letterhead, Paragraph, Section, Table
from tests.services.report_pdf import make_report, page_texts

pytestmark = pytest.mark.usefixtures("qapp")


def _long_table(rows: int = 300) -> Table:
    return Table(
        ("Customer number", "Name", "Channel"),
        tuple((f"K-{n:05d}", f"Person {n}", "E-mail") for n in range(rows)),
        (25, 50, 25),
    )


def test_long_table_runs_over_pages_with_its_header_repeated(tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"
    count = write_pdf(make_report(Section("All customers", (_long_table(),))), target)
    pages = page_texts(target)
    assert len(pages) == count >= 5
    for number, page in enumerate(pages, start=1):
        assert "Customer number Name Channel" in page
        assert f"Page {number} of {count}" in page
        assert "Bäckerei Sonnenschein" in page and "Audit 42:0123456789abcdef" in page
    whole = " ".join(pages)
    positions = [whole.index(f"K-{n:05d}") for n in (0, 150, 299)]
    assert positions == sorted(positions)


def _page_of(pages: list[str], text: str) -> int:
    return next(index for index, page in enumerate(pages) if text in page)


@pytest.mark.parametrize("filler", range(28, 46, 2))
def test_a_heading_is_never_left_alone_at_the_bottom_of_a_page(tmp_path: Path, filler: int) -> None:
    lines = tuple(Paragraph(f"Filler line {n}") for n in range(filler))
    report = make_report(*lines, Section("Kept heading", (Paragraph("First line after the heading"),)))
    target = tmp_path / "heading.pdf"
    target.write_bytes(pdf_bytes(PagedReport(report)))
    pages = page_texts(target)
    assert _page_of(pages, "Kept heading") == _page_of(pages, "First line after the heading")


@pytest.mark.parametrize("filler", range(26, 44, 3))
def test_a_short_table_moves_whole_to_the_next_page(tmp_path: Path, filler: int) -> None:
    lines = tuple(Paragraph(f"Filler line {n}") for n in range(filler))
    table = Table(("Channel", "Legal basis"), tuple((f"Row {n}", "Consent") for n in range(6)))
    target = tmp_path / "table.pdf"
    target.write_bytes(pdf_bytes(PagedReport(make_report(*lines, table))))
    pages = page_texts(target)
    assert {_page_of(pages, f"Row {n} ") for n in range(6)} == {_page_of(pages, "Channel Legal basis")}


def test_page_marker_is_on_every_page(tmp_path: Path) -> None:
    target = tmp_path / "marker.pdf"
    write_pdf(make_report(_long_table(150), marker="Form newsletter-de-v3"), target)
    pages = page_texts(target)
    assert len(pages) >= 2 and all("Form newsletter-de-v3" in page for page in pages)


def test_an_existing_file_is_replaced_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_pdf(make_report(Paragraph("new content")), target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "new content" in page_texts(target)[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_missing_folder_is_an_oserror_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_pdf(make_report(Paragraph("x")), tmp_path / "missing" / "report.pdf")
    assert list(tmp_path.iterdir()) == []


def test_page_image_shows_the_page(tmp_path: Path) -> None:
    image = page_image(PagedReport(make_report(Paragraph("Some text"))), 0, 40)
    assert (image.width(), image.height()) == (331, 468)  # A4 at 40 dpi
    dark = sum(
        1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).value() < 128
    )
    assert dark > 200  # letterhead, title, text, footer
    assert image.pixelColor(3, 3).value() == 255  # the margin stays paper-white


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_none_guard_keeps_the_interpreter_alive_through_many_qt_calls() -> None:
    from PySide6.QtCore import QSize

    from desktop_app.qt_none_guard import protect_none

    protected = protect_none()
    size = QSize()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        size.setWidth(1)
    # Without the guard (and with the binding bug) None's count would have fallen by 20,000.
    assert protected or sys.getrefcount(None) >= before
    assert sys.getrefcount(None) > 20_000
    assert os.getpid()  # still alive


def test_columns_of_counts_are_right_aligned_and_dates_are_not(tmp_path: Path) -> None:
    table = Table(
        ("Purpose", "Valid", "Since"),
        (("Newsletter", "7", "01.02.2026"), ("Offers", "1.097", "29.11.2026"), ("Survey", "–", "")),
        (50, 25, 25),
    )
    paged = PagedReport(make_report(Section("Counts", (table,))))
    rows = [
        block for block in _blocks(paged) if block.text().startswith("\t") and "Purpose" not in block.text()
    ]
    assert [r.text().split("\t")[1] for r in rows] == ["Newsletter", "Offers", "Survey"]

    def edges(block, column: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        cells = block.text().split("\t")
        start = sum(len(c) + 1 for c in cells[:column])  # after the tab before the cell
        line = block.layout().lineAt(0)
        return line.cursorToX(start)[0], line.cursorToX(start + len(cells[column]))[0]

    valid = [edges(r, 2) for r in rows]
    assert max(right for _, right in valid) - min(right for _, right in valid) < 1  # counts end together
    assert valid[1][0] < valid[0][0]  # the longer count starts further left
    since = [edges(r, 3) for r in rows[:2]]
    assert abs(since[0][0] - since[1][0]) < 1  # dates start together (left-aligned)
    purpose = [edges(r, 1)[0] for r in rows]
    assert max(purpose) - min(purpose) < 1


def _blocks(paged: PagedReport):  # type: ignore[no-untyped-def]
    block = paged.document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_a_long_business_name_is_printed_smaller_not_cut_off(tmp_path: Path) -> None:
    name = "Bäckerei und Konditorei Sonnenschein Müller & Söhne GmbH & Co. KG"
    report = dataclasses.replace(
        make_report(Paragraph("Text")),
        letterhead=Letterhead(name, ("Marktplatz 3", "01067 Dresden"), "info@example.de"),
    )
    target = tmp_path / "long-name.pdf"
    write_pdf(report, target)
    assert name in page_texts(target)[0]
