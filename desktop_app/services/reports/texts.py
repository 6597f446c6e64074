"""Texts, dates and legal norms in the language of one report, independent of the UI language.

A report may be printed in German from an English UI (or the reverse), so builders translate through
their own catalogue instead of switching the process-wide language.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from desktop_app import i18n
from desktop_app.domain.enums import Channel
from desktop_app.i18n import QT_TRANSLATE_NOOP, Catalog
from desktop_app.services.display import number_text

REPORTS = "Reports"
_LABELS = "Labels"
CHANNEL_LABELS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    Channel.POST: QT_TRANSLATE_NOOP("Labels", "Post"),
}


@lru_cache(maxsize=4)
def _catalog(language: str) -> Catalog:
    return Catalog.for_language(language)


class ReportTexts:
    """`t(QT_TRANSLATE_NOOP("Reports", "..."), **params)` translates into the report's language."""

    def __init__(self, language: str) -> None:
        self.language = i18n.normalize_language(language)
        # The current catalogue when it is the right language: tests may have installed their own.
        current = i18n.current_catalog()
        self._catalog = current if current.language == self.language else _catalog(self.language)

    def __call__(self, text: str, /, **params: object) -> str:
        return self.in_context(REPORTS, text, **params)

    def in_context(self, context: str, text: str, /, **params: object) -> str:
        translated = self._catalog.translate(context, text)
        return translated.format(**params) if params else translated

    def channel(self, channel: Channel) -> str:
        return self.in_context(_LABELS, CHANNEL_LABELS[channel])

    def date(self, day: dt.date) -> str:
        return day.strftime("%d.%m.%Y") if self.language == "de" else day.isoformat()

    def date_time(self, moment: dt.datetime) -> str:
        """In the PC's local time zone: what the person printing the report reads on their clock."""
        local = moment.astimezone()
        return local.strftime("%d.%m.%Y %H:%M" if self.language == "de" else "%Y-%m-%d %H:%M")

    def months(self, count: int) -> str:
        if count == 1:
            return self(QT_TRANSLATE_NOOP("Reports", "1 month"))
        return self(QT_TRANSLATE_NOOP("Reports", "{count} months"), count=count)

    def number(self, count: int) -> str:
        """12.345 in German, 12,345 in English."""
        return number_text(count, self.language)

    def more(self, count: int) -> str:
        """The last line of a list cut short."""
        return self(QT_TRANSLATE_NOOP("Reports", "… and {count} more"), count=self.number(count))
