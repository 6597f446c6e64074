"""Data sources page: create and edit through the real dialog, errors shown in the dialog."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.domain.enums import SourceKind
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.source_dialog import SourceDialog
from desktop_app.ui.pages.sources import SourcesPage


def test_create_source_through_the_dialog(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = SourcesPage(ctx)
    qtbot.addWidget(page)
    before = page.model.rowCount()

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SourceDialog)
        qtbot.keyClicks(dialog.name, "Adresskauf Nord")
        dialog.kind.setCurrentIndex(dialog.kind.findData(SourceKind.THIRD_PARTY))
        assert dialog.third_party.isChecked()
        qtbot.keyClicks(dialog.provider, "Listbroker Nord GmbH")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill_and_save)
    page.create_source()
    assert page.model.rowCount() == before + 1
    names = [page.model.source_at(i).name for i in range(page.model.rowCount())]  # type: ignore[union-attr]
    assert "Adresskauf Nord" in names


def test_dialog_shows_validation_errors_and_stays_open(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    dialog = SourceDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(SourceKind.THIRD_PARTY))
    qtbot.keyClicks(dialog.name, "Gekaufte Liste")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert not dialog.error.isHidden()
    assert "provider" in dialog.error.text()
    assert dialog.result_view is None
