"""The governance dashboard: what is missing, due or overdue, each with the records behind it.

Every finding is a SQL condition over customers (or consents), so the dashboard counts it and the list
behind a count shows exactly the same records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Consent, Customer, DataSource, Purpose
from desktop_app.domain.dates import add_months
from desktop_app.domain.enums import ConsentStatus, CustomerStatus
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services import requests, retention

DEFAULT_DOI_DAYS = 7
EXPIRY_WINDOW_DAYS = 30
ART14_MONTHS = 1  # Art. 14(3)(a) GDPR: at the latest within one month of obtaining the data


class Finding(StrEnum):
    NO_SOURCE = "no_source"
    NO_EVIDENCE = "no_evidence"
    EXPIRING = "expiring"
    STALE = "stale"
    DOI_PENDING = "doi_pending"
    ART14_DUE = "art14_due"
    ART14_OVERDUE = "art14_overdue"
    DUE_FOR_DELETION = "due_for_deletion"
    RESTRICTED = "restricted"


TITLES: dict[Finding, str] = {
    Finding.NO_SOURCE: QT_TRANSLATE_NOOP("Governance", "Customers without a data source"),
    Finding.NO_EVIDENCE: QT_TRANSLATE_NOOP(
        "Governance", "Consents without evidence (no capture method or no consent-text version)"
    ),
    Finding.EXPIRING: QT_TRANSLATE_NOOP("Governance", "Consents expiring within 30 days"),
    Finding.STALE: QT_TRANSLATE_NOOP("Governance", "Stale consents (unused longer than the purpose allows)"),
    Finding.DOI_PENDING: QT_TRANSLATE_NOOP("Governance", "Double opt-ins pending longer than {days} days"),
    Finding.ART14_DUE: QT_TRANSLATE_NOOP(
        "Governance", "Third-party data: Art. 14 notice due within the month"
    ),
    Finding.ART14_OVERDUE: QT_TRANSLATE_NOOP("Governance", "Third-party data: Art. 14 notice overdue"),
    Finding.DUE_FOR_DELETION: QT_TRANSLATE_NOOP("Governance", "Customers due for deletion (retention rules)"),
    Finding.RESTRICTED: QT_TRANSLATE_NOOP("Governance", "Customers with restricted processing (Art. 18)"),
}


@dataclass(frozen=True)
class DashboardLine:
    finding: Finding
    count: int
    title: str  # English source, context "Governance"; format with params


@dataclass(frozen=True)
class Dashboard:
    lines: tuple[DashboardLine, ...]
    open_requests: int
    overdue_requests: int
    next_deadline: dt.date | None
    doi_days: int

    def count(self, finding: Finding) -> int:
        return next(line.count for line in self.lines if line.finding == finding)


def _not_erased() -> ColumnElement[bool]:
    return Customer.status != CustomerStatus.ERASED.value


def _live_consent() -> ColumnElement[bool]:
    return Consent.status.in_([ConsentStatus.GRANTED.value, ConsentStatus.PENDING.value])


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def _last_touch() -> ColumnElement[dt.datetime]:
    """max(granted_at, last_used_at): freshness counts from the later of the two (LEGAL.md)."""
    return case(
        (
            and_(Consent.last_used_at.is_not(None), Consent.last_used_at > Consent.granted_at),
            Consent.last_used_at,
        ),
        else_=Consent.granted_at,
    )


def _stale_condition(session: Session, today: dt.date, window_days: int) -> ColumnElement[bool]:
    """Per purpose: last touch before today − N months (stale), or within the next `window_days`."""
    parts = []
    for purpose_id, months in session.execute(
        select(Purpose.id, Purpose.freshness_months).where(Purpose.freshness_months.is_not(None))
    ):
        if months is None:
            continue
        cutoff = _midnight(add_months(today, -int(months)) + dt.timedelta(days=window_days))
        parts.append(and_(Consent.purpose_id == purpose_id, _last_touch() < cutoff))
    return or_(*parts) if parts else Consent.id.is_(None)


def consent_condition(
    session: Session, finding: Finding, today: dt.date, doi_days: int = DEFAULT_DOI_DAYS
) -> ColumnElement[bool]:
    live = and_(_live_consent(), Customer.id == Consent.customer_id, _not_erased())
    if finding == Finding.NO_EVIDENCE:
        return and_(live, or_(Consent.capture_method.is_(None), Consent.consent_text_id.is_(None)))
    if finding == Finding.EXPIRING:
        soon = today + dt.timedelta(days=EXPIRY_WINDOW_DAYS)
        valid_until = and_(Consent.valid_until >= today, Consent.valid_until <= soon)
        fresh_now = not_(_stale_condition(session, today, 0))
        return and_(
            live,
            Consent.status == ConsentStatus.GRANTED.value,
            or_(valid_until, and_(_stale_condition(session, today, EXPIRY_WINDOW_DAYS), fresh_now)),
        )
    if finding == Finding.STALE:
        return and_(live, Consent.status == ConsentStatus.GRANTED.value, _stale_condition(session, today, 0))
    if finding == Finding.DOI_PENDING:
        since = func.coalesce(Consent.doi_requested_at, Consent.granted_at)
        return and_(
            live,
            Consent.status == ConsentStatus.PENDING.value,
            since < _midnight(today - dt.timedelta(days=doi_days)),
        )
    raise ValueError(finding)


def renewal_condition(session: Session, today: dt.date, within_days: int) -> ColumnElement[bool]:
    """Granted consents of active customers that are stale, expired, or will be within `within_days`:
    the expiring and stale findings with a window of the caller's choosing (re-permission lists)."""
    soon = today + dt.timedelta(days=within_days)
    return and_(
        Customer.id == Consent.customer_id,
        Customer.status == CustomerStatus.ACTIVE.value,
        Consent.status == ConsentStatus.GRANTED.value,
        or_(Consent.valid_until <= soon, _stale_condition(session, today, within_days)),
    )


