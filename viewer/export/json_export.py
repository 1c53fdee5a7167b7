"""``--export out.json``: the comparison as UTF-8 JSON (schema 1, see viewer.model.serialize).

Notes whose row no longer exists (the paragraphs were re-paired after the note was written)
are listed under ``"orphan_notes"`` as ``{"key": "OP5>", "text": …}``: like the PDF, HTML and
Word exports, the JSON never drops a note.
"""
from __future__ import annotations

import json

from ..model import Comparison, comparison_to_dict


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None, **_ignored) -> bytes:
    """Page size and language mean nothing to data: accepted like the other builders, unused."""
    notes = notes or {}
    data = comparison_to_dict(comparison, notes)
    keys = {p.key for p in comparison.pairs}
    data["orphan_notes"] = [{"key": k, "text": v} for k, v in notes.items() if k not in keys]
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
