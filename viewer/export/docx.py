"""``--export out.docx``: the whole new text as a Word document, every difference a tracked change.

Delegations exchange Word files with tracked changes, so the differences are real revisions by
"ResCompare": "Accept all" gives exactly the new text, "Reject all" exactly the old one — the
header block (symbol, body, session, agenda item, status, title, opening formula), every
paragraph, the adoption record and the footnotes:

- Word paragraphs are the resolution's paragraphs; deleted ones carry a deleted paragraph mark,
  so rejecting restores them. OP numbers are text ("4. "), so a renumbering is a tracked change.
- A moved paragraph is a Word move (``w:moveFrom`` where it was, ``w:moveTo`` where it is, the
  two ranges sharing a name). Words deleted from it are deletions at the old place and words
  added are insertions at the new one, so both readings stay exact without nested revisions.
- Footnote marks (superscript digits in the parsed text) become ``w:footnoteReference`` runs of
  real Word footnotes (``word/footnotes.xml``); a footnote whose text changed holds the word diff
  as revisions, and a renumbered mark is one reference (Word numbers footnotes itself).
- The first page is the comparison summary, the legend, the warnings and the
  notes whose row is gone; the user's notes and verb changes are comments on their paragraphs.
- Sub-item line breaks are not stretched in justified paragraphs (``doNotExpandShiftReturn``).

Built with python-docx (document, styles, comments part) and raw WordprocessingML for revision
marks, moves and footnotes, which python-docx has no API for. What the model is read for besides
the paragraphs lives in :mod:`.docx_parts`.
"""
from __future__ import annotations

import bisect
import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from ..model import AlignedPair, Comparison, DiffOptions, Kind, Paragraph, diff_texts
from ..present.report import Report, build_report
from ..present.runs import DELETE as DEL, EQUAL as EQ, INSERT as INS, Run, tracked_runs
from .docx_parts import (MARK, Footnotes, footnotes, header_lines, mark_digits, paired_lines,
                         record_lines, xml_text)
from .options import ExportOptions

AUTHOR = "ResCompare"
INITIALS = "RC"
PAPER = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Cm(21.59), Cm(27.94))}
EAST_ASIA_FONT = "SimSun"        # what a UN Chinese text is set in on Windows
LATIN_FONT = "Times New Roman"

# Revision states besides the Run kinds EQ / DEL / INS: the two ends of a move.
MFROM, MTO = "move_from", "move_to"
_TAG = {DEL: "w:del", INS: "w:ins", MFROM: "w:moveFrom", MTO: "w:moveTo"}
_GONE = (DEL, MFROM)             # text of these states is w:delText

_L, _R, _C, _J = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER,
                  WD_ALIGN_PARAGRAPH.JUSTIFY)
# Paragraph styles: name -> (alignment, bold, first-line indent in pt, size in pt or 0)
STYLES = {
    "RC Symbol": (_R, False, 0, 0),
    "RC Header": (_L, False, 0, 11),
    "RC Title": (_C, True, 0, 14),
    "RC Opening": (_L, False, 24, 0),
    "RC Preambular": (_J, False, 24, 0),
    "RC Operative": (_J, False, 24, 0),
    "RC Record": (_L, False, 0, 11),
    "RC Summary Heading": (_L, True, 0, 13),
    "RC Summary": (_L, False, 0, 10),
    "RC Summary Banner": (_R, False, 0, 9),   # first line of the text's page: both documents
}
# Header and record lines by key (docx_parts) -> style
_LINE_STYLE = {"symbol": "RC Symbol", "title": "RC Title", "opening": "RC Opening"}


@dataclass(frozen=True)
class _Item:
    """One piece of the revision stream: text, a footnote reference, a line break, a paragraph
    mark, or the edge of a comment or of a move range."""
    what: str            # "text" | "fn" | "br" | "para" | "cstart" | "cend" | "mstart" | "mend"
    state: str = EQ      # EQ | DEL | INS | MFROM | MTO
    text: str = ""
    style: str = ""      # "para": the paragraph's style
    comment: int = -1    # "cstart"/"cend"
    note: tuple[str | None, str | None] = (None, None)   # "fn": the footnote's old / new text
    move: tuple[str, int, str] = ("", 0, "")            # "mstart"/"mend": (from|to, id, name)
    page_break: bool = False   # "para": the summary page ends after this paragraph


