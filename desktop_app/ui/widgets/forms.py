"""The parts every edit dialog shares: the line that says what is wrong, and Save / Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget


def error_label(parent: QWidget) -> QLabel:
    """Hidden until the input is refused; the style sheet colours "errorLabel"."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.hide()
    return label


def save_cancel_buttons(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """Save runs `save` (which accepts the dialog once the input is stored); Cancel rejects it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons
