"""``--export out.docx``: the new text as a Word document with the differences as tracked changes.

Delegations exchange Word files with tracked changes, so the differences are real revisions
(``w:ins`` / ``w:del`` by "ResCompare"): "Accept all" gives exactly the new text, "Reject all"
exactly the old one. Deleted paragraphs carry a deleted paragraph mark, so rejecting restores
them as paragraphs; OP numbers are text ("4. "), so a renumbering is itself a tracked change.
A moved paragraph is a deletion where it was and an insertion where it is (with a comment
saying so) — that keeps both "accept all" and "reject all" exact. The user's notes, the
comparison summary and notes whose row no longer exists are Word comments.

Built with python-docx (document, styles, comments part) and raw WordprocessingML for the
revision marks, which python-docx has no API for.
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ..model import AlignedPair, Comparison, DiffOptions, Kind, Paragraph, diff_texts
from ..present.report import Report, build_report
from ..present.runs import DELETE as DEL, EQUAL as EQ, INSERT as INS, Run, tracked_runs
from .options import ExportOptions

AUTHOR = "ResCompare"
INITIALS = "RC"
PAPER = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Cm(21.59), Cm(27.94))}
EAST_ASIA_FONT = "SimSun"        # what a UN Chinese text is set in on Windows
LATIN_FONT = "Times New Roman"

# Paragraph styles: name -> (alignment, bold, first-line indent in pt)
STYLES = {
    "RC Symbol": (WD_ALIGN_PARAGRAPH.RIGHT, False, 0),
    "RC Title": (WD_ALIGN_PARAGRAPH.CENTER, True, 0),
    "RC Opening": (WD_ALIGN_PARAGRAPH.LEFT, False, 24),
    "RC Preambular": (WD_ALIGN_PARAGRAPH.JUSTIFY, False, 24),
    "RC Operative": (WD_ALIGN_PARAGRAPH.JUSTIFY, False, 24),
}


@dataclass(frozen=True)
class _Item:
    """One piece of the revision stream: text, a line break, a paragraph mark or a comment edge."""
    what: str            # "text" | "br" | "para" | "cstart" | "cend"
    state: str = EQ      # a Run kind: EQ | DEL | INS
    text: str = ""
    style: str = ""      # for "para": the paragraph's style
    comment: int = -1    # for "cstart"/"cend"


# XML 1.0 allows only TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 upward: a note
# pasted from a PDF (\x02, a vertical tab) or a stray U+FFFE would make lxml refuse the
# document. Vertical tab and form feed separate words, so they become spaces; the rest go.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 forbids removed (VT and FF become spaces)."""
    if not _XML_BAD.search(text):
        return text
    return _XML_BAD.sub(lambda m: " " if m.group() in "\x0b\x0c" else "", text)


def _number(p: Paragraph | None) -> str:
    """The OP number as printed in front of the text: '4. ' (nothing for a PP)."""
    return f"{p.number}. " if p is not None and p.number else ""


def _text(state: str, text: str) -> list[_Item]:
    return [_Item("text", state, text)] if text else []


def _prefixes(old: Paragraph | None, new: Paragraph | None) -> list[_Item]:
    a, b = _number(old), _number(new)
    if a == b:
        return _text(EQ, a)
    return _text(DEL, a) + _text(INS, b)


def _bounds(paras: tuple[Paragraph, ...]) -> set[int]:
    """Offsets in the '\\n'-joined text where one paragraph ends and the next begins."""
    out, pos = set(), 0
    for p in paras[:-1]:
        pos += len(p.text)
        out.add(pos)
        pos += 1
    return out


def _side_stream(paras: tuple[Paragraph, ...], state: str, style: str) -> list[_Item]:
    """Paragraphs present on one side only: everything deleted (or inserted), marks included."""
    items: list[_Item] = []
    for p in paras:
        items += _text(state, _number(p))
        lines = p.text.split("\n")
        for k, line in enumerate(lines):
            if k:
                items.append(_Item("br", state))
            items += _text(state, line)
        items.append(_Item("para", state, style=style))
    return items


def _pair_stream(old: tuple[Paragraph, ...], new: tuple[Paragraph, ...], runs: tuple[Run, ...],
                 style: str) -> list[_Item]:
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
                        items.extend(_text(DEL, _number(old[oi])))
                    else:
                        ni += 1
                        items.extend(_text(INS, _number(new[ni])))
                else:
                    items.append(_Item("br", state))
                pos += 1
            items.extend(_text(state, piece))
            pos += len(piece)
        if state == DEL:
            opos = pos
        else:
            npos = pos

    for run in runs:
        if run.kind != EQ:
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
                        items.extend(_text(DEL, _number(old[oi])))
                    else:              # line break before, paragraph break now
                        items.append(_Item("br", DEL))
                        items.append(_Item("para", INS, style=style))
                        ni += 1
                        items.extend(_text(INS, _number(new[ni])))
                    opos += 1
                    npos += 1
                items.extend(_text(EQ, piece))
                opos += len(piece)
                npos += len(piece)
    items.append(_Item("para", EQ, style=style))
    return items


