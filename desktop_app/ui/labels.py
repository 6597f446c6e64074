"""Translatable display names for the domain's fixed vocabularies (the enums store English codes)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.enums import Channel, SourceKind
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


def label(mapping: Mapping[Any, str], key: object) -> str:
    return QCoreApplication.translate(_CTX, mapping.get(key, str(key)))
