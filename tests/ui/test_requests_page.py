"""Requests page: register through the dialog with the customer picker; overdue requests in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.enums import RequestKind
from desktop_app.services.demo import generate_demo
from desktop_app.services.requests import RequestInput, register_request
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.request_dialog import RequestDialog
from desktop_app.ui.pages.requests import OVERDUE, RequestsPage


def test_register_for_a_customer_found_by_typing(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    generate_demo(ctx.db, customers=40, seed=9)
    dialog = RequestDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestKind.ACCESS.value))
    qtbot.keyClicks(dialog.customer.search, "K-0000007")
    qtbot.waitUntil(lambda: dialog.customer.matches.count() == 1, timeout=3000)
    dialog.customer.matches.itemClicked.emit(dialog.customer.matches.item(0))
    assert dialog.customer.customer_id == 7
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved is not None and dialog.saved.customer_id == 7
    assert dialog.saved.deadline > dt.date.today()


def test_dialog_refuses_a_request_without_a_person(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = RequestDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.received.setDate(QDate.currentDate())
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "who made the request" in dialog.error.text()


def test_overdue_request_is_red_and_counted(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        register_request(
            s,
            "anna",
            RequestInput(RequestKind.ERASURE, dt.date.today() - dt.timedelta(days=40), requester="B."),
        )
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1
    assert "1 open, 1 overdue" in page.summary.text()
    assert page.table.item(0, 4).foreground().color() == OVERDUE
    assert "overdue by" in page.table.item(0, 5).text()
