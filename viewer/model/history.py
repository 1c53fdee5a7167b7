"""A resolution's history: N ≥ 2 versions, the comparison of any two, and each paragraph's lineage.

Versions
    Each version keeps a ``key`` ('v1', 'v2', … in the order the texts were given) that never
    changes when the versions are reordered, so manual pairings and notes stay attached to the
    right pair of texts.

Order (:func:`chronological`, a stable, documented rule)
    1. ``date``: when every version has a date — its adoption date (``metadata.date``), else the
       first date of its session (``metadata.session_dates``: a draft is tabled during the
       session, before the text adopted at its end) — sort by that date;
    2. ``session``: else, when every version names a session number and all come from the same
       body, sort by session number (sessions of different bodies are not comparable);
    3. ``given``: else keep the order the versions were given.
    Ties (same date or session) put a draft before an adopted text, then keep the given order.

Comparisons
    Only :func:`viewer.model.comparison.compare` is used. Adjacent pairs are compared when the
    history is built; any other pair on demand. Results are cached by (old key, new key) and the
    cache is shared with a reordered copy, so stepping back to an earlier order costs nothing.

Lineages
    A lineage is a connected component of the graph whose nodes are (version, paragraph) and
    whose edges are the aligned pairs of each adjacent comparison. Every paragraph sits in exactly
    one pair of the comparison before it and one of the comparison after it, so a lineage holds,
    for every step, exactly the pairs of that step's comparison that touch it: lineages agree
    with the pairwise result by construction (a test checks it on real material). A split
    (1 → 2) or merge (2 → 1) makes a lineage hold two paragraphs in one version: such a lineage
    is *branched*, and its members and events say so explicitly. A paragraph deleted and later
    written again is two lineages: only neighbours are aligned, as the issue asks.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

from .alignment import Pins
from .comparison import AlignedPair, Comparison, Status, compare
from .resolution import Kind, Paragraph, Resolution
from .text import find_date
from .verbs import compare_verbs, scale_of
from .worddiff import DiffOptions

ORDER_DATE, ORDER_SESSION, ORDER_GIVEN, ORDER_MANUAL = "date", "session", "given", "manual"


@dataclass(frozen=True)
class Version:
    key: str                 # 'v1', 'v2', … fixed at creation; survives reordering
    resolution: Resolution

    @property
    def when(self) -> str | None:
        """ISO date used for ordering: adoption date, else the session's first date."""
        m = self.resolution.metadata
        return m.date or (find_date(m.session_dates) if m.session_dates else None)

    @property
    def session_number(self) -> int | None:
        s = self.resolution.metadata.session
        return int(s) if s and s.isdigit() else None

    @property
    def label(self) -> str:
        """What a delegate calls this text: its symbol, else its number, else its file name."""
        m = self.resolution.metadata
        if m.symbol:
            return m.symbol
        if m.number:
            return f"{m.number} ({m.status})" if m.status == "draft" else m.number
        return os.path.basename(self.resolution.source) or self.key


def chronological(versions: Sequence[Version]) -> tuple[tuple[Version, ...], str]:
    """``versions`` in time order and the rule that decided it (see the module docstring)."""
    given = {v.key: i for i, v in enumerate(versions)}

    def tie(v: Version) -> tuple:
        # A draft is tabled before the text adopted from it.
        return (0 if v.resolution.metadata.status == "draft" else 1, given[v.key])

    if all(v.when for v in versions):
        return tuple(sorted(versions, key=lambda v: (v.when, *tie(v)))), ORDER_DATE
    bodies = {v.resolution.metadata.body for v in versions}
    if all(v.session_number is not None for v in versions) and len(bodies) == 1 and None not in bodies:
        return tuple(sorted(versions, key=lambda v: (v.session_number, *tie(v)))), ORDER_SESSION
    return tuple(versions), ORDER_GIVEN


