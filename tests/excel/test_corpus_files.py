"""Real files from many producers (SheetJS test files): each previews or is refused with a reason.

The corpus lives beside the checkout (``../shared/corpus/sheetjs``) and is not copied into the
project; without it these tests are skipped.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sheet_builders import CORPUS, CORPUS_FILES, NO_CORPUS

from desktop_app.errors import UserError
from desktop_app.excel import header, messages, open_workbook, preview, table

FILES = CORPUS_FILES
pytestmark = pytest.mark.skipif(not FILES, reason=NO_CORPUS)

# Reasons a corpus file may give; none of these files is a customer list.
REASONS = {
    messages.PASSWORD_PROTECTED,
    header.NO_HEADER,
    table.NO_DATA,
    table.NO_DATA_AT_ALL,
    table.SHEET_EMPTY,
}
_SECONDS_PER_FILE = 20


def _outcome(path: Path, sheet: str | None = None) -> str:
    """ "ok" or the message text (English source) the user would be shown."""
    try:
        result = preview(path, sheet=sheet)
    except UserError as error:
        shown = error.message()
        assert shown and "{" not in shown
        return error.text
    assert result.headers
    assert result.rows
    assert all(set(record.values) <= set(result.headers) for record in result.rows)
    return "ok"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_file_previews_or_gives_a_reason(path: Path) -> None:
    started = time.monotonic()
    outcome = _outcome(path)
    assert outcome == "ok" or outcome in REASONS, outcome
    try:
        with open_workbook(path) as book:
            names = book.sheet_names
    except UserError:
        names = []
    for sheet in names:  # every sheet, not only the default one
        assert _outcome(path, sheet) in REASONS | {"ok"}
    assert time.monotonic() - started < _SECONDS_PER_FILE


@pytest.mark.parametrize("name", [p.name for p in FILES if p.name.startswith("password_")])
def test_password_protected_workbooks_say_so(name: str) -> None:
    assert _outcome(CORPUS / name) == messages.PASSWORD_PROTECTED


@pytest.mark.parametrize(
    "name", ["sheet_visibility5.xls", "sheet_visibility.ods", "sheet_visibility_strict.xlsx"]
)
def test_hidden_sheets_are_listed_and_the_visible_one_is_chosen(name: str) -> None:
    result = preview(CORPUS / name)
    assert result.sheet_names == ["Visible", "Hidden", "VeryHidden"]
    assert [sheet.hidden for sheet in result.sheets] == [False, True, True]
    assert result.chosen_sheet == "Visible"


def test_the_same_list_reads_alike_from_xlsx_ods_and_xls() -> None:
    xlsx = preview(CORPUS / "comments_stress_test.xlsx")
    ods = preview(CORPUS / "comments_stress_test.ods")
    assert (
        (xlsx.chosen_sheet, xlsx.headers)
        == (ods.chosen_sheet, ods.headers)
        == ("Sheet1", ["foo", "bar", "baz", "qux"])
    )
    assert [r.values for r in xlsx.rows] == [r.values for r in ods.rows]
    old = preview(CORPUS / "text_and_numbers.xls")
    new = preview(CORPUS / "text_and_numbers.xlsx")
    assert (old.headers, [r.values for r in old.rows]) == (new.headers, [r.values for r in new.rows])


def test_a_biff5_workbook_opens() -> None:
    with open_workbook(CORPUS / "defined_names_unicode.biff5.xls") as book:
        assert len(book.sheet_names) == 5
        assert list(book.iter_rows(book.sheet_names[0])) == [["NamedDefine"]]


def test_an_empty_workbook_says_so() -> None:
    assert _outcome(CORPUS / "author_snowman.xls") == table.NO_DATA_AT_ALL
