"""The customer editor through its real widgets: create, validate as you type, consents, objection."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app.domain.enums import Channel, CustomerStatus
from desktop_app.services import sources
from desktop_app.services.consent_matrix import CellState
from desktop_app.services.sources import SourceInput
from desktop_app.ui.context import AppContext
from desktop_app.ui.customer.actions import ObjectionDialog, WithdrawDialog
from desktop_app.ui.customer.editor import CustomerEditor
from desktop_app.ui.customer.record_consent import RecordConsentDialog


def _new_customer(qtbot, ctx: AppContext) -> CustomerEditor:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        sources.create_source(s, "anna", SourceInput("Webformular"))
    editor = CustomerEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    editor.form.first_name.insert("Jürgen")  # QTest cannot type non-ASCII keys
    editor.form.last_name.insert("Müller")
    qtbot.keyClicks(editor.form.email, "juergen.mueller@example.de")
    qtbot.keyClicks(editor.form.postcode, "01067")
    qtbot.keyClicks(editor.form.city, "Dresden")
    editor.form.street.insert("Hauptstraße 1")
    editor.form.source.setCurrentIndex(1)
    assert editor.save()
    return editor


def _cell(editor: CustomerEditor, code: str, channel: Channel):  # type: ignore[no-untyped-def]
    return next(c for c in editor.matrix.cells if c.purpose.code == code and c.channel == channel)


def test_create_customer_and_see_the_matrix(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    editor = _new_customer(qtbot, ctx)
    assert editor.view is not None and editor.view.customer_no.startswith("K-")
    assert editor.tabs.isTabEnabled(1)
    assert _cell(editor, "newsletter", Channel.EMAIL).state == CellState.NOT_ASKED
    post = _cell(editor, "offers", Channel.POST)
    assert post.contactable  # legitimate interest for addressed post, no objection


def test_invalid_email_is_shown_while_editing(qtbot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The editor is left with unsaved input: closing it at teardown asks, and nobody would answer.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    editor = CustomerEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.form.email, "mueller@@example")
    editor.form.email.editingFinished.emit()
    assert editor.form.email_problem.isVisible()
    assert "not a valid e-mail address" in editor.form.email_problem.text()
    editor.form.last_name.insert("Müller")
    assert not editor.save()
    assert editor.view is None


def test_record_withdraw_and_object(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    editor = _new_customer(qtbot, ctx)
    assert editor.view is not None
    newsletter = _cell(editor, "newsletter", Channel.EMAIL)
    dialog = RecordConsentDialog(ctx, editor.view, newsletter.purpose.id, Channel.EMAIL)
    qtbot.addWidget(dialog)
    now = QDateTime.currentDateTime().addSecs(-3600)
    dialog.captured.setDateTime(now)
    dialog.doi_requested.enabled.setChecked(True)
    dialog.doi_requested.when.setDateTime(now)
    dialog.doi_confirmed.enabled.setChecked(True)
    dialog.doi_confirmed.when.setDateTime(now.addSecs(600))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(dialog.recorded) == 1, dialog.error.text()
    editor.load(editor.view.id)
    cell = _cell(editor, "newsletter", Channel.EMAIL)
    assert cell.state == CellState.GRANTED and cell.contactable
    assert editor.history.rowCount() >= 2  # granted + double opt-in confirmed

    assert cell.consent is not None
    withdraw = WithdrawDialog(ctx, cell.consent, "Newsletter · E-mail")
    qtbot.addWidget(withdraw)
    withdraw.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert withdraw.done_ok, withdraw.error.text()
    editor.load(editor.view.id)
    assert _cell(editor, "newsletter", Channel.EMAIL).state == CellState.WITHDRAWN

    objection = ObjectionDialog(ctx, editor.view.id, editor.view.display_name)
    qtbot.addWidget(objection)
    objection.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert objection.done_ok, objection.error.text()
    editor.load(editor.view.id)
    post = _cell(editor, "offers", Channel.POST)
    assert post.state == CellState.BLOCKED_BY_OBJECTION and not post.contactable
    editor.matrix.table.setCurrentCell(1, list(Channel).index(Channel.POST))
    assert "Art. 21" in editor.matrix.why.text()


def test_consent_dated_in_the_future_is_refused_in_the_dialog(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    editor = _new_customer(qtbot, ctx)
    assert editor.view is not None
    dialog = RecordConsentDialog(ctx, editor.view, None, Channel.POST)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.captured.setDateTime(QDateTime.currentDateTime().addDays(3))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.recorded == []
    assert "future" in dialog.error.text()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard])
def test_closing_with_unsaved_changes_asks(qtbot, ctx: AppContext, monkeypatch, answer) -> None:  # type: ignore[no-untyped-def]
    editor = _new_customer(qtbot, ctx)
    qtbot.keyClicks(editor.form.city, " (Altstadt)")
    asked: list[str] = []

    def fake_question(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    editor.close()
    assert asked == ["Save the changes to this customer?"]
    assert editor.isVisible() == (answer == QMessageBox.StandardButton.Cancel)


def test_restriction_makes_every_cell_not_contactable(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.customer.actions import RestrictDialog

    editor = _new_customer(qtbot, ctx)
    assert editor.view is not None
    dialog = RestrictDialog(ctx, editor.view.id, editor.view.display_name, lift=False)
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("Richtigkeit der Adresse bestritten")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.done_ok, dialog.error.text()
    editor.load(editor.view.id)
    assert editor.view.status == CustomerStatus.RESTRICTED
    assert not any(c.contactable for c in editor.matrix.cells)
    assert dt.date.today()  # the matrix is evaluated for today


def test_erase_through_the_dialog(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.customer.erase_dialog import EraseDialog

    editor = _new_customer(qtbot, ctx)
    assert editor.view is not None
    dialog = EraseDialog(ctx, editor.view.id, editor.view.display_name)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    dialog.confirm.setChecked(True)
    dialog.erase_button.click()
    assert dialog.done_ok, dialog.error.text()
    editor.load(editor.view.id)
    assert editor.view.status == CustomerStatus.ERASED
    assert not editor.form.isEnabled() and not editor.erase_button.isEnabled()
    assert editor.form.email.text() == ""