def _text_pair_stream(old: str | None, new: str | None, style: str,
                      options: DiffOptions) -> list[_Item]:
    """A header line (symbol, title, opening formula) as a tracked word diff, compared with the
    same options as the paragraphs."""
    if not old and not new:
        return []
    if not old:
        return _text(INS, new) + [_Item("para", INS, style=style)]
    if not new:
        return _text(DEL, old) + [_Item("para", DEL, style=style)]
    items: list[_Item] = []
    for run in tracked_runs(diff_texts(old, new, options)):
        items += _text(run.kind, run.text)
    return items + [_Item("para", EQ, style=style)]


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
    """Turns the item stream into w:p elements with revision marks."""

    def __init__(self, date: str):
        self.date = date
        self.next_id = 1000   # revision ids, kept clear of comment ids

    def _rev(self, tag: str) -> OxmlElement:
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), self.date)
        self.next_id += 1
        return el

    @staticmethod
    def _run(state: str, text: str | None) -> OxmlElement:
        r = OxmlElement("w:r")
        if text is None:
            r.append(OxmlElement("w:br"))
        else:
            t = OxmlElement("w:delText" if state == DEL else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = xml_safe(text)
            r.append(t)
        return r

    def paragraph(self, items: list[_Item], mark: _Item) -> OxmlElement:
        p = OxmlElement("w:p")
        ppr = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), _style_id(mark.style))
        ppr.append(style)
        if mark.state != EQ:
            rpr = OxmlElement("w:rPr")
            rpr.append(self._rev("w:del" if mark.state == DEL else "w:ins"))
            ppr.append(rpr)
        p.append(ppr)
        wrapper, wrapper_state = None, None
        for item in items:
            if item.what in ("cstart", "cend"):
                wrapper, wrapper_state = None, None
                edge = OxmlElement("w:commentRangeStart" if item.what == "cstart"
                                   else "w:commentRangeEnd")
                edge.set(qn("w:id"), str(item.comment))
                p.append(edge)
                if item.what == "cend":
                    p.append(_comment_reference(item.comment))
                continue
            run = self._run(item.state, item.text if item.what == "text" else None)
            if item.state == EQ:
                wrapper, wrapper_state = None, None
                p.append(run)
                continue
            if wrapper is None or wrapper_state != item.state:
                wrapper = self._rev("w:del" if item.state == DEL else "w:ins")
                wrapper_state = item.state
                p.append(wrapper)
            wrapper.append(run)
        return p


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
    """Fonts (SimSun for Chinese), paragraph styles and the page."""
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
    for name, (align, bold, indent) in STYLES.items():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.paragraph_format.alignment = align
        if indent:
            style.paragraph_format.first_line_indent = Pt(indent)
        if bold:
            style.font.bold = True
            style.font.size = Pt(14)
            style.paragraph_format.space_after = Pt(12)
        _STYLE_IDS[name] = style.style_id
    if "CommentReference" not in [s.style_id for s in doc.styles]:
        ref = doc.styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
        ref.font.size = Pt(8)
        ref.element.set(qn("w:styleId"), "CommentReference")
        text = doc.styles.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
        text.element.set(qn("w:styleId"), "CommentText")
        text.font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = PAPER.get(str(paper).lower(), PAPER["a4"])
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin = section.bottom_margin = Cm(2.2)


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
    head.text = xml_safe(f"{report.header} · {report.t('app')}")
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


def _summary_text(report: Report) -> str:
    t = report.t
    lines = [f"{report.title} — {report.header}", f"[{t('identity')}]"]
    lines += [f"{name}: {old}  →  {new}" if old != new else f"{name}: {old}"
              for name, old, new in report.identity]
    lines.append(f"[{t('counts')}] " + "; ".join(f"{n} {c}" for n, c in report.counts))
    lines.append(f"[{t('renumbering')}] "
                 + ("; ".join(f"{a} → {b}" for a, b in report.renumbering) or t("none")))
    lines.append(f"[{t('verb_changes')}] "
                 + ("; ".join(f"{lab}: {a} → {b} ({d})" for lab, a, b, d in report.verb_changes)
                    or t("none")))
    lines.append(f"[{t('metadata_changes')}]")
    lines += [f"{n}: {a}  →  {b}" for n, a, b in report.metadata_changes] or [t("none")]
    lines.append(f"[{t('citations_added')}] " + ("; ".join(report.citations_added) or t("none")))
    lines.append(f"[{t('citations_removed')}] "
                 + ("; ".join(report.citations_removed) or t("none")))
    lines.append(report.generated)
    return "\n".join(lines)


