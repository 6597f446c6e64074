"""Errors the user caused or can fix (bad input, damaged file, locked database).

They carry an English source text marked for translation (context "Errors") plus parameters, and are
shown as a message, never as a traceback. Anything else is a bug and gets a crash report.
"""

from __future__ import annotations

from typing import Any

from desktop_app.i18n import tr

_ERRORS = "Errors"


class UserError(Exception):
    def __init__(self, text: str, **params: Any) -> None:
        super().__init__(text)
        self.text = text
        self.params = params

    def message(self) -> str:
        """The message in the current UI language, parameters filled in."""
        return tr(_ERRORS, self.text, **self.params)

    def __str__(self) -> str:
        return self.message()


class NotFound(UserError):
    pass


class ConflictError(UserError):
    """Someone else changed the record since it was loaded."""
