"""The import wizard on .xls and .ods files as LibreOffice writes them (tests/ui/files, see make_files.py):
a title above the headings, umlauts, numbers and date cells, a duplicate, an invalid e-mail address and
cells that look like formulas."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.models import Consent, Customer
from desktop_app.ui.context import AppContext
from tests.ui.test_import_wizard import _commit, _open, _to_dry_run

FILES = Path(__file__).resolve().parent / "files"


@pytest.mark.parametrize("name", ["kundenliste.xls", "kundenliste.ods"])
def test_an_office_file_is_imported_like_the_user_sees_it(
    qtbot, ctx: AppContext, tmp_path: Path, name: str
) -> None:  # type: ignore[no-untyped-def]
    path = Path(shutil.copy(FILES / name, tmp_path / name))  # the batch records the file's name
    wizard = _open(qtbot, ctx, path)
    page = wizard.file_page
    assert page.header_spin.value() == 3, page.message.text()  # below the title and an empty row
    assert page.table.item(0, 0).text() == "1001"  # a number cell, not "1001.0"
    assert page.table.item(0, 2).text() == "Größe"
    assert page.table.item(0, 4).text() == "01067"
    assert page.table.item(4, 1).text() == '=HYPERLINK("http://evil.example";"klick")'

    _to_dry_run(qtbot, wizard)
    report = wizard.state.report
    assert report is not None
    counts = report.counts
    assert (counts.rows, counts.new, counts.duplicates, counts.errors) == (6, 4, 1, 1)
    assert counts.consents == {"newsletter/email/granted": 2}
    issues = wizard.dry_run_page.issues
    rows = {(issues.item(r, 0).text(), issues.item(r, 1).text()) for r in range(issues.rowCount())}
    assert ("7", "E-Mail-Adresse") in rows  # Dora's "dora(at)example", on the row Excel shows

    _commit(qtbot, wizard)
    with ctx.db.read_session() as s:
        stored = {
            c.customer_no: (c.first_name, c.postcode, c.city, c.email)
            for c in s.execute(select(Customer)).scalars()
        }
        granted = dict(
            s.execute(
                select(Customer.customer_no, Consent.granted_at).join(
                    Consent, Consent.customer_id == Customer.id
                )
            ).all()
        )
    assert sorted(stored) == ["1001", "1002", "1005", "1006"]
    assert stored["1001"] == ("Jürgen", "01067", "Dresden", "juergen.groesse@example.de")
    assert stored["1005"][0] == '=HYPERLINK("http://evil.example";"klick")'
    assert stored["1006"][0] == "@SUMME(1+1)"
    assert {n: d.date() for n, d in granted.items() if d} == {
        "1001": dt.date(2025, 6, 14),
        "1002": dt.date(2025, 6, 14),
    }
