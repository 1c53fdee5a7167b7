"""``--export out.json``: the comparison as UTF-8 JSON (schema 1, see viewer.model.serialize).

Notes whose row no longer exists (the paragraphs were re-paired after the note was written)
are listed under ``"orphan_notes"`` as ``{"key": "OP5>", "text": …}``: like the PDF, HTML and
Word exports, the JSON never drops a note.
"""
from __future__ import annotations

import json

from ..model import Comparison, comparison_to_dict
from .options import ExportOptions


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None,
             options: ExportOptions = ExportOptions(), *, tracked=None) -> bytes:
    """The comparison as data: page size and language mean nothing to it (``options`` unused).
    ``tracked`` (a TrackedComparison of this comparison) adds the revisions of a Word file.
    Notes whose row no longer exists are kept under ``orphan_notes``, never dropped."""
    notes = notes or {}
    data = tracked.to_dict(notes) if tracked is not None else comparison_to_dict(comparison, notes)
    keys = {p.key for p in comparison.pairs}
    data["orphan_notes"] = [{"key": k, "text": v} for k, v in notes.items() if k not in keys]
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
