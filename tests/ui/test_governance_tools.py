"""The governance tools as a user drives them: retention rules, batch erasure, re-permission list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import select, update

from desktop_app.db.models import Consent, Customer
from desktop_app.domain.enums import CaptureMethod, Channel
from desktop_app.services import customers, ledger, objections, sources
from desktop_app.services.customers import CustomerInput
from desktop_app.services.governance import Finding
from desktop_app.services.ledger import Evidence
from desktop_app.services.sources import SourceInput
from desktop_app.ui.context import AppContext
from desktop_app.ui.governance.batch_erase import BatchEraseDialog
from desktop_app.ui.governance.repermission import RepermissionDialog
from desktop_app.ui.governance.retention_rules import RetentionRulesDialog
from desktop_app.ui.pages.governance import GovernancePage
from desktop_app.ui.reports.preview import ReportPreviewDialog

NOW = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
LONG_AGO = NOW - dt.timedelta(days=4 * 365)


def _old_fair_contacts(ctx: AppContext, names: tuple[str, ...]) -> list[int]:
    with ctx.db.session() as s:
        fair = sources.create_source(s, "anna", SourceInput("Messe 2021")).id
        ids = [
            customers.create_customer(
                s, "anna", CustomerInput(last_name=n, email=f"{n.lower()}@example.de", city="Leipzig",
                                         street="Ring 1", postcode="04109", source_id=fair),
            ).id
            for n in names
        ]  # fmt: skip
        s.execute(update(Customer).values(created_at=LONG_AGO))
    return ids


def _page(qtbot, ctx: AppContext) -> GovernancePage:  # type: ignore[no-untyped-def]
    page = GovernancePage(ctx)
    page.setProperty("quiet", True)
    qtbot.addWidget(page)
    page.wait()
    return page


def _due_line(page: GovernancePage) -> str:
    page.wait()  # a change counts again on the worker
    for row in range(page.findings.count()):
        item = page.findings.item(row)
        if item.data(0x0100) == Finding.DUE_FOR_DELETION.value:
            return item.text()
    raise AssertionError("no due-for-deletion line")


def test_define_a_retention_rule_and_the_dashboard_follows(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _old_fair_contacts(ctx, ("Alt", "Älter"))
    page = _page(qtbot, ctx)
    assert _due_line(page).strip().startswith("0") and not page.erase_button.isEnabled()
    page.rules_button.click()
    rules = page.dialog
    assert isinstance(rules, RetentionRulesDialog)
    assert rules.table.rowCount() == 0 and not rules.edit_button.isEnabled()
    rules.add_button.click()
    editor = rules.rule_dialog
    assert editor is not None
    editor.source.setCurrentIndex(editor.source.findText("Messe 2021"))
    editor.amount.setValue(2)  # years by default
    assert "Customers from “Messe 2021”" in editor.explain.text() and "2 years" in editor.explain.text()
    editor.description.setText("Messekontakte")
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert rules.table.rowCount() == 1
    assert [rules.table.item(0, c).text() for c in range(5)] == [
        "Messe 2021",
        "any",
        "2 year(s)",
        "Messekontakte",
        "yes",
    ]
    assert rules.due_line.text() == "2 customer(s) due for deletion under these rules today."
    assert _due_line(page).strip().startswith("2") and page.erase_button.isEnabled()
    # The same rule twice: refused with the reason, nothing saved.
    rules.add_button.click()
    twice = rules.rule_dialog
    assert twice is not None and twice is not editor
    twice.source.setCurrentIndex(twice.source.findText("Messe 2021"))
    twice.save()
    assert twice.error.isVisibleTo(twice) and "already a retention rule" in twice.error.text()
    assert rules.table.rowCount() == 1
    # Switched off: nobody is due any more.
    rules.table.selectRow(0)
    rules.edit_button.click()
    edit = rules.rule_dialog
    assert edit is not None and edit.amount.value() == 2 and edit.unit.currentData() == 12
    edit.active.setChecked(False)
    edit.save()
    assert rules.table.item(0, 4).text() == "no" and _due_line(page).strip().startswith("0")
    rules.delete_button.click()
    assert rules.table.rowCount() == 0


def _rule(ctx: AppContext) -> None:
    from desktop_app.services import retention
    from desktop_app.services.retention import RuleInput

    with ctx.db.session() as s:
        fair = next(x.id for x in sources.list_sources(s) if x.name == "Messe 2021")
        retention.create_rule(s, "anna", RuleInput(24, source_id=fair))


def test_batch_erasure_shows_each_preview_and_erases_after_confirmation(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = _old_fair_contacts(ctx, ("Eins", "Zwei", "Drei"))
    _rule(ctx)
    with ctx.db.session() as s:  # a phone consent 3 years ago: §7a UWG evidence is kept for two more years
        s.execute(update(Customer).where(Customer.id == ids[2]).values(phone="030 1234567"))
        ledger.grant_consent(s, "anna", ids[2], "offers", Channel.PHONE,
                             Evidence(NOW, CaptureMethod.PHONE_CALL))  # fmt: skip
        s.execute(update(Consent).values(granted_at=NOW - dt.timedelta(days=3 * 365)))
    page = _page(qtbot, ctx)
    page.erase_button.click()
    dialog = page.dialog
    assert isinstance(dialog, BatchEraseDialog)
    assert dialog.table.rowCount() == 3 and "3 customer(s) are due" in dialog.intro.text()
    assert dialog.table.item(0, 3).text().startswith("Only the do-not-contact entry")
    assert "restricted until" in dialog.table.item(2, 3).text()
    dialog.table.selectRow(2)
    assert "Drei" in dialog.detail.text() and "§7a UWG" in dialog.detail.text()
    assert "Deleted" in dialog.detail.text() and "keyed hashes" in dialog.detail.text()
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.erased, timeout=20000) as blocker:
        dialog.erase_button.click()
    result = blocker.args[0]
    assert result.erased == tuple(ids) and not result.cancelled
    assert dialog.message.text().startswith("3 of 3 customers erased.")
    assert "1 of them keep name and phone number restricted" in dialog.message.text()
    assert dialog.table.rowCount() == 0 and not dialog.erase_button.isEnabled()
    assert _due_line(page).strip().startswith("0")
    with ctx.db.read_session() as s:
        status = dict(s.execute(select(Customer.id, Customer.status)).all())
    assert status == {ids[0]: "erased", ids[1]: "erased", ids[2]: "restricted"}


def test_cancel_stops_the_batch_and_says_how_many(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = _old_fair_contacts(ctx, tuple(f"Kunde{i}" for i in range(6)))
    _rule(ctx)
    dialog = BatchEraseDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.erased, timeout=20000) as blocker:
        task = dialog.start()
        assert task is not None
        task.cancel()
    result = blocker.args[0]
    assert result.cancelled and len(result.erased) < len(ids)
    assert dialog.message.text().startswith("Cancelled.")
    assert f"{len(result.erased)} of 6 customers erased." in dialog.message.text()
    with ctx.db.read_session() as s:
        erased = set(s.execute(select(Customer.id).where(Customer.status == "erased")).scalars())
    assert erased == set(result.erased)
    assert dialog.table.rowCount() == 6 - len(result.erased)  # the rest is still listed, untouched


def test_repermission_list_export_and_consent_form(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked, objected = _old_fair_contacts(ctx, ("Brief", "Nein"))
    with ctx.db.session() as s:
        for cid in (asked, objected):
            ledger.grant_consent(s, "anna", cid, "newsletter", Channel.POST,
                                 Evidence(NOW, CaptureMethod.PAPER_FORM))  # fmt: skip
        s.execute(update(Consent).values(granted_at=NOW - dt.timedelta(days=800)))
        objections.record_objection(s, "anna", objected, NOW)
    page = _page(qtbot, ctx)
    page.repermission_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RepermissionDialog)
    dialog.wait()  # the list is built on the worker
    assert dialog.table.rowCount() == 2
    rows = {dialog.table.item(r, 1).text(): r for r in range(2)}
    assert dialog.table.item(rows["Brief"], 5).text() == "Post"
    assert dialog.table.item(rows["Nein"], 5).text() == "cannot be asked"
    assert "1 customer(s) to ask again" in dialog.summary.text()
    assert not dialog.form_button.isEnabled()
    target = tmp_path / "brief.xlsx"
    dialog.export(target)
    dialog.wait()
    assert "1 customers written to" in dialog.message.text()
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sheet.max_row == 2 and sheet.cell(2, 5).value == "Brief"
    dialog.export(tmp_path / "brief.docx")
    dialog.wait()
    assert ".xlsx or .csv" in dialog.message.text() and not (tmp_path / "brief.docx").exists()
    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Newsletter"))
    dialog.wait()
    assert dialog.form_button.isEnabled()
    dialog.form_button.click()
    previews = [w for w in dialog.findChildren(ReportPreviewDialog)]
    assert previews or "no consent text" in dialog.message.text()
