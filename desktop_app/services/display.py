"""Numbers, dates and times inside messages, written the way the reader's language writes them."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.enums import Channel
from desktop_app.i18n import QT_TRANSLATE_NOOP, current_language, tr


def number_text(n: int, lang: str) -> str:
    """Thousands grouped the way the reader writes them: 1.234.567 in German, 1,234,567 in English."""
    text = f"{n:,}"
    return text.replace(",", ".") if lang.startswith("de") else text


def count_text(n: int) -> str:
    """number_text in the language the app speaks now (messages, progress, the command line)."""
    return number_text(n, current_language())


def date_text(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y") if current_language() == "de" else day.isoformat()


def time_text(moment: dt.datetime) -> str:
    """In the PC's local time zone: staff type and read local times, the database keeps UTC."""
    local = moment.astimezone()
    return (
        local.strftime("%d.%m.%Y %H:%M") if current_language() == "de" else local.strftime("%Y-%m-%d %H:%M")
    )


_LABELS = "Labels"
_ALL_CHANNELS = QT_TRANSLATE_NOOP("Labels", "all channels")
_CHANNELS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    Channel.POST: QT_TRANSLATE_NOOP("Labels", "Post"),
}


def channel_text(channel: Channel | None) -> str:
    """The channel's display name; the same "Labels" texts as the GUI's."""
    if channel is None:
        return tr(_LABELS, _ALL_CHANNELS)
    return tr(_LABELS, _CHANNELS[channel])
