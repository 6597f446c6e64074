"""Facts about an xlsx file read straight from its parts, without a spreadsheet library.

Three things the readers do not tell us (or tell us too late): which part holds which sheet and
whether the workbook counts dates from 1904; a cheap row count for the sheet list; and the size of
the rectangle a sheet spans. The last one matters because calamine allocates that whole rectangle at
once and aborts the process - no exception - when a file puts one value in A1 and another in
XFD1048576.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from desktop_app.errors import UserError
from desktop_app.excel import messages
from desktop_app.excel.cells import column_index
from desktop_app.excel.zip_safety import ZIP_ERRORS

_WORKBOOK = "xl/workbook.xml"
_WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
_HEAD_BYTES = 64 * 1024
_CHUNK = 1 << 20
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]{0,3}[0-9]*:?[A-Z]{0,3}([0-9]+)"')
_EMPTY_SHEET_DATA = re.compile(rb"<(?:\w+:)?sheetData\s*/>|<(?:\w+:)?sheetData>\s*</(?:\w+:)?sheetData>")
# Every known writer puts a single space before r="A1"; a literal prefix keeps the scan fast. A
# self-closing cell (<c r="XFD9" s="1"/>) only carries a format; the readers skip it.
_CELL_COLUMN = re.compile(rb' r="([A-Z]{1,3})[0-9]{1,7}"[^>/]*>')
_CELL_ROW = re.compile(rb' r="[A-Z]{1,3}([0-9]{1,7})"[^>/]*>')
_FAR_REF = re.compile(rb' r="(?:[A-Z]{2}|[A-Z]{1,3}[0-9]{6})')
_ANY_COLUMN = re.compile(rb'\sr="([A-Z]{1,3})[0-9]')
_ANY_ROW = re.compile(rb'\sr="[A-Z]{0,3}([0-9]{1,7})"')
# Without a column AA+ or a row 100000+ reference a chunk cannot reach beyond this rectangle.
_NEAR_ROWS, _NEAR_COLUMNS = 99_999, 26
_MAX_COLUMNS = 16_384


@dataclass(frozen=True, slots=True)
class SheetPart:
    name: str
    part: str  # path inside the ZIP, e.g. xl/worksheets/sheet1.xml
    hidden: bool


@dataclass(frozen=True, slots=True)
class WorkbookParts:
    sheets: list[SheetPart]
    date_1904: bool


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(archive: zipfile.ZipFile, member: str, name: str) -> Element | None:
    try:
        data = archive.read(member)
    except KeyError:
        return None
    except ZIP_ERRORS:
        raise UserError(messages.DAMAGED, name=name) from None
    try:
        root: Element = SafeET.fromstring(data)
    except DefusedXmlException:
        raise UserError(messages.UNSAFE_XML, name=name) from None
    except SafeET.ParseError:
        raise UserError(messages.DAMAGED, name=name) from None
    return root


def workbook_parts(archive: zipfile.ZipFile, name: str) -> WorkbookParts:
    """Worksheets (not chart sheets) in workbook order with their parts, and the date system."""
    workbook = _parse(archive, _WORKBOOK, name)
    if workbook is None:
        raise UserError(messages.DAMAGED, name=name)
    relations = _parse(archive, _WORKBOOK_RELS, name)
    targets: dict[str, str] = {}
    for relation in relations.iter() if relations is not None else ():
        if _local(relation.tag) == "Relationship" and relation.get("Type", "").endswith("/worksheet"):
            target = relation.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            targets[relation.get("Id", "")] = posixpath.normpath(path)
    sheets: list[SheetPart] = []
    date_1904 = False
    for element in workbook.iter():
        tag = _local(element.tag)
        if tag == "workbookPr":
            date_1904 = element.get("date1904", "").lower() in ("1", "true")
        elif tag == "sheet":
            relation_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
            if relation_id in targets:
                hidden = element.get("state", "visible") != "visible"
                sheets.append(SheetPart(element.get("name", ""), targets[relation_id], hidden))
    return WorkbookParts(sheets, date_1904)


def rows_hint(archive: zipfile.ZipFile, part: str) -> int | None:
    """Last used row from the sheet's ``<dimension>`` (0 for an empty sheet), None if unknown.

    Cheap (reads the start of the part only) but only a hint: the dimension is written by the
    producer and may be missing or absurd.
    """
    try:
        with archive.open(part) as stream:
            head = stream.read(_HEAD_BYTES)
    except (KeyError, *ZIP_ERRORS):
        return None
    if _EMPTY_SHEET_DATA.search(head):
        return 0
    match = _DIMENSION.search(head)
    return int(match.group(1)) if match else None


def _bodies(archive: zipfile.ZipFile, part: str) -> Iterator[bytes]:
    """The part in chunks of about 1 MB, each cut after a ``>`` so that no tag is split."""
    rest = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            buffer = rest + chunk
            cut = buffer.rfind(b">") + 1
            if cut:
                yield buffer[:cut]
            rest = buffer[cut:]
    if rest:
        yield rest


def _tag_count(body: bytes) -> int:
    """Cell and row tags, also with a namespace prefix (rare; then text like "a:c " may add a few)."""
    tags: tuple[bytes, ...] = (b"<c ", b"<c>", b"<row ", b"<row>")
    if b":row" in body:
        tags += (b":c ", b":c>", b":row ", b":row>")
    return sum(body.count(tag) for tag in tags)


def _widest(letters: set[bytes]) -> int:
    # The widest column has the most letters, then the greatest ones (XFD > XFC > AAA > ZZ).
    return column_index(max(letters, key=lambda c: (len(c), c)).decode("ascii")) + 1


def _deepest(digits: set[bytes]) -> int:
    return int(max(digits, key=lambda d: (len(d), d)))


def sheet_extent(archive: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """An upper bound (rows, columns) of the rectangle from A1 to the farthest cell.

    A chunk without references beyond column Z or row 99999 counts as that whole rectangle (one
    fast search proves it); other chunks are read reference by reference. Cells or rows without an
    ``r`` attribute are placed one after another by the readers, so each may add a row and a column.
    """
    max_row = max_column = unreferenced = 0
    for body in _bodies(archive, part):
        tags = _tag_count(body)
        if not tags:
            continue
        if body.count(b' r="') >= tags:
            if _FAR_REF.search(body) is None:
                max_row, max_column = max(max_row, _NEAR_ROWS), max(max_column, _NEAR_COLUMNS)
                continue
            letters, digits = _CELL_COLUMN.findall(body), _CELL_ROW.findall(body)
        else:
            letters, digits = _ANY_COLUMN.findall(body), _ANY_ROW.findall(body)
            unreferenced += max(0, tags - len(digits))
        if digits:
            max_row = max(max_row, _deepest(set(digits)))
        if letters:
            max_column = max(max_column, _widest(set(letters)))
    if unreferenced:
        max_row += unreferenced
        max_column = max(max_column, min(unreferenced, _MAX_COLUMNS))
    return max_row, max_column