@dataclass(frozen=True)
class _Ctx:
    notes: Footnotes
    options: DiffOptions


# XML 1.0 allows only TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 upward: a note
# pasted from a PDF (\x02, a vertical tab) or a stray U+FFFE would make lxml refuse the
# document. Vertical tab and form feed separate words, so they become spaces; the rest go.
def _number(p: Paragraph | None) -> str:
    """The OP number as printed in front of the text: '4. ' (nothing for a PP)."""
    return f"{p.number}. " if p is not None and p.number else ""


def _plain(state: str, text: str) -> list[_Item]:
    return [_Item("text", state, text)] if text else []


def _text(state: str, text: str, ctx: _Ctx) -> list[_Item]:
    """``text`` in ``state``, its footnote marks cut out as references to the footnote each
    side holds under that mark (a superscript with no such footnote stays text)."""
    out: list[_Item] = []
    pos = 0
    for m in MARK.finditer(text):
        key = mark_digits(m.group())
        old = ctx.notes.old.get(key) if state in (EQ, DEL, MFROM) else None
        new = ctx.notes.new.get(key) if state in (EQ, INS, MTO) else None
        if old is None and new is None:
            continue
        if state == EQ:   # one side lacks the footnote: show the other's on both
            old, new = (old if old is not None else new), (new if new is not None else old)
        out += _plain(state, text[pos:m.start()])
        out.append(_Item("fn", state, m.group(), note=(old, new)))
        pos = m.end()
    return out + _plain(state, text[pos:])


def _prefixes(old: Paragraph | None, new: Paragraph | None) -> list[_Item]:
    a, b = _number(old), _number(new)
    if a == b:
        return _plain(EQ, a)
    return _plain(DEL, a) + _plain(INS, b)


def _bounds(paras: tuple[Paragraph, ...]) -> set[int]:
    """Offsets in the '\\n'-joined text where one paragraph ends and the next begins."""
    out, pos = set(), 0
    for p in paras[:-1]:
        pos += len(p.text)
        out.add(pos)
        pos += 1
    return out


def _side_stream(paras: tuple[Paragraph, ...], state: str, style: str, ctx: _Ctx) -> list[_Item]:
    """Paragraphs present on one side only: everything deleted (or inserted), marks included."""
    items: list[_Item] = []
    for p in paras:
        items += _plain(state, _number(p))
        for k, line in enumerate(p.text.split("\n")):
            if k:
                items.append(_Item("br", state))
            items += _text(state, line, ctx)
        items.append(_Item("para", state, style=style))
    return items


def _move_stream(pair: AlignedPair, side: str, style: str, ctx: _Ctx) -> list[_Item]:
    """One end of a moved pair. Where it was (``side`` 'old'): the old text as moved-from, the
    words the new text dropped as deletions. Where it is ('new'): the new text as moved-to,
    the words it gained as insertions. Accepting keeps only the second, rejecting only the first."""
    paras, others = (pair.old, pair.new) if side == "old" else (pair.new, pair.old)
    moved, changed, skip = (MFROM, DEL, INS) if side == "old" else (MTO, INS, DEL)
    bounds = _bounds(paras)

    def number(i: int) -> list[_Item]:
        same = i < len(others) and _number(others[i]) == _number(paras[i])
        return _plain(moved if same else changed, _number(paras[i]))

    items, pos, at = number(0), 0, 0
    for run in tracked_runs(pair.diff):
        if run.kind == skip:
            continue
        state = moved if run.kind == EQ else changed
        for k, piece in enumerate(run.text.split("\n")):
            if k:
                if pos in bounds:
                    items.append(_Item("para", moved, style=style))
                    at += 1
                    items += number(at)
                else:
                    items.append(_Item("br", state))
                pos += 1
            items += _text(state, piece, ctx)
            pos += len(piece)
    items.append(_Item("para", moved, style=style))
    return items


