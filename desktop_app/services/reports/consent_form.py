"""The blank paper consent form for one consent-text version.

Legal points it carries (LEGAL.md): the channels are empty boxes the person ticks (no pre-ticked box,
CJEU C-673/17 Planet49); the business is named in the declaration (BGH I ZR 169/10); the exact wording
with its version label appears in full, and the label is on every page so that a scanned form proves
which text was signed (Art. 7(1) GDPR); withdrawal at any time and how (Art. 7(3)); the objection
notice set apart from the rest (Art. 21(2)-(4)); parental consent below 16 (Art. 8).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.domain.enums import Channel
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import catalog, consent_texts
from desktop_app.services.business import BusinessDetails, get_business
from desktop_app.services.catalog import PurposeView
from desktop_app.services.reports import legal_bases
from desktop_app.services.reports.common import assemble, letterhead
from desktop_app.services.reports.model import (
    Block,
    CheckBoxes,
    FillInFields,
    Paragraph,
    Report,
    Section,
    SignatureLines,
)
from desktop_app.services.reports.texts import ReportTexts

KIND = "consent-form"


def build_consent_form(session: Session, text_id: int, language: str | None = None) -> Report:
    """The form in `language`, by default the language of the consent text itself."""
    text = consent_texts.get_text(session, text_id)
    purpose = _purpose(session, text.purpose_id)
    t = ReportTexts(language or text.language)
    channels = [
        ch
        for ch in Channel
        if ch in purpose.policy.channels and legal_bases.consent_possible(purpose.policy.channels[ch])
    ]
    if not channels:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The purpose “{purpose}” allows consent on no channel, so a form would offer nothing to "
                "tick. Enable a channel for it under Purposes first.",
            ),
            purpose=purpose.name(t.language),
        )
    business = get_business(session)
    # In the declaration the business must be named (BGH I ZR 169/10); the notice shows what to fix.
    business_name = letterhead(business, t).name
    purpose_name = purpose.name(t.language)
    blocks: tuple[Block, ...] = (
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Your consent is voluntary. If you do not give it, you will not suffer any disadvantage.",
                )
            ),
            "note",
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "Your details")),
            (
                FillInFields(
                    (
                        t(QT_TRANSLATE_NOOP("Reports", "First and last name")),
                        t(QT_TRANSLATE_NOOP("Reports", "Street and house number")),
                        t(QT_TRANSLATE_NOOP("Reports", "Postcode and town")),
                        t(QT_TRANSLATE_NOOP("Reports", "E-mail")),
                        t(QT_TRANSLATE_NOOP("Reports", "Phone")),
                        t(QT_TRANSLATE_NOOP("Reports", "Date of birth (optional)")),
                    )
                ),
            ),
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "Consent")),
            _declaration(t, business_name, purpose_name, purpose, channels),
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "Wording of the consent (version {label})"), label=text.label),
            (Paragraph(text.title, "strong"), Paragraph(text.body)),
        ),
        Section(t(QT_TRANSLATE_NOOP("Reports", "Your rights")), _rights(t, business)),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "Signature")),
            (
                SignatureLines(
                    (
                        t(QT_TRANSLATE_NOOP("Reports", "Place, date")),
                        t(QT_TRANSLATE_NOOP("Reports", "Signature")),
                    )
                ),
            ),
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "If you are under 16")),
            (
                Paragraph(
                    t(
                        QT_TRANSLATE_NOOP(
                            "Reports",
                            "Below the age of 16, the consent is only valid if a holder of parental "
                            "responsibility also gives it (Art. 8(1) GDPR).",
                        )
                    )
                ),
                FillInFields((t(QT_TRANSLATE_NOOP("Reports", "Name of the parent or guardian")),)),
                SignatureLines(
                    (
                        t(QT_TRANSLATE_NOOP("Reports", "Place, date")),
                        t(QT_TRANSLATE_NOOP("Reports", "Signature of the parent or guardian")),
                    )
                ),
            ),
        ),
        Section(
            t(QT_TRANSLATE_NOOP("Reports", "For office use")),
            (FillInFields((t(QT_TRANSLATE_NOOP("Reports", "Entered in ConsentDesk on / by")),)),),
        ),
    )
    return assemble(
        session,
        t,
        kind=KIND,
        title=t(QT_TRANSLATE_NOOP("Reports", "Consent form")),
        subtitle=purpose_name,
        blocks=blocks,
        page_marker=t(QT_TRANSLATE_NOOP("Reports", "Form {label}"), label=text.label),
        business=business,
        file_extra=text.label,
    )


def _purpose(session: Session, purpose_id: int) -> PurposeView:
    view, _recipients, _retention = catalog.purpose_details(session, purpose_id)
    return view


def _declaration(
    t: ReportTexts, business_name: str, purpose_name: str, purpose: PurposeView, channels: list[Channel]
) -> tuple[Block, ...]:
    blocks: list[Block] = [
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "I agree that {business} may contact me for the purpose “{purpose}” over each channel "
                    "I have ticked:",
                ),
                business=business_name,
                purpose=purpose_name,
            ),
            "strong",
        ),
        CheckBoxes(tuple(t.channel(ch) for ch in channels)),
    ]
    email = purpose.policy.channels.get(Channel.EMAIL)
    if Channel.EMAIL in channels and email is not None and email.require_doi:
        blocks.append(
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "If you tick e-mail, you will receive a message asking you to confirm your address "
                        "(double opt-in); e-mails for this purpose follow only after your confirmation.",
                    )
                ),
                "small",
            )
        )
    return tuple(blocks)


def _rights(t: ReportTexts, business: BusinessDetails) -> tuple[Block, ...]:
    ways = []
    if business.email:
        ways.append(t(QT_TRANSLATE_NOOP("Reports", "by e-mail to {email}"), email=business.email))
    if business.address_lines:
        ways.append(
            t(QT_TRANSLATE_NOOP("Reports", "by post to {address}"), address=", ".join(business.address_lines))
        )
    if business.phone:
        ways.append(t(QT_TRANSLATE_NOOP("Reports", "by phone on {phone}"), phone=business.phone))
    where = (
        t(
            QT_TRANSLATE_NOOP("Reports", "for example {ways}"),
            ways=t(QT_TRANSLATE_NOOP("Reports", " or ")).join(ways),
        )
        if ways
        else t(QT_TRANSLATE_NOOP("Reports", "with a message to the business named at the top"))
    )
    blocks: list[Block] = [
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "You may withdraw this consent at any time with effect for the future, as easily as "
                    "you gave it (Art. 7(3) GDPR): {where}. The withdrawal does not affect the lawfulness "
                    "of contacts made before it.",
                ),
                where=where,
            )
        ),
        Paragraph(
            t(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Right to object: you may object at any time to the use of your data for direct "
                    "marketing (Art. 21(2) GDPR). After an objection, your data will no longer be used "
                    "for this purpose (Art. 21(3) GDPR).",
                )
            ),
            "strong",
        ),
    ]
    if business.dpo_contact:
        blocks.append(
            Paragraph(
                t(
                    QT_TRANSLATE_NOOP("Reports", "Questions about data protection: {contact}"),
                    contact=business.dpo_contact,
                ),
                "small",
            )
        )
    return tuple(blocks)
