"""Stopping a comparison part-way: the :class:`Cancelled` exception and the cancel check.

A cancel check is any callable returning True once the work is no longer wanted. The engine's
steps poll it (between paragraphs, and inside long diffs every few thousand units of work) and
raise :class:`Cancelled`, so a cancelled comparison really stops instead of running to the end
and being thrown away.

Callers pass the check in :class:`viewer.model.pipeline.EngineConfig`. Code that only calls
``compare()`` (the window's jobs, the CLI) gets it from the surrounding :func:`cancel_scope`,
which the worker thread opens around each job; that keeps the check out of every signature in
between.
"""
from __future__ import annotations

import contextlib
import contextvars
from typing import Callable, Iterator

CancelCheck = Callable[[], bool]

_SCOPE: contextvars.ContextVar[CancelCheck | None] = contextvars.ContextVar(
    "rescompare_cancel", default=None)


class Cancelled(Exception):
    """The comparison was cancelled before it finished; there is no result."""


def never() -> bool:
    return False


@contextlib.contextmanager
def cancel_scope(check: CancelCheck) -> Iterator[None]:
    """Make ``check`` the cancel check of every engine call in this thread/context."""
    token = _SCOPE.set(check)
    try:
        yield
    finally:
        _SCOPE.reset(token)


def ambient() -> CancelCheck:
    """The check of the innermost :func:`cancel_scope`, or one that never cancels."""
    return _SCOPE.get() or never


def raise_if(check: CancelCheck | None) -> None:
    """Raise :class:`Cancelled` when ``check`` says so."""
    if check is not None and check():
        raise Cancelled()
