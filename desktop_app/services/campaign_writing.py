"""Where an export file is written: checked up front, written beside the target, moved into place last.

A temporary file in the target folder (not the system temp folder) makes the final os.replace an atomic
rename on the same file system, and a cancelled or failed export leaves nothing behind. The replace
happens inside the export's transaction; if the commit after it fails, the file is removed again, so
there is never a file without its evidence.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.campaign_files import (
    COLUMNS,
    CsvListWriter,
    ExportColumn,
    ListWriter,
    XlsxListWriter,
)

__all__ = ["FORMATS", "TargetFile", "open_writer"]

FORMATS = {".xlsx": "xlsx", ".csv": "csv"}
DELIMITERS = (";", ",")
_CTX = "CampaignExport"


@dataclass
class TargetFile:
    path: Path
    file_format: str
    delimiter: str
    moved: bool = False

    @classmethod
    def prepare(cls, path: Path, delimiter: str = ";") -> TargetFile:
        """Refuses what would fail at the very end, before the work starts."""
        file_format = FORMATS.get(path.suffix.lower())
        if file_format is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "Export to a file ending in .xlsx or .csv, not “{name}”."),
                name=path.name,
            )
        if delimiter not in DELIMITERS:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The CSV separator must be ; or ,"))
        if not path.parent.is_dir():
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(path.parent)
            )
        if path.is_dir():
            raise UserError(QT_TRANSLATE_NOOP("Errors", "{path} is a folder."), path=str(path))
        if path.exists():
            try:
                # Excel on Windows locks an open workbook: find out now, not after the work is done.
                with open(path, "r+b"):
                    pass
            except OSError:
                raise _locked(path) from None
        return cls(path, file_format, delimiter)

    @contextlib.contextmanager
    def writing(self) -> Iterator[Path]:
        """A temporary file next to the target; removed on the way out unless it was moved into place."""
        try:
            prefix, folder = ".~" + self.path.stem[:40], self.path.parent
            fd, name = tempfile.mkstemp(prefix=prefix, suffix=self.path.suffix, dir=folder)
        except OSError as error:
            raise self.cannot_write(error) from None
        os.close(fd)
        tmp = Path(name)
        try:
            yield tmp
        finally:
            if not self.moved:
                tmp.unlink(missing_ok=True)

    @contextlib.contextmanager
    def filling(self, writer: ListWriter) -> Iterator[ListWriter]:
        """Around writing the rows: a failure or a cancel throws the half-written file away, and a full
        disk, a vanished network drive or a missing permission becomes the user's message."""
        try:
            yield writer
        except OSError as error:
            writer.discard()
            raise self.cannot_write(error) from None
        except BaseException:
            writer.discard()
            raise

    def cannot_write(self, error: OSError) -> UserError:
        """The message for a full disk, a vanished network drive or a folder without write permission."""
        return UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write in the folder {folder}: {detail}"),
            folder=str(self.path.parent),
            detail=error.strerror or str(error),
        )

    @staticmethod
    def sha256(tmp: Path) -> str:
        digest = hashlib.sha256()
        with open(tmp, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    def commit(self, tmp: Path, session: Session) -> None:
        """Moves the finished file into place; undone if the session then rolls back instead of
        committing."""
        _give_usual_permissions(tmp, self.path)
        try:
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except OSError:
            raise _locked(self.path) from None
        self.moved = True
        state = {"open": True}

        def committed(_: Session) -> None:
            state["open"] = False

        def rolled_back(_: Session) -> None:
            if state["open"]:
                state["open"] = False
                self.path.unlink(missing_ok=True)

        event.listen(session, "after_commit", committed)
        event.listen(session, "after_rollback", rolled_back)


def _locked(path: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors", "The file {path} cannot be replaced. Is it open in another program, e.g. Excel?"
        ),
        path=str(path),
    )


def _give_usual_permissions(tmp: Path, target: Path) -> None:
    """mkstemp makes owner-only files; the export should look like any file the user saves there."""
    if os.name != "posix":
        return
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        mode = 0o666 & ~mask
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def open_writer(
    tmp: Path,
    target: TargetFile,
    columns: Sequence[str],
    headers: Sequence[str],
    title: str,
    lang: str,
    *,
    catalogue: Mapping[str, ExportColumn] = COLUMNS,
    sheet: str = "",
) -> ListWriter:
    """The writer for the target's format, with the header row written; a disk error is the user's
    message (TargetFile.cannot_write). `catalogue` and `sheet`: the columns and sheet name of another
    list than a campaign's (the customer list, the re-permission list)."""
    specs = [catalogue[c] for c in columns]
    writer: ListWriter
    try:
        if target.file_format == "xlsx":
            sheet = sheet or tr(_CTX, QT_TRANSLATE_NOOP("CampaignExport", "Contacts"))
            writer = XlsxListWriter(str(tmp), specs, sheet, title, lang)
        else:
            writer = CsvListWriter(str(tmp), [c.kind for c in specs], target.delimiter, lang)
    except OSError as error:
        raise target.cannot_write(error) from None
    with target.filling(writer):
        writer.header(headers)
    return writer
