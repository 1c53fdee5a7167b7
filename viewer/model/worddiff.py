"""Word-level diff of two paragraphs: diff-match-patch over token-encoded text.

Each distinct token (after the ignore options have folded it to a *key*) becomes one character;
diff-match-patch diffs those strings — the documented lines-to-chars trick applied to words —
and semantic cleanup runs on the encoded diff, so hunks always stay on word boundaries.
``Diff_Timeout = 0`` makes the result the same on every machine.

Size budget: diff-match-patch's bisection is O(N·D); two long unrelated paragraphs would take
tens of seconds. The work is metered in units of the algorithm's own steps (one diagonal probe
of Myers' search, counted through the bisection's deadline check), never in seconds, so every
machine gives the same result. A diff over :attr:`DiffLimits.work` falls back to a coarser diff
of that paragraph: clauses first (each changed clause block refined word by word while budget
remains), else the whole paragraph as one deletion and one insertion. Such a result has
``WordDiff.coarse`` set, and the JSON export says ``"coarse": true``.

Comparison forms: a non-breaking hyphen and no-break spaces compare as their ordinary forms,
and a footnote mark compares as the footnote it names when the caller passes keys for the
marks — a reference renumbered from ³ to ⁵ with the same footnote is equal. Either way the EQUAL
segment keeps both spellings.

Invariant (tested on every seed pair): the EQUAL and DELETE pieces concatenate to the old text
exactly, the EQUAL and INSERT pieces to the new text. When an ignore option hides a difference,
the EQUAL segment carries both spellings (``text`` old, ``new_text`` new).
"""
from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from enum import Enum

from diff_match_patch import diff_match_patch

from .cancel import CancelCheck, raise_if
from .text import fold_width, from_superscript
from .tokenize import for_comparison, tokenize

# Never a wall-clock limit: 0 keeps results identical on every machine (and disables dmp's
# half-match shortcut, which returns a non-minimal diff). Module-level so a test can prove
# that its expected diff depends on it.
DIFF_TIMEOUT = 0.0


class Op(str, Enum):
    EQUAL = "equal"
    DELETE = "delete"
    INSERT = "insert"


class Granularity(str, Enum):
    WORD = "word"
    CHAR = "char"


@dataclass(frozen=True)
class DiffOptions:
    granularity: Granularity = Granularity.WORD
    ignore_punctuation_width: bool = False   # "，" equals ","
    ignore_whitespace: bool = False          # "2012年" equals "2012 年"
    ignore_footnote_marks: bool = False      # "报告；¹" equals "报告；"

    def to_dict(self) -> dict:
        return {"granularity": self.granularity.value,
                "ignore_punctuation_width": self.ignore_punctuation_width,
                "ignore_whitespace": self.ignore_whitespace,
                "ignore_footnote_marks": self.ignore_footnote_marks}

    @classmethod
    def from_dict(cls, data: dict) -> "DiffOptions":
        return cls(granularity=Granularity(data.get("granularity", "word")),
                   ignore_punctuation_width=bool(data.get("ignore_punctuation_width")),
                   ignore_whitespace=bool(data.get("ignore_whitespace")),
                   ignore_footnote_marks=bool(data.get("ignore_footnote_marks")))


# Units of work (Myers diagonal probes, ~0.8 µs each in CPython). The seed pairs need at most
# ~15,000 per paragraph (character mode); two unrelated 1,000-character paragraphs ~500,000.
# Over the budget the paragraph gets the coarse diff, which has one more budget of this size:
# a paragraph pair never costs more than about twice this.
DEFAULT_WORK = 500_000
POLL_EVERY = 20_000          # units of work between two cancel checks


@dataclass(frozen=True)
class DiffLimits:
    """How much work one paragraph pair's diff may take before it is done coarsely."""
    work: int = DEFAULT_WORK

    def __post_init__(self):
        if self.work < 0:
            raise ValueError("DiffLimits.work must not be negative")


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str                  # old side for EQUAL/DELETE, new side for INSERT
    new_text: str | None = None  # EQUAL only, when the new spelling differs in an ignored way

    @property
    def new_side(self) -> str:
        return self.text if self.new_text is None else self.new_text

    def to_list(self) -> list:
        out = [self.op.value, self.text]
        if self.new_text is not None:
            out.append(self.new_text)
        return out


