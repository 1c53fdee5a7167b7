"""``--export out.json V1 V2 V3 …``: a history as UTF-8 JSON (see viewer.model.history_serialize)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Mapping

from ..model import InputError
from ..model.history import History
from ..model.history_serialize import history_to_dict
from .atomic import atomic_write, check_target


def to_bytes(history: History, notes: Mapping[tuple[str, str], Mapping[str, str]] | None = None,
             **_ignored) -> bytes:
    """Page size and language mean nothing to data: accepted like the other builders, unused."""
    data = history_to_dict(history, notes)
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def export_history(history: History, path: str | os.PathLike,
                   notes: Mapping[tuple[str, str], Mapping[str, str]] | None = None,
                   **options) -> Path:
    """Write ``history`` to ``path``: .json (versions and lineages), or the history report
    as .html / .pdf (:mod:`viewer.export.history_report`; ``options`` may give language,
    paper and landscape)."""
    target = Path(path)
    ext = target.suffix.lower()
    if ext in (".html", ".htm", ".pdf"):
        from .history_report import export_report
        return export_report(history, target, options.get("language"),
                             options.get("paper", "a4"), options.get("landscape", True))
    if ext != ".json":
        raise InputError("history_format", target, ext or "(none)")
    check_target(target)
    atomic_write(target, to_bytes(history, notes, **options))
    return target