def _merge_renumbered_marks(runs: tuple[Run, ...]) -> list[Run | tuple[str, str]]:
    """A deleted mark right before an inserted one ('¹' -> '⁵': the same place, another
    number) becomes one reference whose footnote text is tracked: ('old mark', 'new mark')."""
    out: list[Run | tuple[str, str]] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        if (run.kind == DEL and nxt is not None and nxt.kind == INS
                and MARK.fullmatch(run.text) and MARK.fullmatch(nxt.text)):
            out.append((run.text, nxt.text))
            k += 2
            continue
        out.append(run)
        k += 1
    return out


def _pair_stream(old: tuple[Paragraph, ...], new: tuple[Paragraph, ...], runs: tuple[Run, ...],
                 style: str, ctx: _Ctx) -> list[_Item]:
    """Both sides present: the word diff as revisions; '\\n' becomes a mark or a line break."""
    ob, nb = _bounds(old), _bounds(new)
    oi = ni = 0
    opos = npos = 0
    items = _prefixes(old[0] if old else None, new[0] if new else None)

    def one_side(text: str, state: str) -> None:
        nonlocal oi, ni, opos, npos
        bounds, pos = (ob, opos) if state == DEL else (nb, npos)
        for k, piece in enumerate(text.split("\n")):
            if k:
                if pos in bounds:
                    items.append(_Item("para", state, style=style))
                    if state == DEL:
                        oi += 1
                        items.extend(_plain(DEL, _number(old[oi])))
                    else:
                        ni += 1
                        items.extend(_plain(INS, _number(new[ni])))
                else:
                    items.append(_Item("br", state))
                pos += 1
            items.extend(_text(state, piece, ctx))
            pos += len(piece)
        if state == DEL:
            opos = pos
        else:
            npos = pos

    for run in _merge_renumbered_marks(runs):
        if isinstance(run, tuple):
            a, b = run
            note = (ctx.notes.old.get(mark_digits(a)), ctx.notes.new.get(mark_digits(b)))
            if None in note:       # not both real footnotes: keep them as plain revisions
                one_side(a, DEL)
                one_side(b, INS)
            else:
                items.append(_Item("fn", EQ, b, note=note))
                opos += len(a)
                npos += len(b)
        elif run.kind != EQ:
            one_side(run.text, run.kind)
        else:
            for k, piece in enumerate(run.text.split("\n")):
                if k:
                    in_old, in_new = opos in ob, npos in nb
                    if in_old and in_new:
                        items.append(_Item("para", EQ, style=style))
                        oi += 1
                        ni += 1
                        items.extend(_prefixes(old[oi], new[ni]))
                    elif not in_old and not in_new:
                        items.append(_Item("br", EQ))
                    elif in_old:       # paragraph break before, line break now
                        items.append(_Item("br", INS))
                        items.append(_Item("para", DEL, style=style))
                        oi += 1
                        items.extend(_plain(DEL, _number(old[oi])))
                    else:              # line break before, paragraph break now
                        items.append(_Item("br", DEL))
                        items.append(_Item("para", INS, style=style))
                        ni += 1
                        items.extend(_plain(INS, _number(new[ni])))
                    opos += 1
                    npos += 1
                items.extend(_text(EQ, piece, ctx))
                opos += len(piece)
                npos += len(piece)
    items.append(_Item("para", EQ, style=style))
    return items


def _text_pair_stream(old: str | None, new: str | None, style: str, ctx: _Ctx) -> list[_Item]:
    """A header or record line as a tracked word diff, compared with the same options as the
    paragraphs."""
    if not old and not new:
        return []
    if not old:
        return _text(INS, new, ctx) + [_Item("para", INS, style=style)]
    if not new:
        return _text(DEL, old, ctx) + [_Item("para", DEL, style=style)]
    items: list[_Item] = []
    for run in tracked_runs(diff_texts(old, new, ctx.options)):
        items += _text(run.kind, run.text, ctx)
    return items + [_Item("para", EQ, style=style)]


def _lines_stream(old: list[tuple[str, str]], new: list[tuple[str, str]], default: str,
                  ctx: _Ctx) -> list[_Item]:
    out: list[_Item] = []
    for key, a, b in paired_lines(old, new):
        out += _text_pair_stream(a, b, _LINE_STYLE.get(key, default), ctx)
    return out