# --- lineages -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Event:
    """Something that happened to a lineage on the way into version ``version`` (an index)."""
    version: int
    kind: str                      # introduced | dropped | modified | moved | renumbered |
                                   # split | merged | verb
    old: tuple[str, ...] = ()      # paragraph ids in version - 1
    new: tuple[str, ...] = ()      # paragraph ids in version
    verb_old: str | None = None    # for 'verb': the change and its direction on the verb scales
    verb_new: str | None = None
    direction: str | None = None   # stronger | weaker | different


@dataclass(frozen=True)
class VerbStep:
    """The lineage's leading verb(s) in one version, with their place on a strength scale."""
    version: int
    verbs: tuple[str, ...]         # one per member paragraph (two when branched); '' when none
    scales: tuple[tuple[str, int] | None, ...]

    @property
    def text(self) -> str:
        return "/".join(v or "—" for v in self.verbs)


@dataclass(frozen=True)
class Lineage:
    id: str                                          # 'L1', 'L2', … in listing order
    kind: Kind
    members: tuple[tuple[Paragraph, ...], ...]       # per version: its paragraphs, () when absent
    links: tuple[tuple[AlignedPair, ...], ...]       # per step k (version k → k+1): its pairs
    events: tuple[Event, ...]

    @property
    def ids(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(p.id for p in m) for m in self.members)

    @property
    def label(self) -> str:
        """'OP4 → OP7 → OP5'; '—' where absent; 'OP3+OP4' where the lineage has two paragraphs."""
        return " → ".join("+".join(ids) or "—" for ids in self.ids)

    @property
    def present(self) -> tuple[int, ...]:
        return tuple(i for i, m in enumerate(self.members) if m)

    @property
    def introduced(self) -> int:
        """Index of the first version holding this lineage (0: it was there from the start)."""
        return self.present[0]

    @property
    def dropped(self) -> int | None:
        """Index of the first version after the last one holding it; None if it lasts to the end."""
        last = self.present[-1]
        return last + 1 if last + 1 < len(self.members) else None

    def versions_where(self, kind: str) -> tuple[int, ...]:
        """Indices of the versions an event of ``kind`` ('moved', 'verb', …) led into."""
        return tuple(sorted({e.version for e in self.events if e.kind == kind}))

    @property
    def branched(self) -> bool:
        """True when a split or merge gives it two paragraphs in some version."""
        return any(len(m) > 1 for m in self.members)

    @property
    def changed(self) -> bool:
        return any(p.changed for step in self.links for p in step) or \
            self.introduced > 0 or self.dropped is not None

    @property
    def verb_history(self) -> tuple[VerbStep, ...]:
        return tuple(VerbStep(i, tuple(p.verb or "" for p in m),
                              tuple(scale_of(p.verb) if p.verb else None for p in m))
                     for i, m in enumerate(self.members) if m)

    @property
    def verb_path(self) -> str:
        """'请 → 促请 → 敦促': the verbs in time order, a repeat of the same verb shown once."""
        out: list[VerbStep] = []
        for step in self.verb_history:
            if out and _same_verbs(out[-1].verbs, step.verbs):
                continue
            out.append(step)
        return " → ".join(s.text for s in out)


