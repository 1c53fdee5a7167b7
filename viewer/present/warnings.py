"""What a reader must be warned about in a comparison — one list for the window and every export.

A warning is a code, the side and row it concerns, and its localised sentence. The window, the
printed/PDF page, HTML and Word all read :func:`warnings`, so a warning shown on screen is never
missing on paper:

- ``vote_mismatch``: a recorded vote whose counts disagree with its country lists;
- a parser notice (``Resolution.notices``: ``preamble_only``, ``operative_only``, ``decision``,
  ``unnumbered_operative``, ``several_resolutions:N``, ``operative_from:N``): the document was
  read in a way the reader should double-check;
- ``low_confidence``: two paragraphs paired on weak evidence (``AlignedPair.score`` below
  :data:`LOW_CONFIDENCE`).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import AlignedPair, Comparison, Resolution
from ..wording import has, text

# The aligner's pairing score (Dice of the discriminating words plus number/order evidence)
# below which a pairing deserves a second look: under about a third of the distinctive words
# shared, and no number or position to back it up. The one definition of "low confidence" for
# the window and every export.
LOW_CONFIDENCE = 0.35


@dataclass(frozen=True)
class Warning:
    code: str                 # 'vote_mismatch' | 'low_confidence' | a parser notice code
    side: str | None          # 'old' | 'new' | None (the pair as a whole)
    key: str | None           # AlignedPair.key of the row it concerns, None for the document
    text: str                 # the localised sentence


def low_confidence(pair: AlignedPair) -> bool:
    """Whether the two sides of ``pair`` were paired on weak evidence (pins are the user's)."""
    return bool(pair.old and pair.new) and not pair.pinned and pair.score < LOW_CONFIDENCE


def _notice(notice) -> tuple[str, str]:
    """(code, detail) of a parser notice: ``"preamble_only"``, ``"operative_from:3"``."""
    code, _, detail = str(notice).partition(":")
    return code, detail


def _document_warnings(res: Resolution, side: str, name: str, language: str) -> list[Warning]:
    out = []
    vote = res.metadata.vote
    if vote is not None and vote.consistent is False:
        parts = [text("warning.vote_count", language, field=text(f"f.vote.{field}", language),
                      stated=stated, listed=listed)
                 for field, stated, listed in vote.mismatches()]
        out.append(Warning("vote_mismatch", side, None,
                           text("warning.vote_mismatch", language, name=name,
                                detail=text("list_separator", language).join(parts))))
    for notice in res.notices:
        code, detail = _notice(notice)
        key = f"warning.{code}"
        # A code the catalogue does not word yet (a newer parser) is still shown, as its code.
        sentence = (text(key, language, name=name, detail=detail) if has(key)
                    else text("warning.notice", language, name=name, code=notice))
        out.append(Warning(code, side, None, sentence))
    return out


def pair_warning(pair: AlignedPair, language: str) -> Warning | None:
    """The low-confidence warning of one row, or None."""
    if not low_confidence(pair):
        return None
    return Warning("low_confidence", None, pair.key,
                   text("warning.low_confidence", language, label=pair.label,
                        score=f"{pair.score:.2f}"))


def warnings(comparison: Comparison, language: str, old_name: str = "",
             new_name: str = "") -> tuple[Warning, ...]:
    """Every warning of ``comparison``: the documents' first (old, new), then the rows' in order."""
    out = _document_warnings(comparison.old, "old", old_name or text("old", language), language)
    out += _document_warnings(comparison.new, "new", new_name or text("new", language), language)
    out += [w for w in (pair_warning(p, language) for p in comparison.pairs) if w is not None]
    return tuple(out)


__all__ = ["LOW_CONFIDENCE", "Warning", "low_confidence", "pair_warning", "warnings"]
