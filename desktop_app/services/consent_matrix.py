"""The consent matrix of one customer: every purpose x channel with its state and today's decision.

The state says what is on record (granted, pending double opt-in, withdrawn, ...); the decision says
whether the customer may be contacted that way today and why, from the same rules engine as campaigns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop_app.domain.enums import Channel, ConsentStatus
from desktop_app.domain.reasons import ReasonCode
from desktop_app.domain.rules import Decision, decide
from desktop_app.services import catalog, facts, ledger
from desktop_app.services.catalog import PurposeView
from desktop_app.services.ledger import ConsentView


class CellState(StrEnum):
    GRANTED = "granted"
    PENDING_DOI = "pending_doi"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"
    EXPIRED = "expired"  # past valid-until, or stale beyond the purpose's freshness window
    NOT_ASKED = "not_asked"
    BLOCKED_BY_OBJECTION = "blocked_by_objection"
    NOT_USED = "not_used"  # the purpose is not used over this channel


_EXPIRY_CODES = {ReasonCode.CONSENT_EXPIRED, ReasonCode.CONSENT_STALE}


@dataclass(frozen=True)
class MatrixCell:
    purpose: PurposeView
    channel: Channel
    state: CellState
    consent: ConsentView | None
    decision: Decision

    @property
    def contactable(self) -> bool:
        return self.decision.contactable


def cell_state(consent: ConsentView | None, decision: Decision, channel_used: bool) -> CellState:
    codes = set(decision.codes)
    if ReasonCode.OBJECTION in codes and not decision.contactable:
        return CellState.BLOCKED_BY_OBJECTION
    if not channel_used:
        return CellState.NOT_USED
    if consent is None:
        return CellState.NOT_ASKED
    status = ConsentStatus(consent.status)
    if status == ConsentStatus.WITHDRAWN:
        return CellState.WITHDRAWN
    if status == ConsentStatus.REFUSED:
        return CellState.REFUSED
    if status == ConsentStatus.PENDING:
        return CellState.PENDING_DOI
    if codes & _EXPIRY_CODES:
        return CellState.EXPIRED
    return CellState.GRANTED


def consent_matrix(session: Session, customer_id: int, on: dt.date) -> list[MatrixCell]:
    """All active purposes x all channels, in catalogue order."""
    customer = facts.customer_facts(session, customer_id)
    consents = {(c.purpose_id, c.channel): c for c in ledger.customer_consents(session, customer_id)}
    cells = []
    for purpose in catalog.list_purposes(session):
        for channel in Channel:
            consent = consents.get((purpose.id, channel))
            consent_facts = (
                facts.consent_facts(session, customer_id, purpose.id, channel) if consent else None
            )
            decision = decide(customer, purpose.policy, channel, consent_facts, on)
            policy = purpose.policy.channels.get(channel)
            used = policy is not None and policy.enabled
            cells.append(MatrixCell(purpose, channel, cell_state(consent, decision, used), consent, decision))
    return cells
