"""Work around a PySide6 binding bug that aborts the interpreter after a few thousand Qt calls.

Observed with PySide6-Essentials 6.12.0 (abi3 wheel) on CPython 3.11: every call of a Qt method that
returns void hands back `None` without a new reference, so None's reference count falls by one per
call. Laying out a report makes thousands of such calls (formats, cells, painter state); once the
count reaches zero CPython stops with "Fatal Python error: none_dealloc", often only at exit, which
turns a successful `consentdesk report` into exit status 134. From CPython 3.12 on, None is immortal
and the bug is harmless.

The guard detects the bug with one harmless void call and, only then, raises None's count far out of
reach, which is what 3.12's immortal None amounts to. It does nothing when the bug is absent.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_applied = False


def _bug_present() -> bool:
    from PySide6.QtCore import QSize

    probe = QSize()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setWidth(1)
    return sys.getrefcount(None) < before


def protect_none() -> bool:
    """Applies the guard once per process if needed; returns whether it is in effect."""
    global _applied
    if _applied:
        return True
    # Only plain CPython < 3.12 has a mortal None whose count sits in the first word of the object.
    if (
        sys.implementation.name != "cpython"
        or sys.version_info >= (3, 12)
        or hasattr(sys, "gettotalrefcount")
    ):
        return False
    if not _bug_present():
        return False
    # The same binding bug drops references to True/False when Qt calls a Python override that returns
    # a bool (QWizardPage.isComplete, validatePage): "bool_dealloc". Both are singletons, like None.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _applied = True
    return True
