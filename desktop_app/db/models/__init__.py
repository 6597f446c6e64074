"""All tables of the domain. Import from here so that every mapper is configured together."""

from desktop_app.db.base import Base
from desktop_app.db.core_tables import customer_tags
from desktop_app.db.models.campaigns import Campaign, CampaignExport, CampaignExportRow
from desktop_app.db.models.catalog import ConsentText, DataSource, Purpose, PurposeChannelPolicy
from desktop_app.db.models.consents import Attachment, Consent, ConsentEvent, Suppression
from desktop_app.db.models.customers import Customer, CustomerEvent, Tag
from desktop_app.db.models.records import (
    AuditEntry,
    DataSubjectRequest,
    ImportBatch,
    ImportChange,
    RetentionRule,
    Setting,
    User,
)

__all__ = [
    "Attachment",
    "AuditEntry",
    "Base",
    "Campaign",
    "CampaignExport",
    "CampaignExportRow",
    "Consent",
    "ConsentEvent",
    "ConsentText",
    "Customer",
    "CustomerEvent",
    "DataSource",
    "DataSubjectRequest",
    "ImportBatch",
    "ImportChange",
    "Purpose",
    "PurposeChannelPolicy",
    "RetentionRule",
    "Setting",
    "Suppression",
    "Tag",
    "User",
    "customer_tags",
]
