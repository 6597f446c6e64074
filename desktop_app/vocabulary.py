"""Display names of the domain's fixed vocabularies, as translatable English sources (no Qt needed).

The GUI (desktop_app.ui.labels) and the printed reports (services.reports.vocab) translate the same
source in the same "Labels" context, so screen and paper say the same.
"""

from __future__ import annotations

from desktop_app.domain.enums import (
    CaptureMethod,
    Channel,
    ConsentEventKind,
    CustomerEventKind,
    LegalBasis,
    RequestKind,
    RequestStatus,
    SourceKind,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP

SOURCE_KINDS = {
    SourceKind.WEB_FORM: QT_TRANSLATE_NOOP("Labels", "Web form"),
    SourceKind.SHOP_CHECKOUT: QT_TRANSLATE_NOOP("Labels", "Shop checkout"),
    SourceKind.TRADE_FAIR: QT_TRANSLATE_NOOP("Labels", "Trade fair"),
    SourceKind.PAPER_FORM: QT_TRANSLATE_NOOP("Labels", "Paper form"),
    SourceKind.PHONE_CALL: QT_TRANSLATE_NOOP("Labels", "Phone call"),
    SourceKind.THIRD_PARTY: QT_TRANSLATE_NOOP("Labels", "Purchased / third-party list"),
    SourceKind.EXISTING_CUSTOMER: QT_TRANSLATE_NOOP("Labels", "Existing customer relationship"),
    SourceKind.IMPORT: QT_TRANSLATE_NOOP("Labels", "Excel import"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
CHANNELS = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.SMS: QT_TRANSLATE_NOOP("Labels", "SMS"),
    Channel.POST: QT_TRANSLATE_NOOP("Labels", "Post"),
}

REQUEST_KINDS = {
    RequestKind.ACCESS: QT_TRANSLATE_NOOP("Labels", "Access (Art. 15)"),
    RequestKind.RECTIFICATION: QT_TRANSLATE_NOOP("Labels", "Rectification (Art. 16)"),
    RequestKind.ERASURE: QT_TRANSLATE_NOOP("Labels", "Erasure (Art. 17)"),
    RequestKind.RESTRICTION: QT_TRANSLATE_NOOP("Labels", "Restriction (Art. 18)"),
    RequestKind.PORTABILITY: QT_TRANSLATE_NOOP("Labels", "Portability (Art. 20)"),
    RequestKind.OBJECTION: QT_TRANSLATE_NOOP("Labels", "Objection (Art. 21)"),
    RequestKind.WITHDRAWAL: QT_TRANSLATE_NOOP("Labels", "Withdrawal of consent (Art. 7(3))"),
}
REQUEST_STATUSES = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "open"),
    RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "in progress"),
    RequestStatus.DONE: QT_TRANSLATE_NOOP("Labels", "done"),
    RequestStatus.REJECTED: QT_TRANSLATE_NOOP("Labels", "rejected"),
}

CAPTURE_METHODS = {
    CaptureMethod.WEB_FORM: QT_TRANSLATE_NOOP("Labels", "Web form"),
    CaptureMethod.PAPER_FORM: QT_TRANSLATE_NOOP("Labels", "Paper form"),
    CaptureMethod.PHONE_CALL: QT_TRANSLATE_NOOP("Labels", "Phone call"),
    CaptureMethod.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    CaptureMethod.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    CaptureMethod.IMPORT: QT_TRANSLATE_NOOP("Labels", "Import"),
}
LEGAL_BASES = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Labels", "Consent (Art. 6(1)(a) GDPR)"),
    LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP("Labels", "Legitimate interest (Art. 6(1)(f) GDPR)"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("Labels", "Contract (Art. 6(1)(b) GDPR)"),
    LegalBasis.EXISTING_CUSTOMER: QT_TRANSLATE_NOOP("Labels", "Existing customer (§7(3) UWG)"),
    LegalBasis.PRESUMED_CONSENT: QT_TRANSLATE_NOOP(
        "Labels", "Presumed consent of a business (§7(2) Nr. 1 UWG)"
    ),
}
HISTORY_KINDS = {
    ConsentEventKind.GRANTED: QT_TRANSLATE_NOOP("Labels", "Consent given"),
    ConsentEventKind.DOI_REQUESTED: QT_TRANSLATE_NOOP("Labels", "Double opt-in requested"),
    ConsentEventKind.DOI_CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Double opt-in confirmed"),
    ConsentEventKind.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Consent withdrawn"),
    ConsentEventKind.REFUSED: QT_TRANSLATE_NOOP("Labels", "Consent refused"),
    ConsentEventKind.RENEWED: QT_TRANSLATE_NOOP("Labels", "Consent renewed"),
    ConsentEventKind.USED: QT_TRANSLATE_NOOP("Labels", "Used in a campaign export"),
    CustomerEventKind.OBJECTION: QT_TRANSLATE_NOOP("Labels", "Objection to direct marketing (Art. 21)"),
    CustomerEventKind.CHANNEL_REFUSAL: QT_TRANSLATE_NOOP("Labels", "Refused contact over this channel"),
    CustomerEventKind.RESTRICTED: QT_TRANSLATE_NOOP("Labels", "Processing restricted (Art. 18)"),
    CustomerEventKind.RESTRICTION_LIFTED: QT_TRANSLATE_NOOP("Labels", "Restriction lifted"),
    CustomerEventKind.ERASED: QT_TRANSLATE_NOOP("Labels", "Erased (Art. 17)"),
    CustomerEventKind.MERGED: QT_TRANSLATE_NOOP("Labels", "Merged with another record"),
    CustomerEventKind.ART14_NOTIFIED: QT_TRANSLATE_NOOP("Labels", "Informed under Art. 14"),
}