# --- ordering: one sequence that reads as the old text when rejected, the new when accepted ----

@dataclass(frozen=True)
class _Unit:
    side: str                    # "both" | "old" | "new"
    pair: AlignedPair
    paras: tuple[Paragraph, ...]


def _units(pairs: list[AlignedPair], olds: tuple[Paragraph, ...],
           news: tuple[Paragraph, ...]) -> list[_Unit]:
    """Merge old and new order: pairs in the same order on both sides are anchors; all other
    paragraphs are deleted where they were and inserted where they are."""
    old_index = {p.id: i for i, p in enumerate(olds)}
    new_index = {p.id: i for i, p in enumerate(news)}
    candidates = sorted((p for p in pairs if p.old and p.new and not p.moved),
                        key=lambda p: new_index[p.new[0].id])
    anchors = _increasing(candidates, lambda p: old_index[p.old[0].id])
    anchor_keys = {p.key for p in anchors}
    old_units = _side_units(pairs, olds, "old", anchor_keys)
    new_units = _side_units(pairs, news, "new", anchor_keys)
    out: list[_Unit] = []
    i = j = 0
    for anchor in anchors:
        while i < len(old_units) and old_units[i].pair.key != anchor.key:
            out.append(old_units[i])
            i += 1
        while j < len(new_units) and new_units[j].pair.key != anchor.key:
            out.append(new_units[j])
            j += 1
        out.append(_Unit("both", anchor, ()))
        i += 1
        j += 1
    return out + old_units[i:] + new_units[j:]


def _side_units(pairs, paras, side: str, anchor_keys: set[str]) -> list[_Unit]:
    """Consecutive paragraphs of one side grouped by their pair (anchors become placeholders)."""
    owner = {}
    for pair in pairs:
        for p in (pair.old if side == "old" else pair.new):
            owner[p.id] = pair
    units: list[_Unit] = []
    for p in paras:
        pair = owner.get(p.id)
        if pair is None:
            continue
        if units and units[-1].pair.key == pair.key:
            last = units[-1]
            units[-1] = _Unit(last.side, pair, last.paras + (p,))
        else:
            units.append(_Unit("both" if pair.key in anchor_keys else side, pair, (p,)))
    return units


def _increasing(items: list, key) -> list:
    """Longest subsequence of ``items`` whose ``key`` strictly increases (order kept)."""
    tails: list[int] = []
    tail_idx: list[int] = []
    back = [-1] * len(items)
    for n, item in enumerate(items):
        k = key(item)
        pos = bisect.bisect_left(tails, k)
        if pos == len(tails):
            tails.append(k)
            tail_idx.append(n)
        else:
            tails[pos] = k
            tail_idx[pos] = n
        back[n] = tail_idx[pos - 1] if pos else -1
    out = []
    at = tail_idx[-1] if tail_idx else -1
    while at != -1:
        out.append(items[at])
        at = back[at]
    return out[::-1]


# --- WordprocessingML ---------------------------------------------------------------------------

