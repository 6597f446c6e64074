"""The consent ledger's refusals: what a user is told when input does not fit, and the look-ups that
refuse (unknown purpose, erased customer, consent text of another purpose, ...).

Kept apart from services.ledger so that the lifecycle reads as a sequence of steps; the messages are
the English sources lupdate extracts (context "Errors").
"""

from __future__ import annotations

import datetime as dt
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import ConsentText, Customer, DataSource, Purpose, PurposeChannelPolicy
from desktop_app.domain.enums import Channel, CustomerStatus
from desktop_app.domain.ledger import ConsentState, GrantCheck, LedgerProblem, check_time
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.display import channel_text, date_text, time_text

PROBLEMS: dict[LedgerProblem, str] = {
    LedgerProblem.IN_FUTURE: QT_TRANSLATE_NOOP(
        "Errors", "The date {when} lies in the future. Enter when it actually happened."
    ),
    LedgerProblem.BEFORE_LAST_CHANGE: QT_TRANSLATE_NOOP(
        "Errors", "This consent was last changed on {last}; a new entry cannot be dated before that ({when})."
    ),
    LedgerProblem.ALREADY_GIVEN: QT_TRANSLATE_NOOP(
        "Errors",
        "The customer has already given this consent ({purpose}, {channel}). To record a fresh "
        "confirmation, renew the consent.",
    ),
    LedgerProblem.GIVEN_USE_WITHDRAWAL: QT_TRANSLATE_NOOP(
        "Errors", "This consent is currently given. If the customer no longer agrees, record a withdrawal."
    ),
    LedgerProblem.NOT_GIVEN: QT_TRANSLATE_NOOP(
        "Errors", "Only a given consent or one awaiting double opt-in confirmation can be withdrawn."
    ),
    LedgerProblem.NOT_PENDING: QT_TRANSLATE_NOOP(
        "Errors", "This consent is not awaiting a double opt-in confirmation."
    ),
    LedgerProblem.WITHDRAWAL_BEFORE_GRANT: QT_TRANSLATE_NOOP(
        "Errors", "The withdrawal ({when}) cannot be dated before the consent was given ({granted})."
    ),
    LedgerProblem.DOI_REQUEST_BEFORE_CONSENT: QT_TRANSLATE_NOOP(
        "Errors", "The double opt-in request ({requested}) cannot be dated before the consent ({granted})."
    ),
    LedgerProblem.DOI_CONFIRMED_BEFORE_CONSENT: QT_TRANSLATE_NOOP(
        "Errors",
        "The double opt-in confirmation ({confirmed}) cannot be dated before the consent ({granted}).",
    ),
    LedgerProblem.DOI_CONFIRMED_BEFORE_REQUEST: QT_TRANSLATE_NOOP(
        "Errors",
        "The double opt-in confirmation ({confirmed}) cannot be dated before the confirmation request "
        "({requested}).",
    ),
    LedgerProblem.VALID_UNTIL_BEFORE_CAPTURE: QT_TRANSLATE_NOOP(
        "Errors", "“Valid until” ({until}) lies before the day the consent was given ({granted})."
    ),
    LedgerProblem.BASIS_NOT_RECORDABLE: QT_TRANSLATE_NOOP(
        "Errors",
        "Only an express consent, or a presumed consent of a business customer for phone calls, can be "
        "recorded. Legitimate interest and the existing-customer exception follow from the customer record.",
    ),
    LedgerProblem.PRESUMED_ONLY_BUSINESS_PHONE: QT_TRANSLATE_NOOP(
        "Errors",
        "Presumed consent (UWG §7(2) no. 1) exists only for phone calls to business customers. Consumers, "
        "e-mail, SMS and post need an express consent.",
    ),
    LedgerProblem.MINOR_WITHOUT_PARENTAL_CONSENT: QT_TRANSLATE_NOOP(
        "Errors",
        "The customer was under 16 when the consent was given ({granted}). It can only be recorded with the "
        "consent of a parent or guardian (Art. 8 GDPR): tick “parental consent”.",
    ),
}


