"""What kind of file the user chose, from its bytes: the extension says nothing reliable.

Web shops save HTML tables as ``.xls``, people rename files, and an encrypted ``.xlsx`` is not a ZIP
file at all but an OLE2 container. Every file that is not one of the readable kinds ends here in a
:class:`UserError` naming what it looks like.
"""

from __future__ import annotations

import enum
import re
import struct
import zipfile
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.excel import limits, messages
from desktop_app.excel.messages import not_a_spreadsheet
from desktop_app.excel.ole import OLE_MAGIC, OleError, ole_entry_names, ole_stream_head
from desktop_app.excel.text_encoding import bom_encoding, decode_head, looks_binary, utf16_without_bom
from desktop_app.excel.zip_safety import open_zip
from desktop_app.i18n import QT_TRANSLATE_NOOP


class FileKind(enum.StrEnum):
    XLSX = "xlsx"
    XLSM = "xlsm"
    XLS = "xls"
    ODS = "ods"
    CSV = "csv"


_HEAD_BYTES = 8192
_ODS_MIMETYPES = (
    b"application/vnd.oasis.opendocument.spreadsheet",
    b"application/vnd.oasis.opendocument.spreadsheet-template",
)
_ENCRYPTED_OOXML = {"EncryptionInfo", "EncryptedPackage"}
_BIFF_HEAD_BYTES = 64 * 1024
_FILEPASS = 0x002F
# BOUNDSHEET and EOF: FILEPASS, if present, comes before them, right after BOF.
_BIFF_GLOBALS_END = {0x0085, 0x000A}
# BOF records (type and length) of Excel 2.x-4.x files, bare BIFF streams without an OLE container.
_OLD_BIFF_BOFS = (b"\x09\x00\x04\x00", b"\x09\x02\x06\x00", b"\x09\x04\x06\x00")

_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", QT_TRANSLATE_NOOP("Import", "a PDF document")),
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("Import", "an image (PNG)")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Import", "an image (JPEG)")),
    (b"GIF87a", QT_TRANSLATE_NOOP("Import", "an image (GIF)")),
    (b"GIF89a", QT_TRANSLATE_NOOP("Import", "an image (GIF)")),
    (b"Rar!", QT_TRANSLATE_NOOP("Import", "a compressed archive (RAR)")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("Import", "a compressed archive (7-Zip)")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Import", "a compressed archive (gzip)")),
    (b"MZ", QT_TRANSLATE_NOOP("Import", "a program (Windows executable)")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("Import", "a program")),
    (b"{\\rtf", QT_TRANSLATE_NOOP("Import", "a formatted text document (RTF)")),
)
_ZIP_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("word/document.xml", QT_TRANSLATE_NOOP("Import", "a Word document")),
    ("ppt/presentation.xml", QT_TRANSLATE_NOOP("Import", "a PowerPoint presentation")),
)
_OLE_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("WordDocument", QT_TRANSLATE_NOOP("Import", "a Word document")),
    ("PowerPoint Document", QT_TRANSLATE_NOOP("Import", "a PowerPoint presentation")),
)
_HTML = re.compile(r"<(!doctype\s+html|html|table|head|body|meta)\b", re.IGNORECASE)


def detect_kind(path: Path) -> FileKind:
    """The readable kind of ``path``, or a :class:`UserError` saying why it cannot be read."""
    name = path.name
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise not_a_spreadsheet(name, QT_TRANSLATE_NOOP("Import", "a folder"))
        with path.open("rb") as stream:
            head = stream.read(_HEAD_BYTES)
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The file “{name}” does not exist (any more)."), name=name
        ) from None
    except OSError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file “{name}” cannot be opened: another program may be using it, or you may "
                "lack the permission to read it. Close it in Excel and try again.",
            ),
            name=name,
        ) from None
    if size == 0 or not head:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The file “{name}” is empty (0 bytes)."), name=name)
    if size > limits.MAX_FILE_BYTES:
        raise UserError(
            messages.TOO_LARGE_FILE,
            name=name,
            size=messages.megabytes(size),
            limit=messages.megabytes(limits.MAX_FILE_BYTES),
        )
    if head.startswith(b"PK"):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        return _ole_kind(path)
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise not_a_spreadsheet(name, what)
    if head[:4] in _OLD_BIFF_BOFS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is in the format of Excel 2 to 4 (before 1995), which cannot be imported. "
                "Open it in Excel or LibreOffice and save it as “Excel Workbook (.xlsx)”.",
            ),
            name=name,
        )
    return _text_kind(name, head)


