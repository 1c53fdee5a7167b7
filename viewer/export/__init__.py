"""Exports of a comparison: JSON, HTML, PDF, Word. Builders are pure; writing is atomic.

``export(comparison, path, notes)`` picks the format from the extension. A failed export never
leaves a half-written file: every writer goes through :func:`atomic_write`.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..model import Comparison, InputError
from .atomic import atomic_write, why

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
        data = to_bytes(comparison, notes)
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


def check_target(target: Path) -> None:
    """Refuse a target that cannot be written before any work is done (clear messages).

    A read-only file is refused explicitly: renaming over it would succeed on Linux and macOS,
    silently replacing a file the user protected. Anything else (a full disk, a file locked
    by Word on Windows) is reported by :func:`atomic_write` when it happens.
    """
    folder = target.parent if str(target.parent) else Path(".")
    try:
        if target.is_dir():
            raise InputError("export_target", target, ("this is a folder", "这是文件夹"))
        if not folder.is_dir():
            raise InputError("export_target", target, (f"the folder {folder} does not exist",
                                                       f"文件夹 {folder} 不存在"))
        if target.exists() and not target.stat().st_mode & stat.S_IWUSR:
            raise InputError("export_target", target, ("the file is read-only", "文件为只读"))
    except OSError as exc:  # a folder on the way cannot even be looked into
        raise InputError("export_target", target, why(exc)) from exc
    if not os.access(folder, os.W_OK):
        raise InputError("export_target", target, (f"the folder {folder} is not writable",
                                                   f"文件夹 {folder} 不可写入"))


__all__ = ["FORMATS", "atomic_write", "check_target", "export"]
