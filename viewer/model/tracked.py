"""A Word draft with tracked changes as a comparison by itself (Qt-free).

Facilitators circulate one .docx whose tracked changes *are* the proposal. Its two states —
"before the changes" (reject all) and "after the changes" (accept all) — are two ordinary
resolution texts: they go through :func:`parse_resolution` and :func:`compare` like any pair.
On top of that every aligned pair gets the revisions (who proposed what, when) that touch it,
and the document's comments become notes on their paragraphs' pairs.

The loader (:mod:`viewer.loaders.docx_revisions`) fills a :class:`TrackedDocument`: both
texts, the raw paragraph lines of each state, and for every revision / comment the index of
the line it sits in, per state. Here those lines are tied to parsed paragraphs by their
letters: the parser changes spacing, numbers, punctuation width and footnote marks, never the
letters of a paragraph, so the paragraph's letters are found, in order, in the letters of the
lines. A revision whose line belongs to no paragraph (a title, the adoption record) is kept as
document-level, never dropped.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from .alignment import Pins
from .comparison import Comparison, compare
from .parser import parse_resolution
from .resolution import Resolution
from .worddiff import DiffOptions

# Revision kinds (what Word calls them in the XML, in brackets).
INSERT, DELETE = "insert", "delete"                        # w:ins / w:del around runs
MOVE_FROM, MOVE_TO = "move_from", "move_to"                # w:moveFrom / w:moveTo
FORMAT, PARAGRAPH_FORMAT = "format", "paragraph_format"    # w:rPrChange / w:pPrChange
MARK_INSERT, MARK_DELETE = "mark_insert", "mark_delete"    # w:pPr/w:rPr/w:ins|del: split / join
ROW_INSERT, ROW_DELETE = "row_insert", "row_delete"        # w:trPr/w:ins|del
KINDS = (INSERT, DELETE, MOVE_FROM, MOVE_TO, FORMAT, PARAGRAPH_FORMAT, MARK_INSERT, MARK_DELETE,
         ROW_INSERT, ROW_DELETE)
TEXT_KINDS = frozenset({INSERT, DELETE, MOVE_FROM, MOVE_TO, MARK_INSERT, MARK_DELETE,
                        ROW_INSERT, ROW_DELETE})  # formatting-only changes change no text


@dataclass(frozen=True)
class Revision:
    kind: str                  # one of KINDS
    author: str | None
    date: str | None           # as Word wrote it (ISO 8601), None when absent
    text: str = ""             # the text inserted / deleted / moved ("" for formatting, marks)
    before_line: int | None = None   # index in TrackedDocument.before_lines; None: not there before
    after_line: int | None = None    # index in TrackedDocument.after_lines; None: not there after
    id: str | None = None      # w:id

    def to_dict(self) -> dict:
        return {"kind": self.kind, "author": self.author, "date": self.date, "text": self.text,
                "id": self.id}


@dataclass(frozen=True)
class Comment:
    id: str
    author: str | None
    date: str | None
    text: str
    anchor: str = ""                     # the commented text (after the changes, else before)
    before_lines: tuple[int, ...] = ()   # lines it is anchored in, before the changes
    after_lines: tuple[int, ...] = ()    # … and after

    def to_dict(self) -> dict:
        return {"id": self.id, "author": self.author, "date": self.date, "text": self.text,
                "anchor": self.anchor}

    def note_line(self) -> str:
        """How the comment reads as a note: 'Author (2020-06-22 10:00): text'."""
        when = (self.date or "")[:16].replace("T", " ")
        who = self.author or "?"
        return f"{who} ({when}): {self.text}" if when else f"{who}: {self.text}"


@dataclass(frozen=True)
class TrackedDocument:
    name: str                            # the file, as opened
    before: str                          # normalised text, all changes rejected
    after: str                           # normalised text, all changes accepted
    before_lines: tuple[str, ...]        # one per paragraph of the document, before the changes
    after_lines: tuple[str, ...]
    revisions: tuple[Revision, ...] = ()
    comments: tuple[Comment, ...] = ()

    @property
    def has_changes(self) -> bool:
        return bool(self.revisions)

    @property
    def authors(self) -> tuple[str, ...]:
        return tuple(sorted({r.author for r in self.revisions if r.author}))


@dataclass(frozen=True)
class TrackedComparison:
    document: TrackedDocument
    comparison: Comparison
    revisions: dict[str, tuple[Revision, ...]]   # pair key -> revisions touching that pair
    comments: dict[str, tuple[Comment, ...]]     # pair key -> comments anchored in it
    unplaced_revisions: tuple[Revision, ...] = ()   # in no paragraph (header, record)
    unplaced_comments: tuple[Comment, ...] = ()

    def notes(self) -> dict[str, str]:
        """The comments as notes, keyed by pair key like :attr:`Session.notes`."""
        return {key: "\n".join(c.note_line() for c in cs) for key, cs in self.comments.items()}

    def to_dict(self, notes: dict[str, str] | None = None) -> dict:
        """The ordinary export (schema 1) plus additive keys: per pair ``revisions`` and
        ``comments``; at the top ``tracked_changes`` with every revision and its pair keys."""
        from .serialize import comparison_to_dict

        data = comparison_to_dict(self.comparison, self.notes() if notes is None else notes)
        for pair, out in zip(self.comparison.pairs, data["pairs"]):
            out["revisions"] = [r.to_dict() for r in self.revisions.get(pair.key, ())]
            out["comments"] = [c.to_dict() for c in self.comments.get(pair.key, ())]
        keys_of = _keys_by_item(self.revisions)
        comment_keys = _keys_by_item(self.comments)
        data["tracked_changes"] = {
            "source": self.document.name,
            "authors": list(self.document.authors),
            "revisions": [dict(r.to_dict(), pairs=keys_of.get(id(r), [])) for r in
                          self.document.revisions],
            "comments": [dict(c.to_dict(), pairs=comment_keys.get(id(c), [])) for c in
                         self.document.comments],
        }
        return data


def _keys_by_item(by_key: dict[str, tuple]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for key, items in by_key.items():
        for item in items:
            out.setdefault(id(item), []).append(key)
    return out


def _letters(text: str) -> str:
    """Only the letters (any script), compatibility-folded: what the parser never changes."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold()
                   if unicodedata.category(c).startswith("L"))