def _zip_kind(path: Path) -> FileKind:
    name = path.name
    with open_zip(path) as archive:
        members = set(archive.namelist())
        if "xl/workbook.bin" in members:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{name}” is an Excel binary workbook (.xlsb), which cannot be imported. Open it "
                    "in Excel and save it as “Excel Workbook (.xlsx)”.",
                ),
                name=name,
            )
        if "xl/workbook.xml" in members:
            return FileKind.XLSM if _is_macro_enabled(archive) else FileKind.XLSX
        if "mimetype" in members:
            mimetype = _read_small(archive, "mimetype").strip()
            if mimetype in _ODS_MIMETYPES:
                return FileKind.ODS
            if mimetype.startswith(b"application/vnd.oasis.opendocument.text"):
                raise not_a_spreadsheet(name, QT_TRANSLATE_NOOP("Import", "a text document (OpenDocument)"))
            raise not_a_spreadsheet(name, QT_TRANSLATE_NOOP("Import", "an OpenDocument file of another kind"))
        if "Index/Document.iwa" in members:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{name}” is an Apple Numbers file. In Numbers choose File › Export To › Excel, "
                    "then import the .xlsx file.",
                ),
                name=name,
            )
        for member, what in _ZIP_DOCUMENTS:
            if member in members:
                raise not_a_spreadsheet(name, what)
    raise not_a_spreadsheet(name, QT_TRANSLATE_NOOP("Import", "a ZIP archive"))


def _read_small(archive: zipfile.ZipFile, member: str) -> bytes:
    try:
        with archive.open(member) as stream:
            return stream.read(4096)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return b""


def _is_macro_enabled(archive: zipfile.ZipFile) -> bool:
    try:
        with archive.open("[Content_Types].xml") as stream:
            return b"macroEnabled" in stream.read(1 << 20)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return False


def _ole_kind(path: Path) -> FileKind:
    name = path.name
    try:
        entries = ole_entry_names(path)
    except (OleError, OSError, ValueError):
        raise UserError(messages.DAMAGED, name=name) from None
    if entries & _ENCRYPTED_OOXML:
        raise UserError(messages.PASSWORD_PROTECTED, name=name)
    if "Workbook" in entries or "Book" in entries:
        if _biff_is_encrypted(path, "Workbook" if "Workbook" in entries else "Book"):
            raise UserError(messages.PASSWORD_PROTECTED, name=name)
        return FileKind.XLS
    for entry, what in _OLE_DOCUMENTS:
        if entry in entries:
            raise not_a_spreadsheet(name, what)
    if any(entry.startswith("__substg1.0_") for entry in entries):
        raise not_a_spreadsheet(name, QT_TRANSLATE_NOOP("Import", "an Outlook message"))
    raise not_a_spreadsheet(name, QT_TRANSLATE_NOOP("Import", "a Microsoft Office file of another kind"))


def _biff_is_encrypted(path: Path, stream: str) -> bool:
    """True if the workbook globals hold a FILEPASS record (calamine misreads XOR-obfuscated files)."""
    try:
        data = ole_stream_head(path, stream, _BIFF_HEAD_BYTES)
    except (OleError, OSError):
        return False
    offset = 0
    while offset + 4 <= len(data):
        record, length = struct.unpack_from("<HH", data, offset)
        if record == _FILEPASS:
            return True
        if record in _BIFF_GLOBALS_END:
            return False
        offset += 4 + length
    return False


def _text_kind(name: str, head: bytes) -> FileKind:
    encoding = bom_encoding(head) or utf16_without_bom(head)
    if encoding is None and looks_binary(head):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is neither a spreadsheet nor a text (CSV) file: it contains binary data.",
            ),
            name=name,
        )
    text = decode_head(head, encoding or "latin-1").lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        start = text[:2048]
        if "urn:schemas-microsoft-com:office:spreadsheet" in text:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{name}” is an “XML Spreadsheet 2003” file, which cannot be imported. Open it in "
                    "Excel and save it as “Excel Workbook (.xlsx)”.",
                ),
                name=name,
            )
        if _HTML.search(start):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{name}” is a web page (HTML) with a spreadsheet file name, as some shop systems "
                    "export it. Open it in Excel and save it as “Excel Workbook (.xlsx)”, or export a "
                    "CSV file instead.",
                ),
                name=name,
            )
        if start.startswith("<?xml"):
            raise not_a_spreadsheet(name, QT_TRANSLATE_NOOP("Import", "an XML document"))
    return FileKind.CSV
