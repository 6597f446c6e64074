"""File > Settings…: the business details the reports print, with the service's messages, and this
user's language for the next start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app import preferences
from desktop_app.services.business import get_business
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.settings_dialog import SettingsDialog


def _save(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _open_from_menu(qtbot, ctx: AppContext):  # type: ignore[no-untyped-def]
    """(main window, its settings dialog): the caller keeps the window alive."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    next(a for a in file_menu.actions() if a.text() == "&Settings…").trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return window, dialog


def test_details_typed_in_are_stored_and_shown_again(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    _window, dialog = _open_from_menu(qtbot, ctx)
    assert dialog.name.text() == "" and dialog.language.currentText() == "As the system"
    dialog.name.setText("  Bäckerei Sonnenschein GmbH ")
    dialog.address.setPlainText("Marktplatz 3\n\n01067 Dresden\n")
    dialog.email.setText("info@baeckerei-sonnenschein.de")
    dialog.phone.setText("0351 123456")
    dialog.dpo_contact.setText("Dr. Anna Schmidt, datenschutz@baeckerei-sonnenschein.de")
    _save(dialog)
    assert not dialog.isVisible() and dialog.result() == SettingsDialog.DialogCode.Accepted
    with ctx.db.read_session() as s:
        stored = get_business(s)
    assert stored.name == "Bäckerei Sonnenschein GmbH"
    assert stored.address_lines == ("Marktplatz 3", "01067 Dresden")
    assert stored.dpo_contact.startswith("Dr. Anna Schmidt")

    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.name.text() == "Bäckerei Sonnenschein GmbH"
    assert again.address.toPlainText() == "Marktplatz 3\n01067 Dresden"
    assert again.phone.text() == "0351 123456"


@pytest.mark.parametrize(
    ("field", "value", "message", "focused"),
    [
        ("name", "   ", "The business needs a name: it heads every report.", "name"),
        ("email", "info@@example", "“info@@example” is not a usable e-mail address.", "email"),
        ("address", "1\n2\n3\n4\n5", "The address may have at most 4 lines.", "address"),
        ("phone", "0" * 61, "“Phone” is too long (at most 60 characters).", "phone"),
    ],
)
def test_bad_details_are_refused_with_a_message_at_the_field(  # type: ignore[no-untyped-def]
    qtbot, ctx: AppContext, field: str, value: str, message: str, focused: str
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Bäckerei Sonnenschein GmbH")
    widget = getattr(dialog, field)
    if field == "address":
        widget.setPlainText(value)
    else:
        widget.setText(value)
    _save(dialog)
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text() == message
    assert dialog.focusWidget() is getattr(dialog, focused)
    with ctx.db.read_session() as s:
        assert not get_business(s).is_set  # nothing half-saved


def test_german_messages_and_labels(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from desktop_app import i18n

    app = QApplication.instance()
    i18n.install_qt_translator(app, "de")
    try:
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Einstellungen"
        dialog.email.setText("kein-mail")
        dialog.name.setText("Bäckerei")
        _save(dialog)
        assert dialog.error.text() == "„kein-mail“ ist keine verwendbare E-Mail-Adresse."
    finally:
        i18n.uninstall_qt_translator(app)
        i18n.set_language("en")


def test_the_language_is_remembered_for_the_next_start(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    assert preferences.stored_language() is None
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Bäckerei Sonnenschein GmbH")
    dialog.language.setCurrentIndex(dialog.language.findText("Deutsch"))
    _save(dialog)
    assert dialog.language_changed and preferences.stored_language() == "de"

    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Deutsch"
    again.language.setCurrentIndex(again.language.findText("As the system"))
    _save(again)
    assert preferences.stored_language() is None


def test_a_damaged_preferences_file_means_no_preference() -> None:
    preferences.preferences_file().write_text("{not json", encoding="utf-8")
    assert preferences.stored_language() is None
    preferences.preferences_file().write_text('{"language": "fr"}', encoding="utf-8")
    assert preferences.stored_language() is None
    preferences.store_language("en")
    assert preferences.stored_language() == "en"


def test_the_stored_language_is_used_at_start_unless_lang_is_given() -> None:
    from desktop_app.ui.app import _parse, chosen_language

    assert chosen_language(_parse([])) is None  # nothing chosen: the system language
    preferences.store_language("de")
    assert chosen_language(_parse([])) == "de"
    assert chosen_language(_parse(["--lang", "en"])) == "en"
