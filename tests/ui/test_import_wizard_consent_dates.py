"""Consent dates in the import wizard: a date column per consent column, or one date for the whole file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from sqlalchemy import select

from desktop_app.db.models import Consent, Customer, Purpose
from desktop_app.services.importing import MergePolicy, Target
from desktop_app.ui.context import AppContext
from desktop_app.ui.importing import ImportWizard
from desktop_app.ui.importing.mapping_page import COL_DATE
from desktop_app.ui.importing.options_page import NEW_SOURCE
from tests.services.import_builders import xlsx
from tests.ui.test_import_wizard import WAIT, _commit, _open

HEADINGS = ("Nachname", "E-Mail", "Newsletter", "Anmeldung", "Postwerbung")


def _to_options(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    assert wizard.currentId() == ImportWizard.OPTIONS, wizard.mapping_page.problems.text()
    options = wizard.options_page
    options.source_combo.setCurrentIndex(options.source_combo.findData(NEW_SOURCE))
    options.new_name.setText("Messe")
    options.merge_buttons[MergePolicy.FILL_EMPTY].setChecked(True)


def _dry_run(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    assert wizard.currentId() == ImportWizard.DRY_RUN, wizard.options_page.message.text()
    qtbot.waitUntil(lambda: not wizard.dry_run_page.running(), timeout=WAIT)
    assert wizard.state.report is not None, wizard.dry_run_page.status.text()


def _issues(wizard: ImportWizard) -> list[tuple[str, ...]]:
    table = wizard.dry_run_page.issues
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())
    ]


def test_a_consent_takes_its_date_from_the_column_the_user_picks(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    future = dt.date.today() + dt.timedelta(days=30)
    path = xlsx(
        tmp_path / "daten.xlsx",
        [
            ["Alt", "alt@example.de", "ja", dt.date(2024, 3, 1), ""],
            ["Kaputt", "kaputt@example.de", "ja", "31.02.2024", ""],
            ["Zukunft", "zukunft@example.de", "ja", future, ""],
            ["Post", "post@example.de", "", "", "ja"],
        ],
        headings=HEADINGS,
    )
    wizard = _open(qtbot, ctx, path)
    wizard.next()
    page = wizard.mapping_page
    date_combo = page.combo(page.row_of("Newsletter"), COL_DATE)
    assert date_combo.isEnabled() and date_combo.currentData() == ""  # "Anmeldung" is not a known heading
    assert not page.combo(page.row_of("Nachname"), COL_DATE).isEnabled()  # not a consent column
    assert "“Newsletter” has no column with the date" in page.problems.text()
    date_combo.setCurrentIndex(date_combo.findText("Anmeldung"))
    assert "“Newsletter”" not in page.problems.text()
    assert page.columns()["Newsletter"].consent.date_column == "Anmeldung"  # type: ignore[union-attr]

    page.set_target("Anmeldung", Target.BIRTH_DATE)  # a date column cannot be two things at once
    assert "cannot also be the date of the consent in “Newsletter”" in page.problems.text()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    page.set_target("Anmeldung", Target.IGNORE)

    _to_options(qtbot, wizard)
    options = wizard.options_page
    assert options.date_box.isVisibleTo(options)  # "Postwerbung" has no date column of its own
    options.use_date.setChecked(True)
    assert options.consent_date.maximumDate() == QDate.currentDate()  # no fixed date in the future
    options.consent_date.setDate(QDate(2025, 4, 2))
    _dry_run(qtbot, wizard)
    report = wizard.state.report
    assert report is not None and (report.counts.new, report.counts.errors) == (2, 2)
    issues = _issues(wizard)
    assert any(
        i[0] == "3" and "Anmeldung" in i and "“31.02.2024” is not a date" in " ".join(i) for i in issues
    )
    assert any(i[0] == "4" and "in the future" in " ".join(i) for i in issues), issues

    _commit(qtbot, wizard)
    with ctx.db.read_session() as s:
        given = dict(
            s.execute(
                select(Customer.last_name, Consent.granted_at)
                .join(Consent, Consent.customer_id == Customer.id)
                .join(Purpose, Purpose.id == Consent.purpose_id)
            ).all()
        )
    assert {name: when.date() for name, when in given.items() if when} == {
        "Alt": dt.date(2024, 3, 1),
        "Post": dt.date(2025, 4, 2),
    }


def test_a_date_column_named_after_its_consent_is_found_and_kept_in_the_profile(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = xlsx(
        tmp_path / "auto.xlsx",
        [["Auto", "auto@example.de", "x", "05.06.2024"]],
        headings=("Nachname", "E-Mail", "Newsletter", "Newsletter am"),
    )
    wizard = _open(qtbot, ctx, path)
    wizard.next()
    page = wizard.mapping_page
    assert page.combo(page.row_of("Newsletter"), COL_DATE).currentText() == "Newsletter am"
    assert page.problems.text() == ""
    saved = tmp_path / "profil.json"
    page.write_profile(saved)
    assert '"date_column": "Newsletter am"' in saved.read_text(encoding="utf-8")
    page.set_date_column("Newsletter", None)
    assert page.load_profile(saved)
    assert page.combo(page.row_of("Newsletter"), COL_DATE).currentText() == "Newsletter am"
    _to_options(qtbot, wizard)
    _dry_run(qtbot, wizard)
    report = wizard.state.report
    assert report is not None and report.counts.errors == 0
    assert report.counts.consents == {"newsletter/email/granted": 1}
