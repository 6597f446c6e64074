"""The reason catalogue: complete, bilingual, citing the norm, and with stable codes.

Why: reason codes are stored with every campaign export and compared with the SQL evaluation, and the
sentences are what a customer reads in an Art. 15 report; a missing or untranslated entry would
surface as a crash or as English in a German letter.
"""

from __future__ import annotations

import re

import pytest

from desktop_app.domain.reasons import REASON_TEXTS, Reason, ReasonCode, Severity, reason

# A legal sentence names its source: an article, a paragraph, a court decision or a recital.
NORM = re.compile(r"Art\. \d|§ ?\d|BGH |LG |Recital|ErwG")
# Practical facts rather than legal findings; they need no citation.
WITHOUT_NORM = {ReasonCode.NO_CONTACT_POINT}


def test_every_code_has_texts() -> None:
    assert set(REASON_TEXTS) == set(ReasonCode)


@pytest.mark.parametrize("code", list(ReasonCode), ids=str)
def test_texts_are_bilingual_and_cite_the_norm(code: ReasonCode) -> None:
    text = REASON_TEXTS[code]
    for sentence in (text.en, text.de):
        assert sentence and sentence == sentence.strip() and "  " not in sentence
        if code not in WITHOUT_NORM:
            assert NORM.search(sentence), sentence
    assert text.en != text.de


def test_codes_are_stable_snake_case_of_their_names() -> None:
    for code in ReasonCode:
        assert code.value == code.name.lower()


def test_severities_by_kind() -> None:
    ok = {c for c, t in REASON_TEXTS.items() if t.severity is Severity.OK}
    info = {c for c, t in REASON_TEXTS.items() if t.severity is Severity.INFO}
    assert ok == {
        ReasonCode.CONSENT_VALID,
        ReasonCode.EXISTING_CUSTOMER_7_3,
        ReasonCode.PRESUMED_CONSENT_B2B,
        ReasonCode.LEGITIMATE_INTEREST_POST,
    }
    assert info == {ReasonCode.OBJECTION_LIFTED_BY_CONSENT, ReasonCode.OBJECTION_NOTICE_REQUIRED}
    # Warnings are made by the engine (stale consent in warn mode), never a catalogue default.
    assert not any(t.severity is Severity.WARN for t in REASON_TEXTS.values())


def test_reason_text_by_language() -> None:
    r = reason(ReasonCode.OBJECTION)
    assert r == Reason(ReasonCode.OBJECTION, Severity.BLOCK)
    assert r.text("en") == r.en == "Objection to direct marketing (Art. 21(3) GDPR)"
    assert r.text("de") == r.de == "Widerspruch gegen Direktwerbung (Art. 21 Abs. 3 DSGVO)"
    assert r.text("de_DE") == r.text("de-AT") == r.text("DE") == r.de
    assert r.text("fr") == r.text("") == r.en


def test_severity_can_be_overridden() -> None:
    assert reason(ReasonCode.CONSENT_STALE).severity is Severity.BLOCK
    assert reason(ReasonCode.CONSENT_STALE, Severity.WARN).severity is Severity.WARN
