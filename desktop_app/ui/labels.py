"""Translatable display names for the domain's fixed vocabularies (the enums store English codes)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.vocabulary import (
    CAPTURE_METHODS,
    CHANNELS,
    HISTORY_KINDS,
    LEGAL_BASES,
    REQUEST_KINDS,
    REQUEST_STATUSES,
    SOURCE_KINDS,
)

__all__ = [
    "CAPTURE_METHODS",
    "CHANNELS",
    "HISTORY_KINDS",
    "LEGAL_BASES",
    "REQUEST_KINDS",
    "REQUEST_STATUSES",
    "SOURCE_KINDS",
    "label",
]
_CTX = "Labels"


def label(mapping: Mapping[Any, str], key: object) -> str:
    return QCoreApplication.translate(_CTX, mapping.get(key, str(key)))
