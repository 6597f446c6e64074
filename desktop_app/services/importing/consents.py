"""An import row's consent cells as ledger events, checked and projected like services.ledger does.

The events are domain.ledger.LedgerEvents and the row's state is domain.ledger.apply over them (from
the replayed state of an existing consent, or from nothing): replaying the stored events later gives
the stored row, which tests/services/test_import_commit.py checks. The checks are the ledger's own
(check_grant, check_withdrawal, check_refusal) with its messages. Where the database already knows
more than the file (the consent is already given, or changed after the file's date), the cell is not
recorded and the user is told, instead of failing the row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.domain.enums import (
    CaptureMethod,
    Channel,
    ConsentEventKind,
    ConsentStatus,
    CustomerKind,
    LegalBasis,
)
from desktop_app.domain.ledger import (
    ConsentState,
    GrantCheck,
    LedgerEvent,
    LedgerProblem,
    apply,
    check_grant,
    check_refusal,
    check_withdrawal,
)
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.display import date_text
from desktop_app.services.importing.rows import ConsentClaim, ConsentSlot, ParsedRow, RowIssue
from desktop_app.services.ledger_checks import refuse

if TYPE_CHECKING:
    from desktop_app.services.importing.analysis import Context

_IMPORT = "Import"
# The database knows better than the file: not an error in the row, only not recorded.
_NOTICES = {
    LedgerProblem.ALREADY_GIVEN: QT_TRANSLATE_NOOP(
        "Import", "The consent is already given; the file's entry is not recorded again."
    ),
    LedgerProblem.BEFORE_LAST_CHANGE: QT_TRANSLATE_NOOP(
        "Import", "The consent was changed after the file's date; the file's older entry is not recorded."
    ),
    LedgerProblem.GIVEN_USE_WITHDRAWAL: QT_TRANSLATE_NOOP(
        "Import",
        "The file says no, but the consent is given. It is left as it is: if the customer withdrew it, "
        "record the withdrawal with its date.",
    ),
}
_ALREADY_REFUSED = QT_TRANSLATE_NOOP(
    "Import", "The refusal is already recorded; the file's entry is not recorded again."
)
_TEXT_TOO_NEW = QT_TRANSLATE_NOOP(
    "Import", "Consent text {label} was only used from {valid_from}, after this consent was given ({given})."
)


@dataclass(frozen=True, slots=True)
class SlotTarget:
    """A consent column resolved against the database."""

    slot: ConsentSlot
    purpose_id: int
    text_id: int | None = None
    text_valid_from: dt.date | None = None


@dataclass(slots=True)
class PlannedConsent:
    purpose: str
    purpose_id: int
    channel: Channel
    consent_id: int | None  # an existing consent the events are appended to
    events: list[LedgerEvent]
    state: ConsentState  # the projection after the events


@dataclass
class Outcome:
    consent: PlannedConsent | None = None
    errors: list[RowIssue] = field(default_factory=list)
    notices: list[RowIssue] = field(default_factory=list)


class ConsentPlanner:
    def __init__(self, context: Context) -> None:
        self.context = context

    def plan(
        self,
        row: ParsedRow,
        claim: ConsentClaim,
        target: SlotTarget,
        customer: Mapping[str, Any],
        existing: tuple[int, ConsentState] | None,
    ) -> Outcome:
        slot = target.slot
        consent_id, state = existing if existing else (None, None)
        events = self._events(row, claim, target)
        try:
            self._check(claim, target, customer, state)
        except _Notice as notice:
            message = tr(_IMPORT, notice.text)
            return Outcome(notices=[RowIssue(row.number, slot.column, message, "notice")])
        except UserError as error:
            return Outcome(errors=[RowIssue(row.number, slot.column, error.message())])
        projected = state
        for event in events:
            projected = apply(projected, event)
        assert projected is not None
        planned = PlannedConsent(slot.purpose, target.purpose_id, slot.channel, consent_id, events, projected)
        return Outcome(planned)

    def _check(
        self,
        claim: ConsentClaim,
        target: SlotTarget,
        customer: Mapping[str, Any],
        state: ConsentState | None,
    ) -> None:
        now = self.context.now
        slot = target.slot
        if claim.refused_at is not None:
            if state is not None and state.status is ConsentStatus.REFUSED:
                raise _Notice(_ALREADY_REFUSED)
            problem = check_refusal(state, claim.refused_at, now)
            if problem:
                _fail(problem, state, claim.refused_at, slot)
            return
        assert claim.granted_at is not None
        given = claim.granted_at
        if target.text_valid_from is not None and target.text_valid_from > given.date():
            raise UserError(
                _TEXT_TOO_NEW,
                label=slot.consent_text or "",
                valid_from=date_text(target.text_valid_from),
                given=date_text(given.date()),
            )
        grant = GrantCheck(
            captured_at=given,
            legal_basis=LegalBasis.CONSENT,
            channel=slot.channel,
            customer_kind=CustomerKind(customer["kind"]),
            birth_date=customer["birth_date"],
            parental_consent=False,
            doi_confirmed_at=claim.doi_confirmed_at,
        )
        problem = check_grant(state, grant, now)
        if problem:
            _fail(problem, state, given, slot, grant)
        if claim.withdrawn_at is not None:
            granted = apply(state, self._grant_event(claim, target, ""))
            problem = check_withdrawal(granted, claim.withdrawn_at, now)
            if problem:
                _fail(problem, granted, claim.withdrawn_at, slot)

    def _common(self) -> dict[str, Any]:
        context = self.context
        return {"recorded_at": context.now, "recorded_by": context.actor, "import_batch_id": context.batch_id}

    def _grant_event(self, claim: ConsentClaim, target: SlotTarget, proof: str) -> LedgerEvent:
        context = self.context
        assert claim.granted_at is not None
        return LedgerEvent(
            kind=ConsentEventKind.GRANTED,
            occurred_at=claim.granted_at,
            legal_basis=LegalBasis.CONSENT,
            method=CaptureMethod.IMPORT,
            source_id=context.source_id,
            source_third_party=context.third_party,
            consent_text_id=target.text_id,
            names_business=context.names_business if context.third_party else True,
            parental_consent=False,
            proof_ref=proof,
            **self._common(),
        )

    def _events(self, row: ParsedRow, claim: ConsentClaim, target: SlotTarget) -> list[LedgerEvent]:
        context = self.context
        proof = " · ".join(p for p in (f"{context.file_label} #{row.number}", row.proof_ref) if p)
        common = self._common()
        if claim.refused_at is not None:
            refusal = LedgerEvent(
                kind=ConsentEventKind.REFUSED,
                occurred_at=claim.refused_at,
                method=CaptureMethod.IMPORT,
                source_id=context.source_id,
                source_third_party=context.third_party,
                proof_ref=proof,
                **common,
            )
            return [refusal]
        events = [self._grant_event(claim, target, proof)]
        if claim.doi_confirmed_at is not None:
            events.append(
                LedgerEvent(kind=ConsentEventKind.DOI_CONFIRMED, occurred_at=claim.doi_confirmed_at, **common)
            )
        if claim.withdrawn_at is not None:
            events.append(
                LedgerEvent(
                    kind=ConsentEventKind.WITHDRAWN,
                    occurred_at=claim.withdrawn_at,
                    method=CaptureMethod.IMPORT,
                    **common,
                )
            )
        return events


class _Notice(Exception):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _fail(
    problem: LedgerProblem,
    state: ConsentState | None,
    when: dt.datetime,
    slot: ConsentSlot,
    grant: GrantCheck | None = None,
) -> None:
    if state is not None and problem in _NOTICES:
        raise _Notice(_NOTICES[problem])
    refuse(problem, state, when, purpose=slot.purpose, channel=slot.channel, grant=grant)
