"""Customers page → Export…: the dialog's columns and format, the file of the list as shown, the choice
remembered, Cancel in the progress dialog."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QProgressDialog
from sqlalchemy import select

from desktop_app.db.models import AuditEntry
from desktop_app.errors import UserError
from desktop_app.services import customer_list_export
from desktop_app.services.campaign_export import ExportCancelled
from desktop_app.services.customer_list_export import CustomerExportResult
from desktop_app.ui.context import AppContext
from desktop_app.ui.customer.list_export import CustomerExportDialog
from desktop_app.ui.pages.customers import CustomersPage
from tests.services.ledger_factories import PERSON, make_customer


@pytest.fixture
def page(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    for n, (last, city) in enumerate(
        [("Müller", "Dresden"), ("Schmidt", "Berlin"), ("=HYPERLINK(\"http://x\",\"y\")", "Dresden"),
         ("Zander", "Dresden")], 1
    ):  # fmt: skip
        make_customer(
            ctx.db, PERSON, customer_no=f"K-{n}", last_name=last, city=city, email=f"k{n}@example.org"
        )
    widget = CustomersPage(ctx)
    widget.setProperty("quiet", True)  # results go to the exporter's finished signal, not message boxes
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.exporter.wait()


def choose(dialog: CustomerExportDialog, keys: set[str]) -> None:
    for i in range(dialog.columns.count()):
        item = dialog.columns.item(i)
        item.setCheckState(
            Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in keys else Qt.CheckState.Unchecked
        )


def test_export_button_writes_the_list_as_shown(
    qtbot, page: CustomersPage, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search, "dresden")  # not yet applied: the export must take it anyway
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # name, Z to A
    page.export_button.click()
    dialog = page.exporter.dialog
    assert isinstance(dialog, CustomerExportDialog) and dialog.isVisible()
    assert "as the list shows them now" in (hint := dialog.findChild(type(page.count_label), "hint").text())
    assert hint.startswith("3 customer")  # the list's count, after the typed search
    assert dialog.chosen_columns() == customer_list_export.DEFAULT_COLUMNS  # nothing remembered yet

    choose(dialog, set())
    assert not dialog.export_button.isEnabled()  # no columns, no export
    choose(dialog, {"customer_no", "last_name", "city"})
    assert dialog.export_button.isEnabled()
    dialog.file_format.setCurrentIndex(dialog.file_format.findData(".csv"))
    assert dialog.path.text().endswith(".csv")
    target = tmp_path / "dresden.csv"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(page.exporter.finished, timeout=20_000) as done:
        dialog.export_button.click()
        assert not page.export_button.isEnabled()  # one export at a time
    assert page.export_button.isEnabled()
    result = done.args[0]
    assert isinstance(result, CustomerExportResult) and result.rows == 3
    msg = page.exporter.last_message
    assert msg.startswith("3 customer") and msg.endswith(f" exported to {target}.")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows == [
        ["Customer no.", "Last name", "City"],
        ["K-4", "Zander", "Dresden"],
        ["K-1", "Müller", "Dresden"],
        ["K-3", '\'=HYPERLINK("http://x","y")', "Dresden"],  # literal text, never a formula
    ]
    with ctx.db.read_session() as s:
        entry = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar_one()
        assert (entry.actor, entry.entity) == ("tester", "customer_list")
        assert entry.description.startswith("rows=3 file=dresden.csv format=csv")

    again = page.export_list()  # the choice is remembered
    assert again.chosen_columns() == ("customer_no", "last_name", "city")
    assert again.file_format.currentData() == ".csv" and Path(again.path.text()).parent == tmp_path
    again.defaults_button.click()
    assert again.chosen_columns() == customer_list_export.DEFAULT_COLUMNS
    again.all_button.click()
    assert again.chosen_columns() == tuple(customer_list_export.COLUMNS)
    again.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not again.isVisible() and page.exporter.task is None


def test_cancel_in_the_progress_dialog_leaves_no_file(
    qtbot, page: CustomersPage, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # A long list, simulated: one customer per chunk, each taking a moment.
    monkeypatch.setattr(customer_list_export, "CHUNK", 1)
    make = customer_list_export._CellMaker.make

    def slow(self, chunk):  # type: ignore[no-untyped-def]
        time.sleep(0.4)
        return make(self, chunk)

    monkeypatch.setattr(customer_list_export._CellMaker, "make", slow)
    dialog = page.export_list()
    target = tmp_path / "all.xlsx"
    dialog.path.setText(str(target))
    dialog.export_button.click()
    task = page.exporter.task
    assert task is not None
    qtbot.waitUntil(
        lambda: isinstance(task.dialog, QProgressDialog) and task.dialog.isVisible(), timeout=5000
    )
    assert task.dialog is not None
    qtbot.waitUntil(lambda: "of 4 customers written" in task.dialog.labelText(), timeout=5000)
    with qtbot.waitSignal(page.exporter.finished, timeout=20_000) as done:
        task.dialog.findChild(type(dialog.export_button)).click()  # the dialog's Cancel button
    assert isinstance(done.args[0], ExportCancelled) and isinstance(done.args[0], UserError)
    assert page.exporter.last_message == "The export was cancelled; nothing was recorded."
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".~*")) == []
