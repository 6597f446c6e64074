"""Just enough of the OLE2 compound file format (MS-CFB) to list the names of its streams.

An ``.xls`` file, an old Word ``.doc`` and a password-protected ``.xlsx`` share the same container;
only the names inside tell them apart (``Workbook``, ``WordDocument``, ``EncryptionInfo``). Nothing
here trusts a number from the file: every sector id is checked against the file size and every
chain against loops, so a damaged file ends in :class:`OleError`, not in a hang.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

_HEADER_SIZE = 512
_HEADER_DIFAT_ENTRIES = 109
_DIR_ENTRY_SIZE = 128
_END_OF_CHAIN = 0xFFFFFFFE
_ENTRY_TYPES = {1, 2, 5}  # storage, stream, root


class OleError(Exception):
    """The compound file structure is broken."""


class _Sectors:
    def __init__(self, stream: BinaryIO, shift: int, file_size: int) -> None:
        self._stream = stream
        self._shift = shift
        self.size = 1 << shift
        self.count = max(0, file_size // self.size)

    def read(self, sector: int) -> bytes:
        if not 0 <= sector < self.count:
            raise OleError(f"sector {sector} outside the file")
        self._stream.seek((sector + 1) << self._shift)
        # Some writers cut the last sector short; the missing bytes read as unused entries.
        return self._stream.read(self.size).ljust(self.size, b"\0")

    def ids(self, sector: int) -> list[int]:
        data = self.read(sector)
        return list(struct.unpack(f"<{self.size // 4}I", data))


def _fat_sector_ids(header: bytes, sectors: _Sectors) -> list[int]:
    ids = list(struct.unpack_from(f"<{_HEADER_DIFAT_ENTRIES}I", header, 0x4C))
    next_difat = struct.unpack_from("<I", header, 0x44)[0]
    seen: set[int] = set()
    while next_difat < sectors.count:
        if next_difat in seen:
            raise OleError("DIFAT chain loops")
        seen.add(next_difat)
        entries = sectors.ids(next_difat)
        ids.extend(entries[:-1])
        next_difat = entries[-1]
    return [sector for sector in ids if sector < sectors.count]


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    start: int
    size: int


def _entries(directory_sector: bytes) -> list[_Entry]:
    entries = []
    for offset in range(0, len(directory_sector), _DIR_ENTRY_SIZE):
        entry = directory_sector[offset : offset + _DIR_ENTRY_SIZE]
        name_length = struct.unpack_from("<H", entry, 64)[0]
        if entry[66] in _ENTRY_TYPES and 2 <= name_length <= 64:
            name = entry[: name_length - 2].decode("utf-16-le", "replace")
            start, size = struct.unpack_from("<IQ", entry, 116)
            entries.append(_Entry(name, start, size))
    return entries


def _read(stream: BinaryIO, stream_name: str | None, limit: int) -> tuple[set[str], bytes]:
    header = stream.read(_HEADER_SIZE)
    if len(header) < _HEADER_SIZE or header[:8] != OLE_MAGIC:
        raise OleError("no compound file header")
    shift = struct.unpack_from("<H", header, 0x1E)[0]
    if shift not in (9, 12):
        raise OleError(f"sector shift {shift}")
    sectors = _Sectors(stream, shift, os.fstat(stream.fileno()).st_size)
    fat: list[int] = []
    for sector in _fat_sector_ids(header, sectors):
        fat.extend(sectors.ids(sector))
    entries: list[_Entry] = []
    for sector in _chain(fat, struct.unpack_from("<I", header, 0x30)[0]):
        entries.extend(_entries(sectors.read(sector)))
    if not entries:
        raise OleError("empty directory")
    data = b""
    wanted = next((entry for entry in entries if entry.name == stream_name), None)
    cutoff = struct.unpack_from("<I", header, 0x38)[0]
    # Streams below the cutoff live in the mini stream; nothing we look into is that small.
    if wanted is not None and wanted.size >= cutoff:
        parts = []
        for sector in _chain(fat, wanted.start):
            parts.append(sectors.read(sector))
            if len(parts) * sectors.size >= limit:
                break
        data = b"".join(parts)[: min(limit, wanted.size)]
    return {entry.name for entry in entries}, data


def _chain(fat: list[int], sector: int) -> Iterator[int]:
    seen: set[int] = set()
    while sector != _END_OF_CHAIN:
        if sector in seen or sector >= len(fat):
            raise OleError("sector chain broken")
        seen.add(sector)
        yield sector
        sector = fat[sector]


def ole_entry_names(path: Path) -> set[str]:
    """Names of all storages and streams in an OLE2 compound file; :class:`OleError` if broken."""
    with path.open("rb") as stream:
        return _read(stream, None, 0)[0]


def ole_stream_head(path: Path, name: str, limit: int) -> bytes:
    """The first ``limit`` bytes of the stream ``name`` (b"" if absent or in the mini stream)."""
    with path.open("rb") as stream:
        return _read(stream, name, limit)[1]