_SEED = 8        # letters that start a piece of a paragraph
_MAX_GAP = 2000  # letters of other text (footnote bodies, page furniture) a paragraph may skip


def _locate(stream: str, key: str, at: int) -> list[tuple[int, int]]:
    """Spans of ``stream`` (from ``at`` on) that spell ``key`` in order. Pieces of a paragraph
    may be separated by text the parser lifted out of it (a footnote body between wrapped
    lines), so each piece is found by its first letters, then extended while it matches."""
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(key):
        pos = stream.find(key[k:k + _SEED], at)
        if pos < 0 or (spans and pos - at > _MAX_GAP):
            break
        end, k = pos, k
        while k < len(key) and end < len(stream) and stream[end] == key[k]:
            end += 1
            k += 1
        spans.append((pos, end))
        at = end
    return spans


def paragraph_lines(res: Resolution, lines: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """For each parsed paragraph id, the indexes of the document lines it was made from."""
    starts, pos = [], 0
    parts = []
    for line in lines:
        letters = _letters(line)
        starts.append(pos)
        parts.append(letters)
        pos += len(letters)
    ends = [s + len(x) for s, x in zip(starts, parts)]
    stream = "".join(parts)
    out: dict[str, tuple[int, ...]] = {}
    at = 0
    for p in res.paragraphs:
        key = _letters(p.text)
        spans = _locate(stream, key, at) if key else []
        if not spans:
            continue  # the parser rewrote it beyond recognition: its revisions stay unplaced
        at = spans[-1][1]
        first, last = spans[0][0], spans[-1][1]
        out[p.id] = tuple(i for i, (s, e) in enumerate(zip(starts, ends))
                          if any(s < b and e > a for a, b in spans)
                          or (s == e and first < s < last))
    return out


def _owners(res_lines: dict[str, tuple[int, ...]], pairs, side: str) -> dict[int, list[str]]:
    """Line index -> keys of the pairs whose ``side`` paragraphs were made from that line."""
    pair_of: dict[str, str] = {}
    for pair in pairs:
        for p in (pair.old if side == "old" else pair.new):
            pair_of[p.id] = pair.key
    out: dict[int, list[str]] = {}
    for pid, idxs in res_lines.items():
        key = pair_of.get(pid)
        if key is None:
            continue
        for i in idxs:
            if key not in out.setdefault(i, []):
                out[i].append(key)
    return out


def compare_tracked(document: TrackedDocument, options: DiffOptions = DiffOptions(),
                    pins: Pins = Pins()) -> TrackedComparison:
    """Before → after as an ordinary comparison, with revisions and comments on its pairs."""
    old = parse_resolution(document.before, source=before_name(document.name))
    new = parse_resolution(document.after, source=after_name(document.name))
    return attach(document, compare(old, new, options, pins))


def before_name(name: str) -> str:
    return f"{name} (before changes)"


def after_name(name: str) -> str:
    return f"{name} (after changes)"


def tracked_session(document: TrackedDocument, options: DiffOptions = DiffOptions()):
    """(Session, TrackedComparison) for a tracked file: the session's sides are the two states
    and its notes are the comments, keyed by pair key as the user's own notes are."""
    from .session import Session, Source

    session = Session(Source(before_name(document.name), document.before),
                      Source(after_name(document.name), document.after), options)
    tracked = attach(document, session.compare())
    return replace(session, notes=tracked.notes()), tracked


def attach(document: TrackedDocument, comparison: Comparison) -> TrackedComparison:
    """Tie revisions and comments of ``document`` to the pairs of ``comparison`` (made from
    its before/after texts; also after re-pairing with pins)."""
    old_owner = _owners(paragraph_lines(comparison.old, document.before_lines), comparison.pairs, "old")
    new_owner = _owners(paragraph_lines(comparison.new, document.after_lines), comparison.pairs, "new")
    order = {p.key: n for n, p in enumerate(comparison.pairs)}

    def keys(before: tuple[int, ...], after: tuple[int, ...]) -> list[str]:
        found = {k for i in before for k in old_owner.get(i, ())}
        found |= {k for i in after for k in new_owner.get(i, ())}
        return sorted(found, key=order.__getitem__)

    revisions: dict[str, list[Revision]] = {}
    unplaced_r: list[Revision] = []
    for r in document.revisions:
        ks = keys(() if r.before_line is None else (r.before_line,),
                  () if r.after_line is None else (r.after_line,))
        for k in ks:
            revisions.setdefault(k, []).append(r)
        if not ks:
            unplaced_r.append(r)
    comments: dict[str, list[Comment]] = {}
    unplaced_c: list[Comment] = []
    for c in document.comments:
        ks = keys(c.before_lines, c.after_lines)
        for k in ks:
            comments.setdefault(k, []).append(c)
        if not ks:
            unplaced_c.append(c)
    return TrackedComparison(
        document, comparison,
        {k: tuple(v) for k, v in sorted(revisions.items(), key=lambda kv: order[kv[0]])},
        {k: tuple(v) for k, v in sorted(comments.items(), key=lambda kv: order[kv[0]])},
        tuple(unplaced_r), tuple(unplaced_c))
