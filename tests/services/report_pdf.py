"""Helpers for report tests: the text of each PDF page, and a minimal report to render."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from desktop_app.services.reports.model import Block, Letterhead, PageTexts, Report


def page_texts(path: Path) -> list[str]:
    """Each page's text with ligatures unfolded (ﬀ -> ff) and all whitespace as single spaces."""
    texts = []
    for page in PdfReader(path).pages:
        text = unicodedata.normalize("NFKC", page.extract_text())
        texts.append(" ".join(text.split()))
    return texts


def make_report(*blocks: Block, marker: str = "") -> Report:
    return Report(
        kind="test",
        language="en",
        title="Test report",
        subtitle="",
        letterhead=Letterhead("Bäckerei Sonnenschein", ("Marktplatz 3", "01067 Dresden"), "info@example.de"),
        created_at=dt.datetime(2026, 11, 29, 9, 30, tzinfo=dt.UTC),
        audit_anchor="42:0123456789abcdef",
        page_texts=PageTexts(
            "Page {page} of {pages}", "Created 2026-11-29 10:30", "Audit 42:0123456789abcdef"
        ),
        blocks=blocks,
        page_marker=marker,
    )
