"""The comparison engine: plain Python, no Qt (a test enforces it).

Parsing (``parser``, ``resolution``), alignment, word diff and the comparison itself.

Typical use::

    from viewer.model import parse_resolution, compare
    comparison = compare(parse_resolution(old_text, "old.txt"), parse_resolution(new_text, "new.txt"))

It returns codes and values (statuses, flags, field names, error codes), never phrases: what a
reader sees is made of them in :mod:`viewer.present` and worded by :mod:`viewer.wording`.

Engine steps: :mod:`.pipeline` (align -> diff -> classify, one :class:`EngineConfig` with the
options, size limits, aligner strategy and cancel check); ``compare`` is the simple entry point.

Import direction: viewer.present, viewer.ui and viewer.export import this package, never the
reverse; it imports only viewer.wording (to word an InputError).
"""
from .alignment import Alignment, Match, Pins, align
from .cancel import Cancelled, cancel_scope
from .comparison import AlignedPair, Comparison, MetadataChange, Status, compare
from .errors import InputError
from .parser import parse_resolution
from .pipeline import Aligner, EngineConfig, OrderAligner, run
from .resolution import Footnote, Kind, Metadata, Paragraph, Resolution, Vote
from .serialize import comparison_to_dict, resolution_to_dict
from .verbs import VerbChange
from .worddiff import DiffLimits, DiffOptions, Granularity, Op, Segment, WordDiff, diff_texts

__all__ = [
    "AlignedPair", "Aligner", "Alignment", "Cancelled", "Comparison", "DiffLimits", "DiffOptions",
    "EngineConfig", "OrderAligner", "cancel_scope", "run", "Footnote", "Granularity",
    "InputError", "Kind", "Match", "Metadata", "MetadataChange", "Op", "Paragraph", "Pins",
    "Resolution", "Segment", "Status", "VerbChange", "Vote", "WordDiff", "align", "compare",
    "comparison_to_dict", "diff_texts", "parse_resolution", "resolution_to_dict",
]
