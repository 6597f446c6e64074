"""Counts in messages, progress lines, lists and the command line follow the app's language."""

from __future__ import annotations

from desktop_app import i18n
from desktop_app.services.display import count_text, number_text


def test_count_text_groups_thousands_as_the_current_language_writes_them() -> None:
    i18n.set_language("de")
    assert [count_text(n) for n in (0, 999, 1000, 1_234_567)] == ["0", "999", "1.000", "1.234.567"]
    i18n.set_language("en")
    assert [count_text(n) for n in (0, 999, 1000, 1_234_567)] == ["0", "999", "1,000", "1,234,567"]
    assert number_text(481_657, "de") == "481.657" and number_text(481_657, "en") == "481,657"
