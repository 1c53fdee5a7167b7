"""Which paragraph of the old text became which paragraph of the new one.

One global, order-aware assignment per kind (preambular, operative):

1. Similarity of every old/new pair: Dice coefficient over word unigrams and bigrams, with
   words frequent in both texts dropped (they say "human rights", not "this paragraph").
   Sets are Python ints used as bitsets, so all n*m scores cost one AND and one popcount each.
2. A dynamic programme finds the order-preserving matching with the greatest total
   ``similarity - THRESHOLD`` (+ a small bonus for an OP keeping its number). Renumbered
   paragraphs (37/23 OP2 -> 43/21 OP4) fall out of it; an OP keeps its number's partner only
   when that partner is really the same paragraph.
3. What is left on both sides is matched by an optimal assignment (Hungarian method) above a
   stricter threshold: those pairs are moves.
4. Adjacent paragraphs that together cover one paragraph on the other side better than
   fewer of them do are a split (1 -> k) or a merge (k -> 1), k up to MAX_GROUP.
6. Each match carries a pairing ``confidence`` (similarity plus number and order evidence);
   an unmatched paragraph carries its likeliest partner (``best``) when one is plausible.
5. Pins (pairs a person fixed by hand) are honoured first; forbidden pairs are never made.
   "Moved" is decided globally at the end: the pairs outside the heaviest order-consistent
   chain of the final matching.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .cancel import CancelCheck, raise_if
from .resolution import Kind, Paragraph
from .text import fold_width
from .tokenize import for_comparison, tokenize

THRESHOLD = 0.22       # a pair must be this similar to count as "the same paragraph"
MOVE_THRESHOLD = 0.40  # out-of-order pairs need stronger evidence
NUMBER_BONUS = 0.06    # an OP keeping its number wins ties, never a real mismatch
SPLIT_CONTAINMENT = 0.55
SPLIT_GAIN = 0.08
STRONG_CONTAINMENT = 0.8
ORDER_BONUS = 0.05     # pairing score: the pair sits in order with its neighbours
BEST_MATCH_FLOOR = 0.10  # below this an unmatched paragraph has no plausible partner


@dataclass(frozen=True)
class Pins:
    """Manual decisions: ``pairs`` are forced together, ``forbidden`` kept apart (old id, new id)."""
    pairs: frozenset[tuple[str, str]] = frozenset()
    forbidden: frozenset[tuple[str, str]] = frozenset()

    def pin(self, old: str, new: str) -> "Pins":
        """Pair two paragraphs by hand; any earlier pin of either paragraph is dropped."""
        kept = {p for p in self.pairs if p[0] != old and p[1] != new}
        return Pins(frozenset(kept | {(old, new)}), self.forbidden - {(old, new)})

    def unpair(self, old: str, new: str) -> "Pins":
        """Keep two paragraphs apart (and drop a pin that joined them)."""
        return Pins(self.pairs - {(old, new)}, self.forbidden | {(old, new)})

    def reset(self, old: str | None = None, new: str | None = None) -> "Pins":
        """Forget manual decisions touching ``old`` and/or ``new`` (all when both are None)."""
        if old is None and new is None:
            return Pins()
        hit = lambda p: p[0] == old or p[1] == new  # noqa: E731
        return Pins(frozenset(p for p in self.pairs if not hit(p)),
                    frozenset(p for p in self.forbidden if not hit(p)))

    def to_dict(self) -> dict:
        return {"pairs": sorted(map(list, self.pairs)), "forbidden": sorted(map(list, self.forbidden))}

    @classmethod
    def from_dict(cls, data: dict | None) -> "Pins":
        data = data or {}
        return cls(frozenset(tuple(p) for p in data.get("pairs", ())),
                   frozenset(tuple(p) for p in data.get("forbidden", ())))


@dataclass(frozen=True)
class Match:
    """One aligned group: old paragraph indices with new ones (in reading order); one side has
    one paragraph, the other up to MAX_GROUP (a split or a merge), or one side is empty."""
    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float = 0.0               # similarity of the group's discriminating words (Dice)
    pinned: bool = False
    moved: bool = False
    confidence: float = 0.0          # pairing score: ``score`` plus number and order evidence
    best: tuple[int, float] | None = None  # unmatched: likeliest partner (index, similarity)

    @property
    def relation(self) -> str:
        if len(self.old) > 1:
            return "merge"
        if len(self.new) > 1:
            return "split"
        return "one-to-one" if self.old and self.new else ("deleted" if self.old else "added")


@dataclass(frozen=True)
class Alignment:
    kind: Kind
    matches: tuple[Match, ...] = field(default=())


# --- similarity ----------------------------------------------------------------------------

@functools.lru_cache(maxsize=8192)
def _features(text: str) -> frozenset[str]:
    words = [fold_width(t) for t in tokenize(for_comparison(text)) if any(ch.isalnum() for ch in t)]
    words = [w.lower() for w in words]
    return frozenset(words) | frozenset(a + "\x00" + b for a, b in zip(words, words[1:]))


class _Scorer:
    """All-pairs Dice similarity on bitsets of the discriminating features."""

    def __init__(self, old: list[Paragraph], new: list[Paragraph]):
        fa = [_features(p.text) for p in old]
        fb = [_features(p.text) for p in new]
        df: dict[str, int] = {}
        for feats in fa + fb:
            for f in feats:
                df[f] = df.get(f, 0) + 1
        total = len(fa) + len(fb)
        # Words in most paragraphs ("人权", "促进") say nothing about which paragraph this is.
        common = {f for f, c in df.items() if total >= 8 and c > 0.5 * total}
        index: dict[str, int] = {}
        self.bits_a = [self._bits(f - common, index) for f in fa]
        self.bits_b = [self._bits(f - common, index) for f in fb]
        self.size_a = [b.bit_count() for b in self.bits_a]
        self.size_b = [b.bit_count() for b in self.bits_b]

    @staticmethod
    def _bits(feats, index) -> int:
        value = 0
        for f in feats:
            bit = index.get(f)
            if bit is None:
                bit = index[f] = len(index)
            value |= 1 << bit
        return value

    def matrix(self, cancel: CancelCheck | None = None) -> list[list[float]]:
        rows = []
        for a, na in zip(self.bits_a, self.size_a):
            raise_if(cancel)
            row = []
            for b, nb in zip(self.bits_b, self.size_b):
                row.append(2.0 * (a & b).bit_count() / (na + nb) if na + nb else 1.0)
            rows.append(row)
        return rows

    def containment(self, i: int, j: int, of_new: bool) -> float:
        inter = (self.bits_a[i] & self.bits_b[j]).bit_count()
        denom = self.size_b[j] if of_new else self.size_a[i]
        return inter / denom if denom else 0.0

    def dice_group(self, olds: tuple[int, ...], news: tuple[int, ...]) -> float:
        a = 0
        for i in olds:
            a |= self.bits_a[i]
        b = 0
        for j in news:
            b |= self.bits_b[j]
        na, nb = a.bit_count(), b.bit_count()
        return 2.0 * (a & b).bit_count() / (na + nb) if na + nb else 1.0


# --- the assignment ------------------------------------------------------------------------

def align(old: list[Paragraph], new: list[Paragraph], kind: Kind, pins: Pins = Pins(),
          cancel: CancelCheck | None = None) -> Alignment:
    """Align paragraphs of one kind. Returns matches covering every paragraph exactly once.

    ``cancel`` is polled between the stages and per row of the quadratic ones."""
    n, m = len(old), len(new)
    oid = {p.id: i for i, p in enumerate(old)}
    nid = {p.id: j for j, p in enumerate(new)}
    scorer = _Scorer(old, new)
    sim = scorer.matrix(cancel)

    pinned = [(oid[a], nid[b]) for a, b in pins.pairs if a in oid and b in nid]
    forbidden = {(oid[a], nid[b]) for a, b in pins.forbidden if a in oid and b in nid}
    pinned_old = {i for i, _ in pinned}
    pinned_new = {j for _, j in pinned}

    def gain(i: int, j: int) -> float | None:
        if (i, j) in forbidden:
            return None
        s = sim[i][j]
        if s < THRESHOLD:
            return None
        bonus = NUMBER_BONUS if kind is Kind.OPERATIVE and old[i].number == new[j].number else 0.0
        return s - THRESHOLD + bonus + 1e-6

    free_old = [i for i in range(n) if i not in pinned_old]
    free_new = [j for j in range(m) if j not in pinned_new]
    pairs = _monotone(free_old, free_new, gain, cancel)
    raise_if(cancel)
    used_old = {i for i, _ in pairs} | pinned_old
    used_new = {j for _, j in pairs} | pinned_new
    rest_old = [i for i in range(n) if i not in used_old]
    rest_new = [j for j in range(m) if j not in used_new]
    moves = _assignment(rest_old, rest_new,
                        lambda i, j: None if (i, j) in forbidden or sim[i][j] < MOVE_THRESHOLD
                        else sim[i][j])
    one_to_one = {(i, j): sim[i][j] for i, j in pairs + moves}
    one_to_one.update({(i, j): sim[i][j] for i, j in pinned})

    raise_if(cancel)
    groups = _splits_and_merges(one_to_one, n, m, scorer, forbidden, set(pinned))
    matches = [_with_confidence(mt, old, new, kind) for mt in _with_moves(groups, set(pinned))]
    covered_old = {i for mt in matches for i in mt.old}
    covered_new = {j for mt in matches for j in mt.new}
    matches += [Match((i,), (), best=_best(sim[i])) for i in range(n) if i not in covered_old]
    matches += [Match((), (j,), best=_best([row[j] for row in sim]))
                for j in range(m) if j not in covered_new]
    return Alignment(kind, tuple(_reading_order(matches)))


def _with_confidence(mt: Match, old: list[Paragraph], new: list[Paragraph], kind: Kind) -> Match:
    """How sure the pairing is: word similarity, plus the evidence of an OP keeping its number
    and of the pair sitting in order (not moved). Text similarity alone is shown separately."""
    keeps_number = (kind is Kind.OPERATIVE and len(mt.old) == len(mt.new) == 1
                    and old[mt.old[0]].number == new[mt.new[0]].number)
    value = mt.score + (NUMBER_BONUS if keeps_number else 0.0) + (0.0 if mt.moved else ORDER_BONUS)
    return Match(mt.old, mt.new, mt.score, mt.pinned, mt.moved, round(min(1.0, value), 4))


def _best(row: list[float]) -> tuple[int, float] | None:
    """The likeliest partner of an unmatched paragraph, when there is a plausible one."""
    if not row:
        return None
    k = max(range(len(row)), key=lambda x: (row[x], -x))
    return (k, round(row[k], 4)) if row[k] >= BEST_MATCH_FLOOR else None


def _monotone(rows: list[int], cols: list[int], gain,
              cancel: CancelCheck | None = None) -> list[tuple[int, int]]:
    """Order-preserving matching of maximum total gain (Needleman-Wunsch, zero gap cost)."""
    R, C = len(rows), len(cols)
    if not R or not C:
        return []
    # Only pairs with a gain can be matched; score[r][c] = best over rows[:r], cols[:c].
    gains = [[gain(i, j) for j in cols] for i in rows]
    score = [[0.0] * (C + 1) for _ in range(R + 1)]
    for r in range(1, R + 1):
        raise_if(cancel)
        grow = gains[r - 1]
        prev, cur = score[r - 1], score[r]
        for c in range(1, C + 1):
            best = prev[c] if prev[c] >= cur[c - 1] else cur[c - 1]
            g = grow[c - 1]
            if g is not None and prev[c - 1] + g > best:
                best = prev[c - 1] + g
            cur[c] = best
    out = []
    r, c = R, C
    while r and c:
        g = gains[r - 1][c - 1]
        if g is not None and abs(score[r][c] - (score[r - 1][c - 1] + g)) < 1e-12:
            out.append((rows[r - 1], cols[c - 1]))
            r, c = r - 1, c - 1
        elif score[r][c] == score[r - 1][c]:
            r -= 1
        else:
            c -= 1
    return out[::-1]


def _assignment(rows: list[int], cols: list[int], weight) -> list[tuple[int, int]]:
    """Maximum-weight bipartite matching (Hungarian method on the leftovers; weight None = no edge)."""
    if not rows or not cols:
        return []
    w = [[weight(i, j) for j in cols] for i in rows]
    live_rows = [r for r in range(len(rows)) if any(x is not None for x in w[r])]
    live_cols = [c for c in range(len(cols)) if any(w[r][c] is not None for r in live_rows)]
    if not live_rows or not live_cols:
        return []
    size = max(len(live_rows), len(live_cols))
    big = 10.0
    # Min-cost square matrix: cost = big - weight; missing edges cost big (= stay unmatched).
    cost = [[big] * size for _ in range(size)]
    for a, r in enumerate(live_rows):
        for b, c in enumerate(live_cols):
            if w[r][c] is not None:
                cost[a][b] = big - w[r][c]
    assign = _hungarian(cost)
    out = []
    for a, b in enumerate(assign):
        if a < len(live_rows) and b < len(live_cols):
            r, c = live_rows[a], live_cols[b]
            if w[r][c] is not None:
                out.append((rows[r], cols[c]))
    return out


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Square min-cost assignment (Jonker-Volgenant style potentials), O(n^3)."""
    n = len(cost)
    INF = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [INF] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], INF, 0
            row = cost[i0 - 1]
            for j in range(1, n + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    result = [0] * n
    for j in range(1, n + 1):
        if p[j]:
            result[p[j] - 1] = j - 1
    return result


MAX_GROUP = 4  # a paragraph split into (or merged from) at most this many parts


def similarity_matrix(old: list[Paragraph], new: list[Paragraph]) -> list[list[float]]:
    """The aligner's word similarity of every old paragraph with every new one (rows: old),
    as it scores them before order and numbers count: for suggesting another partner."""
    return _Scorer(list(old), list(new)).matrix()


def _splits_and_merges(one_to_one: dict, n: int, m: int, scorer: _Scorer, forbidden: set,
                       pinned: set) -> list[Match]:
    """Grow 1:1 pairs into 1:k (split) or k:1 (merge) groups where the evidence is clear.

    A group grows one adjacent unmatched paragraph at a time, as long as each addition is drawn
    from the group's single paragraph on the other side and raises the group's similarity.
    Groups are tracked per paragraph (not per original pair), so a paragraph split in three
    (the middle part matched 1:1, both neighbours unmatched, or two unmatched parts on one side)
    becomes one group of three. Growth repeats until nothing changes, so the parts may be
    reached from either end.
    """
    groups: list[dict] = [{"old": [i], "new": [j], "score": s, "pinned": (i, j) in pinned}
                          for (i, j), s in one_to_one.items()]
    group_of_old = {g["old"][0]: g for g in groups}
    group_of_new = {g["new"][0]: g for g in groups}

    def grow(side: str, other: str, group_of: dict, size: int, of_new: bool) -> bool:
        changed = False
        for x in range(size):
            if x in group_of:
                continue
            best = None
            for nb in (x - 1, x + 1):
                g = group_of.get(nb)
                # A group grows on one side only: a split never also merges.
                if g is None or g["pinned"] or len(g[other]) != 1 or len(g[side]) >= MAX_GROUP:
                    continue
                y = g[other][0]
                pair = (y, x) if of_new else (x, y)
                if pair in forbidden:
                    continue
                i, j = pair
                contained = scorer.containment(i, j, of_new=of_new)
                if contained < SPLIT_CONTAINMENT:
                    continue
                members = tuple(sorted(g[side] + [x]))
                combined = (scorer.dice_group((y,), members) if of_new
                            else scorer.dice_group(members, (y,)))
                # A short part can raise the group's similarity only a little; when its words
                # are (almost) all drawn from the other paragraph, any gain is enough.
                needed = 1e-9 if contained >= STRONG_CONTAINMENT else SPLIT_GAIN
                if combined >= g["score"] + needed and (best is None or combined > best[0]):
                    best = (combined, g, members)
            if best:
                combined, g, members = best
                g[side], g["score"] = list(members), combined
                group_of[x] = g
                changed = True
        return changed

    # Splits first (new side grows), then merges (old side grows), as before; each to a fixpoint.
    while grow("new", "old", group_of_new, m, of_new=True):
        pass
    while grow("old", "new", group_of_old, n, of_new=False):
        pass
    return [Match(tuple(g["old"]), tuple(g["new"]), g["score"], g["pinned"]) for g in groups]


def _with_moves(groups: list[Match], pinned: set) -> list[Match]:
    """Mark as moved every group outside the heaviest order-consistent chain."""
    ordered = sorted(groups, key=lambda g: (g.old[0], g.new[0]))
    k = len(ordered)
    best = [g.score + 1.0 for g in ordered]  # +1: prefer chains with more pairs
    back = [-1] * k
    for b in range(k):
        for a in range(b):
            if ordered[a].old[-1] < ordered[b].old[0] and ordered[a].new[-1] < ordered[b].new[0]:
                if best[a] + ordered[b].score + 1.0 > best[b]:
                    best[b], back[b] = best[a] + ordered[b].score + 1.0, a
    chain = set()
    if k:
        at = max(range(k), key=lambda x: best[x])
        while at != -1:
            chain.add(at)
            at = back[at]
    return [Match(g.old, g.new, g.score, g.pinned, idx not in chain) for idx, g in enumerate(ordered)]


def _reading_order(matches: list[Match]) -> list[Match]:
    """New text's order; a deleted paragraph follows the pair of its old predecessor."""
    by_old_pos = {}
    for mt in matches:
        for i in mt.old:
            by_old_pos[i] = mt

    def key(mt: Match):
        if mt.new:
            return (mt.new[0], 0, mt.old[0] if mt.old else -1)
        i = mt.old[0]
        for prev in range(i - 1, -1, -1):
            anchor = by_old_pos.get(prev)
            if anchor is not None and anchor.new:
                return (anchor.new[-1], 1, i)
        return (-1, 1, i)

    return sorted(matches, key=key)
