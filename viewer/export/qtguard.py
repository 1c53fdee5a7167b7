"""Guard against PySide6 6.12.0 draining ``None``'s reference count on Python 3.11.

The pinned abi3 wheels return ``None`` from every void method without a new reference (harmless
from Python 3.12 on, where ``None`` is immortal). On 3.11 each call such as ``painter.save()`` takes
one reference away; after a few thousand calls — a 20-page PDF makes tens of thousands — the
interpreter aborts with "none_dealloc: deallocating None". :func:`install` measures the leak and,
only when there is one, gives ``None`` a reference count it cannot exhaust. ``None`` is a static
object that is never freed, so a large count changes nothing else.

Remove this module once the pin moves to a PySide6 without the bug or Python 3.11 is dropped.
"""
from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_installed = False


def leak_per_call() -> int:
    """How many references of ``None`` one void Qt call takes (0 when PySide is sound)."""
    from PySide6.QtCore import QRectF

    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(8):
        rect.setWidth(1.0)
    return max(0, (before - sys.getrefcount(None)) // 8)


def install() -> bool:
    """Apply the guard once per process if this Python/PySide needs it; True if applied."""
    global _installed
    if _installed or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _installed
    if leak_per_call() > 0:
        ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
        _installed = True
    return _installed
