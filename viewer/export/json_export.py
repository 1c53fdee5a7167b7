"""``--export out.json``: the comparison as UTF-8 JSON (schema 1, see viewer.model.serialize)."""
from __future__ import annotations

import json

from ..model import Comparison, comparison_to_dict


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None, *, tracked=None,
             **_ignored) -> bytes:
    """Page size and language mean nothing to data: accepted like the other builders, unused.
    ``tracked`` (a TrackedComparison of this comparison) adds the revisions of a Word file."""
    data = tracked.to_dict(notes) if tracked is not None else comparison_to_dict(comparison, notes)
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
