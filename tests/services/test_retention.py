"""Retention rules: the editor's validation, the due list they make, and the batch erasure through it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from desktop_app.db.engine import Database
from desktop_app.db.models import AuditEntry, Consent, Customer
from desktop_app.domain.enums import CaptureMethod, Channel, CustomerStatus
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import (
    catalog,
    customers,
    erasure,
    governance,
    ledger,
    objections,
    retention,
    sources,
)
from desktop_app.services.customers import CustomerInput
from desktop_app.services.governance import Finding
from desktop_app.services.ledger import Evidence
from desktop_app.services.retention import RuleInput, RuleOrigin
from desktop_app.services.sources import SourceInput

TODAY = dt.date.today()
NOW = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
LONG_AGO = NOW - dt.timedelta(days=4 * 365)


def _source(db: Database, name: str) -> int:
    with db.session() as s:
        return sources.create_source(s, "anna", SourceInput(name)).id


def _old_customer(db: Database, name: str, source_id: int | None, phone: str = "") -> int:
    with db.session() as s:
        cid = customers.create_customer(
            s, "anna", CustomerInput(last_name=name, email=f"{name.lower()}@example.de", phone=phone,
                                     street="Hauptstr. 1", postcode="10115", city="Berlin",
                                     source_id=source_id),
        ).id  # fmt: skip
        s.execute(update(Customer).where(Customer.id == cid).values(created_at=LONG_AGO))
    return cid


def _grant(db: Database, cid: int, purpose: str, channel: Channel, at: dt.datetime) -> None:
    with db.session() as s:
        ledger.grant_consent(s, "anna", cid, purpose, channel, Evidence(at, CaptureMethod.PAPER_FORM))


def _due(db: Database, today: dt.date = TODAY) -> set[int]:
    with db.read_session() as s:
        listed = set(s.execute(governance.customer_ids_query(s, Finding.DUE_FOR_DELETION, today)).scalars())
        board = governance.dashboard(s, today)
        assert set(retention.due_ids(s, today)) == listed
    if today == TODAY:
        assert board.count(Finding.DUE_FOR_DELETION) == len(listed)
    return listed


def _purpose_id(db: Database, code: str) -> int:
    with db.read_session() as s:
        return next(p.id for p in catalog.list_purposes(s) if p.code == code)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (RuleInput(months=0), "between 1 and 1200 months"),
        (RuleInput(months=1201), "between 1 and 1200 months"),
        (RuleInput(months=12, source_id=999), "data source no longer exists"),
        (RuleInput(months=12, purpose_id=999), "purpose no longer exists"),
        (RuleInput(months=12, description="x" * 501), "too long"),
    ],
)
def test_bad_rules_are_refused_with_a_clear_message(db: Database, data: RuleInput, message: str) -> None:
    with db.session() as s, pytest.raises(UserError) as error:
        retention.create_rule(s, "anna", data)
    assert message in error.value.message()
    with db.read_session() as s:
        assert [r for r in retention.list_rules(s) if r.origin == RuleOrigin.RULE] == []


def test_one_rule_per_source_and_purpose_and_every_change_audited(db: Database) -> None:
    fair = _source(db, "Messe")
    with db.session() as s:
        rule = retention.create_rule(s, "anna", RuleInput(24, source_id=fair, description="  Messe  alt "))
    assert rule.source_name == "Messe" and rule.description == "Messe alt" and rule.active
    with db.session() as s, pytest.raises(UserError) as error:
        retention.create_rule(s, "anna", RuleInput(36, source_id=fair))
    assert "already a retention rule" in error.value.message()
    with db.session() as s:
        changed = retention.update_rule(s, "anna", rule.id, RuleInput(36, source_id=fair, active=False))
        assert changed.months == 36 and not changed.active
        retention.delete_rule(s, "anna", rule.id)
    with db.session() as s, pytest.raises(UserError, match="no longer exists"):
        retention.delete_rule(s, "anna", rule.id)
    with db.read_session() as s:
        actions = list(
            s.execute(select(AuditEntry.action).where(AuditEntry.entity == "retention_rule")).scalars()
        )
    assert actions == ["create", "update", "delete"]


def test_editor_rules_and_the_periods_on_sources_and_purposes_drive_the_due_list(db: Database) -> None:
    fair, web = _source(db, "Messe"), _source(db, "Web")
    idle_fair = _old_customer(db, "Messegast", fair)
    idle_web = _old_customer(db, "Webgast", web)
    assert _due(db) == set()
    with db.session() as s:
        rule = retention.create_rule(s, "anna", RuleInput(24, source_id=fair))
    assert _due(db) == {idle_fair}
    with db.session() as s:
        retention.update_rule(s, "anna", rule.id, RuleInput(24, source_id=fair, active=False))
    assert _due(db) == set()
    # A period set in the data-source dialog is a rule as well.
    with db.session() as s:
        sources.update_source(s, "anna", web, SourceInput("Web", retention_months=12))
    assert _due(db) == {idle_web}
    with db.read_session() as s:
        origins = {(r.origin, r.source_name, r.months) for r in retention.list_rules(s)}
    assert (RuleOrigin.SOURCE, "Web", 12) in origins
    # Archiving the source does not make its customers' data lawful to keep: the period still counts.
    with db.session() as s:
        sources.set_archived(s, "anna", web, True)
    assert _due(db) == {idle_web}
    with db.read_session() as s:
        (web_rule,) = [r for r in retention.list_rules(s) if r.origin == RuleOrigin.SOURCE]
    assert web_rule.active


def test_a_purpose_rule_covers_only_customers_with_a_consent_for_it(db: Database) -> None:
    web = _source(db, "Web")
    lapsed = _old_customer(db, "Abgelaufen", web)
    other = _old_customer(db, "Anderer", web)
    busy = _old_customer(db, "Aktiv", web)
    _grant(db, lapsed, "newsletter", Channel.EMAIL, LONG_AGO)
    _grant(db, busy, "newsletter", Channel.EMAIL, LONG_AGO)
    _grant(db, busy, "offers", Channel.POST, NOW)  # a fresh consent of another purpose keeps the record
    newsletter = _purpose_id(db, "newsletter")
    with db.session() as s:
        retention.create_rule(s, "anna", RuleInput(24, purpose_id=newsletter))
    assert _due(db) == {lapsed}
    assert other not in _due(db)
    # The same period set in the purpose dialog ("Delete data without basis after") counts the same way.
    with db.session() as s:
        rule = next(r for r in retention.list_rules(s) if r.origin == RuleOrigin.RULE)
        retention.delete_rule(s, "anna", rule.id)
        view, recipients, _ = catalog.purpose_details(s, newsletter)
        catalog.save_purpose(s, "anna", newsletter, catalog.purpose_input(view, recipients, 24))
    assert _due(db) == {lapsed}


def test_purchase_recent_consent_restriction_and_erasure_keep_customers_off_the_list(db: Database) -> None:
    fair = _source(db, "Messe")
    idle, buyer, young, restricted, used = (
        _old_customer(db, n, fair) for n in ("Idle", "Buyer", "Young", "Restricted", "Used")
    )
    _grant(db, used, "offers", Channel.POST, LONG_AGO)
    with db.session() as s:
        s.execute(update(Customer).where(Customer.id == buyer).values(last_purchase_on=TODAY))
        s.execute(update(Customer).where(Customer.id == young).values(created_at=NOW))
        s.execute(update(Consent).where(Consent.customer_id == used).values(last_used_at=NOW))
        objections.restrict_processing(s, "anna", restricted, "Rechtsstreit")
        retention.create_rule(s, "anna", RuleInput(24, source_id=fair))
    assert _due(db) == {idle}
    # A consent that is past its "valid until" is no basis to keep the record, however recent.
    with db.session() as s:
        s.execute(
            update(Consent)
            .where(Consent.customer_id == used)
            .values(valid_until=TODAY - dt.timedelta(days=1))
        )
    assert _due(db) == {idle, used}


def test_batch_erasure_erases_each_in_its_own_transaction_and_audits(db: Database) -> None:
    fair = _source(db, "Messe")
    first, second, third = (_old_customer(db, n, fair) for n in ("Erster", "Zweiter", "Dritter"))
    with db.session() as s:
        retention.create_rule(s, "anna", RuleInput(24, source_id=fair))
    ids = sorted(_due(db))
    assert ids == [first, second, third]
    with db.read_session() as s:
        previews = retention.preview_batch(s, ids, TODAY)
    assert [p.customer_id for p in previews] == ids and all(p.full for p in previews)
    # Between preview and run, the second one buys something: no longer due, so it is left alone.
    with db.session() as s:
        s.execute(update(Customer).where(Customer.id == second).values(last_purchase_on=TODAY))
    steps = retention.erase_due(db, "anna", [*ids, 99999], lambda: False, TODAY)
    progress = []
    while True:
        try:
            progress.append(next(steps))
        except StopIteration as stop:
            result = stop.value
            break
    assert progress[-1].done == progress[-1].total == 4
    # 99999 was deleted meanwhile: nothing to erase either.
    assert result.erased == (first, third) and result.skipped == (second, 99999) and not result.cancelled
    with db.read_session() as s:
        status = dict(s.execute(select(Customer.id, Customer.status)).all())
        entries = s.execute(select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.description)).all()
        name = s.get(Customer, second)
        assert name is not None and name.last_name == "Zweiter"
    assert status == {first: "erased", second: "active", third: "erased"}
    erasures = [e for e in entries if e.action == "erase"]
    assert sorted(int(e.entity_id) for e in erasures) == [first, third]
    batch = [e for e in entries if e.action == "erase_batch"]
    assert len(batch) == 1 and "erased=2" in batch[0].description and "skipped=2" in batch[0].description
    assert _due(db) == set()


def test_cancel_leaves_the_rest_untouched_and_says_how_many(db: Database) -> None:
    fair = _source(db, "Messe")
    ids = [_old_customer(db, f"Kunde{i}", fair) for i in range(4)]
    with db.session() as s:
        retention.create_rule(s, "anna", RuleInput(24, source_id=fair))
    asked = {"n": 0}

    def cancel_after_two() -> bool:
        asked["n"] += 1
        return asked["n"] > 2

    steps = retention.erase_due(db, "anna", ids, cancel_after_two, TODAY)
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        result = stop.value
    assert result.cancelled and result.erased == tuple(ids[:2]) and result.total == 4
    assert _due(db) == set(ids[2:])
    with db.read_session() as s:
        batch = s.execute(
            select(AuditEntry.description).where(AuditEntry.action == "erase_batch")
        ).scalar_one()
    assert "erased=2" in batch and "cancelled" in batch


def test_phone_evidence_kept_restricted_comes_back_when_its_period_ends(db: Database) -> None:
    fair = _source(db, "Messe")
    caller = _old_customer(db, "Anrufer", fair, phone="030 1234567")
    _grant(db, caller, "offers", Channel.PHONE, NOW - dt.timedelta(days=3 * 365))
    with db.session() as s:
        retention.create_rule(s, "anna", RuleInput(24, source_id=fair))
    assert _due(db) == {caller}
    steps = retention.erase_due(db, "anna", [caller], lambda: False, TODAY)
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        result = stop.value
    assert result.erased == (caller,) and result.kept_restricted == (caller,)
    with db.read_session() as s:
        row = s.get(Customer, caller)
        assert (
            row is not None and row.status == CustomerStatus.RESTRICTED.value and row.last_name == "Anrufer"
        )
    assert _due(db) == set()  # the §7a UWG evidence still has about two years to run
    later = TODAY + dt.timedelta(days=3 * 365)
    assert _due(db, later) == {caller}
    with db.read_session() as s:
        (preview,) = retention.preview_batch(s, [caller], later)
    assert preview.full


def test_a_failing_customer_is_rolled_back_alone_and_reported(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    fair = _source(db, "Messe")
    ids = [_old_customer(db, f"Kunde{i}", fair) for i in range(3)]
    with db.session() as s:
        retention.create_rule(s, "anna", RuleInput(24, source_id=fair))
    real = erasure.erase_customer

    def fails_for_the_middle_one(session, actor, customer_id, today=None):  # type: ignore[no-untyped-def]
        result = real(session, actor, customer_id, today)  # writes, then fails: must be rolled back
        if customer_id == ids[1]:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "The customer no longer exists."))
        return result

    monkeypatch.setattr(erasure, "erase_customer", fails_for_the_middle_one)
    steps = retention.erase_due(db, "anna", ids, lambda: False, TODAY)
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        result = stop.value
    assert result.erased == (ids[0], ids[2])
    assert result.failed == ((ids[1], "The customer no longer exists."),)
    assert _due(db) == {ids[1]}
    with db.read_session() as s:
        row = s.get(Customer, ids[1])
        assert row is not None and row.last_name == "Kunde1" and row.erased_at is None
        erased = s.execute(select(AuditEntry.entity_id).where(AuditEntry.action == "erase")).scalars()
        assert sorted(int(e) for e in erased) == [ids[0], ids[2]]
