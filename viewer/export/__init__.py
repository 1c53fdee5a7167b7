"""Exports of a comparison: JSON, HTML, PDF, Word. Builders are pure; writing is atomic.

``export(comparison, path, notes)`` picks the format from the extension. A failed export never
leaves a half-written file: every writer goes through :func:`atomic_write`.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..model import Comparison, InputError
from .atomic import atomic_write, check_target

FORMATS = (".json", ".html", ".pdf", ".docx")


def export(comparison: Comparison, path: str | os.PathLike, notes: dict[str, str] | None = None,
           **options) -> Path:
    """Write ``comparison`` to ``path`` in the format its extension names."""
    target = Path(path)
    ext = target.suffix.lower()
    if ext == ".htm":
        ext = ".html"
    if ext not in FORMATS:
        raise InputError("export_format", target, ext or "(none)")
    check_target(target)
    if ext == ".json":
        from .json_export import to_bytes
        data = to_bytes(comparison, notes, **options)
    elif ext == ".html":
        from .html import to_bytes
        data = to_bytes(comparison, notes, **options)
    elif ext == ".docx":
        from .docx import to_bytes
        data = to_bytes(comparison, notes, **options)
    else:
        from .pdf import to_bytes
        data = to_bytes(comparison, notes, **options)
    atomic_write(target, data)
    return target


__all__ = ["FORMATS", "atomic_write", "check_target", "export"]