def _third_party() -> ColumnElement[bool]:
    return exists().where(DataSource.id == Customer.source_id, DataSource.is_third_party.is_(True))


def _retention_condition(session: Session, today: dt.date) -> ColumnElement[bool]:
    """The retention rules' due list: services.retention defines it, for the batch erasure as well."""
    return retention.due_condition(session, today)


def customer_condition(session: Session, finding: Finding, today: dt.date) -> ColumnElement[bool]:
    if finding == Finding.NO_SOURCE:
        return and_(_not_erased(), Customer.source_id.is_(None))
    if finding in (Finding.ART14_DUE, Finding.ART14_OVERDUE):
        deadline_passed = Customer.created_at < _midnight(add_months(today, -ART14_MONTHS))
        when = deadline_passed if finding == Finding.ART14_OVERDUE else not_(deadline_passed)
        return and_(_not_erased(), _third_party(), Customer.art14_notified_on.is_(None), when)
    if finding == Finding.DUE_FOR_DELETION:
        return _retention_condition(session, today)
    if finding == Finding.RESTRICTED:
        return Customer.status == CustomerStatus.RESTRICTED.value
    raise ValueError(finding)


CONSENT_FINDINGS = (Finding.NO_EVIDENCE, Finding.EXPIRING, Finding.STALE, Finding.DOI_PENDING)


def customer_ids_query(
    session: Session, finding: Finding, today: dt.date, doi_days: int = DEFAULT_DOI_DAYS
) -> Select[int]:
    """The customers behind a finding (for consent findings: the customers holding those consents)."""
    if finding in CONSENT_FINDINGS:
        condition = consent_condition(session, finding, today, doi_days)
        return select(Customer.id).where(exists().where(condition)).order_by(Customer.id)
    return select(Customer.id).where(customer_condition(session, finding, today)).order_by(Customer.id)


def dashboard(session: Session, today: dt.date | None = None, doi_days: int = DEFAULT_DOI_DAYS) -> Dashboard:
    today = today or dt.date.today()
    lines = []
    count: Callable[[Select[int]], int] = lambda q: int(  # noqa: E731
        session.execute(select(func.count()).select_from(q.order_by(None).subquery())).scalar_one()
    )
    for finding in Finding:
        if finding in CONSENT_FINDINGS:
            condition = consent_condition(session, finding, today, doi_days)
            n = count(select(Consent.id).select_from(Consent).join(Customer).where(condition))
        else:
            n = count(customer_ids_query(session, finding, today))
        lines.append(DashboardLine(finding, n, TITLES[finding]))
    open_requests = requests.list_requests(session, open_only=True)
    overdue = [r for r in open_requests if r.is_overdue(today)]
    return Dashboard(
        lines=tuple(lines),
        open_requests=len(open_requests),
        overdue_requests=len(overdue),
        next_deadline=min((r.due for r in open_requests), default=None),
        doi_days=doi_days,
    )
