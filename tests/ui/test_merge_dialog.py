"""The merge dialog through its real widgets: both records side by side, a choice per field, the
preview, the confirmation, and the result in the customer editor."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QRadioButton

from desktop_app.domain.enums import CaptureMethod, Channel, CustomerStatus
from desktop_app.services import customer_list, customers, ledger
from desktop_app.services.customer_list import CustomerFilter
from desktop_app.services.customers import CustomerInput
from desktop_app.ui.context import AppContext
from desktop_app.ui.customer.editor import CustomerEditor
from desktop_app.ui.customer.merge_dialog import MergeDialog

NOW = dt.datetime.now(dt.UTC)
KEEP = CustomerInput(
    first_name="Jürgen", last_name="Müller", email="juergen.mueller@example.de", phone="030 1234567",
    street="Hauptstraße 1", postcode="01067", city="Dresden",
)  # fmt: skip
OTHER = CustomerInput(
    first_name="Jürgen", last_name="Müller", email="j.mueller@web.example", phone="030 1234567",
    birth_date=dt.date(1970, 5, 1),
)  # fmt: skip


def _pair(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.session() as s:
        keep = customers.create_customer(s, "anna", KEEP).id
        other = customers.create_customer(s, "anna", OTHER).id
        evidence = ledger.Evidence(
            NOW - dt.timedelta(days=3), CaptureMethod.WEB_FORM, doi_confirmed_at=NOW - dt.timedelta(days=3)
        )
        ledger.grant_consent(s, "anna", other, "newsletter", Channel.EMAIL, evidence)
    return keep, other


def _dialog(qtbot, ctx: AppContext, keep: int, other: int | None = None) -> MergeDialog:  # type: ignore[no-untyped-def]
    dialog = MergeDialog(ctx, keep, other)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_duplicate_is_offered_and_merged_with_the_chosen_values(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    keep, other = _pair(ctx)
    dialog = _dialog(qtbot, ctx, keep)
    # Same phone number: the duplicate is already chosen, both records side by side.
    assert dialog.other_id() == other
    email_keep = dialog.findChild(QRadioButton, "email_keep")
    assert email_keep is not None and email_keep.text() == KEEP.email and email_keep.isChecked()
    email_other = dialog.findChild(QRadioButton, "email_other")
    assert email_other.text() == OTHER.email and email_other.isEnabled()
    # Empty on the kept record: the other's birth date is taken unless the user says otherwise.
    assert dialog.findChild(QRadioButton, "birth_date_other").isChecked()
    # Equal on both sides: nothing to choose.
    assert not dialog.findChild(QRadioButton, "phone_keep").isEnabled()
    summary = dialog.summary.text()
    assert "Newsletter" in summary and "moves with its history" in summary
    assert "2 consent event" in summary

    assert not dialog.merge_button.isEnabled()  # only after the explicit confirmation
    email_other.click()
    assert email_other.isChecked() and not email_keep.isChecked()
    dialog.confirm.setChecked(True)
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == MergeDialog.DialogCode.Accepted

    with ctx.db.read_session() as s:
        merged = customers.get_customer(s, keep)
        assert (merged.email, merged.birth_date, merged.city) == (OTHER.email, OTHER.birth_date, KEEP.city)
        assert [c.purpose_code for c in ledger.customer_consents(s, keep)] == ["newsletter"]
        assert customers.get_customer(s, other).status == CustomerStatus.ERASED
        assert other not in customer_list.customer_ids(s, CustomerFilter())


def test_a_yes_against_a_no_is_shown_before_merging(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    keep, other = _pair(ctx)
    with ctx.db.session() as s:
        (theirs,) = ledger.customer_consents(s, other)
        ledger.withdraw_consent(s, "anna", theirs.id, NOW - dt.timedelta(days=1), CaptureMethod.EMAIL)
        evidence = ledger.Evidence(
            NOW - dt.timedelta(hours=5), CaptureMethod.WEB_FORM, doi_confirmed_at=NOW - dt.timedelta(hours=5)
        )
        ledger.grant_consent(s, "anna", keep, "newsletter", Channel.EMAIL, evidence)
    dialog = _dialog(qtbot, ctx, keep, other)
    summary = dialog.summary.text()
    assert "the no wins" in summary and "asked again" in summary


def test_search_finds_another_record_and_swap_keeps_it(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        keep = customers.create_customer(s, "anna", KEEP).id
        other = customers.create_customer(s, "anna", CustomerInput(last_name="Zwetschgenbaum")).id
    dialog = _dialog(qtbot, ctx, keep)
    assert dialog.other_id() is None and not dialog.swap_button.isEnabled()
    qtbot.keyClicks(dialog.search, "zwetsch")
    qtbot.waitUntil(lambda: dialog.other_id() == other)
    assert "Zwetschgenbaum" in dialog.candidates.currentText()
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert (dialog.keep_id, dialog.other_id()) == (other, keep)
    assert dialog.preview is not None and dialog.preview.keep.last_name == "Zwetschgenbaum"


def test_the_editor_merges_and_shows_the_kept_record(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    keep, other = _pair(ctx)
    editor = CustomerEditor(ctx, keep)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.merge_button.isEnabled()
    seen: list[str] = []

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        seen.append(dialog.candidates.currentText())
        dialog.confirm.setChecked(True)
        dialog.merge_button.click()

    QTimer.singleShot(0, confirm)
    editor.merge_with()
    assert seen and OTHER.email in seen[0]
    assert editor.changed_anything
    kinds = [editor.history.item(r, 1).text() for r in range(editor.history.rowCount())]
    assert "Merged with another record" in kinds and "Consent given" in kinds
    with ctx.db.read_session() as s:
        assert customers.get_customer(s, other).status == CustomerStatus.ERASED
    erased = CustomerEditor(ctx, other)
    qtbot.addWidget(erased)
    assert not erased.merge_button.isEnabled()


def test_two_selected_rows_on_the_customers_page_merge(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    from desktop_app.ui.pages.customers import CustomersPage

    keep, other = _pair(ctx)
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    (action,) = page.merge_menu.menu().actions()
    assert not action.isEnabled()  # nothing selected yet
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1):
        page.table.selectionModel().select(page.model.index(row, 0), flags)
    (action,) = page.merge_menu.menu().actions()
    assert action.isEnabled() and "Merge the two selected customers" in action.text()
    dialog = page.merge_menu.merge_selected()
    assert dialog is not None and {dialog.keep_id, dialog.other_id()} == {keep, other}
    dialog.confirm.setChecked(True)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.id_at(0) == dialog.keep_id


def test_a_choice_that_cannot_be_saved_is_explained_and_blocks_merging(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.enums import CustomerKind

    with ctx.db.session() as s:
        keep = customers.create_customer(s, "anna", KEEP).id
        business = replace(OTHER, kind=CustomerKind.BUSINESS, company="Müller Bau GmbH")
        other = customers.create_customer(s, "anna", business).id
    dialog = _dialog(qtbot, ctx, keep, other)
    dialog.confirm.setChecked(True)
    assert dialog.merge_button.isEnabled()
    dialog.findChild(QRadioButton, "kind_other").click()
    dialog.findChild(QRadioButton, "company_keep").click()
    assert dialog.error.isVisible() and "needs a company name" in dialog.error.text()
    assert not dialog.merge_button.isEnabled()
    dialog.findChild(QRadioButton, "company_other").click()
    assert not dialog.error.isVisible() and dialog.merge_button.isEnabled()


def test_the_duplicate_hint_offers_the_merge(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    keep, other = _pair(ctx)
    editor = CustomerEditor(ctx, keep)
    qtbot.addWidget(editor)
    editor.show()
    editor.form.contactChanged.emit()
    assert editor.duplicates.isVisible()
    assert "K-0000002" in editor.duplicates.text() and f'href="{other}"' in editor.duplicates.text()
    chosen: list[int | None] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        chosen.append(dialog.other_id())
        dialog.reject()

    QTimer.singleShot(0, cancel)
    editor.duplicates.linkActivated.emit(str(other))
    assert chosen == [other] and not editor.changed_anything


def test_after_a_merge_in_the_editor_the_list_drops_the_other_record(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    keep, _other = _pair(ctx)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.customers_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MergeDialog)
        dialog.confirm.setChecked(True)
        dialog.merge_button.click()

    def in_editor() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, CustomerEditor)
        QTimer.singleShot(0, confirm)
        editor.merge_with()
        editor.close()

    QTimer.singleShot(0, in_editor)
    window.open_customer(keep)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.id_at(0) == keep