@dataclass(frozen=True)
class WordDiff:
    segments: tuple[Segment, ...]
    similarity: float          # 0..1, share of equal characters (ignoring what the options ignore)
    coarse: bool = False       # over the size budget: diffed by clause or as a whole paragraph

    @property
    def old_text(self) -> str:
        return "".join(s.text for s in self.segments if s.op is not Op.INSERT)

    @property
    def new_text(self) -> str:
        return "".join(s.new_side if s.op is Op.EQUAL else s.text
                       for s in self.segments if s.op is not Op.DELETE)

    @property
    def changed(self) -> bool:
        return any(s.op is not Op.EQUAL for s in self.segments)


_MARKS = set("⁰¹²³⁴⁵⁶⁷⁸⁹")
_CHAR_UNITS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|.", re.S)  # char mode keeps a mark like ¹² whole
_CLAUSE_END = set("，,；;。.：:!！?？\n")

# A unit: key (what is compared), raw (what is shown), weight (its share in the similarity).
Unit = tuple[str, str, int]


def _units(text: str, options: DiffOptions, marks: dict[str, str] | None = None) -> list[Unit]:
    """Units of ``text``; text the options ignore rides along in the raw of its neighbour.

    ``marks`` maps a footnote mark ("3") to what it stands for (a key naming its footnote): the
    mark is then compared by that, not by its number.
    """
    norm = for_comparison(text)
    if options.granularity is Granularity.CHAR:
        tokens = _CHAR_UNITS.findall(norm)
    else:
        tokens = tokenize(norm)
    units: list[list] = []
    pending = ""
    pos = 0
    for tok in tokens:
        raw = text[pos:pos + len(tok)]
        pos += len(tok)
        key, weight = tok, None
        is_mark = bool(tok) and all(c in _MARKS for c in tok)
        if options.ignore_whitespace and tok.isspace():
            key = ""
        elif is_mark and options.ignore_footnote_marks:
            key = ""
        elif is_mark and marks and from_superscript(tok) in marks:
            key = "\x01" + marks[from_superscript(tok)]   # control char: never a text token
            weight = len(tok)
        elif options.ignore_punctuation_width:
            key = fold_width(tok)
            if options.ignore_whitespace:
                key = key.strip() or ""
        if key == "":
            if units:
                units[-1][1] += raw
            else:
                pending += raw
            continue
        units.append([key, pending + raw, len(key) if weight is None else weight])
        pending = ""
    if pending:
        units.append([pending, pending, len(pending)])  # nothing but ignorable text: keep it visible
    return [(k, r, w) for k, r, w in units]


class _OverBudget(Exception):
    pass


class _Budget:
    """Counts units of work; over the limit raises _OverBudget, and polls the cancel check."""

    def __init__(self, limit: int, cancel: CancelCheck | None):
        self.limit, self.cancel = limit, cancel
        self.used = 0
        self._next_poll = POLL_EVERY

    def charge(self, units: int) -> None:
        self.used += units
        if self.used >= self._next_poll:
            self._next_poll = self.used + POLL_EVERY
            raise_if(self.cancel)
        if self.used > self.limit:
            raise _OverBudget()


class _Meter:
    """Stands in for dmp's deadline: the bisection compares ``time.time() > deadline`` once per
    edit distance d, whose step costs about 2(d+1) diagonal probes; charge those."""

    def __init__(self, budget: _Budget, deadline):
        self.budget, self.deadline, self.d = budget, deadline, 0

    def __lt__(self, now) -> bool:      # ``now > meter``
        self.budget.charge(2 * (self.d + 1))
        self.d += 1
        return self.deadline < now

    def __gt__(self, now) -> bool:      # ``meter < now`` (not used by dmp today; kept symmetric)
        return self.__lt__(now)


class _MeteredDMP(diff_match_patch):
    def __init__(self, budget: _Budget):
        super().__init__()
        self.Diff_Timeout = DIFF_TIMEOUT
        self.budget = budget
        self.probes = 0

    def diff_bisect(self, text1, text2, deadline):
        # dmp hands the deadline on to the recursive halves: unwrap, so each probe counts once.
        if isinstance(deadline, _Meter):
            deadline = deadline.deadline
        return super().diff_bisect(text1, text2, _Meter(self.budget, deadline))


