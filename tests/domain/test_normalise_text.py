"""clean_text: trim, NFC, one space between words; its shortcut for values that are clean already."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.normalise import clean_text


def _by_the_rule(value: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30) | st.text(max_size=30).map(str.strip))
def test_clean_text_is_the_rule_for_any_text(value: str) -> None:
    assert clean_text(value) == _by_the_rule(value)


@given(st.text(alphabet=st.sampled_from("     \t\n\r\x0b\x0c\x1c\x1f\x7f\x00ab-@.'"), max_size=12))
def test_ascii_whitespace_and_control_characters_take_the_long_way(value: str) -> None:
    assert clean_text(value) == _by_the_rule(value)


def test_examples() -> None:
    assert clean_text("  Anna   Maria\tMüller ") == "Anna Maria Müller"
    assert clean_text("Mu\u0308ller") == "Müller"  # decomposed ü, as macOS file names and some forms send
    assert clean_text("anna@example.org") == "anna@example.org"
    assert clean_text("Anna  Maria") == clean_text(" Anna Maria") == clean_text("Anna Maria ") == "Anna Maria"
    assert clean_text("a\x1fb") == "a b"  # a unit separator is whitespace to Python
    assert clean_text(None) == "" and clean_text("") == "" and clean_text("   ") == ""
