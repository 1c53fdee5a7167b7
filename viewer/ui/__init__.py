"""The comparison window (PySide6): renders what :mod:`viewer.model` computes, routes actions.

Import direction: ``viewer.ui`` imports ``viewer.model``, ``viewer.engine`` and ``viewer.export``;
none of them imports ``viewer.ui``. Pure helpers (``display``, ``facts``) import no Qt, so they
are unit-tested without a display.
"""
from ..qtfix import make_singletons_immortal

# Before any Qt call: see viewer.qtfix for the PySide6 6.12 / CPython 3.11 refcount bug.
make_singletons_immortal()
