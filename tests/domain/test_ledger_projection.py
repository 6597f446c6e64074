"""The consent projection and the checks on new events, without a database.

The property tests build histories the way the ledger service does (an event is appended only if its
check passes) and assert what the design relies on: replaying in recording order is replaying in time
order, and the row's fields follow from the events by simple rules.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.enums import (
    CaptureMethod,
    Channel,
    ConsentEventKind,
    ConsentStatus,
    CustomerKind,
    LegalBasis,
)
from desktop_app.domain.ledger import (
    STORED_FIELDS,
    ConsentState,
    GrantCheck,
    LedgerEvent,
    LedgerProblem,
    apply,
    check_doi_confirmation,
    check_grant,
    check_refusal,
    check_withdrawal,
    project,
)

K = ConsentEventKind
NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
T0 = NOW - timedelta(days=60)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def ev(kind: ConsentEventKind, minutes: int, **fields: object) -> LedgerEvent:
    return LedgerEvent(kind=kind, occurred_at=at(minutes), recorded_at=NOW, **fields)  # type: ignore[arg-type]


def grant_check(minutes: int, **changes: object) -> GrantCheck:
    base = GrantCheck(
        captured_at=at(minutes),
        legal_basis=LegalBasis.CONSENT,
        channel=Channel.EMAIL,
        customer_kind=CustomerKind.CONSUMER,
        birth_date=None,
        parental_consent=False,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# --- examples -----------------------------------------------------------------------------------------


def test_stored_fields_are_the_consent_columns() -> None:
    from desktop_app.db.models import Consent

    columns = set(Consent.__table__.columns.keys())
    assert set(STORED_FIELDS) <= columns
    assert columns - set(STORED_FIELDS) == {"id", "customer_id", "purpose_id", "channel", "updated_at"}


def test_doi_cycle_and_withdrawal() -> None:
    state = project([ev(K.GRANTED, 0, method=CaptureMethod.WEB_FORM, proof_ref="p"), ev(K.DOI_REQUESTED, 0)])
    assert state.status is ConsentStatus.PENDING and state.doi_requested_at == at(0)
    state = apply(state, ev(K.DOI_CONFIRMED, 5))
    assert state.status is ConsentStatus.GRANTED and state.doi_confirmed_at == at(5)
    state = apply(state, ev(K.WITHDRAWN, 10))
    assert state.status is ConsentStatus.WITHDRAWN and state.withdrawn_at == at(10)
    assert (state.granted_at, state.proof_ref, state.capture_method) == (at(0), "p", CaptureMethod.WEB_FORM)


def test_a_new_grant_keeps_the_old_withdrawal_and_uses() -> None:
    state = project(
        [
            ev(K.GRANTED, 0, proof_ref="alt"),
            ev(K.USED, 3),
            ev(K.WITHDRAWN, 5),
            ev(K.RENEWED, 9, proof_ref="neu"),
        ]
    )
    assert state.status is ConsentStatus.GRANTED and state.granted_at == at(9)
    assert (state.withdrawn_at, state.last_used_at, state.proof_ref) == (at(5), at(3), "neu")
    assert state.doi_requested_at is None and state.doi_confirmed_at is None


def test_third_party_defaults() -> None:
    state = project([ev(K.GRANTED, 0, source_third_party=True)])
    assert state.source_third_party and state.names_business  # the service decides None; here True
    state = project([ev(K.GRANTED, 0, source_third_party=True, names_business=False)])
    assert not state.names_business


def test_a_history_starts_with_a_declaration() -> None:
    with pytest.raises(ValueError, match="starts with a grant or a refusal"):
        project([ev(K.WITHDRAWN, 0)])
    with pytest.raises(ValueError, match="without events"):
        project([])


def _state(*events: LedgerEvent) -> ConsentState:
    return project(events)


GIVEN = _state(ev(K.GRANTED, 100))
PENDING = _state(ev(K.GRANTED, 100), ev(K.DOI_REQUESTED, 110))
WITHDRAWN = _state(ev(K.GRANTED, 100), ev(K.WITHDRAWN, 200))


@pytest.mark.parametrize(
    ("problem", "found"),
    [
        (LedgerProblem.IN_FUTURE, check_grant(None, grant_check(60 * 24 * 60 + 2), NOW)),
        (None, check_grant(None, grant_check(60 * 24 * 60 + 1), NOW)),  # one minute of clock skew
        (LedgerProblem.ALREADY_GIVEN, check_grant(PENDING, grant_check(300), NOW)),
        (None, check_grant(PENDING, grant_check(300), NOW, renewal=True)),
        (LedgerProblem.BEFORE_LAST_CHANGE, check_grant(WITHDRAWN, grant_check(150), NOW)),
        (
            LedgerProblem.DOI_REQUEST_BEFORE_CONSENT,
            check_grant(None, grant_check(10, doi_requested_at=at(9)), NOW),
        ),
        (
            LedgerProblem.DOI_CONFIRMED_BEFORE_CONSENT,
            check_grant(None, grant_check(10, doi_confirmed_at=at(9)), NOW),
        ),
        (
            LedgerProblem.DOI_CONFIRMED_BEFORE_REQUEST,
            check_grant(None, grant_check(10, doi_requested_at=at(12), doi_confirmed_at=at(11)), NOW),
        ),
        (
            LedgerProblem.VALID_UNTIL_BEFORE_CAPTURE,
            check_grant(None, grant_check(0, valid_until=T0.date() - timedelta(days=1)), NOW),
        ),
        (None, check_grant(None, grant_check(0, valid_until=T0.date()), NOW)),
        (
            LedgerProblem.BASIS_NOT_RECORDABLE,
            check_grant(None, grant_check(0, legal_basis=LegalBasis.EXISTING_CUSTOMER), NOW),
        ),
        (
            LedgerProblem.PRESUMED_ONLY_BUSINESS_PHONE,
            check_grant(
                None, grant_check(0, legal_basis=LegalBasis.PRESUMED_CONSENT, channel=Channel.PHONE), NOW
            ),
        ),
        (
            None,
            check_grant(
                None,
                grant_check(
                    0,
                    legal_basis=LegalBasis.PRESUMED_CONSENT,
                    channel=Channel.PHONE,
                    customer_kind=CustomerKind.BUSINESS,
                ),
                NOW,
            ),
        ),
        (
            LedgerProblem.MINOR_WITHOUT_PARENTAL_CONSENT,
            check_grant(
                None, grant_check(0, birth_date=date(T0.year - 16, T0.month, T0.day) + timedelta(days=1)), NOW
            ),
        ),
        (None, check_grant(None, grant_check(0, birth_date=date(T0.year - 16, T0.month, T0.day)), NOW)),
        (LedgerProblem.NOT_PENDING, check_doi_confirmation(GIVEN, at(300), NOW)),
        (LedgerProblem.DOI_CONFIRMED_BEFORE_REQUEST, check_doi_confirmation(PENDING, at(105), NOW)),
        (LedgerProblem.IN_FUTURE, check_doi_confirmation(PENDING, NOW + timedelta(hours=1), NOW)),
        (None, check_doi_confirmation(PENDING, at(110), NOW)),
        (LedgerProblem.NOT_GIVEN, check_withdrawal(WITHDRAWN, at(300), NOW)),
        (LedgerProblem.WITHDRAWAL_BEFORE_GRANT, check_withdrawal(GIVEN, at(99), NOW)),
        (LedgerProblem.BEFORE_LAST_CHANGE, check_withdrawal(PENDING, at(105), NOW)),
        (None, check_withdrawal(PENDING, at(110), NOW)),
        (LedgerProblem.GIVEN_USE_WITHDRAWAL, check_refusal(GIVEN, at(300), NOW)),
        (None, check_refusal(WITHDRAWN, at(300), NOW)),
        (None, check_refusal(None, at(0), NOW)),
    ],
)
def test_checks(problem: LedgerProblem | None, found: LedgerProblem | None) -> None:
    assert found is problem


# --- properties ---------------------------------------------------------------------------------------

attempts = st.lists(
    st.tuples(
        st.sampled_from([K.GRANTED, K.RENEWED, K.DOI_CONFIRMED, K.WITHDRAWN, K.REFUSED, K.USED]),
        st.integers(-50, 500),  # minutes after the previous attempt; negative ones test back-dating
        st.integers(0, 2),  # DOI: none, requested, requested and confirmed
        st.booleans(),
    ),
    min_size=1,
    max_size=14,
)


def _simulate(steps: list[tuple[ConsentEventKind, int, int, bool]]) -> list[LedgerEvent]:
    """The events the ledger service would have appended for these attempts."""
    state: ConsentState | None = None
    events: list[LedgerEvent] = []
    clock = 0
    for seq, (kind, delta, doi, flag) in enumerate(steps):
        clock += delta
        when = at(clock)
        new: list[LedgerEvent] = []
        if kind in (K.GRANTED, K.RENEWED):
            requested = when if doi else None
            confirmed = when + timedelta(minutes=2) if doi == 2 else None
            check = grant_check(clock, doi_requested_at=requested, doi_confirmed_at=confirmed)
            if check_grant(state, check, NOW, renewal=kind is K.RENEWED) is None and (
                kind is K.GRANTED or state is not None
            ):
                new.append(
                    ev(kind, clock, proof_ref=f"p{seq}", names_business=flag, source_third_party=not flag)
                )
                new += [ev(K.DOI_REQUESTED, clock)] if requested else []
                new += [ev(K.DOI_CONFIRMED, clock + 2)] if confirmed else []
        elif kind is K.REFUSED:
            if check_refusal(state, when, NOW) is None:
                new.append(ev(kind, clock, proof_ref=f"r{seq}"))
        elif state is None:
            continue
        elif kind is K.DOI_CONFIRMED:
            new += [ev(kind, clock)] if check_doi_confirmation(state, when, NOW) is None else []
        elif kind is K.WITHDRAWN:
            new += [ev(kind, clock)] if check_withdrawal(state, when, NOW) is None else []
        else:  # an export recorded late; record_use skips consents granted after it
            used = max(clock - 1000, 0)
            new += [ev(kind, used)] if state.granted_at is not None and at(used) >= state.granted_at else []
        for event in new:
            state = apply(state, event)
        events += new
    return events


@given(attempts)
def test_recording_order_is_time_order(steps: list[tuple[ConsentEventKind, int, int, bool]]) -> None:
    events = _simulate(steps)
    if not events:
        return
    by_time = sorted(events, key=lambda e: e.occurred_at)  # stable: same-instant events keep their order
    assert project(by_time) == project(events)


@given(attempts)
def test_the_row_follows_from_the_events(steps: list[tuple[ConsentEventKind, int, int, bool]]) -> None:
    events = _simulate(steps)
    if not events:
        return
    state = project(events)
    uses = [e.occurred_at for e in events if e.kind is K.USED]
    assert state.last_used_at == (max(uses) if uses else None)
    declarations = [e for e in events if e.kind in (K.GRANTED, K.RENEWED, K.REFUSED)]
    assert state.proof_ref == declarations[-1].proof_ref
    lifecycle = [e for e in events if e.kind is not K.USED]
    assert state.last_change_at == lifecycle[-1].occurred_at
    last = lifecycle[-1].kind
    expected = {
        K.GRANTED: ConsentStatus.GRANTED,
        K.RENEWED: ConsentStatus.GRANTED,
        K.DOI_CONFIRMED: ConsentStatus.GRANTED,
        K.DOI_REQUESTED: ConsentStatus.PENDING,
        K.WITHDRAWN: ConsentStatus.WITHDRAWN,
        K.REFUSED: ConsentStatus.REFUSED,
    }[last]
    assert state.status is expected
    if state.status in (ConsentStatus.GRANTED, ConsentStatus.PENDING):
        grants = [e for e in events if e.kind in (K.GRANTED, K.RENEWED)]
        assert state.granted_at == grants[-1].occurred_at
        assert state.names_business is grants[-1].names_business
        assert state.source_third_party is grants[-1].source_third_party
    if state.status is ConsentStatus.PENDING:
        assert state.doi_requested_at is not None and state.doi_confirmed_at is None
