"""What a comparison is: aligned pairs with word diffs, verb changes, renumbering, metadata
and citation changes. Immutable; recompute to change options or pins (a seed pair takes a few
milliseconds). The computation itself is :mod:`viewer.model.pipeline` (align -> diff ->
classify); :func:`compare` is its simple entry point."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .alignment import Pins
from .resolution import Kind, Metadata, Paragraph, Resolution, Vote
from .verbs import VerbChange
from .worddiff import DiffOptions, WordDiff


class Status(str, Enum):
    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    ADDED = "added"
    DELETED = "deleted"


@dataclass(frozen=True)
class AlignedPair:
    kind: Kind
    old: tuple[Paragraph, ...]
    new: tuple[Paragraph, ...]
    status: Status
    relation: str                    # one-to-one | split | merge | added | deleted
    moved: bool
    renumbered: bool
    similarity: float
    diff: WordDiff | None
    verb_change: VerbChange | None
    pinned: bool = False
    citations_added: tuple[str, ...] = ()
    citations_removed: tuple[str, ...] = ()
    score: float = 0.0               # pairing score (the aligner's confidence), not text similarity
    best_match: tuple[str, float] | None = None   # added/deleted: likeliest partner (id, similarity)
    footnotes_renumbered: tuple[tuple[str, str], ...] = ()  # (old mark, new mark), same footnote
    # A reference added or dropped with no other change to the words (the adopted text often
    # gains or loses a footnote): the pair stays unchanged and these name the marks.
    footnotes_added: tuple[str, ...] = ()    # new-side marks
    footnotes_removed: tuple[str, ...] = ()  # old-side marks

    @property
    def text_similarity(self) -> float:
        """Share of equal text in the word diff (``similarity``), as opposed to ``score``."""
        return self.similarity

    @property
    def old_id(self) -> str | None:
        return "+".join(p.id for p in self.old) or None

    @property
    def new_id(self) -> str | None:
        return "+".join(p.id for p in self.new) or None

    @property
    def label(self) -> str:
        """'PP3', 'OP5 → OP4', 'OP7 (new)', 'OP2 (deleted)'."""
        if self.old and self.new:
            return self.old_id if self.old_id == self.new_id else f"{self.old_id} → {self.new_id}"
        return self.new_id if self.new else self.old_id

    @property
    def key(self) -> str:
        """A stable name for this row (notes are attached to it): 'OP5>OP4', '>OP7', 'OP2>'."""
        return f"{self.old_id or ''}>{self.new_id or ''}"

    @property
    def old_text(self) -> str:
        return "\n".join(p.text for p in self.old)

    @property
    def new_text(self) -> str:
        return "\n".join(p.text for p in self.new)

    @property
    def changed(self) -> bool:
        return self.status is not Status.UNCHANGED or self.moved

    @property
    def flags(self) -> tuple[str, ...]:
        """What happened besides the status: 'moved', 'renumbered', 'split' or 'merged', 'pinned'."""
        out = []
        if self.moved:
            out.append("moved")
        if self.renumbered:
            out.append("renumbered")
        if self.relation in ("split", "merge"):
            out.append("split" if self.relation == "split" else "merged")
        if self.pinned:
            out.append("pinned")
        return tuple(out)


@dataclass(frozen=True)
class MetadataChange:
    field: str
    old: object
    new: object
    added: tuple = ()
    removed: tuple = ()

    def to_dict(self) -> dict:
        out = {"field": self.field, "old": _plain(self.old), "new": _plain(self.new)}
        if self.added or self.removed:
            out["added"], out["removed"] = list(self.added), list(self.removed)
        return out


@dataclass(frozen=True)
class Comparison:
    old: Resolution
    new: Resolution
    pairs: tuple[AlignedPair, ...]
    options: DiffOptions = DiffOptions()
    pins: Pins = Pins()
    metadata_changes: tuple[MetadataChange, ...] = ()
    citations_added: tuple[str, ...] = ()
    citations_removed: tuple[str, ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        count = lambda pred: sum(1 for p in self.pairs if pred(p))  # noqa: E731
        return {
            "unchanged": count(lambda p: p.status is Status.UNCHANGED),
            "modified": count(lambda p: p.status is Status.MODIFIED),
            "added": count(lambda p: p.status is Status.ADDED),
            "deleted": count(lambda p: p.status is Status.DELETED),
            "moved": count(lambda p: p.moved),
            "renumbered": count(lambda p: p.renumbered),
            "split": count(lambda p: p.relation == "split"),
            "merged": count(lambda p: p.relation == "merge"),
            "verb_changes": count(lambda p: p.verb_change is not None),
        }

    @property
    def renumbering(self) -> list[tuple[str, str]]:
        """(old OP, new OP) for every operative paragraph whose number changed."""
        return [(p.old_id, p.new_id) for p in self.pairs if p.renumbered]

    @property
    def verb_changes(self) -> list[AlignedPair]:
        return [p for p in self.pairs if p.verb_change is not None]

    def pair(self, key: str) -> AlignedPair:
        for p in self.pairs:
            if p.key == key:
                return p
        raise KeyError(key)


def compare(old: Resolution, new: Resolution, options: DiffOptions = DiffOptions(),
            pins: Pins = Pins()) -> Comparison:
    """Align and diff two resolutions with the default steps and limits.

    Cancellable through the surrounding :func:`viewer.model.cancel.cancel_scope`; for another
    aligner, other limits or an explicit cancel check use :func:`viewer.model.pipeline.run`."""
    from .pipeline import EngineConfig, run  # the pipeline builds on the types defined here
    return run(old, new, EngineConfig(options=options), pins)


_SCALAR_FIELDS = ("body", "session", "session_dates", "agenda_item", "agenda_title", "number",
                  "symbol", "title", "status", "date", "on_behalf_of", "report", "meeting")


def _not_printed(a: Metadata, b: Metadata, name: str) -> bool:
    """A field one text does not print is not a change of it:
    - an agenda item's title, when one text gives only the number (item 3 is item 3);
    - sponsors (and the group they speak for) against an adopted text, which lists none."""
    va, vb = getattr(a, name), getattr(b, name)
    if bool(va) == bool(vb):
        return False
    if name == "agenda_title":
        return True
    if name in ("sponsors", "on_behalf_of"):
        return (a.status == "adopted" and not va) or (b.status == "adopted" and not vb)
    return False


def metadata_changes(a: Metadata, b: Metadata) -> list[MetadataChange]:
    """Field-by-field differences a delegate reports: status, date, sponsors, the vote…
    The one place a document fact counts as changed: the window's facts, every export and the
    JSON read it (:mod:`viewer.present.facts`)."""
    out = []
    for name in _SCALAR_FIELDS:
        va, vb = getattr(a, name), getattr(b, name)
        if va != vb and not _not_printed(a, b, name):
            out.append(MetadataChange(name, va, vb))
    if a.sponsors != b.sponsors and not _not_printed(a, b, "sponsors"):
        out.append(MetadataChange("sponsors", a.sponsors, b.sponsors,
                                  tuple(s for s in b.sponsors if s not in a.sponsors),
                                  tuple(s for s in a.sponsors if s not in b.sponsors)))
    va, vb = a.vote or Vote(), b.vote or Vote()
    if (va.yes, va.no, va.abstain, va.without_vote) != (vb.yes, vb.no, vb.abstain, vb.without_vote):
        out.append(MetadataChange("vote", a.vote and a.vote.line(), b.vote and b.vote.line()))
    for name in ("in_favour", "against", "abstaining"):
        la, lb = getattr(va, name), getattr(vb, name)
        if set(la) != set(lb) and (la or lb):
            out.append(MetadataChange(f"vote.{name}", la, lb,
                                      tuple(x for x in lb if x not in la),
                                      tuple(x for x in la if x not in lb)))
    fa = {f.mark: f.text for f in a.footnotes}
    fb = {f.mark: f.text for f in b.footnotes}
    if list(fa.values()) != list(fb.values()):
        out.append(MetadataChange("footnotes", list(fa.values()), list(fb.values()),
                                  tuple(t for t in fb.values() if t not in fa.values()),
                                  tuple(t for t in fa.values() if t not in fb.values())))
    return out


def _plain(value):
    if isinstance(value, tuple):
        return list(value)
    return value