def refuse(
    problem: LedgerProblem,
    state: ConsentState | None,
    when: dt.datetime,
    *,
    purpose: str = "",
    channel: Channel | None = None,
    grant: GrantCheck | None = None,
) -> NoReturn:
    """Raises the message for `problem`; every placeholder any message uses is filled."""

    def moment(value: dt.datetime | None) -> str:
        return time_text(value) if value is not None else ""

    granted = state.granted_at if state else None
    requested = state.doi_requested_at if state else None
    confirmed: dt.datetime | None = when
    until = ""
    if grant is not None:
        granted, requested, confirmed = grant.captured_at, grant.doi_requested_at, grant.doi_confirmed_at
        until = date_text(grant.valid_until) if grant.valid_until else ""
    if problem is LedgerProblem.IN_FUTURE:
        when = max(t for t in (when, requested, confirmed) if t is not None)
    raise UserError(
        PROBLEMS[problem],
        when=moment(when),
        last=moment(state.last_change_at if state else None),
        granted=moment(granted),
        requested=moment(requested),
        confirmed=moment(confirmed),
        until=until,
        purpose=purpose,
        channel=channel_text(channel) if channel else "",
    )


def require_aware(moment: dt.datetime | None) -> None:
    if moment is not None and moment.tzinfo is None:
        raise ValueError("naive datetime given to the ledger; use timezone-aware datetimes")


def customer_for_write(session: Session, customer_id: int) -> Customer:
    # FOR UPDATE serialises two PCs writing the same customer on PostgreSQL (SQLite ignores it and
    # holds the database lock anyway), so two checks cannot both pass against the same old state.
    customer = session.execute(
        select(Customer).where(Customer.id == customer_id).with_for_update()
    ).scalar_one_or_none()
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The customer no longer exists."))
    if customer.status == CustomerStatus.ERASED.value:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "This customer's data has been erased; nothing more can be recorded.")
        )
    return customer


def purpose_for(session: Session, ref: int | str) -> Purpose:
    query = select(Purpose).where(Purpose.id == ref if isinstance(ref, int) else Purpose.code == ref)
    purpose = session.execute(query).scalar_one_or_none()
    if purpose is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The purpose “{purpose}” does not exist."), purpose=str(ref)
        )
    return purpose


def check_channel(session: Session, purpose: Purpose, channel: Channel) -> None:
    if not purpose.active:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The purpose “{purpose}” is no longer in use; no new consents can be recorded for it.",
            ),
            purpose=purpose.code,
        )
    enabled = session.execute(
        select(PurposeChannelPolicy.enabled).where(
            PurposeChannelPolicy.purpose_id == purpose.id, PurposeChannelPolicy.channel == channel.value
        )
    ).scalar_one_or_none()
    if not enabled:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The purpose “{purpose}” is not used over the channel {channel}."),
            purpose=purpose.code,
            channel=channel_text(channel),
        )


def source_for(session: Session, source_id: int | None) -> DataSource | None:
    if source_id is None:
        return None
    source = session.get(DataSource, source_id)
    if source is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The selected data source no longer exists."))
    return source


def check_text(session: Session, text_id: int | None, purpose: Purpose, captured_at: dt.datetime) -> None:
    if text_id is None:
        return
    text = session.get(ConsentText, text_id)
    if text is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "The selected consent text no longer exists."))
    if text.purpose_id != purpose.id:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The selected consent text belongs to another purpose than “{purpose}”."
            ),
            purpose=purpose.code,
        )
    if text.valid_from > captured_at.astimezone(dt.UTC).date():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Version {version} of the consent text was only used from {valid_from}, after the consent "
                "was given ({granted}).",
            ),
            version=text.version,
            valid_from=date_text(text.valid_from),
            granted=time_text(captured_at),
        )


def check_not_future(when: dt.datetime, now: dt.datetime) -> None:
    require_aware(when)
    if check_time(when, now):
        raise UserError(PROBLEMS[LedgerProblem.IN_FUTURE], when=time_text(when))