def _encode(*unit_lists) -> tuple[str, ...]:
    table: dict = {}

    def code(key) -> str:
        c = table.get(key)
        if c is None:
            n = len(table) + 1
            if n >= 0xD800:
                n += 0x800  # skip the surrogate block
            c = table[key] = chr(n)
        return c

    return tuple("".join(code(k) for k in keys) for keys in unit_lists)


def _surely_over(a: str, b: str, budget: _Budget) -> bool:
    """Would the metered diff of ``a`` and ``b`` certainly run over the budget?

    After dmp strips the common prefix and suffix (and unless one middle holds the other, or
    one is a single unit: no search then), its bisection runs to d ≈ D/2 for an edit distance
    D, charging 2(d+1) per step: at least (D/2)(D/2+1) units. D is at least what the two
    middles do not share as multisets. Saying "over" only then gives the same result as
    running the search into the budget, without spending the budget first.
    """
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    ma, mb = a[p:len(a) - s], b[p:len(b) - s]
    if len(ma) < 2 or len(mb) < 2 or ma in mb or mb in ma:
        return False
    shared = sum((collections.Counter(ma) & collections.Counter(mb)).values())
    half = (len(ma) + len(mb) - 2 * shared) // 2 - 1   # one step of margin
    return half > 0 and half * (half + 1) > budget.limit - budget.used


def _diff_keys(keys_a: list, keys_b: list, budget: _Budget) -> list[tuple[int, int]]:
    """(op, count) runs of the minimal diff of two key sequences, semantically cleaned."""
    a, b = _encode(keys_a, keys_b)
    if _surely_over(a, b, budget):
        raise _OverBudget()
    dmp = _MeteredDMP(budget)
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    return [(op, len(s)) for op, s in diffs if s]


def _clauses(units: list[Unit]) -> list[tuple[int, int]]:
    """(start, end) unit ranges of the clauses: each ends after clause punctuation."""
    out, start = [], 0
    for k, (key, _raw, _w) in enumerate(units):
        if key and key[-1] in _CLAUSE_END:
            out.append((start, k + 1))
            start = k + 1
    if start < len(units):
        out.append((start, len(units)))
    return out


def _coarse(ua: list[Unit], ub: list[Unit], limits: DiffLimits,
            cancel: CancelCheck | None) -> list[tuple[int, int]]:
    """The budget-bounded fallback: a clause diff whose changed blocks are refined word by word
    while budget remains; if even the clause diff is over budget, the paragraph as a whole."""
    ca, cb = _clauses(ua), _clauses(ub)
    clause_key = lambda units, r: tuple(k for k, _, _ in units[r[0]:r[1]])  # noqa: E731
    budget = _Budget(limits.work, cancel)   # one budget for the clause diff and every refinement
    try:
        clause_ops = _diff_keys([clause_key(ua, r) for r in ca], [clause_key(ub, r) for r in cb],
                                budget)
    except _OverBudget:
        clause_ops = None
    if clause_ops is None:
        return _whole(ua, ub)
    # Clause runs -> unit runs.
    unit_ops: list[tuple[int, int]] = []
    x = y = 0
    for op, n in clause_ops:
        if op == 0:
            unit_ops.append((0, ca[x + n - 1][1] - ca[x][0]))
            x, y = x + n, y + n
        elif op == -1:
            unit_ops.append((-1, ca[x + n - 1][1] - ca[x][0]))
            x += n
        else:
            unit_ops.append((1, cb[y + n - 1][1] - cb[y][0]))
            y += n
    # Refine each block of deletions and insertions between equal runs.
    out: list[tuple[int, int]] = []
    i = j = 0
    k = 0
    while k < len(unit_ops):
        op, n = unit_ops[k]
        if op == 0:
            out.append((0, n))
            i, j, k = i + n, j + n, k + 1
            continue
        dels = ins = 0
        while k < len(unit_ops) and unit_ops[k][0] != 0:
            if unit_ops[k][0] == -1:
                dels += unit_ops[k][1]
            else:
                ins += unit_ops[k][1]
            k += 1
        block = None
        # Refine only what surely fits: Myers needs at most about (N+M)²/4 probes, so a block
        # is never started and abandoned half-way (which would waste the budget of the rest).
        if dels and ins and (dels + ins) ** 2 // 4 <= budget.limit - budget.used:
            try:
                block = _diff_keys([u[0] for u in ua[i:i + dels]], [u[0] for u in ub[j:j + ins]],
                                   budget)
            except _OverBudget:
                block = None
        out.extend(block or [(-1, dels), (1, ins)])
        i, j = i + dels, j + ins
    return out


