"""What the Word export reads from a comparison besides the paragraphs: the resolution's own
header and record lines, its footnotes (every text by mark: Word holds them as real footnotes,
so it needs them all, not per row as :mod:`viewer.present.footnotes` gives them), and the one
XML sanitiser. The warnings come from :mod:`viewer.present.warnings` through the report, as in
every export.

Kept apart from :mod:`.docx`, which only writes WordprocessingML.

Header and record lines are worded in the *document's* language (a Chinese resolution keeps
its Chinese header whatever the interface language), from the one catalogue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Comparison, Resolution
from ..wording import LANGUAGES, text as word

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A footnote mark as the parser leaves it in a paragraph's text: superscript digits.
MARK = re.compile(f"[{SUPERSCRIPTS}]+")
_ASCII = str.maketrans(SUPERSCRIPTS, "0123456789")

# Characters XML 1.0 cannot hold (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/FFFF):
# PDF extraction leaves some of them (U+FFFE for a line-end hyphen), and lxml refuses them.
_BREAKS = re.compile(" ?[\x0b\x0c]+ ?")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")



def xml_text(value: str) -> str:
    """``value`` with every character XML cannot hold removed (a vertical tab or form feed, as
    pasted from a PDF, becomes a space): the one sanitiser of this export."""
    if not _NOT_XML.search(value):
        return value
    value = _BREAKS.sub(" ", value)   # one space, not two, where a space was already
    return _NOT_XML.sub("", value)


def mark_digits(mark: str) -> str:
    """'¹²' -> '12': the key of :class:`~viewer.model.Footnote`."""
    return mark.translate(_ASCII)


@dataclass(frozen=True)
class Footnotes:
    """Both documents' footnote texts by mark, and the marks the engine found renumbered."""
    old: dict[str, str]
    new: dict[str, str]
    renumbered: frozenset[tuple[str, str]]


def footnotes(comparison: Comparison) -> Footnotes:
    """The footnotes the Word file needs, read from the model (see the module docstring)."""
    return Footnotes({f.mark: f.text for f in comparison.old.metadata.footnotes},
                     {f.mark: f.text for f in comparison.new.metadata.footnotes},
                     frozenset(m for p in comparison.pairs for m in p.footnotes_renumbered))


def _language(res: Resolution) -> str:
    return res.language if res.language in LANGUAGES else "en"


def _date(iso: str | None, language: str) -> str | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not m:
        return iso
    months = word("doc.months", language).split("|")
    return word("doc.date", language, year=m.group(1), month=months[int(m.group(2)) - 1],
                day=str(int(m.group(3))))


def header_lines(res: Resolution) -> list[tuple[str, str]]:
    """(key, text) of the lines above the first paragraph, as the document states them:
    symbol, body, session, agenda item, status (adoption or sponsors), report, title, opening."""
    m, lang = res.metadata, _language(res)
    out: list[tuple[str, str | None]] = [("symbol", m.symbol), ("body", m.body)]
    if m.session:
        out.append(("session", " ".join(x for x in (word("doc.session", lang, session=m.session),
                                                     m.session_dates) if x)))
    if m.agenda_item:
        out.append(("agenda", " ".join(x for x in (word("doc.agenda_item", lang,
                                                         item=m.agenda_item), m.agenda_title)
                                        if x)))
    if m.status == "draft" and m.sponsors:
        sponsors = word("list_separator", lang).join(m.sponsors)
        if m.on_behalf_of:
            sponsors = word("sponsors_on_behalf_of", lang, sponsors=sponsors, group=m.on_behalf_of)
        out.append(("status", word("doc.draft_by", lang, sponsors=sponsors)))
    elif m.status == "adopted" and m.body and m.date:
        out.append(("status", word("doc.adopted_by", lang, body=m.body,
                                   date=_date(m.date, lang))))
    if m.report:
        out.append(("report", word("doc.on_report", lang, report=m.report)))
    out.append(("title", " ".join(x for x in (m.number, m.title) if x)))
    out.append(("opening", res.opening))
    return [(k, v) for k, v in out if v]


def record_lines(res: Resolution) -> list[tuple[str, str]]:
    """(key, text) of the adoption record after the last paragraph: meeting and date, how it
    was adopted, and the three country lists of a recorded vote."""
    m, lang = res.metadata, _language(res)
    out: list[tuple[str, str | None]] = []
    meeting = word("doc.meeting", lang, meeting=m.meeting) if m.meeting else None
    if meeting or (m.status == "adopted" and m.date):
        out.append(("meeting", "  ".join(x for x in (meeting, _date(m.date, lang)
                                                      if m.status == "adopted" else None) if x)))
    v = m.vote
    if v is not None and v.recorded:
        out.append(("vote", word("doc.recorded_vote", lang, yes=v.yes, no=v.no,
                                 abstain=v.abstain)))
        sep = word("list_separator", lang)
        for key, names in (("in_favour", v.in_favour), ("against", v.against),
                           ("abstaining", v.abstaining)):
            if names:
                out.append((key, word(f"doc.{key}", lang, names=sep.join(names))))
    elif v is not None and v.without_vote:
        out.append(("vote", word("doc.without_vote", lang)))
    return [(k, x) for k, x in out if x]


def paired_lines(old: list[tuple[str, str]], new: list[tuple[str, str]]
                 ) -> list[tuple[str, str | None, str | None]]:
    """Old and new lines matched by key, in the new order with old-only lines where they were."""
    olds, news = dict(old), dict(new)
    keys: list[str] = []
    for k, _ in new:
        keys.append(k)
    for n, (k, _) in enumerate(old):
        if k not in news:
            # after the line that precedes it in the old document (or first)
            before = [x for x, _ in old[:n] if x in keys]
            keys.insert(keys.index(before[-1]) + 1 if before else 0, k)
    return [(k, olds.get(k), news.get(k)) for k in keys]
