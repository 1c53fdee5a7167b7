"""The comparison engine as three replaceable steps: align -> diff -> classify.

- **align**: an :class:`Aligner` (a strategy) pairs the paragraphs of each kind. The default,
  :class:`OrderAligner`, is the order- and number-aware word-similarity aligner of
  :mod:`viewer.model.alignment`; a structural aligner (e.g. across languages) only has to
  implement ``align``.
- **diff**: every aligned group gets its word diff (:mod:`viewer.model.worddiff`) under the
  user's options and the size limits; footnote marks compare as the footnote they refer to
  (by its text, so renumbering is no change; an edited footnote body is a metadata change).
- **classify**: status, renumbering, verb change, citations, footnote renumbering and the
  pairing score make each :class:`AlignedPair`; metadata and citation changes complete the
  :class:`Comparison`.

One :class:`EngineConfig` carries the diff options, the size limits, the aligner and the
cancel check. Every step polls the check (between paragraphs, and inside long diffs) and
raises :class:`Cancelled`. ``compare(old, new, options, pins)`` stays the simple entry point.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from .alignment import Alignment, Match, Pins, align
from .cancel import CancelCheck, Cancelled, ambient, raise_if
from .comparison import AlignedPair, Comparison, Status, metadata_changes
from .resolution import Kind, Paragraph, Resolution
from .text import from_superscript
from .tokenize import for_comparison
from .verbs import compare_verbs
from .worddiff import DiffLimits, DiffOptions, WordDiff, diff_texts

__all__ = ["Aligner", "AlignStep", "Cancelled", "DiffStep", "EngineConfig", "OrderAligner",
           "align_step", "classify_step", "diff_step", "run"]


@runtime_checkable
class Aligner(Protocol):
    """Pairs the paragraphs of one kind; must cover every paragraph exactly once."""

    def align(self, old: list[Paragraph], new: list[Paragraph], kind: Kind, pins: Pins,
              cancel: CancelCheck) -> Alignment: ...


@dataclass(frozen=True)
class OrderAligner:
    """The default strategy: word similarity, reading order and OP numbers (same language)."""

    def align(self, old, new, kind, pins, cancel):
        return align(old, new, kind, pins, cancel)


@dataclass(frozen=True)
class EngineConfig:
    """Everything a comparison run depends on besides the two texts and the pins."""
    options: DiffOptions = DiffOptions()
    limits: DiffLimits = DiffLimits()
    aligner: Aligner = field(default_factory=OrderAligner)
    cancel: CancelCheck | None = None    # None: the check of the surrounding cancel_scope

    def check(self) -> CancelCheck:
        return self.cancel if self.cancel is not None else ambient()


@dataclass(frozen=True)
class AlignStep:
    """The aligner's output for one kind, with the paragraphs its indices refer to."""
    kind: Kind
    old: tuple[Paragraph, ...]
    new: tuple[Paragraph, ...]
    matches: tuple[Match, ...]


@dataclass(frozen=True)
class DiffStep:
    kind: Kind
    old: tuple[Paragraph, ...]       # the group's paragraphs (not the whole text)
    new: tuple[Paragraph, ...]
    match: Match
    diff: WordDiff
    best: Paragraph | None = None    # unmatched: the likeliest partner on the other side


def align_step(old: Resolution, new: Resolution, pins: Pins, config: EngineConfig) -> list[AlignStep]:
    check = config.check()
    out = []
    for kind in (Kind.PREAMBULAR, Kind.OPERATIVE):
        raise_if(check)
        olds = [p for p in old.paragraphs if p.kind is kind]
        news = [p for p in new.paragraphs if p.kind is kind]
        alignment = config.aligner.align(olds, news, kind, pins, check)
        out.append(AlignStep(kind, tuple(olds), tuple(news), alignment.matches))
    return out


def _footnote_texts(res: Resolution) -> dict[str, str]:
    """Mark -> the footnote's text as compared (spacing and layout characters evened out)."""
    return {f.mark: re.sub(r"\s+", " ", for_comparison(f.text)).strip()
            for f in res.metadata.footnotes}


def _footnote_keys(old: Resolution, new: Resolution) -> tuple[dict[str, str], dict[str, str]]:
    """What each footnote mark is compared as, per side: the same key for the same footnote.

    Numbering restarts per document, so a mark is matched by its footnote's text first (3 -> 5
    with the same text is the same reference); a mark whose text has no equal on the other
    side is the same reference as the other side's unmatched mark with its number (the
    footnote's body was edited: a footnote change, reported with the metadata, not a change of
    the paragraph). Anything else is a different reference and shows as a change.
    """
    texts_old, texts_new = _footnote_texts(old), _footnote_texts(new)
    keys_old: dict[str, str] = {}
    keys_new: dict[str, str] = {}
    by_text: dict[str, list[str]] = {}
    for mark, text in texts_new.items():
        by_text.setdefault(text, []).append(mark)
    for mark, text in texts_old.items():
        if by_text.get(text):
            partner = by_text[text].pop(0)
            keys_old[mark] = keys_new[partner] = f"same\x00{mark}"
    for mark in texts_old:
        if mark not in keys_old and mark in texts_new and mark not in keys_new:
            keys_old[mark] = keys_new[mark] = f"same\x00{mark}"
    keys_old.update({m: f"old\x00{m}" for m in texts_old if m not in keys_old})
    keys_new.update({m: f"new\x00{m}" for m in texts_new if m not in keys_new})
    return keys_old, keys_new


