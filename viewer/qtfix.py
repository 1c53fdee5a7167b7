"""Guard against a reference-count bug in the PySide6 6.12.0 wheels on CPython < 3.12.

In that build every Qt call that returns ``None`` (all void methods) and every call that
returns ``True``/``False`` without a new reference (``Signal.emit``) *drops* one reference to
the singleton. On 3.11 ``None`` starts with ~5,000 references, so a window crashes with
"Fatal Python error: none_dealloc" after a few thousand calls (a few seconds of scrolling).
CPython 3.12 made these singletons immortal (PEP 683), which is why the bug is invisible there.

The fix does what 3.12 does: give the three singletons a reference count so large that the
leak can never bring it to zero. They are never deallocated anyway (that is a fatal error).

One guard for the whole program, imported by every entry point to Qt — the window
(viewer.ui), printing and PDF export (viewer.export.printing), the PDF loader
(viewer.loaders.pdf), the tests (tests/conftest.py) and the bundle's runtime hook. This module
imports no Qt. Remove it once the pin moves to a PySide6 without the bug or 3.11 is dropped.
"""
from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40   # ~1e12 leaked decrements before anything could go wrong


def make_singletons_immortal() -> bool:
    """Apply the guard once per process; True when it was needed (CPython < 3.12)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        if refcnt.value < _BOOST:
            refcnt.value += _BOOST
    return True
