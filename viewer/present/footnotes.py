"""The footnotes a row's paragraphs refer to, old and new, with their texts and whether they changed.

Every export prints them under the row (also the unchanged ones: "report of the High
Commissioner;²" needs note 2 on paper). A footnote is compared by content, not by number:
numbering restarts per document, so note 2 of the draft may be note 3 of the resolution and
still be the same note (the engine's ``AlignedPair.footnotes_renumbered`` records such pairs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import AlignedPair, Resolution
from ..model.text import from_superscript
from ..model.tokenize import for_comparison
from .runs import DELETE, EQUAL, INSERT, Run

_SUPER = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


@dataclass(frozen=True)
class RowFootnote:
    side: str                  # 'old' | 'new'
    mark: str                  # as numbered in its own document: '2'
    text: str
    changed: bool              # its text is not referred to on the other side of the row
    partner: str | None = None  # the other side's mark of the same note when renumbered

    @property
    def runs(self) -> tuple[Run, ...]:
        """The note's text as one run: struck through (old) or underlined (new) when changed."""
        kind = EQUAL if not self.changed else (DELETE if self.side == "old" else INSERT)
        return (Run(self.text, kind),)


def _same(text: str) -> str:
    """A footnote's text as compared (spacing and layout characters evened out, as the engine)."""
    return re.sub(r"\s+", " ", for_comparison(text)).strip()


def _marks(paragraphs) -> list[str]:
    """Marks referred to, in order of first use: the parser's refs, else superscripts in the text."""
    out: list[str] = []
    for p in paragraphs:
        found = list(p.footnote_refs) or [from_superscript(m) for m in _SUPER.findall(p.text)]
        for mark in found:
            if mark not in out:
                out.append(mark)
    return out


def _texts(res: Resolution) -> dict[str, str]:
    return {f.mark: f.text for f in res.metadata.footnotes}


def row_footnotes(pair: AlignedPair, old: Resolution, new: Resolution
                  ) -> tuple[tuple[RowFootnote, ...], tuple[RowFootnote, ...]]:
    """(old side's notes, new side's notes) of ``pair``; marks without a footnote text are left
    out (the parser found no note body for them)."""
    old_texts, new_texts = _texts(old), _texts(new)
    old_marks = [m for m in _marks(pair.old) if m in old_texts]
    new_marks = [m for m in _marks(pair.new) if m in new_texts]
    old_same = {_same(old_texts[m]): m for m in old_marks}
    new_same = {_same(new_texts[m]): m for m in new_marks}
    renumbered = dict(pair.footnotes_renumbered)
    back = {b: a for a, b in pair.footnotes_renumbered}
    olds = []
    for m in old_marks:
        partner = new_same.get(_same(old_texts[m]))
        olds.append(RowFootnote("old", m, old_texts[m], partner is None,
                                renumbered.get(m) or (partner if partner not in (None, m)
                                                      else None)))
    news = []
    for m in new_marks:
        partner = old_same.get(_same(new_texts[m]))
        news.append(RowFootnote("new", m, new_texts[m], partner is None,
                                back.get(m) or (partner if partner not in (None, m) else None)))
    return tuple(olds), tuple(news)


__all__ = ["RowFootnote", "row_footnotes"]
