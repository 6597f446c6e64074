"""Messages shared by several modules of the reading layer (the rest are written where raised)."""

from __future__ import annotations

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

_IMPORT = "Import"

DAMAGED = QT_TRANSLATE_NOOP(
    "Errors",
    "“{name}” is damaged or incomplete and cannot be read. If it was downloaded or copied, try "
    "again; otherwise open it in Excel or LibreOffice, save it again and import the new copy.",
)
PASSWORD_PROTECTED = QT_TRANSLATE_NOOP(
    "Errors",
    "“{name}” is password-protected, so it cannot be read. Open it in Excel, remove the password "
    "(File › Info › Protect Workbook › Encrypt with Password, clear the field), save it and import "
    "it again.",
)
UNSAFE_XML = QT_TRANSLATE_NOOP(
    "Errors",
    "“{name}” was refused for safety: it contains XML entity or document type declarations, which "
    "spreadsheets do not use and which can be used to attack the program reading them.",
)
TOO_LARGE_FILE = QT_TRANSLATE_NOOP(
    "Errors",
    "“{name}” is too large to import ({size} MB; the limit is {limit} MB). Split the list into "
    "smaller files.",
)
NOT_A_SPREADSHEET = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” is not a spreadsheet: it looks like {what}. Choose an Excel, LibreOffice or CSV file."
)
SHEET_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The sheet “{sheet}” is too large to import: it spans {rows} rows and {columns} columns. Delete "
    "stray entries far below or to the right of the list, or split the list.",
)


def not_a_spreadsheet(name: str, what: str) -> UserError:
    """:data:`NOT_A_SPREADSHEET` with ``what`` (a text marked in context "Import") translated."""
    return UserError(NOT_A_SPREADSHEET, name=name, what=tr(_IMPORT, what))


def megabytes(size: int) -> int:
    """Whole megabytes, rounded up so that a file just over a limit never shows the limit itself."""
    return -(-size // (1024 * 1024))


class SheetProblem(UserError):
    """The sheet holds no usable table; the file itself is fine and another sheet may be."""
