"""The import wizard driven like a user would: real files in tmp_path, real widgets, worker threads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop_app.db.engine import Database
from desktop_app.db.models import Customer
from desktop_app.services.importing import MergePolicy
from desktop_app.services.importing import run as run_module
from desktop_app.ui.context import AppContext
from desktop_app.ui.importing import ImportWizard
from desktop_app.ui.importing.options_page import NEW_SOURCE
from tests.services.import_builders import file_hash, german_csv, row, xlsx

WAIT = 10_000


def _open(qtbot, ctx: AppContext, path: Path) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load(path)
    return wizard


def _to_dry_run(qtbot, wizard: ImportWizard, policy: MergePolicy = MergePolicy.FILL_EMPTY) -> None:  # type: ignore[no-untyped-def]
    assert wizard.file_page.isComplete(), wizard.file_page.message.text()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    wizard.next()
    assert wizard.currentId() == ImportWizard.OPTIONS, wizard.mapping_page.problems.text()
    options = wizard.options_page
    options.source_combo.setCurrentIndex(options.source_combo.findData(NEW_SOURCE))
    options.new_name.setText("Messe Hannover 2025")  # non-ASCII must not go through key clicks
    options.merge_buttons[policy].setChecked(True)
    assert options.isComplete()
    wizard.next()
    assert wizard.currentId() == ImportWizard.DRY_RUN, options.message.text()
    qtbot.waitUntil(
        lambda: wizard.state.report is not None or not wizard.dry_run_page.running(), timeout=WAIT
    )
    assert wizard.state.report is not None, wizard.dry_run_page.status.text()


def _commit(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(wizard.imported, timeout=WAIT):
        wizard.next()
    assert wizard.currentId() == ImportWizard.COMMIT
    assert not wizard.commit_page.running()


def _count(db: Database) -> int:
    with db.read_session() as s:
        return int(s.execute(select(func.count()).select_from(Customer)).scalar_one())


def test_german_excel_csv_is_imported_with_umlauts(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = german_csv(
        tmp_path / "messe.csv",
        [row("K-1", "Jürgen", "Größe", "juergen@example.de"), row("", "Bernd", "Schmidt", "b@example.de")],
    )
    wizard = _open(qtbot, ctx, path)
    assert "Windows-1252" in wizard.file_page.message.text()
    assert wizard.file_page.table.item(0, 2).text() == "Größe"
    assert wizard.file_page.table.item(0, 5).text() == "01067"
    _to_dry_run(qtbot, wizard)
    report = wizard.state.report
    assert report is not None and report.counts.new == 2 and report.counts.errors == 0
    assert "newsletter" in wizard.dry_run_page.counts.text()
    _commit(qtbot, wizard)
    assert "batch" in wizard.commit_page.status.text()
    with ctx.db.read_session() as s:
        names = sorted(c.last_name for c in s.execute(select(Customer)).scalars())
    assert names == ["Größe", "Schmidt"]


def test_title_rows_duplicates_invalid_email_and_hostile_cell(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    hostile = '=HYPERLINK("http://evil.example","klick")'
    path = xlsx(
        tmp_path / "liste.xlsx",
        [
            row("", "Anna", "Müller", "anna@example.de"),
            row("", "Carla", "Meier", "anna@example.de"),  # duplicate by e-mail
            row("", "Dora", "Dorn", "kaputt"),  # invalid e-mail
            row("", hostile, "Evil", "evil@example.de"),
        ],
        title="Kundenliste Messe 2025",
    )
    wizard = _open(qtbot, ctx, path)
    assert wizard.file_page.header_spin.value() == 3
    assert wizard.file_page.table.item(3, 1).text() == hostile
    _to_dry_run(qtbot, wizard)
    report = wizard.state.report
    assert report is not None
    assert (report.counts.new, report.counts.duplicates, report.counts.errors) == (2, 1, 1)
    page = wizard.dry_run_page
    rows = [page.issues.item(r, 0).text() for r in range(page.issues.rowCount())]
    assert "6" in rows  # the row Excel shows for "kaputt"
    out = tmp_path / "problems.xlsx"
    page.save_issues(out)
    assert load_workbook(out).active is not None
    _commit(qtbot, wizard)
    with ctx.db.read_session() as s:
        evil = s.execute(select(Customer).where(Customer.last_name == "Evil")).scalar_one()
        assert evil.first_name == hostile
    assert _count(ctx.db) == 2


@pytest.mark.sqlite_only
def test_cancel_during_commit_writes_nothing(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(run_module, "CHUNK", 1)
    path = xlsx(tmp_path / "c.xlsx", [row(email=f"p{i}@example.de", last=f"P{i}") for i in range(40)])
    wizard = _open(qtbot, ctx, path)
    _to_dry_run(qtbot, wizard)
    before = file_hash(ctx.db)
    wizard.commit_page.cancel_button  # noqa: B018
    original = run_module._chunks
    cancel_now = {"done": False}

    def slow_chunks(*args, **kwargs):  # type: ignore[no-untyped-def]
        for done in original(*args, **kwargs):
            if not cancel_now["done"]:
                cancel_now["done"] = True
                wizard.commit_page.task.cancel()  # type: ignore[union-attr]  # as the Cancel button does
            yield done

    monkeypatch.setattr(run_module, "_chunks", slow_chunks)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.commit_page.running(), timeout=WAIT)
    assert wizard.state.result is None
    assert "Nothing was imported" in wizard.commit_page.status.text()
    assert file_hash(ctx.db) == before and _count(ctx.db) == 0


def test_cancel_button_stops_the_commit(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = xlsx(tmp_path / "c.xlsx", [row(email=f"p{i}@example.de", last=f"P{i}") for i in range(5)])
    wizard = _open(qtbot, ctx, path)
    _to_dry_run(qtbot, wizard)
    wizard.next()
    wizard.commit_page.cancel_button.click()  # may come after the end: either outcome is consistent
    qtbot.waitUntil(lambda: not wizard.commit_page.running(), timeout=WAIT)
    assert _count(ctx.db) in (0, 5) and (wizard.state.result is None) == (_count(ctx.db) == 0)


def test_a_file_that_is_no_spreadsheet_shows_its_error_on_page_one(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bild.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    wizard = _open(qtbot, ctx, path)
    assert not wizard.file_page.isComplete()
    assert wizard.file_page.message.text()
    assert "Traceback" not in wizard.file_page.message.text()
    good = xlsx(tmp_path / "ok.xlsx", [row()])
    wizard.file_page.load(good)  # the wizard stays usable
    assert wizard.file_page.isComplete() and wizard.file_page.message.text() == ""


def test_profile_round_trip_and_bad_profile(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = xlsx(tmp_path / "p.xlsx", [row(given=dt.date(2024, 1, 2))])
    wizard = _open(qtbot, ctx, path)
    wizard.next()
    page = wizard.mapping_page
    from desktop_app.services.importing import Target

    page.set_target("Ort", Target.NOTE)
    saved = tmp_path / "profil.json"
    page.write_profile(saved)
    page.set_target("Ort", Target.CITY)
    assert page.load_profile(saved)
    assert page.columns()["Ort"].target is Target.NOTE
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    assert not page.load_profile(bad)
    assert "not a ConsentDesk import profile" in page.problems.text()


def test_main_window_opens_the_wizard_and_reloads_after_import(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Import customers…" in titles
    window.customers_page.import_button.click()
    wizard = window.import_wizard
    wizard.file_page.load(xlsx(tmp_path / "m.xlsx", [row()]))
    _to_dry_run(qtbot, wizard)
    _commit(qtbot, wizard)
    assert window.customers_page.model.rowCount() == 1
    wizard.accept()
