"""The document facts of both versions side by side, as plain rows (no Qt).

The window's facts panel renders these rows. *Whether* a fact differs is not decided here: it
is read from the comparison's own ``metadata_changes`` (and its citations), the one rule the
JSON and every export follow too; this module only lays the values out, with the items added
to and removed from each list.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Comparison, Metadata, Vote

# Field keys in display order; the panel translates them.
FIELDS = ("body", "session", "agenda_item", "number", "symbol", "title", "status", "date",
          "sponsors", "on_behalf_of", "report", "meeting", "vote", "in_favour", "against", "abstaining",
          "footnotes", "citations")
LIST_FIELDS = frozenset({"sponsors", "in_favour", "against", "abstaining", "footnotes",
                         "citations"})


@dataclass(frozen=True)
class Fact:
    field: str
    old: str | tuple[str, ...] | None
    new: str | tuple[str, ...] | None
    differs: bool
    added: tuple[str, ...] = ()      # lists: in new, not in old
    removed: tuple[str, ...] = ()    # lists: in old, not in new
    warn_old: tuple = ()   # vote counts that disagree with the lists: (list, stated, listed)
    warn_new: tuple = ()
    note_old: str | None = None      # a code the panel words instead of an empty value
    note_new: str | None = None

    @property
    def is_list(self) -> bool:
        return self.field in LIST_FIELDS


# Note codes (whoever shows them words them): an adopted text does not list its sponsors.
NOT_LISTED_WHEN_ADOPTED = "not_listed_when_adopted"


def _join(*parts: str | None, sep: str = " · ") -> str | None:
    kept = [p for p in parts if p]
    return sep.join(kept) if kept else None


def _scalar(m: Metadata, name: str) -> str | None:
    if name == "session":
        return _join(m.session, m.session_dates)
    if name == "agenda_item":
        return _join(m.agenda_item, m.agenda_title)
    if name == "on_behalf_of":
        return m.on_behalf_of
    if name == "meeting":
        return m.meeting
    return getattr(m, name)


WITHOUT_VOTE = "without_vote"   # a code: whoever shows it words it (viewer.ui.labels.value)


def vote_counts(vote: Vote | None) -> str | None:
    """'28 / 1 / 17' for a recorded vote, :data:`WITHOUT_VOTE`, or None (no record)."""
    if vote is not None and vote.recorded:
        return " / ".join(str(n) for n in (vote.yes, vote.no, vote.abstain))
    return WITHOUT_VOTE if vote is not None and vote.without_vote else None


def _lists(m: Metadata, name: str) -> tuple[str, ...]:
    # The group a sponsor speaks for (on_behalf_of) is not a sponsor: it is its own field.
    if name == "sponsors":
        return tuple(m.sponsors)
    if name in ("in_favour", "against", "abstaining"):
        return tuple(getattr(m.vote, name)) if m.vote else ()
    if name == "footnotes":
        return tuple(f"{f.mark} {f.text}" for f in m.footnotes)
    return tuple(m.citations)


# The model's metadata-change fields each fact shows (a fact joins some: session and its dates).
_SOURCES = {"session": ("session", "session_dates"), "agenda_item": ("agenda_item", "agenda_title"),
            "in_favour": ("vote.in_favour",), "against": ("vote.against",),
            "abstaining": ("vote.abstaining",)}


def facts(comparison: Comparison) -> list[Fact]:
    """One Fact per field in :data:`FIELDS`; fields empty on both sides are left out."""
    a, b = comparison.old.metadata, comparison.new.metadata
    changed = {mc.field for mc in comparison.metadata_changes}
    if comparison.citations_added or comparison.citations_removed:
        changed.add("citations")

    def differs(name: str) -> bool:
        return any(f in changed for f in _SOURCES.get(name, (name,)))

    out: list[Fact] = []
    for name in FIELDS:
        if name in LIST_FIELDS:
            la, lb = _lists(a, name), _lists(b, name)
            if not la and not lb:
                continue
            if name == "footnotes":  # compare the texts, not the marks (renumbering is no change)
                ta = [t.split(" ", 1)[-1] for t in la]
                tb = [t.split(" ", 1)[-1] for t in lb]
                out.append(Fact(name, la, lb, differs(name),
                                tuple(x for x, t in zip(lb, tb) if t not in ta),
                                tuple(x for x, t in zip(la, ta) if t not in tb)))
                continue
            if name == "sponsors" and _unlisted(a, b, la, lb):
                out.append(_not_listed(name, la, lb, a, b))
                continue
            out.append(Fact(name, la, lb, differs(name),
                            tuple(x for x in lb if x not in la),
                            tuple(x for x in la if x not in lb)))
        elif name == "vote":
            va, vb = vote_counts(a.vote), vote_counts(b.vote)
            wa = tuple(a.vote.mismatches()) if a.vote and a.vote.consistent is False else ()
            wb = tuple(b.vote.mismatches()) if b.vote and b.vote.consistent is False else ()
            if va is None and vb is None and not wa and not wb:
                continue
            out.append(Fact(name, va, vb, differs(name), warn_old=wa, warn_new=wb))
        else:
            va, vb = _scalar(a, name), _scalar(b, name)
            if va is None and vb is None:
                continue
            if name == "on_behalf_of" and _unlisted(a, b, va, vb):
                out.append(_not_listed(name, va, vb, a, b))
                continue
            out.append(Fact(name, va, vb, differs(name)))
    return out


def _unlisted(a: Metadata, b: Metadata, va, vb) -> bool:
    """A draft's sponsors against an adopted text, which does not list sponsors at all."""
    return (bool(va) != bool(vb)) and \
        (a.status == "adopted" and not va or b.status == "adopted" and not vb)


def _not_listed(name: str, va, vb, a: Metadata, b: Metadata) -> Fact:
    """Not a change: the adopted side says why it is empty instead of striking the names out."""
    return Fact(name, va, vb, False,
                note_old=NOT_LISTED_WHEN_ADOPTED if a.status == "adopted" and not va else None,
                note_new=NOT_LISTED_WHEN_ADOPTED if b.status == "adopted" and not vb else None)
