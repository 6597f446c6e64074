"""What a printed report says, as plain data: no Qt, no layout, every text already in its language.

A report builder (one module per kind) turns database content into a `Report`; the renderer in
`desktop_app.reports_render` lays it out on A4 pages. Keeping the content Qt-free lets tests assert
the facts of a report without rendering it, and lets a later HTML or spreadsheet output reuse it.

To add a new kind of block (e.g. a chart): add a frozen dataclass here, add it to `Block`, and register
a writer for it in `desktop_app.reports_render.blocks.WRITERS`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

TextStyle = Literal["body", "strong", "small", "note"]


@dataclass(frozen=True)
class Paragraph:
    """Running text; line breaks inside `text` are kept (consent wordings are printed exactly)."""

    text: str
    style: TextStyle = "body"


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class KeyValues:
    """Label/value rows, e.g. the fields of one processing activity."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table whose header row is repeated on every page it runs over.

    `widths` are relative column widths in percent (empty: equal widths).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.widths and len(self.widths) != len(self.header):
            raise ValueError("one width per column")
        for row in self.rows:
            if len(row) != len(self.header):
                raise ValueError("every row needs one cell per header column")


@dataclass(frozen=True)
class CheckBoxes:
    """Boxes for the reader to tick. Always printed empty: a pre-ticked box is no consent (CJEU C-673/17)."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class FillInFields:
    """Labelled lines for the reader to write on."""

    labels: tuple[str, ...]


@dataclass(frozen=True)
class SignatureLines:
    """Lines side by side with a caption under each (place and date, signature)."""

    captions: tuple[str, ...]


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    shown: str  # the value as printed, in the report's number format ("12.345" / "12,345")

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError("bar values are counts, never negative")


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one per label, each with its value written beside it; drawn as an image.

    Horizontal because the labels (purpose names) are long; the values are printed too, so the chart
    never has to be read off an axis. `title` is printed as text above the image (searchable).
    """

    title: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Section:
    """A heading and what belongs to it; sections nest (level = depth)."""

    title: str
    blocks: tuple[Block, ...]


Block = (
    Paragraph
    | BulletList
    | KeyValues
    | Table
    | CheckBoxes
    | FillInFields
    | SignatureLines
    | BarChart
    | PageBreak
    | Section
)


@dataclass(frozen=True)
class Letterhead:
    """The business as printed at the top of every page; `name` holds a notice when it is not set."""

    name: str
    address_lines: tuple[str, ...]
    contact_line: str
    name_missing: bool = False


@dataclass(frozen=True)
class PageTexts:
    """The fixed texts of header and footer, already translated; `{page}`/`{pages}` filled per page."""

    page_of: str  # "Page {page} of {pages}"
    created: str  # "Created 03.05.2026 14:20"
    audit: str  # "Audit 123:0123456789abcdef"


@dataclass(frozen=True)
class Report:
    kind: str  # "processing-record", "consent-form", ...: file names, tests, logs
    language: str
    title: str
    subtitle: str
    letterhead: Letterhead
    created_at: dt.datetime  # aware UTC
    audit_anchor: str  # services.audit.Anchor.short()
    page_texts: PageTexts
    blocks: tuple[Block, ...]
    # Printed on every page, e.g. the consent-text version a scanned form was filled in on.
    page_marker: str = ""
    suggested_file_name: str = field(default="report.pdf")

    def all_text(self) -> str:
        """Every text of the content, for tests and searches (header and footer excluded)."""
        return "\n".join(_texts(self.blocks))


def _texts(blocks: tuple[Block, ...]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        match block:
            case Section(title=title, blocks=inner):
                out.append(title)
                out.extend(_texts(inner))
            case Paragraph(text=text):
                out.append(text)
            case BulletList(items=items) | CheckBoxes(items=items):
                out.extend(items)
            case KeyValues(rows=rows):
                out.extend(f"{key}: {value}" for key, value in rows)
            case Table(header=header, rows=rows):
                out.extend(" | ".join(row) for row in (header, *rows))
            case FillInFields(labels=labels):
                out.extend(labels)
            case SignatureLines(captions=captions):
                out.extend(captions)
            case BarChart(title=title, bars=bars):
                out.append(title)
                out.extend(f"{bar.label}: {bar.shown}" for bar in bars)
            case PageBreak():
                pass
    return out