class _Writer:
    """Turns the item stream into w:p elements with revision marks, and footnotes into the
    footnotes part (revision ids are shared by both: Word wants them unique per document)."""

    def __init__(self, date: str, options: DiffOptions, notes_root):
        self.date = date
        self.options = options
        self.notes_root = notes_root
        self.next_id = 1000   # revision ids, kept clear of comment ids
        self.next_note = 1    # footnote ids (-1 and 0 are the separators)

    def _rev(self, tag: str) -> OxmlElement:
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), self.date)
        self.next_id += 1
        return el

    def _run(self, item: _Item) -> OxmlElement:
        r = OxmlElement("w:r")
        if item.what == "br":
            r.append(OxmlElement("w:br"))
        elif item.what == "fn":
            rpr = OxmlElement("w:rPr")
            rstyle = OxmlElement("w:rStyle")
            rstyle.set(qn("w:val"), "FootnoteReference")
            rpr.append(rstyle)
            r.append(rpr)
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), str(self.footnote(*item.note)))
            r.append(ref)
        else:
            t = OxmlElement("w:delText" if item.state in _GONE else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = xml_text(item.text)
            r.append(t)
        return r

    def _fill(self, p, items: list[_Item]) -> None:
        """Append runs to ``p``, consecutive runs of one revision state in one wrapper."""
        wrapper, wrapper_state = None, None
        for item in items:
            if item.what in ("cstart", "cend", "mstart", "mend"):
                wrapper, wrapper_state = None, None
                p.append(_edge(item, self))
                if item.what == "cend":
                    p.append(_comment_reference(item.comment))
                continue
            run = self._run(item)
            if item.state == EQ:
                wrapper, wrapper_state = None, None
                p.append(run)
                continue
            if wrapper is None or wrapper_state != item.state:
                wrapper = self._rev(_TAG[item.state])
                wrapper_state = item.state
                p.append(wrapper)
            wrapper.append(run)

    def paragraph(self, items: list[_Item], mark: _Item) -> OxmlElement:
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), _style_id(mark.style))
        ppr.append(style)
        if mark.state != EQ:
            rpr = OxmlElement("w:rPr")
            rpr.append(self._rev(_TAG[mark.state]))
            ppr.append(rpr)
        p.append(ppr)
        self._fill(p, items)
        if mark.page_break:
            r = OxmlElement("w:r")
            br = OxmlElement("w:br")
            br.set(qn("w:type"), "page")
            r.append(br)
            p.append(r)
        return p

    def footnote(self, old: str | None, new: str | None) -> int:
        """A footnote holding ``new`` (accepted) and ``old`` (rejected): the word diff as
        revisions when both exist and differ; its id."""
        fid = self.next_note
        self.next_note += 1
        fn = OxmlElement("w:footnote")
        fn.set(qn("w:id"), str(fid))
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), "FootnoteText")
        ppr.append(style)
        p.append(ppr)
        ref = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rstyle = OxmlElement("w:rStyle")
        rstyle.set(qn("w:val"), "FootnoteReference")
        rpr.append(rstyle)
        ref.append(rpr)
        ref.append(OxmlElement("w:footnoteRef"))
        p.append(ref)
        items = [_Item("text", EQ, " ")]
        if old is None or new is None or old == new:
            items.append(_Item("text", EQ, new if new is not None else (old or "")))
        else:
            items += [_Item("text", r.kind, r.text)
                      for r in tracked_runs(diff_texts(old, new, self.options))]
        self._fill(p, items)
        fn.append(p)
        self.notes_root.append(fn)
        return fid


def _movable(item: _Item) -> bool:
    return item.what in ("text", "fn", "br") and item.state in (DEL, INS)


def _edges(items: list[_Item]) -> tuple[int, int]:
    """(end of the leading block, start of the trailing block) of deletions and insertions."""
    n, head = len(items), 0
    while head < n and _movable(items[head]):
        head += 1
    tail = n
    while tail > head and _movable(items[tail - 1]):
        tail -= 1
    return head, tail


def _ordered(block: list[_Item], first: str) -> list[_Item]:
    second = DEL if first == INS else INS
    return [i for i in block if i.state == first] + [i for i in block if i.state == second]


def _kinds(block: list[_Item]) -> set[str]:
    return {i.state for i in block}


def _settle(paragraphs: list[tuple[list[_Item], _Item]]) -> list[tuple[list[_Item], _Item]]:
    """Order the deletions and insertions that touch paragraph edges so that one paragraph's
    last revision and the next one's first are of different kinds.

    LibreOffice merges an insertion that ends a paragraph with one that starts the next (same
    author and time) into one revision over the untracked paragraph mark between them, and
    rejecting all then runs the two paragraphs together. Within a block of deletions and
    insertions with no equal text between, their order changes neither reading."""
    out: list[tuple[list[_Item], _Item]] = []
    before: str | None = None            # kind ending the previous paragraph (untracked mark)
    for k, (items, mark) in enumerate(paragraphs):
        after = None                       # kind the next paragraph must start with
        if k + 1 < len(paragraphs):
            nxt = paragraphs[k + 1][0]
            lead = nxt[:_edges(nxt)[0]]
            if len(_kinds(lead)) == 1:
                after = lead[0].state
        head, tail = _edges(items)
        # A paragraph is best ended by a deletion (LibreOffice also ran paragraphs together on
        # rejecting when one ended with an insertion and the next began with any revision);
        # a block that touches nothing tracked keeps Word's order, deletion first.
        if head == len(items):            # one block: start unlike before, end unlike after
            first = DEL if before == INS else INS
            if after is not None and after != first and len(_kinds(items)) == 2:
                first = after             # ends with the other kind
            items = _ordered(items, first)
        else:
            lead_first = {None: DEL, INS: DEL, DEL: INS}.get(before, DEL)
            trail_first = after if after is not None else INS
            items = (_ordered(items[:head], lead_first) + items[head:tail]
                     + _ordered(items[tail:], trail_first))
        states = [i.state for i in items if i.what in ("text", "fn", "br")]
        before = states[-1] if states and mark.state == EQ else None
        out.append((items, mark))
    return out


