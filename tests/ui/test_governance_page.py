"""Governance page: counts per finding, and the customers behind a clicked line."""

from __future__ import annotations

from desktop_app.services import customers
from desktop_app.services.customers import CustomerInput
from desktop_app.services.governance import Finding
from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.governance import GovernancePage


def test_click_a_finding_to_list_its_customers(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        cid = customers.create_customer(s, "anna", CustomerInput(last_name="Quellenlos")).id
    page = GovernancePage(ctx)
    qtbot.addWidget(page)
    page.wait()  # counted on the worker
    rows = {page.findings.item(i).data(0x0100): i for i in range(page.findings.count())}
    item = page.findings.item(rows[Finding.NO_SOURCE.value])
    assert item.text().strip().startswith("1")
    page.findings.setCurrentItem(item)
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "Quellenlos"
    with qtbot.waitSignal(page.openCustomer) as blocker:
        page.table.cellDoubleClicked.emit(0, 0)
    assert blocker.args == [cid]
