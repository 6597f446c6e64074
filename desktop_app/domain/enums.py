"""The fixed vocabularies of the domain. Values are stored in the database as these strings."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    SMS = "sms"
    POST = "post"


class CustomerKind(StrEnum):
    CONSUMER = "consumer"
    BUSINESS = "business"


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    RESTRICTED = "restricted"  # Art. 18 GDPR
    ERASED = "erased"  # Art. 17 GDPR, anonymised


class ConsentStatus(StrEnum):
    GRANTED = "granted"
    PENDING = "pending"  # waiting for double opt-in confirmation
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"


class LegalBasis(StrEnum):
    CONSENT = "consent"  # Art. 6(1)(a) GDPR
    LEGITIMATE_INTEREST = "legitimate_interest"  # Art. 6(1)(f) GDPR
    CONTRACT = "contract"  # Art. 6(1)(b) GDPR
    EXISTING_CUSTOMER = "existing_customer"  # UWG §7(3), runs as Art. 6(1)(f)
    PRESUMED_CONSENT = "presumed_consent"  # UWG §7(2) Nr. 1, businesses only


class CaptureMethod(StrEnum):
    WEB_FORM = "web_form"
    PAPER_FORM = "paper_form"
    PHONE_CALL = "phone_call"
    EMAIL = "email"
    IN_PERSON = "in_person"
    IMPORT = "import"


class ConsentEventKind(StrEnum):
    GRANTED = "granted"
    DOI_REQUESTED = "doi_requested"
    DOI_CONFIRMED = "doi_confirmed"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"
    RENEWED = "renewed"
    USED = "used"  # included in a campaign export


class SuppressionReason(StrEnum):
    OBJECTION = "objection"  # Art. 21(3) GDPR objection to direct marketing
    REFUSAL = "refusal"  # recognisable "no" for a channel, UWG §7(1)
    ERASURE = "erasure"
    BOUNCE = "bounce"
    ROBINSON = "robinson"


class CustomerEventKind(StrEnum):
    OBJECTION = "objection"
    CHANNEL_REFUSAL = "channel_refusal"
    RESTRICTED = "restricted"
    RESTRICTION_LIFTED = "restriction_lifted"
    ERASED = "erased"
    MERGED = "merged"
    ART14_NOTIFIED = "art14_notified"


class SourceKind(StrEnum):
    WEB_FORM = "web_form"
    SHOP_CHECKOUT = "shop_checkout"
    TRADE_FAIR = "trade_fair"
    PAPER_FORM = "paper_form"
    PHONE_CALL = "phone_call"
    THIRD_PARTY = "third_party"
    EXISTING_CUSTOMER = "existing_customer"
    IMPORT = "import"
    OTHER = "other"


class FreshnessMode(StrEnum):
    WARN = "warn"
    BLOCK = "block"


class UserRole(StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    READ_ONLY = "read_only"


class RequestKind(StrEnum):
    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21
    WITHDRAWAL = "withdrawal"  # Art. 7(3)


class RequestStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    REJECTED = "rejected"


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    ARCHIVED = "archived"


class ImportBatchStatus(StrEnum):
    COMMITTED = "committed"
    UNDONE = "undone"
