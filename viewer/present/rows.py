"""What the comparison view shows, computed from the model without Qt.

A :class:`RowView` is one aligned pair as the window draws it: label, status and flags, and the
old / new / inline texts cut into :class:`Run` pieces (equal, deleted, inserted). The connector
links, find matches and next-change navigation are plain functions over these rows, so the
widgets only paint and route — and everything here is unit-tested without a display.

A pairing the aligner is unsure of (``score`` under :data:`LOW_CONFIDENCE`, not pinned by hand)
is ``weak``: the window marks it "check this pairing". Unmatched and weak rows carry a
``candidate`` — the (old id, new id) pairing the user can make in one click.

Long runs of unchanged rows fold into one row (:func:`fold_layout`) that expands in place.

Import direction: viewer.ui widgets import this module, never the reverse; no Qt import here.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from ..model import Comparison, Kind, VerbChange
from ..model.alignment import similarity_matrix
from ..wording import text as word
from .warnings import LOW_CONFIDENCE, low_confidence  # noqa: F401 (re-exported for the window)
from .runs import DELETE, EQUAL, INSERT, Run, inline_runs, new_runs, old_runs, plain

# Order in which flags appear on a row and counts appear in the status bar.
SUMMARY_ORDER = ("added", "deleted", "modified", "moved", "renumbered", "split", "merged",
                 "verb_changes")


# A run of at least this many unchanged rows folds by default (with "only changes", any run).
FOLD_MIN = 4

# A candidate partner must share at least this much of the discriminating words (Dice): less
# is what any two paragraphs of one resolution share.
CANDIDATE_FLOOR = 0.1


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
    score: float = 1.0              # pairing score (the aligner's confidence); 0 when unmatched
    text_similarity: float = 1.0    # share of equal text in the word diff
    weak: bool = False              # paired, not by hand, score under LOW_CONFIDENCE
    candidate: tuple[str, str] | None = None   # (old id, new id): the pairing offered instead
    candidate_similarity: float = 0.0

    @property
    def paired(self) -> bool:
        return bool(self.old_ids and self.new_ids)

    @property
    def candidate_id(self) -> str | None:
        """The paragraph on the other side the candidate pairing would join this row with."""
        if self.candidate is None:
            return None
        old, new = self.candidate
        return new if old in self.old_ids and new not in self.new_ids else old

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
    offers = _candidates(comparison)
    rows = []
    for i, pair in enumerate(comparison.pairs):
        old_ids = tuple(p.id for p in pair.old)
        paired = bool(pair.old and pair.new)
        weak = low_confidence(pair)
        offer = offers.get(i) if weak or not paired else None
        rows.append(RowView(
            index=i, key=pair.key, label=pair.label, kind=pair.kind.value,
            status=pair.status.value, flags=pair.flags,
            old_ids=old_ids, new_ids=tuple(p.id for p in pair.new),
            old=old_runs(pair), new=new_runs(pair), inline=inline_runs(pair),
            verb=pair.verb_change, changed=pair.changed,
            old_origin=previous_old.get(old_ids[0]) if pair.moved and old_ids else None,
            score=pair.score if paired else 0.0,
            text_similarity=pair.text_similarity if paired else 0.0, weak=weak,
            candidate=offer[0] if offer else None,
            candidate_similarity=offer[1] if offer else 0.0))
    return tuple(rows)


def _candidates(comparison: Comparison) -> dict[int, tuple[tuple[str, str], float]]:
    """For unmatched pairs: the engine's ``best_match``. For weakly matched ones: the likeliest
    other partner (same kind) by the aligner's own similarity of discriminating words, when it
    reaches CANDIDATE_FLOOR. {pair index: ((old, new), similarity)}."""
    out: dict[int, tuple[tuple[str, str], float]] = {}
    weak = []
    for i, pair in enumerate(comparison.pairs):
        if pair.best_match is not None and not (pair.old and pair.new):
            other, sim = pair.best_match
            key = (pair.old[0].id, other) if pair.old else (other, pair.new[0].id)
            out[i] = (key, sim)
        elif low_confidence(pair) and len(pair.old) == len(pair.new) == 1:
            weak.append(i)
    if not weak:
        return out
    by_kind = {}
    for kind, olds, news in ((Kind.PREAMBULAR, comparison.old.preambular,
                              comparison.new.preambular),
                             (Kind.OPERATIVE, comparison.old.operative, comparison.new.operative)):
        by_kind[kind] = (olds, news, None)
    for i in weak:
        pair = comparison.pairs[i]
        olds, news, sim = by_kind[pair.kind]
        if sim is None:      # computed once per kind, only when a weak pair needs it
            sim = similarity_matrix(olds, news)
            by_kind[pair.kind] = (olds, news, sim)
        oi = next(k for k, p in enumerate(olds) if p.id == pair.old[0].id)
        ni = next(k for k, p in enumerate(news) if p.id == pair.new[0].id)
        # the next likeliest partner: another new paragraph for the old one, or another old
        # paragraph for the new one (the aligner already preferred the present one overall,
        # but a weak pairing is exactly where the reader may know better)
        choices = [(sim[oi][k], (olds[oi].id, news[k].id)) for k in range(len(news)) if k != ni]
        choices += [(sim[k][ni], (olds[k].id, news[ni].id)) for k in range(len(olds)) if k != oi]
        if choices:
            best, key = max(choices, key=lambda c: c[0])
            if best >= CANDIDATE_FLOOR:
                out[i] = (key, round(best, 4))
    return out


def visible_rows(rows: Sequence[RowView], only_changes: bool) -> list[int]:
    """Indices (into ``rows``) the view shows."""
    return [r.index for r in rows if r.changed or not only_changes]


@dataclass(frozen=True)
class Fold:
    """Unchanged rows shown as one row: ``members`` are full indices, the first stands for all."""
    members: tuple[int, ...]
    first: str          # label of the first and last paragraph (new numbering where there is one)
    last: str

    @property
    def key(self) -> str:
        return f"fold:{self.first}"

    @property
    def count(self) -> int:
        return len(self.members)


def _short_id(row: RowView, last: bool) -> str:
    ids = row.new_ids or row.old_ids
    return ids[-1] if last else ids[0]


def fold_layout(rows: Sequence[RowView], only_changes: bool, unfolded: Iterable[str] = (),
                min_run: int = FOLD_MIN) -> tuple[list[int], dict[int, Fold]]:
    """The rows the view shows, with runs of unchanged rows folded: (visible full indices,
    {full index of a fold's first row: Fold}). A fold's other rows are not visible.

    With ``only_changes`` every run of unchanged rows folds (the count of what is hidden stays
    in sight), otherwise runs of ``min_run`` or more. A run never crosses the preambular /
    operative boundary. ``unfolded`` holds the keys of folds the user opened."""
    opened = set(unfolded)
    need = 1 if only_changes else min_run
    visible: list[int] = []
    folds: dict[int, Fold] = {}
    run: list[RowView] = []

    def flush() -> None:
        if not run:
            return
        fold = Fold(tuple(r.index for r in run), _short_id(run[0], False),
                    _short_id(run[-1], True))
        if len(run) >= need and fold.key not in opened:
            folds[run[0].index] = fold
            visible.append(run[0].index)
        else:
            visible.extend(r.index for r in run)
        run.clear()

    for r in rows:
        if r.changed or (run and run[0].kind != r.kind):
            flush()
        if r.changed:
            visible.append(r.index)
        else:
            run.append(r)
    flush()
    return visible, folds


def hidden_count(folds: dict[int, Fold]) -> int:
    """How many rows the folds hide (each fold shows one row in place of its members)."""
    return sum(f.count for f in folds.values())


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


# --- copy a reference ----------------------------------------------------------------------

def paragraph_reference(pid: str, language: str) -> str:
    """'OP4' as a delegate cites it: 'OP 4' / '执行部分第4段'; a group names each part."""
    parts = []
    for one in pid.split("+"):
        prefix, number = one[:2], one[2:]
        if prefix in ("PP", "OP") and number:
            parts.append(word(f"ref.{prefix}", language, n=number))
        else:
            parts.append(one)
    return word("list_separator", language).join(parts)


def marked_text(runs: Sequence[Run]) -> str:
    """Runs as plain text that keeps the changes visible: [-deleted-] {+inserted+} (the marks
    of wdiff and git's word diff, which survive any e-mail program)."""
    out = []
    for run in runs:
        if run.kind == DELETE:
            out.append(f"[-{run.text}-]")
        elif run.kind == INSERT:
            out.append(f"{{+{run.text}+}}")
        else:
            out.append(run.text)
    return "".join(out)


def reference_text(row: RowView, old_name: str, new_name: str, language: str,
                   side: str | None = None) -> str:
    """What Copy reference puts on the clipboard: 'A/HRC/RES/43/21, OP 4' and the text. For a
    pair (``side`` None) both references, both versions and the changes marked as text; with
    ``side`` 'old' or 'new' only that version."""
    sep = word("ref.separator", language)

    def ref(name: str, ids: tuple[str, ...]) -> str:
        return f"{name}{sep}{paragraph_reference('+'.join(ids), language)}"

    if side == "old" or (side is None and not row.new_ids):
        return f"{ref(old_name, row.old_ids)}\n{row.old_text}"
    if side == "new" or not row.old_ids:
        return f"{ref(new_name, row.new_ids)}\n{row.new_text}"
    head = f"{ref(old_name, row.old_ids)} → {ref(new_name, row.new_ids)}"
    if not row.changed or row.old_text == row.new_text:
        return f"{head}\n{row.new_text}"
    return "\n".join([
        head,
        f"{word('old', language)}: {row.old_text}",
        f"{word('new', language)}: {row.new_text}",
        f"{word('ref.changes', language)}: {marked_text(row.inline)}",
        word("ref.legend", language)])
