"""Checks on xlsx/ods (ZIP) files before any parser sees them.

A ZIP bomb declares small parts that unpack to gigabytes; an XML part with a document type
declaration can pull in external files (XXE) or expand entities exponentially ("billion laughs").
Real spreadsheets do neither, so such files are refused with a message instead of being parsed.
The declared sizes are enough to check: both Python's ``zipfile`` and calamine's ZIP reader stop
with an error when a part unpacks to more than it declares.
"""

from __future__ import annotations

import codecs
import os
import re
import struct
import sys
import zipfile
from importlib.util import find_spec
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.excel import limits, messages
from desktop_app.i18n import QT_TRANSLATE_NOOP

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_MAX_COMMENT = 0xFFFF
# Average room for one entry of the central directory (46 bytes + name + extras).
_CENTRAL_BYTES_PER_MEMBER = 1024
_PROLOG_BYTES = 64 * 1024
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_ELEMENT = re.compile(rb"<[A-Za-z_]")
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, NotImplementedError, EOFError)

TOO_MANY_PARTS = QT_TRANSLATE_NOOP(
    "Errors",
    "“{name}” was refused for safety: it consists of {count} parts (the limit is {limit}), far more "
    "than a spreadsheet needs.",
)


def _central_directory(path: Path) -> tuple[int, int] | None:
    """(number of entries, size of the central directory) from the end records, None if missing."""
    with path.open("rb") as stream:
        size = stream.seek(0, 2)
        stream.seek(max(0, size - _EOCD_SIZE - _MAX_COMMENT))
        tail = stream.read()
        position = tail.rfind(_EOCD)
        if position < 0 or len(tail) - position < _EOCD_SIZE:
            return None
        entries, central_size = struct.unpack_from("<HI", tail, position + 10)
        if entries != 0xFFFF and central_size != 0xFFFFFFFF:
            return entries, central_size
        locator = position - 20
        if locator < 0 or tail[locator : locator + 4] != _ZIP64_LOCATOR:
            return None
        stream.seek(struct.unpack_from("<Q", tail, locator + 8)[0])
        record = stream.read(56)
        if len(record) < 56 or not record.startswith(_ZIP64_EOCD):
            return None
        entries, central_size = struct.unpack_from("<QQ", record, 32)
        return entries, central_size


def open_zip(path: Path) -> zipfile.ZipFile:
    """The ZIP file, after refusing one whose directory alone would flood memory."""
    name = path.name
    try:
        directory = _central_directory(path)
    except OSError:
        directory = None
    if directory is None:
        raise UserError(messages.DAMAGED, name=name)
    entries, central_size = directory
    if entries > limits.MAX_ZIP_MEMBERS or central_size > limits.MAX_ZIP_MEMBERS * _CENTRAL_BYTES_PER_MEMBER:
        raise UserError(TOO_MANY_PARTS, name=name, count=entries, limit=limits.MAX_ZIP_MEMBERS)
    try:
        return zipfile.ZipFile(path)
    except ZIP_ERRORS:
        raise UserError(messages.DAMAGED, name=name) from None


def check_zip_limits(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse ZIP bombs, oversized and encrypted archives by what their directory declares."""
    members = archive.infolist()
    if len(members) > limits.MAX_ZIP_MEMBERS:
        raise UserError(TOO_MANY_PARTS, name=name, count=len(members), limit=limits.MAX_ZIP_MEMBERS)
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise UserError(messages.PASSWORD_PROTECTED, name=name)
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size >= limits.RATIO_CHECK_MIN_BYTES and ratio > limits.MAX_MEMBER_RATIO:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{name}” was refused for safety: its part “{part}” would unpack to {ratio} times "
                    "its stored size ({size} MB), which real spreadsheets never do (a “ZIP bomb”).",
                ),
                name=name,
                part=member.filename,
                ratio=int(ratio),
                size=messages.megabytes(member.file_size),
            )
    if total > limits.MAX_UNPACKED_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is too large to import: it unpacks to {size} MB (the limit is {limit} MB). "
                "Split the list into smaller files.",
            ),
            name=name,
            size=messages.megabytes(total),
            limit=messages.megabytes(limits.MAX_UNPACKED_BYTES),
        )


def declares_dtd(head: bytes) -> bool:
    """True if an XML document's prolog (before the first element) declares a DTD or entities."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    head = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if not head.startswith(b"<"):
        return False
    dtd = _DTD.search(head)
    element = _ELEMENT.search(head)
    return dtd is not None and (element is None or dtd.start() < element.start())


def check_xml_parts(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse any part whose XML prolog declares a DTD (XXE, billion laughs)."""
    for member in archive.infolist():
        if member.is_dir() or member.file_size == 0:
            continue
        try:
            with archive.open(member) as stream:
                head = stream.read(_PROLOG_BYTES)
        except ZIP_ERRORS:
            raise UserError(messages.DAMAGED, name=name) from None
        if declares_dtd(head):
            raise UserError(messages.UNSAFE_XML, name=name)


def require_defusedxml() -> None:
    """openpyxl parses with defusedxml only when it is installed; without it the import is unsafe.

    openpyxl decides at its import (openpyxl.xml.DEFUSEDXML); before it is imported - calamine reads
    most files, and importing openpyxl costs half a second - the same test is made here.
    """
    if not _defusedxml_active():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Importing spreadsheets is disabled because the XML protection (defusedxml) is not "
                "active. Please reinstall ConsentDesk.",
            )
        )


def _defusedxml_active() -> bool:
    openpyxl = sys.modules.get("openpyxl")
    if openpyxl is not None:
        return bool(getattr(openpyxl, "DEFUSEDXML", False))
    # openpyxl.xml: defusedxml_available() and defusedxml_env_set()
    available = "defusedxml" in sys.modules or find_spec("defusedxml") is not None
    return available and os.environ.get("OPENPYXL_DEFUSEDXML", "True") == "True"
