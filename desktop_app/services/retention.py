"""Retention rules and the "due for deletion" list, and the batch erasure that works through it.

A rule says: customers it covers that have had no valid consent, no purchase and no contact for N months
are due for deletion. Rules live in three places, all read by `effective_rules` and nowhere else:
- `retention_rules` rows (per data source and/or purpose, or for everyone), made in the rules editor;
- a data source's `retention_months` ("Retention" in the data-source dialog): a rule for its customers;
- a purpose's `retention_months` ("Delete data without basis after" in the purpose dialog): a rule for
  the customers that have (or had) a consent for that purpose.

What "covered", "valid consent" and "contact" mean (one definition, used by the dashboard's count, its
list, the batch erasure and its re-check):
- A rule with a source covers that source's customers; with a purpose, the customers holding a consent
  record for it; with both, both; with neither, every customer.
- Due when, for at least one active rule covering the customer, with cutoff = today − N months: the
  record was created before the cutoff, the last purchase (if any) was before it, and no consent of ANY
  purpose is valid and was given or used since the cutoff (granted or pending, not past its "valid
  until", given or last used on or after the cutoff). A consent's last use is the contact (campaign
  exports record it). Any purpose counts because erasure removes the whole person: a fresh newsletter
  consent keeps the record even if a stricter rule for another purpose has run out.
- Several rules covering a customer: the first one that runs out makes the customer due (each rule is
  a maximum keeping period; what must be kept longer by law, the erasure keeps by itself).
- Never due: erased customers, and customers whose processing is restricted (Art. 18: the data must be
  kept, e.g. for a legal claim). Exception: a customer erased partially because the §7a UWG phone-consent
  evidence had to be kept becomes due again the day that keeping period ends, so the rest goes then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, exists, not_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop_app.db.engine import Database
from desktop_app.db.models import Consent, Customer, DataSource, Purpose, RetentionRule
from desktop_app.domain.dates import add_months
from desktop_app.domain.enums import Channel, ConsentStatus, CustomerStatus, LegalBasis
from desktop_app.errors import NotFound, UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import audit, erasure

MAX_MONTHS = 1200
MAX_DESCRIPTION = 500


class RuleOrigin(StrEnum):
    RULE = "rule"  # a retention_rules row
    SOURCE = "source"  # data_sources.retention_months
    PURPOSE = "purpose"  # purposes.retention_months


@dataclass(frozen=True)
class RuleView:
    origin: RuleOrigin
    id: int  # the rule's id, or the source's or purpose's id for the other origins
    source_id: int | None
    source_name: str
    purpose_id: int | None
    purpose_name_de: str
    purpose_name_en: str
    months: int
    description: str
    active: bool

    def purpose_name(self, lang: str) -> str:
        return self.purpose_name_de if lang == "de" else self.purpose_name_en


@dataclass(frozen=True)
class RuleInput:
    months: int
    source_id: int | None = None
    purpose_id: int | None = None
    description: str = ""
    active: bool = True


def list_rules(session: Session) -> list[RuleView]:
    """Every rule that feeds the due list, editor rules first, then those set on sources and purposes."""
    sources = {sid: name for sid, name in session.execute(select(DataSource.id, DataSource.name))}
    purposes = {
        pid: (de, en) for pid, de, en in session.execute(select(Purpose.id, Purpose.name_de, Purpose.name_en))
    }

    def view(origin: RuleOrigin, id_: int, source: int | None, purpose: int | None, months: int,
             description: str, active: bool) -> RuleView:  # fmt: skip
        de, en = purposes.get(purpose, ("", "")) if purpose is not None else ("", "")
        return RuleView(origin, id_, source, sources.get(source, "") if source is not None else "",
                        purpose, de, en, months, description, active)  # fmt: skip

    views = [
        view(RuleOrigin.RULE, r.id, r.source_id, r.purpose_id, r.months, r.description, r.active)
        for r in session.execute(select(RetentionRule).order_by(RetentionRule.id)).scalars()
    ]
    views += [
        view(RuleOrigin.SOURCE, sid, sid, None, months or 0, "", True)
        for sid, months in session.execute(
            select(DataSource.id, DataSource.retention_months)
            .where(DataSource.retention_months.is_not(None))
            .order_by(DataSource.name)
        )
    ]
    views += [
        view(RuleOrigin.PURPOSE, pid, None, pid, months or 0, "", True)
        for pid, months in session.execute(
            select(Purpose.id, Purpose.retention_months)
            .where(Purpose.retention_months.is_not(None))
            .order_by(Purpose.sort_order, Purpose.id)
        )
    ]
    return views


def effective_rules(session: Session) -> list[RuleView]:
    """The rules in force: active editor rules, and the periods set on sources and purposes.

    A period set on an archived source or an inactive purpose always applies (listed as active): the
    customers and consents are still there, and archiving a source does not make its data lawful to
    keep."""
    return [r for r in list_rules(session) if r.active]


def _validate(session: Session, data: RuleInput, rule_id: int | None) -> None:
    if not 1 <= data.months <= MAX_MONTHS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The retention period must be between 1 and 1200 months.")
        )
    if len(data.description) > MAX_DESCRIPTION:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The description is too long (at most {n} characters)."),
            n=MAX_DESCRIPTION,
        )
    if data.source_id is not None and session.get(DataSource, data.source_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The data source no longer exists."))
    if data.purpose_id is not None and session.get(Purpose, data.purpose_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The purpose no longer exists."))
    same = select(RetentionRule.id).where(
        _is(RetentionRule.source_id, data.source_id),
        _is(RetentionRule.purpose_id, data.purpose_id),
        *([RetentionRule.id != rule_id] if rule_id is not None else []),
    )
    if session.execute(same.limit(1)).first() is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is already a retention rule for this data source and purpose. Change that rule "
                "instead.",
            )
        )


def _is(column: InstrumentedAttribute[int | None], value: int | None) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == value


def _describe(data: RuleInput) -> str:
    """For the audit trail: ids and numbers only."""
    return (
        f"source={data.source_id or '-'} purpose={data.purpose_id or '-'} months={data.months} "
        f"active={int(data.active)}"
    )


def create_rule(session: Session, actor: str, data: RuleInput) -> RuleView:
    data = _clean(data)
    _validate(session, data, None)
    row = RetentionRule(
        source_id=data.source_id,
        purpose_id=data.purpose_id,
        months=data.months,
        description=data.description,
        active=data.active,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "retention_rule", row.id, _describe(data))
    return _one(session, row.id)


def update_rule(session: Session, actor: str, rule_id: int, data: RuleInput) -> RuleView:
    data = _clean(data)
    row = _row(session, rule_id)
    _validate(session, data, rule_id)
    row.source_id, row.purpose_id, row.months = data.source_id, data.purpose_id, data.months
    row.description, row.active = data.description, data.active
    session.flush()
    audit.record(session, actor, "update", "retention_rule", rule_id, _describe(data))
    return _one(session, rule_id)


def delete_rule(session: Session, actor: str, rule_id: int) -> None:
    row = _row(session, rule_id)
    session.delete(row)
    session.flush()
    audit.record(session, actor, "delete", "retention_rule", rule_id)


def _clean(data: RuleInput) -> RuleInput:
    return RuleInput(
        data.months, data.source_id, data.purpose_id, " ".join(data.description.split()), data.active
    )


def _row(session: Session, rule_id: int) -> RetentionRule:
    row = session.get(RetentionRule, rule_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The retention rule no longer exists."))
    return row


def _one(session: Session, rule_id: int) -> RuleView:
    return next(r for r in list_rules(session) if r.origin == RuleOrigin.RULE and r.id == rule_id)


# --- the due list ---------------------------------------------------------------------------------


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def _given_or_used_since(cutoff: dt.datetime) -> ColumnElement[bool]:
    return or_(
        Consent.granted_at >= cutoff, and_(Consent.last_used_at.is_not(None), Consent.last_used_at >= cutoff)
    )


def _valid_consent_since(today: dt.date, cutoff: dt.datetime) -> ColumnElement[bool]:
    """A consent of any purpose that is valid today and was given or used since the cutoff."""
    return exists().where(
        Consent.customer_id == Customer.id,
        Consent.status.in_([ConsentStatus.GRANTED.value, ConsentStatus.PENDING.value]),
        or_(Consent.valid_until.is_(None), Consent.valid_until >= today),
        _given_or_used_since(cutoff),
    )


def _rule_condition(rule: RuleView, today: dt.date) -> ColumnElement[bool]:
    cutoff_day = add_months(today, -rule.months)
    cutoff = _midnight(cutoff_day)
    covers: list[ColumnElement[bool]] = []
    if rule.source_id is not None:
        covers.append(Customer.source_id == rule.source_id)
    if rule.purpose_id is not None:
        covers.append(
            exists().where(Consent.customer_id == Customer.id, Consent.purpose_id == rule.purpose_id)
        )
    return and_(
        *covers,
        Customer.created_at < cutoff,
        or_(Customer.last_purchase_on.is_(None), Customer.last_purchase_on < cutoff_day),
        not_(_valid_consent_since(today, cutoff)),
    )


def _phone_evidence_ended(today: dt.date) -> ColumnElement[bool]:
    """Partially erased (§7a UWG evidence kept, see services.erasure) and that keeping period is over."""
    cutoff = _midnight(add_months(today, -12 * erasure.PHONE_EVIDENCE_YEARS))
    running = exists().where(
        Consent.customer_id == Customer.id,
        Consent.channel == Channel.PHONE.value,
        Consent.legal_basis == LegalBasis.CONSENT.value,
        Consent.granted_at.is_not(None),
        _given_or_used_since(cutoff),
    )
    return and_(
        Customer.erased_at.is_not(None), Customer.status == CustomerStatus.RESTRICTED.value, not_(running)
    )


def due_condition(session: Session, today: dt.date) -> ColumnElement[bool]:
    """The customers due for deletion today (module docstring), as a condition on `customers`."""
    parts = [_rule_condition(rule, today) for rule in effective_rules(session)]
    under_rules = (
        and_(Customer.erased_at.is_(None), Customer.status == CustomerStatus.ACTIVE.value, or_(*parts))
        if parts
        else None
    )
    ended = _phone_evidence_ended(today)
    return or_(under_rules, ended) if under_rules is not None else ended


def due_ids(session: Session, today: dt.date, limit: int | None = None) -> list[int]:
    query = select(Customer.id).where(due_condition(session, today)).order_by(Customer.id)
    return [int(i) for i in session.execute(query.limit(limit) if limit else query).scalars()]


def is_due(session: Session, customer_id: int, today: dt.date) -> bool:
    query = select(Customer.id).where(Customer.id == customer_id, due_condition(session, today))
    return session.execute(query).first() is not None


# --- batch erasure --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchProgress:
    done: int
    total: int


@dataclass(frozen=True)
class BatchResult:
    erased: tuple[int, ...]  # fully or partially (phone evidence kept restricted)
    kept_restricted: tuple[int, ...]  # of those: the §7a UWG evidence stays until its end
    skipped: tuple[int, ...]  # no longer due when their turn came (bought, consented, edited)
    failed: tuple[tuple[int, str], ...]  # id and the message in the user's language
    cancelled: bool
    total: int


def preview_batch(
    session: Session, customer_ids: Sequence[int], today: dt.date
) -> list[erasure.ErasurePreview]:
    """What erasure would delete and keep for each customer (services.erasure's own preview)."""
    return [erasure.preview_erasure(session, cid, today) for cid in customer_ids]


def erase_due(
    db: Database,
    actor: str,
    customer_ids: Sequence[int],
    cancel: Callable[[], bool],
    today: dt.date | None = None,
) -> Generator[BatchProgress, None, BatchResult]:
    """Erase the previewed customers, each in its own transaction, re-checking that each is still due.

    A failure (e.g. a customer deleted meanwhile) is noted and the batch goes on; Cancel stops before
    the next customer. Either way the ones already erased stay erased and the others are untouched.
    One audit entry per erasure (services.erasure) and one for the batch, written last."""
    today = today or dt.date.today()
    ids = list(dict.fromkeys(customer_ids))
    erased: list[int] = []
    restricted: list[int] = []
    skipped: list[int] = []
    failed: list[tuple[int, str]] = []
    cancelled = False
    yield BatchProgress(0, len(ids))
    for index, cid in enumerate(ids):
        if cancel():
            cancelled = True
            break
        try:
            with db.session() as session:
                if not is_due(session, cid, today):
                    skipped.append(cid)
                else:
                    result = erasure.erase_customer(session, actor, cid, today)
                    erased.append(cid)
                    if not result.full:
                        restricted.append(cid)
        except UserError as error:
            failed.append((cid, error.message()))
        yield BatchProgress(index + 1, len(ids))
    if erased:
        erasure.clean_database_file(db)
    with db.session() as session:
        audit.record(
            session, actor, "erase_batch", "customer", None,
            f"retention: erased={len(erased)} restricted={len(restricted)} skipped={len(skipped)} "
            f"failed={len(failed)} of={len(ids)}{' cancelled' if cancelled else ''}",
        )  # fmt: skip
    return BatchResult(tuple(erased), tuple(restricted), tuple(skipped), tuple(failed), cancelled, len(ids))
