"""Translatable display names for the domain's fixed vocabularies (the enums store English codes)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import Channel, RequestKind, RequestStatus, SourceKind
from desktop_app.i18n import QT_TRANSLATE_NOOP

_CTX = "Labels"
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


def label(mapping: Mapping[Any, str], key: object) -> str:
    return QCoreApplication.translate(_CTX, mapping.get(key, str(key)))
