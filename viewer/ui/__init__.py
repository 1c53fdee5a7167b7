"""The comparison window (PySide6): renders what :mod:`viewer.model` computes, routes actions.

One :class:`~viewer.ui.document.ComparisonDocument` owns what is being compared and its undo
history; ``main_window`` builds the widgets and wires the command modules (``file_ops``,
``loading``, ``pairing``, ``note_ops``, ``view_state``, ``navigation``, ``find_ops``,
``language``); each panel module renders rows, facts and runs that :mod:`viewer.present`
computed, with the colours of :mod:`viewer.present.palette` (``theme``). Widget texts are in
Qt's catalogue (``i18n``); everything else a user reads comes from :mod:`viewer.wording`.

Import direction: ``viewer.ui`` imports ``viewer.present``, ``viewer.model``, ``viewer.wording``,
``viewer.engine``, ``viewer.loaders`` and ``viewer.export``; none of them imports ``viewer.ui``.
"""
from ..qtfix import make_singletons_immortal

# Before any Qt call: see viewer.qtfix for the PySide6 6.12 / CPython 3.11 refcount bug.
make_singletons_immortal()
