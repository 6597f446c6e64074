"""File > Import history…: the list of past imports and undoing one, driven through the real widgets."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from desktop_app.db.models import Customer
from desktop_app.services import customers
from desktop_app.ui.context import AppContext
from desktop_app.ui.importing.history import COL_FILE, COL_NEW, COL_STATUS, ImportHistoryDialog
from tests.services.import_builders import commit, file_hash, plan, row, xlsx

WAIT = 10_000


def _count(ctx: AppContext) -> int:
    with ctx.db.read_session() as s:
        return int(s.execute(select(func.count()).select_from(Customer)).scalar_one())


def _open(qtbot, ctx: AppContext) -> ImportHistoryDialog:  # type: ignore[no-untyped-def]
    dialog = ImportHistoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ask_undo(qtbot, dialog: ImportHistoryDialog):  # type: ignore[no-untyped-def]
    dialog.confirm = None
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: dialog.confirm is not None and dialog.confirm.isVisible(), timeout=WAIT)
    assert dialog.confirm is not None
    return dialog.confirm


def _edit(ctx: AppContext, customer_no: str) -> None:
    with ctx.db.session() as s:
        found = s.execute(select(Customer).where(Customer.customer_no == customer_no)).scalar_one()
        view = customers.get_customer(s, found.id)
        customers.update_customer(s, "bob", found.id, view.as_input(), version=view.version)


@pytest.mark.sqlite_only  # compares the database file's hash
def test_history_lists_imports_and_undo_shows_what_it_will_do_first(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = commit(
        ctx.db, plan(xlsx(tmp_path / "messe.xlsx", [row("K-1", last="Eins", email="e@example.de")]))
    )
    second = commit(
        ctx.db,
        plan(xlsx(tmp_path / "shop.xlsx", [row("K-2", last="Zwei", email="z@example.de"),
                                           row("K-3", last="Drei", email="d@example.de")])),
    )  # fmt: skip
    assert first.batch_id is not None and second.batch_id is not None
    _edit(ctx, "K-3")  # worked on since: the undo must keep it
    dialog = _open(qtbot, ctx)
    files = [dialog.table.item(r, COL_FILE).text() for r in range(dialog.table.rowCount())]
    assert files == ["shop.xlsx (Kunden)", "messe.xlsx (Kunden)"]  # newest first
    assert dialog.table.item(0, COL_NEW).text() == "2"
    assert dialog.undo_button.isEnabled()

    before = file_hash(ctx.db)
    confirm = _ask_undo(qtbot, dialog)
    assert file_hash(ctx.db) == before, "the preview writes nothing"
    summary = confirm.summary.text()
    assert "Customers it created will be deleted</td><td align='right'><b>1<" in summary
    assert [confirm.kept.item(r, 0).text() for r in range(confirm.kept.rowCount())] == ["K-3"]
    assert "edited" in confirm.kept.item(0, 1).text()

    confirm.reject()  # Cancel: nothing happens
    assert file_hash(ctx.db) == before and _count(ctx) == 3

    confirm = _ask_undo(qtbot, dialog)
    with qtbot.waitSignal(dialog.undone, timeout=WAIT):
        assert confirm.undo_button is not None
        confirm.undo_button.click()
    assert not dialog.running()
    with ctx.db.read_session() as s:
        numbers = sorted(c.customer_no for c in s.execute(select(Customer)).scalars())
    assert numbers == ["K-1", "K-3"]
    assert "Customers deleted: 1," in dialog.status.text()
    assert dialog.table.item(0, COL_STATUS).text().startswith("Undone on ")
    assert dialog.table.item(0, COL_STATUS).text().endswith(" by tester")
    assert not dialog.undo_button.isEnabled()
    assert "Kept because they were changed after the import: 1." in dialog.status.text()
    dialog.table.selectRow(1)
    assert dialog.undo_button.isEnabled() and dialog.status.text() == ""
    dialog.table.selectRow(0)
    assert "cannot be undone a second time" in dialog.status.text()


@pytest.mark.sqlite_only
def test_an_import_everyone_has_worked_on_says_it_can_no_longer_be_undone(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    report = commit(ctx.db, plan(xlsx(tmp_path / "alt.xlsx", [row("K-1", newsletter="")])))
    assert report.batch_id is not None
    _edit(ctx, "K-1")
    dialog = _open(qtbot, ctx)
    confirm = _ask_undo(qtbot, dialog)
    assert "can no longer be undone" in confirm.summary.text()
    assert confirm.undo_button is None
    assert confirm.buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    assert confirm.kept.rowCount() == 1
    before = file_hash(ctx.db)
    confirm.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert file_hash(ctx.db) == before and _count(ctx) == 1


def test_an_import_that_wrote_nothing_has_nothing_to_undo(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = xlsx(tmp_path / "k.xlsx", [row("K-1", newsletter="")])
    commit(ctx.db, plan(path))
    again = commit(ctx.db, plan(path))  # the same list again: every row unchanged
    assert again.counts.unchanged == 1 and again.batch_id is not None
    dialog = _open(qtbot, ctx)
    confirm = _ask_undo(qtbot, dialog)
    assert "nothing to undo" in confirm.summary.text() and confirm.undo_button is None
    assert not confirm.kept.isVisibleTo(confirm)


def test_an_empty_history_says_so(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, ctx)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisible()
    assert not dialog.undo_button.isEnabled()


def test_main_window_opens_the_history_and_reloads_customers_after_an_undo(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    commit(ctx.db, plan(xlsx(tmp_path / "m.xlsx", [row("K-1")])))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.customers_page.model.rowCount() == 1, timeout=WAIT)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Import history…")
    action.trigger()
    dialog = window.import_history
    confirm = _ask_undo(qtbot, dialog)
    with qtbot.waitSignal(dialog.undone, timeout=WAIT):
        assert confirm.undo_button is not None
        confirm.undo_button.click()
    qtbot.waitUntil(lambda: window.customers_page.model.rowCount() == 0, timeout=WAIT)


def test_the_window_stays_responsive_while_the_undo_runs(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.importing import history

    commit(
        ctx.db, plan(xlsx(tmp_path / "g.xlsx", [row(f"K-{i}", email=f"p{i}@example.de") for i in range(30)]))
    )
    release = threading.Event()
    original = history.undo_batch

    def held_undo(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert release.wait(WAIT / 1000), "the test never let the undo go on"
        return original(*args, **kwargs)

    monkeypatch.setattr(history, "undo_batch", held_undo)
    dialog = _open(qtbot, ctx)
    confirm = _ask_undo(qtbot, dialog)
    assert confirm.undo_button is not None
    confirm.undo_button.click()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=WAIT)  # the event loop runs while the undo waits
    assert dialog.running() and "Undoing the import of g.xlsx" in dialog.status.text()
    assert not dialog.close_button.isEnabled() and not dialog.undo_button.isEnabled()
    dialog.reject()  # closing mid-way would hide the outcome: refused
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.undone, timeout=WAIT):
        release.set()
    timer.stop()
    assert _count(ctx) == 0 and dialog.close_button.isEnabled()
