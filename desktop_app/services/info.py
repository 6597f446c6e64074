"""Counts per entity, for `consentdesk info` and the About dialog."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import (
    AuditEntry,
    Campaign,
    CampaignExport,
    Consent,
    ConsentEvent,
    ConsentText,
    Customer,
    DataSource,
    DataSubjectRequest,
    ImportBatch,
    Purpose,
    Suppression,
)
from desktop_app.domain.enums import ConsentStatus, CustomerStatus

_ENTITIES = {
    "customers": Customer,
    "data_sources": DataSource,
    "purposes": Purpose,
    "consent_texts": ConsentText,
    "consents": Consent,
    "consent_events": ConsentEvent,
    "suppressions": Suppression,
    "campaigns": Campaign,
    "campaign_exports": CampaignExport,
    "import_batches": ImportBatch,
    "data_subject_requests": DataSubjectRequest,
    "audit_entries": AuditEntry,
}


def entity_counts(session: Session) -> dict[str, int]:
    counts = {
        name: int(session.execute(select(func.count()).select_from(model)).scalar_one())
        for name, model in _ENTITIES.items()
    }
    for status in ConsentStatus:
        counts[f"consents_{status.value}"] = 0
    for status_value, n in session.execute(select(Consent.status, func.count()).group_by(Consent.status)):
        counts[f"consents_{status_value}"] = int(n)
    for cstatus in CustomerStatus:
        counts[f"customers_{cstatus.value}"] = 0
    for cstatus_value, n in session.execute(select(Customer.status, func.count()).group_by(Customer.status)):
        counts[f"customers_{cstatus_value}"] = int(n)
    return counts