def _whole(ua: list[Unit], ub: list[Unit]) -> list[tuple[int, int]]:
    """Common leading and trailing units equal, everything between deleted and inserted."""
    p = 0
    while p < len(ua) and p < len(ub) and ua[p][0] == ub[p][0]:
        p += 1
    s = 0
    while s < len(ua) - p and s < len(ub) - p and ua[-1 - s][0] == ub[-1 - s][0]:
        s += 1
    return [(0, p), (-1, len(ua) - p - s), (1, len(ub) - p - s), (0, s)]


def diff_texts(old: str, new: str, options: DiffOptions = DiffOptions(),
               limits: DiffLimits = DiffLimits(), *, cancel: CancelCheck | None = None,
               old_marks: dict[str, str] | None = None,
               new_marks: dict[str, str] | None = None) -> WordDiff:
    """The word diff of two texts under ``options``, within ``limits``.

    ``cancel`` is polled during long diffs (raises :class:`~viewer.model.cancel.Cancelled`);
    ``old_marks``/``new_marks`` map footnote marks to keys naming their footnotes.
    """
    if old == new:
        return WordDiff((Segment(Op.EQUAL, old),) if old else (), 1.0)
    ua, ub = _units(old, options, old_marks), _units(new, options, new_marks)
    coarse = False
    try:
        runs = _diff_keys([u[0] for u in ua], [u[0] for u in ub], _Budget(limits.work, cancel))
    except _OverBudget:
        runs, coarse = _coarse(ua, ub, limits, cancel), True
    segments: list[Segment] = []
    i = j = 0
    equal_len = 0
    for op, n in runs:
        if not n:
            continue
        if op == 0:
            old_raw = "".join(u[1] for u in ua[i:i + n])
            new_raw = "".join(u[1] for u in ub[j:j + n])
            equal_len += sum(u[2] for u in ua[i:i + n])
            segments.append(Segment(Op.EQUAL, old_raw, None if old_raw == new_raw else new_raw))
            i += n
            j += n
        elif op == -1:
            segments.append(Segment(Op.DELETE, "".join(u[1] for u in ua[i:i + n])))
            i += n
        else:
            segments.append(Segment(Op.INSERT, "".join(u[1] for u in ub[j:j + n])))
            j += n
    total = sum(u[2] for u in ua) + sum(u[2] for u in ub)
    similarity = 2.0 * equal_len / total if total else 1.0
    return WordDiff(_merge(segments), round(similarity, 4), coarse)


def _merge(segments: list[Segment]) -> tuple[Segment, ...]:
    """Join neighbours of the same kind; deletions before insertions in each change."""
    out: list[Segment] = []
    for seg in segments:
        if not seg.text and not seg.new_text:
            continue
        if out and out[-1].op is seg.op and seg.op is not Op.EQUAL:
            out[-1] = Segment(seg.op, out[-1].text + seg.text)
        elif out and out[-1].op is Op.EQUAL and seg.op is Op.EQUAL:
            prev = out[-1]
            new = prev.new_side + seg.new_side
            old = prev.text + seg.text
            out[-1] = Segment(Op.EQUAL, old, None if old == new else new)
        else:
            out.append(seg)
    # dmp may emit insert-before-delete; order each change block as delete then insert.
    k = 0
    while k < len(out) - 1:
        if out[k].op is Op.INSERT and out[k + 1].op is Op.DELETE:
            out[k], out[k + 1] = out[k + 1], out[k]
        k += 1
    return tuple(out)