def _same_verbs(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    # 又重申 and 重申 ask the same: compare_verbs reports no change between them.
    return len(a) == len(b) and all(x == y or (x and y and compare_verbs(x, y) is None)
                                    for x, y in zip(a, b))


def _events(step: int, pair: AlignedPair) -> list[Event]:
    """What one aligned pair of comparison ``step`` (versions step → step+1) says happened."""
    v = step + 1
    old, new = tuple(p.id for p in pair.old), tuple(p.id for p in pair.new)
    if not pair.old:
        return [Event(v, "introduced", (), new)]
    if not pair.new:
        return [Event(v, "dropped", old, ())]
    out = []
    if pair.relation == "split":
        out.append(Event(v, "split", old, new))
    elif pair.relation == "merge":
        out.append(Event(v, "merged", old, new))
    if pair.moved:
        out.append(Event(v, "moved", old, new))
    if pair.renumbered:
        out.append(Event(v, "renumbered", old, new))
    if pair.status is Status.MODIFIED and pair.diff is not None and pair.diff.changed:
        out.append(Event(v, "modified", old, new))
    if pair.verb_change is not None:
        vc = pair.verb_change
        out.append(Event(v, "verb", old, new, vc.old, vc.new, vc.direction))
    return out


def build_lineages(n_versions: int, steps: Sequence[Comparison],
                   resolutions: Sequence[Resolution]) -> tuple[Lineage, ...]:
    """Lineages from the adjacent comparisons ``steps`` (steps[k] compares version k with k+1).

    Listed preambular first, then operative; within a kind by the version that introduced them
    and their place in it, and numbered L1, L2, … in that order."""
    parent: dict[tuple[int, str], tuple[int, str]] = {}

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for v, res in enumerate(resolutions):
        for p in res.paragraphs:
            parent[(v, p.id)] = (v, p.id)
    for k, comp in enumerate(steps):
        for pair in comp.pairs:
            nodes = [(k, p.id) for p in pair.old] + [(k + 1, p.id) for p in pair.new]
            first = find(nodes[0])
            for node in nodes[1:]:
                root = find(node)
                if root != first:
                    parent[root] = first

    members: dict[tuple[int, str], list[list[Paragraph]]] = {}
    for v, res in enumerate(resolutions):
        for p in res.paragraphs:  # reading order within each version
            members.setdefault(find((v, p.id)), [[] for _ in range(n_versions)])[v].append(p)
    links: dict[tuple[int, str], list[list[AlignedPair]]] = {
        root: [[] for _ in range(n_versions - 1)] for root in members}
    for k, comp in enumerate(steps):
        for pair in comp.pairs:
            node = (k, pair.old[0].id) if pair.old else (k + 1, pair.new[0].id)
            links[find(node)][k].append(pair)

    position = {(v, p.id): i for v, res in enumerate(resolutions) for i, p in enumerate(res.paragraphs)}

    def order(root) -> tuple:
        # Preambular before operative; then by the version where the lineage first appears and
        # its place there: the first text read top to bottom, then what each later text added.
        per = members[root]
        first = next(v for v in range(n_versions) if per[v])
        kind = per[first][0].kind
        return (0 if kind is Kind.PREAMBULAR else 1, first, position[(first, per[first][0].id)])

    out = []
    for n, root in enumerate(sorted(members, key=order), start=1):
        per = members[root]
        kind = next(m[0].kind for m in per if m)
        events = [e for k, step in enumerate(links[root]) for pair in step for e in _events(k, pair)]
        out.append(Lineage(f"L{n}", kind, tuple(tuple(m) for m in per),
                           tuple(tuple(s) for s in links[root]), tuple(events)))
    return tuple(out)


# --- the history ----------------------------------------------------------------------------

class History:
    """N ≥ 2 versions of one resolution in order, their comparisons and paragraph lineages.

    Immutable from outside: :meth:`reordered` and :meth:`with_pins` return new histories that
    share the comparison cache where it is still valid.
    """

    def __init__(self, versions: Iterable[Resolution | Version], order: str = "auto",
                 options: DiffOptions = DiffOptions(),
                 pins: Mapping[tuple[str, str], Pins] | None = None,
                 _cache: dict | None = None):
        given = []
        for i, v in enumerate(versions, start=1):
            given.append(v if isinstance(v, Version) else Version(f"v{i}", v))
        if len(given) < 2:
            raise ValueError("a history needs at least two versions")
        if len({v.key for v in given}) != len(given):
            raise ValueError("version keys must be unique")
        if order == "auto":
            self.versions, self.ordering = chronological(given)
        elif order in (ORDER_GIVEN, ORDER_MANUAL, ORDER_DATE, ORDER_SESSION):
            # Already in order (a saved file, a reordering): keep it and remember how it came about.
            self.versions, self.ordering = tuple(given), order
        else:
            raise ValueError(f"unknown order {order!r}")
        self.options = options
        self.pins = {k: p for k, p in (pins or {}).items() if p.pairs or p.forbidden}
        self._cache: dict[tuple[str, str], Comparison] = {} if _cache is None else _cache
        self._lineages: tuple[Lineage, ...] | None = None
        self.steps = tuple(self.compare(k, k + 1) for k in range(len(self.versions) - 1))

    def __len__(self) -> int:
        return len(self.versions)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(v.key for v in self.versions)

    @property
    def resolutions(self) -> tuple[Resolution, ...]:
        return tuple(v.resolution for v in self.versions)

    def index(self, version: int | str) -> int:
        """Index of a version given by index or key."""
        if isinstance(version, int):
            if not -len(self.versions) <= version < len(self.versions):
                raise IndexError(version)
            return version % len(self.versions)
        return self.keys.index(version)

    def version(self, version: int | str) -> Version:
        return self.versions[self.index(version)]

    def pins_for(self, old: int | str, new: int | str) -> Pins:
        """Manual pairings for comparing ``old`` with ``new``; pins made the other way round apply
        mirrored (old and new swapped), so reversing the order keeps the person's decisions."""
        a, b = self.version(old).key, self.version(new).key
        if (a, b) in self.pins:
            return self.pins[(a, b)]
        back = self.pins.get((b, a))
        if back is None:
            return Pins()
        return Pins(frozenset((y, x) for x, y in back.pairs),
                    frozenset((y, x) for x, y in back.forbidden))

    def compare(self, old: int | str, new: int | str) -> Comparison:
        """The comparison of any two versions (adjacent or not), computed once and cached."""
        a, b = self.version(old), self.version(new)
        key = (a.key, b.key)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = compare(a.resolution, b.resolution, self.options,
                                             self.pins_for(a.key, b.key))
        return hit

    @property
    def lineages(self) -> tuple[Lineage, ...]:
        if self._lineages is None:
            self._lineages = build_lineages(len(self.versions), self.steps, self.resolutions)
        return self._lineages

    def lineage_of(self, version: int | str, paragraph_id: str) -> Lineage:
        v = self.index(version)
        for lin in self.lineages:
            if any(p.id == paragraph_id for p in lin.members[v]):
                return lin
        raise KeyError((self.versions[v].key, paragraph_id))

    # --- new histories ---------------------------------------------------------------------

    def reordered(self, keys: Sequence[str | int]) -> "History":
        """The same versions in the order ``keys`` names (every version exactly once)."""
        chosen = [self.version(k) for k in keys]
        if sorted(v.key for v in chosen) != sorted(self.keys):
            raise ValueError("reordering must name every version exactly once")
        return History(chosen, ORDER_MANUAL, self.options, self.pins, self._cache)

    def moved(self, version: int | str, to: int) -> "History":
        """Move one version to index ``to`` (the version strip's drag)."""
        keys = list(self.keys)
        keys.insert(to, keys.pop(self.index(version)))
        return self.reordered(keys)

    def chronological(self) -> "History":
        """Back to the automatic order."""
        return History(self.versions, "auto", self.options, self.pins, self._cache)

    def with_pins(self, old: int | str, new: int | str, pins: Pins) -> "History":
        """Manual pairings for one version pair; only the comparisons of that pair are redone."""
        a, b = self.version(old).key, self.version(new).key
        table = {k: p for k, p in self.pins.items() if k not in ((a, b), (b, a))}
        table[(a, b)] = pins
        cache = {k: c for k, c in self._cache.items() if k not in ((a, b), (b, a))}
        return History(self.versions, self.ordering, self.options, table, cache)

    def with_options(self, options: DiffOptions) -> "History":
        return History(self.versions, self.ordering, options, self.pins)

    def extended(self, resolution: Resolution) -> "History":
        """Add a version (it gets the next free key) and re-sort unless the order was chosen."""
        used = {v.key for v in self.versions}
        n = len(used) + 1
        while f"v{n}" in used:
            n += 1
        versions = list(self.versions) + [Version(f"v{n}", resolution)]
        order = self.ordering if self.ordering in (ORDER_MANUAL, ORDER_GIVEN) else "auto"
        return History(versions, order, self.options, self.pins, self._cache)