def _edge(item: _Item, writer: _Writer) -> OxmlElement:
    """A comment range edge, or a move range edge (start: id, name, author, date; end: id)."""
    if item.what in ("cstart", "cend"):
        el = OxmlElement("w:commentRangeStart" if item.what == "cstart" else "w:commentRangeEnd")
        el.set(qn("w:id"), str(item.comment))
        return el
    side, rid, name = item.move
    el = OxmlElement(f"w:{'moveFrom' if side == 'from' else 'moveTo'}Range"
                     f"{'Start' if item.what == 'mstart' else 'End'}")
    el.set(qn("w:id"), str(rid))
    if item.what == "mstart":
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), writer.date)
        el.set(qn("w:name"), name)
    return el


def _comment_reference(comment_id: int) -> OxmlElement:
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:rStyle")
    rstyle.set(qn("w:val"), "CommentReference")
    rpr.append(rstyle)
    r.append(rpr)
    ref = OxmlElement("w:commentReference")
    ref.set(qn("w:id"), str(comment_id))
    r.append(ref)
    return r


_STYLE_IDS: dict[str, str] = {}


def _style_id(name: str) -> str:
    return _STYLE_IDS.get(name, name.replace(" ", ""))


def _setup(doc, paper: str) -> None:
    """Fonts (SimSun for Chinese), paragraph and footnote styles, the page, and the setting
    that keeps a line ending in a line break (sub-items (a), (b)) from being justified."""
    normal = doc.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(12)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:eastAsia"), EAST_ASIA_FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(lang)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.25
    for name, (align, bold, indent, size) in STYLES.items():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.paragraph_format.alignment = align
        if indent:
            style.paragraph_format.first_line_indent = Pt(indent)
        if bold:
            style.font.bold = True
            style.paragraph_format.space_after = Pt(12)
        if size:
            style.font.size = Pt(size)
        _STYLE_IDS[name] = style.style_id
    ids = {s.style_id for s in doc.styles}
    for name, sid, kind, size, superscript in (
            ("annotation reference", "CommentReference", WD_STYLE_TYPE.CHARACTER, 8, False),
            ("annotation text", "CommentText", WD_STYLE_TYPE.PARAGRAPH, 10, False),
            ("footnote reference", "FootnoteReference", WD_STYLE_TYPE.CHARACTER, 0, True),
            ("footnote text", "FootnoteText", WD_STYLE_TYPE.PARAGRAPH, 10, False)):
        if sid in ids:
            continue
        style = doc.styles.add_style(name, kind)
        style.element.set(qn("w:styleId"), sid)
        if size:
            style.font.size = Pt(size)
        if superscript:
            style.font.superscript = True
        if kind == WD_STYLE_TYPE.PARAGRAPH:
            style.base_style = normal
            style.paragraph_format.space_after = Pt(0)
            style.paragraph_format.line_spacing = 1.0
    section = doc.sections[0]
    section.page_width, section.page_height = PAPER.get(str(paper).lower(), PAPER["a4"])
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin = section.bottom_margin = Cm(2.2)
    settings = doc.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.append(compat)
    compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))


def _footnotes_part(doc, settings_element):
    """An empty footnotes part (with Word's two separator notes) related from the document."""
    root = parse_xml(
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>")
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, root, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    pr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/>'
                   '<w:footnote w:id="0"/></w:footnotePr>')
    compat = settings_element.find(qn("w:compat"))
    compat.addprevious(pr)        # schema order: footnotePr comes before compat
    return root


