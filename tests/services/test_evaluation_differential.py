"""The SQL evaluation against the Python rules engine, customer by customer, on random populations.

Why: campaign lists come out of services.evaluation (one SQL statement), the "why / why not" panel and
single checks out of rules.decide over services.facts. A customer must never be on a list the engine
would refuse, nor missing from one it would allow. Hypothesis writes random populations into the test
database (customers with every mix of contact columns, birth dates around the 16th birthday, consents
around the day boundaries of grant, withdrawal, DOI, valid-until and freshness, suppressions matched by
customer id and by e-mail, loose e-mail and phone hash only, as for an erased person who was imported
again) and compares contactable, basis, consent id and first reason for every customer and channel.

Each example runs in one transaction that is rolled back, so the function-scoped `db` is reused safely.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.engine import Database
from desktop_app.db.models import Consent, Customer, Purpose, PurposeChannelPolicy, Suppression
from desktop_app.domain.enums import Channel, CustomerKind, CustomerStatus, SuppressionReason
from desktop_app.domain.policy import PurposePolicy
from desktop_app.domain.rules import decide
from desktop_app.services import evaluation, facts
from tests.domain.strategies import (
    draw_birth_date,
    draw_consent,
    draw_near,
    evaluation_dates,
    purpose_policies,
)

CUSTOMERS = st.integers(16, 24)
EXAMPLES = 65  # x ~20 customers x 4 channels: about 5,200 compared decisions per run

# Tiny hash pools, so that suppressions and customers collide (and mobile meets phone hashes); most
# customers have no colliding hash, or every customer would be blocked by someone's suppression.
EMAIL_HASHES = st.sampled_from((None, "e1", "e2"))
LOOSE_HASHES = st.sampled_from((None, "l1", "l2"))
PHONE_HASHES = st.sampled_from((None, "p1", "p2"))
CUSTOMER_EMAIL_HASHES = st.sampled_from((None, None, None, "e1", "e2", "e3"))
CUSTOMER_LOOSE_HASHES = st.sampled_from((None, None, None, "l1", "l2", "l3"))
CUSTOMER_PHONE_HASHES = st.sampled_from((None, None, None, "p1", "p2", "p3"))
TEXT = st.sampled_from((None, "", "x", "x", "x", "x"))
ADDRESS_PART = st.sampled_from(("", "x", "x", "x", "x"))
STATUSES = st.sampled_from((CustomerStatus.ACTIVE,) * 8 + tuple(CustomerStatus))
SUPPRESSIONS = st.integers(0, 8)
QUARTER = st.sampled_from((True, False, False, False))


def _utc(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone(UTC)


def draw_customer_row(draw: st.DrawFn, on: date) -> dict[str, Any]:
    """Column values, not facts: the test covers how both paths derive the facts from the columns."""

    def text(value: str | None, real: str) -> str | None:
        return None if value is None else value and real

    # §7(3) needs all three flags: half the customers get them together, the rest at random.
    existing = ("is_existing_customer", "address_from_sale", "informed_right_to_object")
    all_set = draw(st.booleans())
    flags = {name: all_set or draw(st.booleans()) for name in existing}

    return {
        "kind": draw(st.sampled_from(list(CustomerKind))).value,
        "status": draw(STATUSES).value,
        "email_norm": text(draw(TEXT), "a@example.org"),
        "phone_e164": text(draw(TEXT), "+493012345"),
        "mobile_e164": text(draw(TEXT), "+4915112345"),
        "phone_is_mobile": draw(st.booleans()),
        "street": draw(ADDRESS_PART),
        "postcode": draw(ADDRESS_PART),
        "city": draw(ADDRESS_PART),
        "birth_date": draw_birth_date(draw, on),
        **flags,
        "email_hash": draw(CUSTOMER_EMAIL_HASHES),
        "email_loose_hash": draw(CUSTOMER_LOOSE_HASHES),
        "phone_hash": draw(CUSTOMER_PHONE_HASHES),
        "mobile_hash": draw(CUSTOMER_PHONE_HASHES),
    }


def draw_consent_row(draw: st.DrawFn, on: date, channel: Channel) -> dict[str, Any]:
    f = draw_consent(draw, on)
    # The shared strategy seldom lands valid-until on the day boundary; put it there a quarter of the time.
    valid_until = on + timedelta(days=draw(st.integers(-1, 1))) if draw(QUARTER) else f.valid_until
    return {
        "channel": channel.value,
        "status": f.status.value,
        "legal_basis": f.legal_basis.value,
        "granted_at": _utc(f.granted_at),
        "doi_confirmed_at": _utc(f.doi_confirmed_at),
        "withdrawn_at": _utc(f.withdrawn_at),
        "refused_at": _utc(f.refused_at),
        "valid_until": valid_until,
        "last_used_at": _utc(f.last_used_at),
        "names_business": f.names_business,
        "source_third_party": f.source_third_party,
        "parental_consent": f.parental_consent,
        "recorded_at": _utc(f.recorded_at),
    }


def draw_suppression_row(draw: st.DrawFn, on: date, customers: int) -> dict[str, Any]:
    by_id = draw(st.sampled_from(("id", "id", "hash", "both")))
    hashed = by_id != "id"
    return {
        "customer_index": draw(st.integers(0, customers - 1)) if by_id != "hash" else None,
        "reason": draw(st.sampled_from(list(SuppressionReason))).value,
        "channel": draw(st.none() | st.sampled_from([c.value for c in Channel])),
        "effective_at": _utc(draw_near(draw, on)),
        "email_hash": draw(EMAIL_HASHES) if hashed else None,
        "email_loose_hash": draw(LOOSE_HASHES) if hashed else None,
        "phone_hash": draw(PHONE_HASHES) if hashed else None,
    }


@st.composite
def populations(draw: st.DrawFn) -> dict[str, Any]:
    on = draw(evaluation_dates())
    n = draw(CUSTOMERS)
    customers = []
    for _ in range(n):
        row = draw_customer_row(draw, on)
        row["consents"] = [
            draw_consent_row(draw, on, ch) for ch in Channel if draw(st.sampled_from((True, True, False)))
        ]
        customers.append(row)
    suppressions = [draw_suppression_row(draw, on, n) for _ in range(draw(SUPPRESSIONS))]
    return {
        "on": on,
        "policy": draw(purpose_policies()),
        "customers": customers,
        "suppressions": suppressions,
    }


def _write(session: Session, policy: PurposePolicy, world: dict[str, Any]) -> tuple[int, list[int]]:
    purpose = Purpose(
        code="differential",
        name_de="Test",
        name_en="Test",
        freshness_months=policy.freshness_months,
        freshness_mode=policy.freshness_mode.value,
        is_profiling=policy.is_profiling,
    )
    # Straight rows, not catalog.save_purpose: the test wants every flag combination, even those the
    # purpose editor refuses (a flag on a channel where the law has no such basis).
    purpose.policies = [
        PurposeChannelPolicy(**{**asdict(p), "channel": p.channel.value}) for p in policy.channels.values()
    ]
    session.add(purpose)
    rows = []
    for spec in world["customers"]:
        columns = {k: v for k, v in spec.items() if k != "consents"}
        rows.append(Customer(**columns))
    session.add_all(rows)
    session.flush()
    for row, spec in zip(rows, world["customers"], strict=True):
        session.add_all(Consent(customer_id=row.id, purpose_id=purpose.id, **c) for c in spec["consents"])
    for spec in world["suppressions"]:
        index = spec["customer_index"]
        columns = {k: v for k, v in spec.items() if k != "customer_index"}
        session.add(Suppression(customer_id=None if index is None else rows[index].id, **columns))
    session.flush()
    return purpose.id, [r.id for r in rows]


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    # The database is reused across examples on purpose: every example rolls its transaction back.
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
@given(world=populations())
def test_sql_matches_python_for_every_customer(db: Database, world: dict[str, Any]) -> None:
    on = world["on"]
    # Never committed: closing the session rolls the example back.
    with Session(db.engine) as session:
        purpose_id, ids = _write(session, world["policy"], world)
        policy = facts.purpose_policy(session, purpose_id)
        people = {cid: facts.customer_facts(session, cid) for cid in ids}
        for channel in Channel:
            prepared = evaluation.PopulationEvaluation(session, purpose_id, channel, on)
            sql = {d.customer_id: d for d in prepared.decisions()}
            assert sorted(sql) == ids
            for cid in ids:
                consent = facts.consent_facts(session, cid, purpose_id, channel)
                expected = decide(people[cid], policy, channel, consent, on)
                got = sql[cid]
                event(f"{channel}: {expected.decisive.code}")
                assert (got.contactable, got.basis, got.consent_id, got.reason) == (
                    expected.contactable,
                    expected.basis,
                    expected.consent_id,
                    expected.decisive.code,
                ), f"customer {cid}, {channel}, {on}: {people[cid]} {consent}"
            assert prepared.counts() == Counter(d.reason for d in sql.values())
            assert sorted(prepared.contactable_ids()) == [c for c in ids if sql[c].contactable]
            # Both kinds of scope, taking turns: a select of ids, and a condition on the customers.
            if channel in (Channel.EMAIL, Channel.SMS):
                half = select(Customer.id).where(Customer.id.in_(ids[::2]))
                assert sorted(prepared.contactable_ids(half)) == [c for c in ids[::2] if sql[c].contactable]
            else:
                firms = prepared.counts(Customer.kind == CustomerKind.BUSINESS.value)
                kind = CustomerKind.BUSINESS
                assert firms == Counter(sql[c].reason for c in ids if people[c].kind is kind)