def diff_step(old: Resolution, new: Resolution, aligned: list[AlignStep],
              config: EngineConfig) -> list[DiffStep]:
    check = config.check()
    marks_old, marks_new = _footnote_keys(old, new)
    out = []
    for step in aligned:
        for m in step.matches:
            raise_if(check)
            po = tuple(step.old[i] for i in m.old)
            pn = tuple(step.new[j] for j in m.new)
            diff = diff_texts("\n".join(p.text for p in po), "\n".join(p.text for p in pn),
                              config.options, config.limits, cancel=check,
                              old_marks=marks_old, new_marks=marks_new)
            best = None
            if m.best is not None:
                best = step.new[m.best[0]] if po else step.old[m.best[0]]
            out.append(DiffStep(step.kind, po, pn, m, diff, best))
    return out


_SUPER = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def _renumbered_marks(po, pn, marks_old: dict, marks_new: dict) -> tuple[tuple[str, str], ...]:
    """(old mark, new mark) for references whose footnote kept its text but changed number."""
    new_by_text: dict[str, str] = {}
    for p in pn:
        for mk in _SUPER.findall(p.text):
            mark = from_superscript(mk)
            if mark in marks_new:
                new_by_text.setdefault(marks_new[mark], mark)
    out = []
    for p in po:
        for mk in _SUPER.findall(p.text):
            mark = from_superscript(mk)
            partner = new_by_text.get(marks_old.get(mark, "\x00"))
            if partner is not None and partner != mark and (mark, partner) not in out:
                out.append((mark, partner))
    return tuple(out)


def classify_step(old: Resolution, new: Resolution, diffed: list[DiffStep], pins: Pins,
                  config: EngineConfig) -> Comparison:
    check = config.check()
    marks_old, marks_new = _footnote_texts(old), _footnote_texts(new)
    pairs = []
    for d in diffed:
        raise_if(check)
        po, pn, m, kind = d.old, d.new, d.match, d.kind
        best = (d.best.id, m.best[1]) if d.best is not None else None
        if po and pn:
            status = Status.MODIFIED if d.diff.changed or len(po) != len(pn) else Status.UNCHANGED
            renumbered = kind is Kind.OPERATIVE and [p.number for p in po] != [p.number for p in pn]
            old_c = {c for p in po for c in p.citations}
            new_c = {c for p in pn for c in p.citations}
            pairs.append(AlignedPair(
                kind, po, pn, status, m.relation, m.moved, renumbered, d.diff.similarity, d.diff,
                compare_verbs(po[0].verb, pn[0].verb),
                any((a.id, b.id) in pins.pairs for a in po for b in pn),
                tuple(c for p in pn for c in p.citations if c not in old_c),
                tuple(c for p in po for c in p.citations if c not in new_c),
                score=m.confidence,
                footnotes_renumbered=_renumbered_marks(po, pn, marks_old, marks_new)))
        elif pn:
            pairs.append(AlignedPair(kind, (), pn, Status.ADDED, "added", False, False, 0.0,
                                     d.diff, None,
                                     citations_added=tuple(c for p in pn for c in p.citations),
                                     best_match=best))
        else:
            pairs.append(AlignedPair(kind, po, (), Status.DELETED, "deleted", False, False, 0.0,
                                     d.diff, None,
                                     citations_removed=tuple(c for p in po for c in p.citations),
                                     best_match=best))
    cites_old, cites_new = old.metadata.citations, new.metadata.citations
    return Comparison(
        old=old, new=new, pairs=tuple(pairs), options=config.options, pins=pins,
        metadata_changes=tuple(metadata_changes(old.metadata, new.metadata)),
        citations_added=tuple(c for c in cites_new if c not in cites_old),
        citations_removed=tuple(c for c in cites_old if c not in cites_new))


def run(old: Resolution, new: Resolution, config: EngineConfig = EngineConfig(),
        pins: Pins = Pins()) -> Comparison:
    """align -> diff -> classify. Raises :class:`Cancelled` when the cancel check says so."""
    aligned = align_step(old, new, pins, config)
    diffed = diff_step(old, new, aligned, config)
    return classify_step(old, new, diffed, pins, config)