def build_docx(comparison: Comparison, notes: dict[str, str] | None = None, *,
               language: str | None = None, paper: str = "a4", date: str | None = None):
    """The python-docx Document (not yet saved)."""
    report = build_report(comparison, notes, language)
    t = report.t
    date = date or datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace(
        "+00:00", "Z")
    doc = Document()
    _setup(doc, paper)
    _furniture(doc, report)
    rows = {row.key: row for row in report.rows}

    def comment(lines: list[str]) -> int:
        c = doc.comments.add_comment(xml_safe("\n".join(lines)), author=AUTHOR, initials=INITIALS)
        return c.comment_id

    def wrap(items: list[_Item], lines: list[str]) -> list[_Item]:
        """Anchor a comment on ``items`` (the range ends before the last paragraph mark)."""
        lines = [x for x in lines if x]
        if not lines or not items:
            return items
        cid = comment(lines)
        return [_Item("cstart", comment=cid)] + items[:-1] + [_Item("cend", comment=cid),
                                                                items[-1]]

    old_m, new_m = comparison.old.metadata, comparison.new.metadata
    stream: list[_Item] = []
    options = comparison.options
    stream += _text_pair_stream(old_m.symbol, new_m.symbol, "RC Symbol", options)
    stream += _text_pair_stream(" ".join(x for x in (old_m.number, old_m.title) if x) or None,
                                " ".join(x for x in (new_m.number, new_m.title) if x) or None,
                                "RC Title", options)
    stream += _text_pair_stream(comparison.old.opening, comparison.new.opening, "RC Opening",
                                options)
    for kind, style in ((Kind.PREAMBULAR, "RC Preambular"), (Kind.OPERATIVE, "RC Operative")):
        pairs = [p for p in comparison.pairs if p.kind is kind]
        olds = tuple(p for p in comparison.old.paragraphs if p.kind is kind)
        news = tuple(p for p in comparison.new.paragraphs if p.kind is kind)
        for unit in _units(pairs, olds, news):
            row = rows[unit.pair.key]
            pair = unit.pair
            if unit.side == "both":
                items = _pair_stream(pair.old, pair.new, tracked_runs(pair.diff), style)
                lines = [row.note, row.verb]
            elif unit.side == "old":
                items = _side_stream(unit.paras, DEL, style)
                lines = ([t("moved_to", where=pair.new_id)] if pair.new else []) + (
                    [row.note] if not pair.new else [])
            else:
                items = _side_stream(unit.paras, INS, style)
                lines = [row.note] + ([t("moved_from", where=pair.old_id), row.verb]
                                      if pair.old else [])
            stream += wrap(items, lines)
    # The summary, and notes whose row is gone (never dropped), are comments on the first line.
    first_mark = next((k for k, it in enumerate(stream) if it.what == "para"), None)
    if first_mark is not None:
        ids = [comment([_summary_text(report)])]
        ids += [comment([f"{t('orphaned')} ({key}): {text}"]) for key, text in report.orphaned]
        stream = ([_Item("cstart", comment=c) for c in ids] + stream[:first_mark]
                  + [_Item("cend", comment=c) for c in ids] + stream[first_mark:])
    if stream and stream[-1].state != EQ:
        # Word keeps the last paragraph mark; give a deleted/inserted last paragraph a successor.
        stream.append(_Item("para", EQ, style="RC Operative"))
    _emit(doc, stream, date)
    return doc


def _emit(doc, stream: list[_Item], date: str) -> None:
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    for p in body.findall(qn("w:p")):   # the template's empty first paragraph
        body.remove(p)
    writer = _Writer(date)
    pending: list[_Item] = []
    for item in stream:
        if item.what == "para":
            el = writer.paragraph(pending, item)
            if sect is not None:
                sect.addprevious(el)
            else:
                body.append(el)
            pending = []
        else:
            pending.append(item)


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None,
             options: ExportOptions = ExportOptions()) -> bytes:
    """The comparison as a .docx with tracked changes and comments (always portrait, as the
    resolution itself: ``options.landscape`` is for pages of two columns)."""
    doc = build_docx(comparison, notes, language=options.language, paper=options.paper,
                     date=options.date)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
