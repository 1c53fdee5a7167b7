"""A word diff cut into coloured runs: the one place where ``Op`` becomes what a reader sees.

The window's panes, the printed/PDF page, the HTML page and the Word document all read these
runs, so deletions and insertions are cut the same way everywhere. A run's ``kind`` is the
``Op`` value itself ('equal' | 'delete' | 'insert'): one spelling from the diff to the paper.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..model import AlignedPair, Op, WordDiff

EQUAL, DELETE, INSERT = Op.EQUAL.value, Op.DELETE.value, Op.INSERT.value


@dataclass(frozen=True)
class Run:
    """One piece of a column: ``text`` shown as ``kind`` (EQUAL | DELETE | INSERT)."""
    text: str
    kind: str


def plain(runs: Iterable[Run]) -> str:
    return "".join(r.text for r in runs)


def _join(runs: Iterable[Run]) -> tuple[Run, ...]:
    """Drop empty pieces and merge neighbours of one kind (a diff may cut a word in two)."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and out[-1].kind == run.kind:
            out[-1] = Run(out[-1].text + run.text, run.kind)
        else:
            out.append(run)
    return tuple(out)


def old_runs(pair: AlignedPair) -> tuple[Run, ...]:
    """Old column: EQUAL ``seg.text`` + DELETE ``seg.text`` (concatenates to the old text)."""
    if pair.diff is None:
        return (Run(pair.old_text, DELETE if not pair.new else EQUAL),) if pair.old else ()
    return _join(Run(s.text, EQUAL if s.op is Op.EQUAL else DELETE)
                 for s in pair.diff.segments if s.op is not Op.INSERT)


def new_runs(pair: AlignedPair) -> tuple[Run, ...]:
    """New column: EQUAL ``seg.new_side`` + INSERT ``seg.text`` (concatenates to the new text)."""
    if pair.diff is None:
        return (Run(pair.new_text, INSERT if not pair.old else EQUAL),) if pair.new else ()
    return _join(Run(s.new_side if s.op is Op.EQUAL else s.text,
                     EQUAL if s.op is Op.EQUAL else INSERT)
                 for s in pair.diff.segments if s.op is not Op.DELETE)


def inline_runs(pair: AlignedPair) -> tuple[Run, ...]:
    """Single-column redline: equal text as it now reads, deletions before insertions."""
    if pair.diff is None:
        return old_runs(pair) + new_runs(pair)
    return _join(Run(s.new_side if s.op is Op.EQUAL else s.text, s.op.value)
                 for s in pair.diff.segments)


def pair_runs(pair: AlignedPair) -> tuple[tuple[Run, ...], tuple[Run, ...]]:
    """(old column, new column) of ``pair``."""
    return old_runs(pair), new_runs(pair)


def tracked_runs(diff: WordDiff | None) -> tuple[Run, ...]:
    """The diff as revisions that give exactly the old text when insertions are dropped and
    exactly the new one when deletions are: a piece equal only under an ignore option (， = ,)
    is a deletion of the old spelling then an insertion of the new. Pieces are not merged, so
    a writer sees the diff's own cuts."""
    out: list[Run] = []
    for s in diff.segments if diff is not None else ():
        if s.op is Op.EQUAL and s.new_side != s.text:
            out += [Run(s.text, DELETE), Run(s.new_side, INSERT)]
        else:
            out.append(Run(s.text, s.op.value))
    return tuple(r for r in out if r.text)
