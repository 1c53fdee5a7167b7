"""What a parsed resolution is: immutable value objects, no behaviour beyond lookups.

Import direction: every other model module may import this one, never the reverse.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Kind(str, Enum):
    PREAMBULAR = "preambular"
    OPERATIVE = "operative"


@dataclass(frozen=True)
class Footnote:
    mark: str  # "1", "2" … (superscripts are normalised to ASCII digits)
    text: str


@dataclass(frozen=True)
class Vote:
    """The adoption record. Counts are None when the text states none."""

    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    without_vote: bool | None = None
    in_favour: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    abstaining: tuple[str, ...] = ()

    @property
    def recorded(self) -> bool:
        return self.yes is not None

    @property
    def consistent(self) -> bool | None:
        """Do the stated counts match the country lists? None when there is nothing to check."""
        if not self.recorded or not (self.in_favour or self.against or self.abstaining):
            return None
        return (self.yes, self.no, self.abstain) == (
            len(self.in_favour), len(self.against), len(self.abstaining))

    def line(self, sep: str = "/") -> str | None:
        """'28/1/17' for a recorded vote, 'without a vote', or None when there is no record.
        These are values of the JSON schema (``metadata_changes``), not words for a reader:
        what is shown reads ``recorded`` / ``without_vote`` and asks viewer.wording."""
        if self.recorded:
            return sep.join(str(n) for n in (self.yes, self.no, self.abstain))
        return "without a vote" if self.without_vote else None

    def mismatches(self) -> tuple[tuple[str, int | None, int], ...]:
        """Count/list disagreements as (list, stated, listed): ``(("in_favour", 23, 22),)``.
        Values, not words: whoever shows them words them (viewer.present.warnings)."""
        if self.consistent is not False:
            return ()
        return tuple((label, count, len(names))
                     for label, count, names in (("in_favour", self.yes, self.in_favour),
                                                 ("against", self.no, self.against),
                                                 ("abstaining", self.abstain, self.abstaining))
                     if count != len(names))


@dataclass(frozen=True)
class Metadata:
    body: str | None = None            # 人权理事会 / 大会 / Human Rights Council …
    session: str | None = None         # "43"
    session_dates: str | None = None
    agenda_item: str | None = None     # "3", "72(b)"
    agenda_title: str | None = None
    number: str | None = None          # "43/21"; "44/…" for a draft
    symbol: str | None = None          # "A/HRC/RES/43/21"
    title: str | None = None
    status: str | None = None          # "adopted" | "draft"
    date: str | None = None            # ISO "2020-06-22"
    sponsors: tuple[str, ...] = ()
    on_behalf_of: str | None = None    # "不结盟国家运动" when a sponsor speaks for a group
    report: str | None = None          # committee report it was adopted on, e.g. A/75/478/Add.2
    meeting: str | None = None         # "45" (the meeting number)
    vote: Vote | None = None
    footnotes: tuple[Footnote, ...] = ()
    notes: tuple[Footnote, ...] = ()   # starred header notes (* non-member, ** on behalf of …)
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    id: str                            # "PP3", "OP4"
    kind: Kind
    number: str | None                 # OP number as printed ("4"); None for PPs
    text: str                          # clean text without its number; footnote marks as ¹²³
    verb: str | None = None            # leading verb as written ("又重申", "Calls upon")
    footnote_refs: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resolution:
    source: str                        # file path or a caller-given name
    language: str                      # "zh" | "en" | …
    metadata: Metadata
    opening: str | None                # "人权理事会，"
    paragraphs: tuple[Paragraph, ...]
    text: str = field(default="", repr=False, compare=False)  # the loaded text, for embedding
    # What the reader should know about how the text was read: codes, with a value after a
    # colon where there is one (wording belongs to the UI). "preamble_only", "operative_only",
    # "several_resolutions:3" (the first was read), "operative_from:5" (an extract),
    # "unnumbered_operative" (one OP, which the UN does not number), "decision".
    notices: tuple[str, ...] = ()

    @property
    def preambular(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind is Kind.PREAMBULAR)

    @property
    def operative(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.kind is Kind.OPERATIVE)

    def paragraph(self, pid: str) -> Paragraph:
        for p in self.paragraphs:
            if p.id == pid:
                return p
        raise KeyError(pid)
