"""Builders for spreadsheet files the tests need, written byte by byte where no library would.

Hostile files (bombs, XXE, absurd dimensions, lying ZIP headers) and containers without a writer
in our dependencies (OLE2 compound files, ODS) are generated here, so nothing binary is committed.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

#: Real-world files from many producers, kept beside the checkout (not copied into the project).
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "sheetjs"
CORPUS_FILES = sorted(CORPUS.iterdir()) if CORPUS.is_dir() else []
NO_CORPUS = f"real-world corpus not found at {CORPUS}"

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "{overrides}</Types>"
)
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)


def sheet_xml(rows: str, dimension: str | None = None, prolog: str = "") -> str:
    """A worksheet part around ``<row>`` elements; ``prolog`` goes before the root element."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN_NS}">{dim}'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def number_cell(ref: str, number: float | int) -> str:
    return f'<c r="{ref}"><v>{number}</v></c>'


def write_xlsx(
    path: Path,
    sheets: dict[str, str],
    shared_strings: str | None = None,
    hidden: tuple[str, ...] = (),
    extra_members: dict[str, bytes] | None = None,
) -> Path:
    """A minimal xlsx: ``sheets`` maps sheet names to worksheet XML (see :func:`sheet_xml`)."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_SHEET_TYPE}"/>'
        for i in range(1, len(sheets) + 1)
    )
    if shared_strings is not None:
        overrides += f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_STRINGS_TYPE}"/>'
    states = {name: ' state="hidden"' if name in hidden else "" for name in sheets}
    sheet_elements = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"{states[name]}/>'
        for i, name in enumerate(sheets, start=1)
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" xmlns:r="{_REL}">'
        f"<sheets>{sheet_elements}</sheets></workbook>"
    )
    relations = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    if shared_strings is not None:
        relations += f'<Relationship Id="rIdS" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    workbook_rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relations}'
        "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES.format(overrides=overrides))
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        for i, xml in enumerate(sheets.values(), start=1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", xml)
        if shared_strings is not None:
            archive.writestr("xl/sharedStrings.xml", shared_strings)
        for name, data in (extra_members or {}).items():
            archive.writestr(name, data)
    return path


def write_zip(path: Path, members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def patch_zip_entries(
    path: Path, member: str, *, file_size: int | None = None, flags: int | None = None
) -> None:
    """Rewrite the declared size or flag bits of one member, in its local and central header."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    local = info.header_offset
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46 : position + 46 + name_length]) == member.encode():
            central = position
        position = data.find(b"PK\x01\x02", position + 4)
    if file_size is not None:
        struct.pack_into("<I", data, local + 22, file_size)
        struct.pack_into("<I", data, central + 24, file_size)
    if flags is not None:
        struct.pack_into("<H", data, local + 6, flags)
        struct.pack_into("<H", data, central + 8, flags)
    path.write_bytes(bytes(data))


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def ods_cell(text: str, repeat: int = 1) -> str:
    repeated = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (
        f'<table:table-cell office:value-type="string"{repeated}><text:p>{text}</text:p></table:table-cell>'
    )


def write_ods(path: Path, table_body: str, manifest_extra: str = "") -> Path:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS} office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Tabelle1">'
        f"{table_body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        f"{manifest_extra}</manifest:file-entry></manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


_SECTOR = 512
_FREE, _END, _FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_MINI_CUTOFF = 4096


def _directory_entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    entry = encoded.ljust(64, b"\0")
    entry += struct.pack("<HBB", len(encoded), kind, 1)  # name length, type, colour black
    entry += struct.pack("<III", _FREE, right, child)  # left sibling, right sibling, child
    entry += b"\0" * 16 + b"\0" * 4 + b"\0" * 16  # CLSID, state bits, times
    entry += struct.pack("<IQ", start, size)
    return entry


def ole_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file (version 3, 512-byte sectors) holding ``streams`` at the root.

    Each stream is padded to the mini-stream cutoff so that it lives in ordinary sectors; up to
    about 60 KB in total (one FAT sector).
    """
    payloads = [data.ljust(_MINI_CUTOFF, b"\0") for data in streams.values()]
    entries_count = len(streams) + 1
    directory_sectors = -(-entries_count * 128 // _SECTOR)
    fat = [_FAT_SECTOR]
    for index in range(directory_sectors):
        fat.append(index + 2 if index + 1 < directory_sectors else _END)
    starts = []
    for payload in payloads:
        first = len(fat)
        count = len(payload) // _SECTOR
        starts.append(first)
        fat.extend(first + i + 1 if i + 1 < count else _END for i in range(count))
    if len(fat) > _SECTOR // 4:
        raise ValueError("too much data for one FAT sector")
    fat.extend([_FREE] * (_SECTOR // 4 - len(fat)))
    directory = _directory_entry("Root Entry", 5, 1, _FREE, _END, 0)
    for number, (name, payload, start) in enumerate(zip(streams, payloads, starts, strict=True), start=1):
        right = number + 1 if number < len(streams) else _FREE
        directory += _directory_entry(name, 2, _FREE, right, start, len(payload))
    directory = directory.ljust(directory_sectors * _SECTOR, b"\0")
    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, _MINI_CUTOFF, _END, 0, _END, 0)
    header += struct.pack("<I", 0) + struct.pack("<108I", *([_FREE] * 108))
    return header + struct.pack(f"<{_SECTOR // 4}I", *fat) + directory + b"".join(payloads)
