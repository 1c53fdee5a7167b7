"""``--export out.json``: the comparison as UTF-8 JSON (schema 1, see viewer.model.serialize)."""
from __future__ import annotations

import json

from ..model import Comparison, comparison_to_dict
from .options import ExportOptions


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None,
             options: ExportOptions = ExportOptions()) -> bytes:
    """The comparison as data: page size and language mean nothing to it (``options`` unused)."""
    data = comparison_to_dict(comparison, notes)
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
