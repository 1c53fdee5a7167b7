"""What the comparison view shows, computed from the model without Qt.

A :class:`RowView` is one aligned pair as the window draws it: label, status and flags, and the
old / new / inline texts cut into :class:`Run` pieces (equal, deleted, inserted). The connector
links, find matches and next-change navigation are plain functions over these rows, so the
widgets only paint and route — and everything here is unit-tested without a display.

Import direction: viewer.ui widgets import this module, never the reverse; no Qt import here.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from ..model import Comparison, VerbChange
from .runs import DELETE, EQUAL, INSERT, Run, inline_runs, new_runs, old_runs, plain

# Order in which flags appear on a row and counts appear in the status bar.
SUMMARY_ORDER = ("added", "deleted", "modified", "moved", "renumbered", "split", "merged",
                 "verb_changes")


@dataclass(frozen=True)
class RowView:
    """One aligned pair as displayed. ``index`` is its position in ``comparison.pairs``."""
    index: int
    key: str
    label: str
    kind: str                       # "preambular" | "operative"
    status: str                     # Status value: unchanged | modified | added | deleted
    flags: tuple[str, ...]          # moved, renumbered, split, merged, pinned
    old_ids: tuple[str, ...]
    new_ids: tuple[str, ...]
    old: tuple[Run, ...]
    new: tuple[Run, ...]
    inline: tuple[Run, ...]
    verb: VerbChange | None
    changed: bool
    old_origin: str | None = None   # moved rows: old paragraph just before this one ("" = first)

    @property
    def old_text(self) -> str:
        return plain(self.old)

    @property
    def new_text(self) -> str:
        return plain(self.new)

    @property
    def inline_text(self) -> str:
        return plain(self.inline)

    def text(self, side: str) -> str:
        return plain(getattr(self, side))


def build_rows(comparison: Comparison) -> tuple[RowView, ...]:
    """Every pair of ``comparison`` as a RowView, in reading order."""
    previous_old: dict[str, str] = {}
    for kind_paras in (comparison.old.preambular, comparison.old.operative):
        for before, para in zip(("",) + tuple(p.id for p in kind_paras), kind_paras):
            previous_old[para.id] = before
    rows = []
    for i, pair in enumerate(comparison.pairs):
        old_ids = tuple(p.id for p in pair.old)
        rows.append(RowView(
            index=i, key=pair.key, label=pair.label, kind=pair.kind.value,
            status=pair.status.value, flags=pair.flags,
            old_ids=old_ids, new_ids=tuple(p.id for p in pair.new),
            old=old_runs(pair), new=new_runs(pair), inline=inline_runs(pair),
            verb=pair.verb_change, changed=pair.changed,
            old_origin=previous_old.get(old_ids[0]) if pair.moved and old_ids else None))
    return tuple(rows)


def visible_rows(rows: Sequence[RowView], only_changes: bool) -> list[int]:
    """Indices (into ``rows``) the view shows."""
    return [r.index for r in rows if r.changed or not only_changes]


def summary_counts(comparison: Comparison) -> list[tuple[str, int]]:
    """Non-zero counts for the status bar, in a fixed order: [('added', 3), ('deleted', 1)…]."""
    summary = comparison.summary
    return [(name, summary[name]) for name in SUMMARY_ORDER if summary.get(name)]


# --- connector ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Link:
    """A band the connector paints. ``row`` is a position in the visible rows; for a moved pair
    ``origin`` is the boundary where the old paragraph stood: a band is drawn from the gap after
    visible row ``origin`` (-1: above the first row) to ``row`` on the new side."""
    row: int
    kind: str          # unchanged | modified | added | deleted | moved
    origin: int | None = None


def links(rows: Sequence[RowView], visible: Sequence[int]) -> list[Link]:
    """Connector bands for the visible rows (computed once per comparison, never while painting)."""
    position = {full: pos for pos, full in enumerate(visible)}
    row_of_old: dict[str, int] = {}
    for r in rows:
        for pid in r.old_ids:
            row_of_old[pid] = r.index
    first_of_kind: dict[str, int] = {}
    for r in rows:
        first_of_kind.setdefault(r.kind, r.index)
    out = []
    for pos, full in enumerate(visible):
        r = rows[full]
        out.append(Link(pos, r.status))
        if "moved" in r.flags and r.old_origin is not None:
            # the full-list row after which the old paragraph used to stand
            after = row_of_old.get(r.old_origin, first_of_kind[r.kind] - 1) if r.old_origin else \
                first_of_kind[r.kind] - 1
            shown = [position[i] for i in range(after, -1, -1) if i in position]
            out.append(Link(pos, "moved", shown[0] if shown else -1))
    return out


# --- navigation and find -----------------------------------------------------------------

def next_change(rows: Sequence[RowView], visible: Sequence[int], current: int | None,
                forward: bool = True) -> int | None:
    """The visible position of the next (or previous) changed row after ``current``."""
    n = len(visible)
    if forward:
        start = -1 if current is None else current
        candidates = range(start + 1, n)
    else:
        start = n if current is None else current
        candidates = range(start - 1, -1, -1)
    for pos in candidates:
        if rows[visible[pos]].changed:
            return pos
    return None


@dataclass(frozen=True)
class Match:
    row: int     # visible position
    side: str    # old | new | inline
    start: int
    end: int


def find_matches(rows: Sequence[RowView], visible: Sequence[int], needle: str,
                 sides: Sequence[str], case_sensitive: bool = False) -> list[Match]:
    """Every occurrence of ``needle`` in the given sides of the visible rows, in reading order."""
    if not needle:
        return []
    want = needle if case_sensitive else needle.casefold()
    out = []
    for pos, full in enumerate(visible):
        for side in sides:
            text = rows[full].text(side)
            hay = text if case_sensitive else text.casefold()
            if len(hay) != len(text):   # casefold changed lengths (ß…): fall back to exact search
                hay, target = text, needle
            else:
                target = want
            start = hay.find(target)
            while start >= 0 and target:
                out.append(Match(pos, side, start, start + len(target)))
                start = hay.find(target, start + len(target))
    return out


def shown_matches(matches: Sequence[Match], visible: Sequence[int]) -> list[Match]:
    """``matches`` found over every row (``row`` a full index) as the view takes them: those in
    ``visible`` rows only, ``row`` turned into the visible position."""
    position = {full: pos for pos, full in enumerate(visible)}
    return [replace(m, row=position[m.row]) for m in matches if m.row in position]
