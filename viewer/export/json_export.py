"""``--export out.json``: the comparison as UTF-8 JSON (schema 1, see viewer.model.serialize)."""
from __future__ import annotations

import json

from ..model import Comparison, comparison_to_dict
from .options import ExportOptions


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None,
             options: ExportOptions = ExportOptions(), *, tracked=None) -> bytes:
    """The comparison as data: page size and language mean nothing to it (``options`` unused).
    ``tracked`` (a TrackedComparison of this comparison) adds the revisions of a Word file."""
    data = tracked.to_dict(notes) if tracked is not None else comparison_to_dict(comparison, notes)
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
