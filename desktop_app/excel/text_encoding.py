"""Which text encoding a CSV file uses, or that it is not text at all.

German Excel writes CSV in Windows-1252 (``Müller`` as ``M\\xfcller``), newer Excel and web shops
write UTF-8, often with a byte order mark, and "Unicode text" from Excel is UTF-16 with a BOM.
UTF-8 is tried first because Windows-1252 would accept any byte sequence and turn ``ü`` (two bytes
in UTF-8) into ``Ã¼`` without complaint.
"""

from __future__ import annotations

import codecs
from pathlib import Path

UTF8_SIG = "utf-8-sig"
UTF8 = "utf-8"
UTF16 = "utf-16"  # with BOM: Python reads the BOM and drops it
UTF16_LE = "utf-16-le"
UTF16_BE = "utf-16-be"
CP1252 = "cp1252"
LATIN1 = "latin-1"

_BOMS = (
    (codecs.BOM_UTF8, UTF8_SIG),
    (codecs.BOM_UTF16_LE, UTF16),
    (codecs.BOM_UTF16_BE, UTF16),
)
# Bytes Windows-1252 leaves undefined; a file containing them is read as Latin-1 instead.
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"
_CONTROL_BYTES = bytes(range(0x20)).translate(None, b"\t\n\r\f\x1a")
_CHUNK = 1 << 20


def bom_encoding(head: bytes) -> str | None:
    """The encoding announced by a byte order mark at the start, if any."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL, as in Latin text saved as UTF-16."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.9 and even_nuls < 0.1:
        return UTF16_LE
    if even_nuls > 0.9 and odd_nuls < 0.1:
        return UTF16_BE
    return None


def looks_binary(head: bytes) -> bool:
    """True for data that is no 8-bit text: NUL bytes or many other control characters."""
    if b"\0" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(head) // 100)


def detect_encoding(path: Path, head: bytes) -> str:
    """The encoding to read ``path`` with; ``head`` is its first bytes.

    Without a BOM the whole file is checked for valid UTF-8 (fast: done in C), because a single
    ``ü`` in Windows-1252 may come after thousands of plain ASCII lines.
    """
    encoding = bom_encoding(head) or utf16_without_bom(head)
    if encoding:
        return encoding
    decoder = codecs.getincrementaldecoder(UTF8)()
    cp1252_ok = True
    with path.open("rb") as stream:
        utf8_ok = True
        while chunk := stream.read(_CHUNK):
            if utf8_ok:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8_ok = False
            if cp1252_ok and any(byte in chunk for byte in _CP1252_UNDEFINED):
                cp1252_ok = False
        if utf8_ok:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8_ok = False
    if utf8_ok:
        return UTF8
    return CP1252 if cp1252_ok else LATIN1


def decode_head(head: bytes, encoding: str) -> str:
    """The first characters of the file (a cut multi-byte character at the end is dropped)."""
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head)