def _field(paragraph, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _furniture(doc, report: Report) -> None:
    """Running header with both documents, footer with 'Page X of Y' as live fields."""
    section = doc.sections[0]
    head = section.header.paragraphs[0]
    head.text = xml_text(f"{report.header} · {report.t('app')}")
    head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in head.runs:
        run.font.size = Pt(9)
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, rest = report.t("page", page="\x00", pages="\x01").partition("\x00")
    middle, _, after = rest.partition("\x01")
    foot.add_run(before)
    _field(foot, "PAGE")
    foot.add_run(middle)
    _field(foot, "NUMPAGES")
    foot.add_run(after)
    for run in foot.runs:
        run.font.size = Pt(9)


def _properties(doc, report: Report, date: str) -> None:
    """Title (the two documents), creator ResCompare, created and modified at export time —
    not the python-docx template's own 2013 dates, author and description."""
    when = datetime.fromisoformat(date.replace("Z", "+00:00"))
    props = doc.core_properties
    props.title = xml_text(f"{report.old_name} → {report.new_name}")
    props.subject = xml_text(report.title)
    props.author = props.last_modified_by = AUTHOR
    props.comments = props.keywords = props.category = ""
    props.created = props.modified = when
    props.revision = 1


def _summary(report: Report, warned: list[str]) -> list[tuple[str, str]]:
    """(style, text) of the first section: what was compared, how to read the file, the
    warnings, the change summary, and the notes whose paragraph is gone."""
    t = report.t
    heading, line = "RC Summary Heading", "RC Summary"
    out = [(heading, f"{report.title}: {report.header}"),
           (line, t("docx.legend"))]
    if warned:
        out.append((heading, t("warnings")))
        out += [(line, f"⚠ {w}") for w in warned]
    out.append((heading, t("summary")))
    out.append((line, "; ".join(f"{n} {c}" for n, c in report.counts if c)
                or "; ".join(f"{n} {c}" for n, c in report.counts)))
    if report.renumbering:
        out.append((line, f"{t('renumbering')}: "
                    + "; ".join(f"{a} → {b}" for a, b in report.renumbering)))
    if report.verb_changes:
        out.append((line, f"{t('verb_changes')}: " + "; ".join(
            f"{lab}: {a} → {b} ({d})" for lab, a, b, d in report.verb_changes)))
    for name, a, b in report.metadata_changes:
        out.append((line, f"{name}: {a}  →  {b}".replace("\n", "; ")))
    if report.citations_added:
        out.append((line, f"{t('citations_added')}: " + "; ".join(report.citations_added)))
    if report.citations_removed:
        out.append((line, f"{t('citations_removed')}: " + "; ".join(report.citations_removed)))
    if report.orphaned:
        out.append((heading, t("orphaned")))
        out += [(line, f"{key}: {text}") for key, text in report.orphaned]
    out.append((line, report.generated))
    return out


def build_docx(comparison: Comparison, notes: dict[str, str] | None = None, *,
               language: str | None = None, paper: str = "a4", date: str | None = None):
    """The python-docx Document (not yet saved)."""
    report = build_report(comparison, notes, language)
    date = date or datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace(
        "+00:00", "Z")
    doc = Document()
    _setup(doc, paper)
    _furniture(doc, report)
    _properties(doc, report, date)
    notes_root = _footnotes_part(doc, doc.settings.element)
    rows = {row.key: row for row in report.rows}
    ctx = _Ctx(footnotes(comparison), comparison.options)

    def comment(lines: list[str]) -> int:
        c = doc.comments.add_comment(xml_text("\n".join(lines)), author=AUTHOR,
                                     initials=INITIALS)
        return c.comment_id

    def wrap(items: list[_Item], lines: list[str]) -> list[_Item]:
        """Anchor a comment on ``items``: the range ends before the last paragraph mark, or
        before the first footnote reference (a footnote inside a comment's range makes
        LibreOffice 7.4 give the footnotes that follow the wrong texts)."""
        lines = [x for x in lines if x]
        if not lines or not items:
            return items
        cid = comment(lines)
        end = next((k for k, it in enumerate(items) if it.what in ("fn", "para")),
                   len(items) - 1)
        return ([_Item("cstart", comment=cid)] + items[:end] + [_Item("cend", comment=cid)]
                + items[end:])

    moves: dict[str, tuple[int, int, str]] = {}

    def move_range(items: list[_Item], pair: AlignedPair, side: str) -> list[_Item]:
        """The ends of one move share a name; each range has its own id."""
        if pair.key not in moves:
            n = len(moves)
            moves[pair.key] = (900000 + 2 * n, 900001 + 2 * n, f"rc_move{n + 1}")
        from_id, to_id, name = moves[pair.key]
        edge = ("from", from_id, name) if side == "old" else ("to", to_id, name)
        return ([_Item("mstart", move=edge)] + items[:-1] + [_Item("mend", move=edge),
                                                             items[-1]])

    stream: list[_Item] = []
    for style, text in _summary(report, [w.text for w in report.warnings]):
        stream += _plain(EQ, text) + [_Item("para", EQ, style=style)]
    # The text's page opens with an untracked line naming both documents: LibreOffice 7.4
    # crashes, or ignores "accept all", when the paragraph after a page or section break has a
    # tracked paragraph mark (a deleted symbol line, say).
    stream[-1] = _Item("para", EQ, style=stream[-1].style, page_break=True)
    stream += _plain(EQ, report.header) + [_Item("para", EQ, style="RC Summary Banner")]

    stream += _lines_stream(header_lines(comparison.old), header_lines(comparison.new),
                            "RC Header", ctx)
    for kind, style in ((Kind.PREAMBULAR, "RC Preambular"), (Kind.OPERATIVE, "RC Operative")):
        pairs = [p for p in comparison.pairs if p.kind is kind]
        olds = tuple(p for p in comparison.old.paragraphs if p.kind is kind)
        news = tuple(p for p in comparison.new.paragraphs if p.kind is kind)
        for unit in _units(pairs, olds, news):
            row = rows[unit.pair.key]
            pair = unit.pair
            if unit.side == "both":
                items = _pair_stream(pair.old, pair.new, tracked_runs(pair.diff), style, ctx)
                lines = [row.note, row.verb]
            elif pair.old and pair.new and pair.diff is not None and unit.paras == (
                    pair.old if unit.side == "old" else pair.new):
                # both sides exist but out of order: a move
                items = move_range(_move_stream(pair, unit.side, style, ctx), pair, unit.side)
                lines = [] if unit.side == "old" else [row.note, row.verb]
            elif unit.side == "old":
                items = _side_stream(unit.paras, DEL, style, ctx)
                lines = [] if pair.new else [row.note]
            else:
                items = _side_stream(unit.paras, INS, style, ctx)
                lines = [row.note] + ([row.verb] if pair.old else [])
            stream += wrap(items, lines)
    stream += _lines_stream(record_lines(comparison.old), record_lines(comparison.new),
                            "RC Record", ctx)
    if stream[-1].state != EQ:
        # Word keeps the last paragraph mark; give a deleted/inserted last paragraph a successor.
        stream.append(_Item("para", EQ, style="RC Record"))
    _emit(doc, stream, date, comparison.options, notes_root)
    return doc


def _emit(doc, stream: list[_Item], date: str, options: DiffOptions, notes_root) -> None:
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    for p in body.findall(qn("w:p")):   # the template's empty first paragraph
        body.remove(p)
    writer = _Writer(date, options, notes_root)
    paragraphs: list[tuple[list[_Item], _Item]] = []
    pending: list[_Item] = []
    for item in stream:
        if item.what == "para":
            paragraphs.append((pending, item))
            pending = []
        else:
            pending.append(item)
    for items, mark in _settle(paragraphs):
        el = writer.paragraph(items, mark)
        if sect is not None:
            sect.addprevious(el)
        else:
            body.append(el)


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None,
             options: ExportOptions = ExportOptions()) -> bytes:
    """The comparison as a .docx with tracked changes, footnotes and comments (always
    portrait, as the resolution itself: ``options.landscape`` is for pages of two columns)."""
    doc = build_docx(comparison, notes, language=options.language, paper=options.paper,
                     date=options.date)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
