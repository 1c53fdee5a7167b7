"""Exports of a comparison: JSON, HTML, PDF, Word. Builders are pure; writing is atomic.

Each builder (``json_export``, ``html``, ``docx``, ``pdf`` over ``printing``) turns what
:mod:`viewer.present` computed into one format; none computes differences or words of its own.
``export(comparison, path, notes, **options)`` picks the format from the extension. A failed export never
leaves a half-written file: every writer goes through :func:`atomic_write`.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..model import Comparison, InputError
from .atomic import atomic_write, check_target
from .options import ExportOptions

FORMATS = (".json", ".html", ".pdf", ".docx")


def export(comparison: Comparison, path: str | os.PathLike, notes: dict[str, str] | None = None,
           *, tracked=None, **options) -> Path:
    """Write ``comparison`` to ``path`` in the format its extension names. ``options`` are the
    fields of :class:`ExportOptions`; an unknown one raises TypeError before anything is written.
    ``tracked`` (a Word file's tracked changes, :mod:`viewer.model.tracked`) adds its revisions to
    the JSON; the other formats show its comments, which are already ``notes``."""
    chosen = ExportOptions(**options)
    target = Path(path)
    ext = target.suffix.lower()
    if ext == ".htm":
        ext = ".html"
    if ext not in FORMATS:
        raise InputError("export_format", target, ext or "(none)")
    check_target(target)
    if ext == ".json":
        from .json_export import to_bytes
        data = to_bytes(comparison, notes, chosen, tracked=tracked)
    elif ext == ".html":
        from .html import to_bytes
        data = to_bytes(comparison, notes, chosen)
    elif ext == ".docx":
        from .docx import to_bytes
        data = to_bytes(comparison, notes, chosen)
    else:
        from .pdf import to_bytes
        data = to_bytes(comparison, notes, chosen)
    atomic_write(target, data)
    return target


__all__ = ["FORMATS", "ExportOptions", "atomic_write", "check_target", "export"]
