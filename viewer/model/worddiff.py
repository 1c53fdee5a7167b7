"""Word-level diff of two paragraphs: diff-match-patch over token-encoded text.

Each distinct token (after the ignore options have folded it to a *key*) becomes one character;
diff-match-patch diffs those strings — the documented lines-to-chars trick applied to words —
and semantic cleanup runs on the encoded diff, so hunks always stay on word boundaries.
``Diff_Timeout = 0`` makes the result the same on every machine.

Invariant (tested on every seed pair): the EQUAL and DELETE pieces concatenate to the old text
exactly, the EQUAL and INSERT pieces to the new text. When an ignore option hides a difference,
the EQUAL segment carries both spellings (``text`` old, ``new_text`` new).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from diff_match_patch import diff_match_patch

from .text import fold_width
from .tokenize import chars, tokenize


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


def _units(text: str, options: DiffOptions) -> list[tuple[str, str]]:
    """(key, raw) units; text the options ignore rides along in the raw of its neighbour."""
    tokens = chars(text) if options.granularity is Granularity.CHAR else tokenize(text)
    units: list[list[str]] = []
    pending = ""
    for tok in tokens:
        key = tok
        if options.ignore_whitespace and tok.isspace():
            key = ""
        elif options.ignore_footnote_marks and tok and all(c in _MARKS for c in tok):
            key = ""
        elif options.ignore_punctuation_width:
            key = fold_width(tok)
            if options.ignore_whitespace:
                key = key.strip() or ""
        if key == "":
            if units:
                units[-1][1] += tok
            else:
                pending += tok
            continue
        units.append([key, pending + tok])
        pending = ""
    if pending:
        units.append([pending, pending])  # nothing but ignorable text: keep it visible
    return [(k, r) for k, r in units]


def _encode(units_a, units_b) -> tuple[str, str]:
    table: dict[str, str] = {}

    def code(key: str) -> str:
        c = table.get(key)
        if c is None:
            n = len(table) + 1
            if n >= 0xD800:
                n += 0x800  # skip the surrogate block
            c = table[key] = chr(n)
        return c

    return "".join(code(k) for k, _ in units_a), "".join(code(k) for k, _ in units_b)


def diff_texts(old: str, new: str, options: DiffOptions = DiffOptions()) -> WordDiff:
    """The word diff of two texts under ``options``."""
    if old == new:
        return WordDiff((Segment(Op.EQUAL, old),) if old else (), 1.0)
    ua, ub = _units(old, options), _units(new, options)
    a, b = _encode(ua, ub)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    segments: list[Segment] = []
    i = j = 0
    equal_len = 0
    for op, s in diffs:
        n = len(s)
        if op == 0:
            old_raw = "".join(r for _, r in ua[i:i + n])
            new_raw = "".join(r for _, r in ub[j:j + n])
            equal_len += sum(len(k) for k, _ in ua[i:i + n])
            segments.append(Segment(Op.EQUAL, old_raw, None if old_raw == new_raw else new_raw))
            i += n
            j += n
        elif op == -1:
            segments.append(Segment(Op.DELETE, "".join(r for _, r in ua[i:i + n])))
            i += n
        else:
            segments.append(Segment(Op.INSERT, "".join(r for _, r in ub[j:j + n])))
            j += n
    total = sum(len(k) for k, _ in ua) + sum(len(k) for k, _ in ub)
    similarity = 2.0 * equal_len / total if total else 1.0
    return WordDiff(_merge(segments), round(similarity, 4))


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
