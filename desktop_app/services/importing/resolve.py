"""What a profile names, found in the database: purposes, consent texts by label, the data source.

Done once per import, before the first row, so that a wrong purpose code or an unknown source is one
clear message instead of an error in every row.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import ConsentText, DataSource
from desktop_app.domain.enums import SourceKind
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.consents import SlotTarget
from desktop_app.services.importing.profile import ImportProfile
from desktop_app.services.importing.rows import consent_slots
from desktop_app.services.importing.targets import Target
from desktop_app.services.ledger_checks import check_channel, purpose_for
from desktop_app.services.sources import SourceInput, create_source

_ERRORS = "Errors"
_LABEL = re.compile(r"(?P<purpose>.+)-(?P<language>[a-z]{2})-v(?P<version>\d+)")
_NO_SOURCE = QT_TRANSLATE_NOOP(
    "Errors",
    "Choose the data source of the list (where its people and consents come from, Art. 14 GDPR) "
    "before importing it.",
)
_UNKNOWN_SOURCE = QT_TRANSLATE_NOOP(
    "Errors",
    "There is no data source named “{name}”. Create it under Data sources, or describe it in the import "
    "settings (kind, third party, provider) so that the import creates it.",
)
_THIRD_PARTY_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors",
    "The data source “{name}” is recorded as {recorded}, but the import settings describe it as {given}. "
    "Correct one of them.",
)
_THIRD_PARTY = QT_TRANSLATE_NOOP("Errors", "a third-party list")
_OWN = QT_TRANSLATE_NOOP("Errors", "the business's own source")
_BAD_LABEL = QT_TRANSLATE_NOOP(
    "Errors",
    "“{label}” does not name a consent text; write it like newsletter-de-v2 (purpose-language-version).",
)
_UNKNOWN_TEXT = QT_TRANSLATE_NOOP("Errors", "There is no consent text “{label}”.")
_TEXT_OF_OTHER_PURPOSE = QT_TRANSLATE_NOOP(
    "Errors", "The consent text “{label}” belongs to another purpose than the column “{column}” ({purpose})."
)
_SAME_CONSENT_TWICE = QT_TRANSLATE_NOOP(
    "Errors", "The columns “{first}” and “{second}” are both mapped to the consent {purpose} / {channel}."
)


def resolve_source(
    session: Session, profile: ImportProfile, actor: str, *, create: bool
) -> tuple[int | None, bool]:
    """(source id, third party) of the profile's source; created when described and `create` is set.

    Without `create` (the dry run) a described but missing source gives (None, its third-party flag).
    """
    spec = profile.source
    if spec is None or not spec.name.strip():
        if create:
            raise UserError(_NO_SOURCE)
        return None, False
    row = session.execute(
        select(DataSource).where(func.lower(DataSource.name) == spec.name.strip().lower())
    ).scalar_one_or_none()
    if row is not None:
        if spec.kind is not None and spec.third_party != row.is_third_party:
            recorded, given = (_THIRD_PARTY, _OWN) if row.is_third_party else (_OWN, _THIRD_PARTY)
            raise UserError(
                _THIRD_PARTY_MISMATCH,
                name=row.name,
                recorded=tr(_ERRORS, recorded),
                given=tr(_ERRORS, given),
            )
        return row.id, row.is_third_party
    if spec.kind is None:
        raise UserError(_UNKNOWN_SOURCE, name=spec.name)
    if not create:
        return None, spec.third_party
    created = create_source(
        session,
        actor,
        SourceInput(
            name=spec.name,
            kind=SourceKind(spec.kind),
            is_third_party=spec.third_party,
            provider=spec.provider,
            legal_basis_note=spec.legal_basis_note,
        ),
    )
    return created.id, created.is_third_party


def resolve_slots(session: Session, profile: ImportProfile) -> tuple[SlotTarget, ...]:
    """The consent columns with purpose ids and consent texts; refuses unknown or unusable ones."""
    targets = []
    seen: dict[tuple[str, str], str] = {}
    for slot in consent_slots(profile):
        purpose = purpose_for(session, slot.purpose)
        check_channel(session, purpose, slot.channel)
        key = (purpose.code, slot.channel.value)
        if key in seen:
            raise UserError(
                _SAME_CONSENT_TWICE, first=seen[key], second=slot.column, purpose=purpose.code,
                channel=slot.channel.value,
            )  # fmt: skip
        seen[key] = slot.column
        text_id, valid_from = None, None
        if slot.consent_text:
            text = _text(session, slot.consent_text)
            if text.purpose_id != purpose.id:
                raise UserError(
                    _TEXT_OF_OTHER_PURPOSE, label=slot.consent_text, column=slot.column, purpose=purpose.code
                )
            text_id, valid_from = text.id, text.valid_from
        targets.append(SlotTarget(slot, purpose.id, text_id, valid_from))
    return tuple(targets)


def _text(session: Session, label: str) -> ConsentText:
    match = _LABEL.fullmatch(label.strip())
    if match is None:
        raise UserError(_BAD_LABEL, label=label)
    purpose = purpose_for(session, match["purpose"])
    text = session.execute(
        select(ConsentText).where(
            ConsentText.purpose_id == purpose.id,
            ConsentText.language == match["language"],
            ConsentText.version == int(match["version"]),
        )
    ).scalar_one_or_none()
    if text is None:
        raise UserError(_UNKNOWN_TEXT, label=label)
    return text


def field_columns(profile: ImportProfile) -> dict[str, str]:
    """Customer field -> the heading it comes from, to name the column in messages."""
    columns: dict[str, str] = {}
    for column, rule in profile.columns.items():
        if rule.target is Target.HOUSE_NUMBER:
            columns.setdefault("street", column)
        elif rule.target not in (Target.CONSENT, Target.NOTE, Target.IGNORE):
            columns[rule.target.value] = column
    return columns
