"""Test support: lay a parsed resolution out as the UN documents system prints it, as a PDF.

No official Chinese PDF is in the corpus, so the Chinese side of the PDF reader is tested on
PDFs made here from the seed texts (``parse_resolution`` → :func:`write_un_pdf` →
``load_document`` → ``parse_resolution`` must give the same structure back). The layout copies
the official PDFs in ``shared/corpus/pdf`` (A4 instead of US letter, as Geneva prints):

* page 1: masthead (联合国 / United Nations, the body, the symbol top right, "Distr.", the
  issue date, "Original"), the session block on the left, the status line, the number and
  title, then the text; at its foot the job number ``GE.20-08874(C)`` over a bar-code line
  ``*2008874*`` and "请回收 / Please recycle";
* later pages: a running header that alternates sides (symbol on one side, the title on the
  other, wrapped to more lines when long) over a rule; the page number (``2/7`` or plain) and
  the job number at the foot, also alternating;
* paragraphs justified with a first-line indent, Chinese wrapped between any two characters
  (mid-word, as the UN's Word does), OP numbers at the start of the indented line, sub-items
  indented further;
* footnote marks as raised smaller digits; footnote bodies under a short rule at the foot of
  the page that references them, in a smaller font, a body that does not fit continuing on the
  next page under a long rule;
* the adoption record and the vote lists at the end.

Qt draws it (``QPdfWriter`` + ``QTextLayout``) with the bundled WenQuanYi font: Qt is already a
dependency, the font round-trips through PDFium's text extraction, and a seed renders in
~20 ms. Nothing here reads the clock: the same resolution gives the same pages (only the PDF's
/CreationDate, which no reader looks at, differs).
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from viewer.model.resolution import Kind, Metadata, Resolution, Vote
from viewer.model.text import SUPERSCRIPT_DIGITS, find_date, from_superscript
from viewer.resources import font_path

PT = 10.0  # device units per point: the writer runs at 720 dpi so layout rounding is 1/640 in

# A4 in points, and the columns measured on the official PDFs (scaled from letter to A4).
PAGE_W, PAGE_H = 595.0, 842.0
HEAD_L, HEAD_R = 60.0, 535.0      # masthead / running header / session block
BODY_L, BODY_R = 124.0, 484.0     # the text column (10pt CJK: 36 characters a line)
NOTE_L = 96.0                     # footnotes start left of the text column
BODY_TOP = 80.0                   # first text line on pages 2…
FIRST_TOP = 142.0                 # first flow line on page 1, under the masthead
BODY_BOTTOM = 768.0               # text and footnotes end here; the foot lines sit below
HEAD_BASE = 58.0                  # running header baseline (pages 2…)
FOOT_BASE = 800.0                 # page number / job number baseline

ZH_DIGITS = "零一二三四五六七八九"
EN_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
EN_TENS_ORD = {2: "twentieth", 3: "thirtieth", 4: "fortieth", 5: "fiftieth", 6: "sixtieth",
               7: "seventieth", 8: "eightieth", 9: "ninetieth"}
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
           8: "eighty", 9: "ninety"}
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
_SUB_LABEL = re.compile(r"^[(（]([a-z]{1,2}|[ivxl]{1,5})[)）]\s*")
_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"}


def zh_number(n: int) -> str:
    """43 -> 四十三, 10 -> 十, 75 -> 七十五, 105 -> 一百零五 (session numbers)."""
    if n < 10:
        return ZH_DIGITS[n]
    if n < 20:
        return "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return ZH_DIGITS[n // 10] + "十" + (ZH_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + zh_number(rest) if rest < 10 else
                                 ("一" + zh_number(rest) if rest < 20 else zh_number(rest)))
    return ZH_DIGITS[n // 100] + "百" + tail


def en_ordinal_words(n: int) -> str:
    """44 -> Forty-fourth, 80 -> Eightieth, 23 -> Twenty-third (up to 99)."""
    if n < 20:
        word = EN_UNITS[n]
    elif n % 10 == 0:
        word = EN_TENS_ORD[n // 10]
    else:
        word = f"{EN_TENS[n // 10]}-{EN_UNITS[n % 10]}"
    return word[:1].upper() + word[1:]


def en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(iso: str, language: str) -> str:
    """'2020-06-22' -> '2020 年 6 月 22 日' (spaced as UN Chinese PDFs set it) / '22 June 2020'."""
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y} 年 {m} 月 {d} 日" if language == "zh" else f"{d} {EN_MONTHS[m - 1]} {y}"


# --- what is printed -----------------------------------------------------------------------

@dataclass
class Block:
    """One paragraph of the flow: laid out with QTextLayout into lines, then paginated."""
    text: str
    style: str = "body"            # body | bold | title | italic
    left: float = BODY_L
    right: float = BODY_R
    first: float = 0.0             # x offset of the first line's text (first-line indent)
    label: str | None = None       # OP number / sub-item letter, drawn on the first line
    label_x: float = 0.0           # … at this offset
    align: str = "justify"         # justify | left | right
    before: float = 6.0            # space above, in points
    keep_next: bool = False        # a heading stays with the block after it
    supers: list[tuple[int, int]] = field(default_factory=list)  # (start, length) raised ranges
    pid: str | None = None         # the paragraph this block prints (its first part)
    marks: list[tuple[int, str]] = field(default_factory=list)   # (position, footnote mark)


@dataclass
class Layout:
    """What was printed, for tests: the furniture strings and where footnotes fell."""
    path: Path
    symbol: str
    job: str                # "GE.20-08874(C)" as on page 1
    job_short: str          # "GE.20-08874" as on later pages
    barcode: str            # "*2008874*"
    page_labels: list[str]  # "1/5", "2/5" … or "1", "2" …
    header_title: list[str]  # the running header's title lines
    recycle: str
    continued_footnotes: list[str] = field(default_factory=list)  # marks split over two pages
    footnote_pages: dict[str, list[int]] = field(default_factory=dict)  # mark -> pages (1-based)
    paragraph_ends: dict[str, tuple[int, float]] = field(default_factory=dict)  # id -> (page, y pt)

    @property
    def pages(self) -> int:
        return len(self.page_labels)

    def furniture(self) -> list[str]:
        """Strings that only page furniture carries (never a paragraph of the text)."""
        labels = [p for p in self.page_labels if "/" in p]
        return [self.symbol, self.job, self.job_short, self.barcode, self.recycle, *labels]


def _raise_marks(text: str, block: Block, base: int = 0) -> str:
    """Superscript digits (¹²) become ASCII digits drawn raised, as a PDF has them."""
    out = []
    for m in re.finditer(rf"[{SUPERSCRIPT_DIGITS}]+|[^{SUPERSCRIPT_DIGITS}]+", text):
        piece = m.group(0)
        if piece[0] in SUPERSCRIPT_DIGITS:
            start = base + sum(len(p) for p in out)
            digits = from_superscript(piece)
            block.supers.append((start, len(digits)))
            block.marks.append((start, digits))
            out.append(digits)
        else:
            out.append(piece)
    return "".join(out)


def _job_numbers(meta: Metadata, symbol: str, language: str) -> tuple[str, str, str]:
    year = None
    for source in (meta.date, meta.session_dates or ""):
        m = re.search(r"(\d{4})", source or "")
        if m:
            year = m.group(1)[2:]
            break
    year = year or "20"
    serial = f"{zlib.crc32(symbol.encode('utf-8')) % 100000:05d}"
    suffix = "C" if language == "zh" else "E"
    if meta.body in ("人权理事会", "Human Rights Council"):  # Geneva prints the GE. form
        short = f"GE.{year}-{serial}"
        return f"{short}({suffix})", short, f"*{year}{serial}*"
    short = f"{year}-{serial}"
    return f"{short} ({suffix})", short, f"*{year}{serial}*"


def default_symbol(meta: Metadata) -> str:
    """The symbol to print when the text names none (a seed draft): A/HRC/44/L.n."""
    if meta.symbol:
        return meta.symbol
    session = meta.session or "0"
    hrc = meta.body in ("人权理事会", "Human Rights Council")
    if meta.status == "draft":
        n = zlib.crc32((meta.title or "").encode("utf-8")) % 40 + 1
        return f"A/HRC/{session}/L.{n}" if hrc else f"A/{session}/L.{n}"
    return f"A/HRC/RES/{meta.number}" if hrc else f"A/RES/{meta.number}"


def _is_hrc(meta: Metadata) -> bool:
    return meta.body in ("人权理事会", "Human Rights Council")


def _flow(res: Resolution, zh: bool) -> list[Block]:
    """The printed text, in reading order, as blocks (the masthead is drawn separately)."""
    meta = res.metadata
    em = 10.0
    indent = 2 * em if zh else 36.0          # first-line indent
    op_text = indent + (2.6 * em if zh else 36.0)  # where an OP's text starts after its number
    blocks: list[Block] = []
    side = dict(left=HEAD_L, right=HEAD_L + 250.0, align="left", before=0.0)

    # Session block (left column).
    if _is_hrc(meta):
        blocks.append(Block(meta.body or "", style="bold", **side))
    if meta.session and meta.session.isdigit():
        n = int(meta.session)
        blocks.append(Block(f"第{zh_number(n)}届会议" if zh else f"{en_ordinal_words(n)} session",
                            style="bold" if not _is_hrc(meta) else "body", **side))
    if meta.session_dates:
        blocks.append(Block(meta.session_dates, **side))
    if meta.agenda_item:
        item = meta.agenda_item.replace("(", " (") if not zh else meta.agenda_item
        blocks.append(Block(f"议程项目 {item}" if zh else f"Agenda item {item}", **side))
    if meta.agenda_title:
        blocks.append(Block(meta.agenda_title, style="bold", **side))

    # Status line, sponsors, number and title.
    star_marks = " ".join(n.mark for n in meta.notes)
    if meta.status == "draft":
        names = list(meta.sponsors) or ["—"]
        stars = star_marks + " " if star_marks else ""
        if zh:  # 阿塞拜疆：* ** 决议草案 / 甲、乙和丙：决议草案 (the stars go with the first name)
            if len(names) == 1:
                text = f"{names[0]}：{stars}决议草案"
            else:
                rest = "、".join(names[1:-1])
                text = names[0] + (star_marks or "") + "、" + (rest + "和" if rest else "") + \
                    names[-1] + "：决议草案"
        else:  # Azerbaijan,* ** Cuba and Venezuela: draft resolution
            if len(names) == 1:
                text = f"{names[0]}:{stars}draft resolution"
            else:
                rest = names[1:]
                tail = (", ".join(rest[:-1]) + " and " + rest[-1]) if len(rest) > 1 else rest[0]
                text = f"{names[0]},{stars}{tail}: draft resolution"
        block = Block(text, style="bold", align="left", before=18.0)
        for m in re.finditer(r"\*+", text):
            block.supers.append((m.start(), m.end() - m.start()))
        blocks.append(block)
    elif meta.status == "adopted":
        date = format_date(meta.date, "zh" if zh else "en") if meta.date else ""
        body = meta.body or ""
        if zh:
            text = f"{date}大会决议" if body == "大会" else f"{body} {date}通过的决议"
        else:
            text = f"Resolution adopted by the {body} on {date}"
        star = " ".join(n.mark for n in meta.notes)
        block = Block(text + star, style="bold", align="left", before=18.0)
        if star:
            block.supers.append((len(text), len(star)))
        blocks.append(block)
        if meta.report:
            blocks.append(Block(f"[根据委员会的报告({meta.report})通过]" if zh else
                                f"[on the report of the Committee ({meta.report})]",
                                style="italic" if not zh else "body", align="left", before=8.0))
    if meta.number or meta.title:
        number = meta.number or ""
        printed = number if number.endswith("…") else number + "."
        blocks.append(Block(meta.title or "", style="title", label=printed,
                            label_x=HEAD_L - BODY_L, align="left", before=14.0, keep_next=True))

    if res.opening:
        blocks.append(Block(res.opening, style="body" if zh else "italic", first=indent,
                            align="left", before=10.0, keep_next=True))

    for p in res.paragraphs:
        parts = p.text.split("\n")
        if p.kind is Kind.OPERATIVE and p.number:
            block = Block("", first=op_text, label=f"{p.number}.", label_x=indent)
        else:
            block = Block("", first=indent)
        block.text = _raise_marks(parts[0], block)
        block.pid = p.id
        blocks.append(block)
        previous = None
        roman_state = False
        for part in parts[1:]:
            m = _SUB_LABEL.match(part)
            if m:
                name = m.group(1)
                # (i) after (h) is a letter; (ii), (iii)… follow a roman (i).
                if name == "i":
                    roman_state = previous != "h"
                elif name not in _ROMAN:
                    roman_state = False
                depth = 2 if roman_state else 1
                label = part[:m.end()].strip()
                sub = Block("", label=label, label_x=indent * depth,
                            first=indent * depth + (3 * em if zh else 36.0), before=3.0)
                sub.text = _raise_marks(part[m.end():], sub)
                blocks.append(sub)
                previous = name
            else:  # unnumbered text after an OP (a quoted passage): its own indented paragraph
                cont = Block("", first=indent, before=3.0)
                cont.text = _raise_marks(part, cont)
                blocks.append(cont)

    blocks.extend(_record(meta.vote, meta, zh))
    return blocks


def _record(vote: Vote | None, meta: Metadata, zh: bool) -> list[Block]:
    if meta.status != "adopted" and vote is None and not meta.meeting:
        return []
    out: list[Block] = []
    ga = meta.body in ("大会", "General Assembly")
    meeting = date = None
    if meta.meeting and meta.meeting.isdigit():
        n = int(meta.meeting)
        meeting = (f"第 {n} 次全体会议" if ga else f"第 {n} 次会议") if zh else \
            (f"{en_ordinal(n)} plenary meeting" if ga else f"{en_ordinal(n)} meeting")
    if meta.date:
        date = format_date(meta.date, "zh" if zh else "en")
    lines = [meeting, date] if not (zh and ga) else [date, meeting]
    lines = [x for x in lines if x]
    for i, line in enumerate(lines):
        out.append(Block(line, align="right" if not zh else "left",
                         left=BODY_L if not zh else BODY_L + 20.0, before=18.0 if i == 0 else 0.0,
                         keep_next=True))
    if vote is None:
        return out
    if vote.without_vote and not vote.recorded:
        out.append(Block("[未经表决获得通过。]" if zh else "[Adopted without a vote.]",
                         align="left", first=20.0 if zh else 36.0, before=12.0))
        return out
    if not vote.recorded:
        return out
    if zh:
        out.append(Block(f"[经记录表决，以 {vote.yes} 票对 {vote.no} 票、{vote.abstain} 票弃权获得通过。"
                         "表决结果如下：", first=20.0, before=12.0, keep_next=True))
    else:
        out.append(Block(f"[Adopted by a recorded vote of {vote.yes} to {vote.no}, with "
                         f"{vote.abstain} abstention{'s' if vote.abstain != 1 else ''}. "
                         "The voting was as follows:", first=36.0, before=12.0, keep_next=True))
    groups = [("赞成：" if zh else "In favour:", vote.in_favour),
              ("反对：" if zh else "Against:", vote.against),
              ("弃权：" if zh else "Abstaining:", vote.abstaining)]
    groups = [(label, names) for label, names in groups if names]
    for i, (label, names) in enumerate(groups):
        out.append(Block(label, style="italic" if not zh else "body", align="left",
                         first=20.0 if zh else 36.0, before=10.0, keep_next=True))
        text = ("、" if zh else ", ").join(names)
        if i == len(groups) - 1:
            text += "]"
        out.append(Block(text, align="left", first=20.0 if zh else 36.0, before=2.0))
    return out


# --- Qt drawing ----------------------------------------------------------------------------

_NO_LINE_START = set("，。、；：？！）》」』”’】〕,.;:)]")


def _better_break(text: str, start: int, end: int) -> int:
    """Where Word would end a line that Qt ends at ``end``: never right after a slash inside a
    document symbol ("A/" | "HRC/43/31"), which Qt's Unicode line breaking allows but the UN's
    Word does not do; back off to the last space or CJK character instead."""
    if end >= len(text) or end <= start + 1:
        return end
    stripped = end
    while stripped > start and text[stripped - 1] == " ":
        stripped -= 1
    if text[stripped - 1] != "/" or text[end] == " ":
        return end
    for p in range(stripped - 1, start, -1):
        before, after = text[p - 1], text[p]
        if after in _NO_LINE_START:
            continue
        if before == " " or _is_wide(before) or _is_wide(after):
            return p
    return end


def _is_wide(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef"


_FAMILY: str | None = None
_APP = None


def _family() -> str:
    """Register the bundled WenQuanYi font once (needs a Qt GUI application)."""
    global _FAMILY, _APP
    if _FAMILY is None:
        from PySide6.QtGui import QFontDatabase, QGuiApplication

        if QGuiApplication.instance() is None:  # scripts; tests bring pytest-qt's qapp
            _APP = QGuiApplication([])
        font_id = QFontDatabase.addApplicationFont(str(font_path()))
        if font_id == -1:
            raise RuntimeError(f"cannot register {font_path()}")
        _FAMILY = QFontDatabase.applicationFontFamilies(font_id)[0]
    return _FAMILY


class _Painter:
    """Lays blocks out with QTextLayout, paginates them with their footnotes, and draws."""

    def __init__(self, res: Resolution, path: Path, symbol: str, page_numbers: str):
        from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter
        from PySide6.QtCore import QMarginsF

        self.res = res
        self.meta = res.metadata
        self.zh = res.language == "zh"
        self.symbol = symbol
        self.page_numbers = page_numbers
        family = _family()
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(int(72 * PT))
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                              QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        self.writer.setCreator("ResCompare test generator")
        self.writer.setTitle(symbol)
        # A fixed document id (Qt draws a random one): the same input gives the same bytes
        # except /CreationDate.
        from PySide6.QtCore import QUuid

        if hasattr(self.writer, "setDocumentId"):
            self.writer.setDocumentId(QUuid.createUuidV5(QUuid(), symbol.encode("utf-8")))

        def font(size: float, bold: bool = False, italic: bool = False) -> QFont:
            f = QFont(family)
            f.setPointSizeF(size)
            f.setBold(bold)
            f.setItalic(italic)
            f.setKerning(False)  # PDFium reads spaced-out kerned pairs as word gaps
            return f

        self.font = font
        size = 10.0
        self.styles = {"body": font(size), "bold": font(size, bold=True),
                       # WenQuanYi has no italic face and Qt's slanted stand-in puts sheared
                       # glyph boxes into the PDF that no UN PDF has (they swallow word gaps
                       # for a geometry-based reader): the UN's italics are set upright here.
                       "italic": font(size),
                       "title": font(size + (1.0 if self.zh else 1.0), bold=True)}
        self.pitch = 16.0 if self.zh else 12.0
        self.note_font = font(8.0)
        self.note_pitch = 11.5 if self.zh else 9.5

    # layout --------------------------------------------------------------------------
    def _layout(self, text: str, font, width: float, first: float, align: str,
                supers: list[tuple[int, int]]):
        """A QTextLayout broken into lines; returns (layout, [(line, x offset)])."""
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QTextCharFormat, QTextLayout, QTextOption

        layout = QTextLayout(text, font, self.writer)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setAlignment({"justify": Qt.AlignmentFlag.AlignJustify,
                             "left": Qt.AlignmentFlag.AlignLeft,
                             "right": Qt.AlignmentFlag.AlignRight}[align])
        layout.setTextOption(option)
        ranges = []
        for start, length in supers:  # footnote marks: smaller, on a raised baseline
            fmt = QTextCharFormat()
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = start, length, fmt
            ranges.append(r)
        if ranges:
            layout.setFormats(ranges)
        lines = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            x = first if not lines else 0.0
            line.setLineWidth((width - x) * PT)
            end = line.textStart() + line.textLength()
            keep = _better_break(text, line.textStart(), end)
            if keep != end:
                line.setNumColumns(keep - line.textStart(), (width - x) * PT)
            line.setPosition(QPointF(x * PT, 0))
            lines.append((line, x))
        layout.endLayout()
        return layout, lines

    def _block_lines(self, block: Block):
        font = self.styles[block.style]
        layout, lines = self._layout(block.text, font, block.right - block.left, block.first,
                                     block.align, block.supers)
        out = []
        for i, (line, _x) in enumerate(lines):
            start, end = line.textStart(), line.textStart() + line.textLength()
            marks = [mark for pos, mark in block.marks if start <= pos < end]
            out.append({"kind": "text", "layout": layout, "line": line, "left": block.left,
                        "pid": block.pid if i == len(lines) - 1 else None,
                        "label": block.label if i == 0 else None, "label_x": block.label_x,
                        "style": block.style, "marks": marks, "pitch": self.pitch})
        return out

    def _note_lines(self, mark: str, text: str):
        """A footnote body: the mark raised at the left, the text hanging after it."""
        hang = 16.0
        layout, lines = self._layout(text, self.note_font, BODY_R - NOTE_L - hang, 0.0,
                                     "justify", [])
        out = []
        for i, (line, _x) in enumerate(lines):
            out.append({"kind": "note", "layout": layout, "line": line, "left": NOTE_L + hang,
                        "mark": mark if i == 0 else None, "pitch": self.note_pitch})
        return out

    # pagination -------------------------------------------------------------------------
    def paginate(self, blocks: list[Block]):
        notes = {f.mark: f.text for f in self.meta.footnotes}
        star_notes = [(n.mark, n.text) for n in self.meta.notes]
        pages: list[dict] = []
        carry: list[dict] = []      # footnote lines continued from the page before
        placed_marks: set[str] = set()
        self.continued: list[str] = []
        self.note_pages: dict[str, list[int]] = {}
        self.ends: dict[str, tuple[int, float]] = {}
        rule_h = 8.0

        def new_page() -> dict:
            top = FIRST_TOP if not pages else BODY_TOP
            page = {"body": [], "notes": [], "y": top, "note_h": 0.0, "continued": bool(carry)}
            pages.append(page)
            return page

        page = new_page()
        if star_notes:  # starred header notes sit at the foot of page 1
            for mark, text in star_notes:
                lines = self._note_lines(mark, text)
                page["notes"].extend(lines)
                page["note_h"] += sum(l["pitch"] for l in lines)

        def note_room(pg: dict) -> float:
            return (rule_h if pg["notes"] else 0.0) + pg["note_h"]

        def place_carry(pg: dict):
            nonlocal carry
            while carry:
                need = carry[0]["pitch"] + (0 if pg["notes"] else rule_h)
                if pg["y"] + 3 * self.pitch + pg["note_h"] + need > BODY_BOTTOM:
                    break
                line = carry.pop(0)
                pg["notes"].append(line)
                pg["note_h"] += line["pitch"]
                self.note_pages.setdefault(line["owner"], []).append(len(pages))

        items: list[tuple[Block, list[dict]]] = [(b, self._block_lines(b)) for b in blocks]
        for index, (block, lines) in enumerate(items):
            before = block.before if page["body"] else 0.0
            # Keep a heading with the first two lines of what follows.
            need_first = before + len(lines) * self.pitch if block.keep_next else before + self.pitch
            if block.keep_next and index + 1 < len(items):
                need_first += items[index + 1][0].before + 2 * self.pitch
            if page["body"] and page["y"] + need_first + note_room(page) > BODY_BOTTOM:
                page = new_page()
                place_carry(page)
                before = 0.0
            page["y"] += before
            for n, line in enumerate(lines):
                new_notes = []
                for mark in line["marks"]:
                    if mark in notes and mark not in placed_marks:
                        new_notes.extend(dict(l, owner=mark) for l in self._note_lines(mark, notes[mark]))
                        placed_marks.add(mark)
                # Widows/orphans: do not leave a single line of a paragraph alone.
                # … nor its last line alone at the top of the next page (widow).
                orphan = n == 0 and len(lines) > 1
                widow = n == len(lines) - 2 and len(lines) > 2
                room = BODY_BOTTOM - page["y"] - note_room(page)
                extra_rule = rule_h if (new_notes and not page["notes"]) else 0.0
                first_note = new_notes[0]["pitch"] if new_notes else 0.0
                need = self.pitch * (2 if orphan or widow else 1) + extra_rule + first_note
                if page["body"] and room < need:
                    page = new_page()
                    place_carry(page)
                    room = BODY_BOTTOM - page["y"] - note_room(page)
                    extra_rule = rule_h if (new_notes and not page["notes"]) else 0.0
                page["body"].append(dict(line, y=page["y"]))
                if line.get("pid"):
                    self.ends[line["pid"]] = (len(pages), page["y"])
                page["y"] += self.pitch
                if new_notes:
                    # A new note goes after anything carried over; what does not fit continues.
                    room = BODY_BOTTOM - page["y"] - note_room(page) - extra_rule
                    fitted = 0
                    for nl in new_notes:
                        if carry or room < nl["pitch"]:
                            carry.append(nl)
                            continue
                        page["notes"].append(nl)
                        page["note_h"] += nl["pitch"]
                        room -= nl["pitch"]
                        fitted += 1
                        self.note_pages.setdefault(nl["owner"], [])
                        if len(pages) not in self.note_pages[nl["owner"]]:
                            self.note_pages[nl["owner"]].append(len(pages))
                    if fitted and carry and carry[0]["owner"] == new_notes[0]["owner"] and \
                            new_notes[0]["owner"] not in self.continued:
                        self.continued.append(new_notes[0]["owner"])
        # Notes never referenced in the text, and anything still carried: on the last pages.
        for mark, text in notes.items():
            if mark not in placed_marks:
                carry.extend(dict(l, owner=mark) for l in self._note_lines(mark, text))
        while carry:
            before = len(carry)
            place_carry(page)
            if carry and len(carry) == before:
                page = new_page()
        for mark, pgs in self.note_pages.items():
            if len(set(pgs)) > 1 and mark not in self.continued:
                self.continued.append(mark)
        return pages

    # drawing ----------------------------------------------------------------------------
    def draw(self, pages: list[dict]) -> tuple[list[str], list[str]]:
        from PySide6.QtCore import QPointF, QRectF
        from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

        total = len(pages)
        fraction = self.page_numbers == "fraction"
        labels = [f"{i}/{total}" if fraction else str(i) for i in range(1, total + 1)]
        job, job_short, barcode = _job_numbers(self.meta, self.symbol, self.res.language)
        self.job, self.job_short, self.barcode = job, job_short, barcode
        self.recycle = "请回收" if self.zh else "Please recycle"
        head_font = self.font(8.5, bold=True)
        title_lines = self._header_title(head_font)
        painter = QPainter(self.writer)
        painter.setPen(QPen(QColor("black")))

        def text_at(x: float, y: float, text: str, font, align: str = "left"):
            """Draw on the baseline ``y``, starting at ``x`` or ending there (align="right")."""
            painter.setFont(font)
            if align == "right":
                x -= QFontMetricsF(font, self.writer).horizontalAdvance(text) / PT
            painter.drawText(QPointF(x * PT, y * PT), text)

        def rule(x1: float, x2: float, y: float, w: float = 0.6):
            painter.setPen(QPen(QColor("black"), w * PT))
            painter.drawLine(QPointF(x1 * PT, y * PT), QPointF(x2 * PT, y * PT))
            painter.setPen(QPen(QColor("black")))

        for number, page in enumerate(pages, start=1):
            if number > 1:
                self.writer.newPage()
            even = number % 2 == 0
            if number == 1:
                self._masthead(text_at, rule, painter)
            else:
                # Running header: symbol outside on even pages' left, odd pages' right.
                sym_x, title_x = (HEAD_L, HEAD_R) if even else (HEAD_R, HEAD_L)
                # Measured on the corpus: header baseline ~58 pt, a rule under it, the body
                # from ~78 pt; a title of several lines grows upwards.
                text_at(sym_x, HEAD_BASE, self.symbol, head_font, "left" if even else "right")
                for i, tl in enumerate(title_lines):
                    text_at(title_x, HEAD_BASE - 10.5 * (len(title_lines) - 1 - i), tl, head_font,
                            "right" if even else "left")
                rule(HEAD_L, HEAD_R, HEAD_BASE + 5.0, 0.8)
            for line in page["body"]:
                self._draw_line(painter, line, line["y"])
            if page["notes"]:
                note_h = sum(l["pitch"] for l in page["notes"])
                y = BODY_BOTTOM - note_h
                # A continued note hangs under a long rule, as Word prints it.
                long_rule = page["continued"] and page["notes"][0].get("owner") is not None \
                    and page["notes"][0].get("mark") is None
                rule(NOTE_L, BODY_R if long_rule else NOTE_L + 100.0, y - 4.0, 0.5)
                for nl in page["notes"]:
                    self._draw_note(painter, nl, y + 2.0)
                    y += nl["pitch"]
            foot_font = self.font(7.5)
            if number == 1:
                text_at(HEAD_L, FOOT_BASE - 6.0, job, self.font(8.0))
                text_at(HEAD_L, FOOT_BASE + 8.0, barcode, self.font(9.0, bold=True))
                text_at(HEAD_R - 40.0, FOOT_BASE + 2.0, self.recycle, self.font(8.0, bold=True), "right")
                painter.drawEllipse(QRectF((HEAD_R - 32) * PT, (FOOT_BASE - 16) * PT, 26 * PT, 26 * PT))
            else:
                label_x, job_x = (HEAD_L, HEAD_R) if even else (HEAD_R, HEAD_L)
                text_at(label_x, FOOT_BASE, labels[number - 1], self.font(8.5, bold=True),
                        "left" if even else "right")
                text_at(job_x, FOOT_BASE, job_short, foot_font, "right" if even else "left")
        painter.end()
        return labels, title_lines

    def _header_title(self, font) -> list[str]:
        """The running header's title, wrapped to the header column (more lines when long)."""
        title = self.meta.title or ""
        if not title:
            return [""]
        layout, lines = self._layout(title, font, 220.0, 0.0, "left", [])
        return [title[l.textStart():l.textStart() + l.textLength()].strip() for l, _ in lines]

    def _masthead(self, text_at, rule, painter):
        from PySide6.QtCore import QRectF

        zh = self.zh
        text_at(HEAD_L + 54, 48.0, "联合国" if zh else "United Nations", self.font(11.0))
        # The symbol top right, its first letter larger (as the UN sets it).
        big, rest = self.symbol[:1], self.symbol[1:]
        f_big, f_rest = self.font(17.0), self.font(11.0)
        from PySide6.QtGui import QFontMetricsF

        w_rest = QFontMetricsF(f_rest, self.writer).horizontalAdvance(rest) / PT
        w_big = QFontMetricsF(f_big, self.writer).horizontalAdvance(big) / PT
        text_at(HEAD_R - w_rest - w_big, 48.0, big, f_big)
        text_at(HEAD_R - w_rest, 48.0, rest, f_rest)
        rule(HEAD_L + 54, HEAD_R, 53.0, 1.6)
        painter.drawEllipse(QRectF((HEAD_L + 2) * PT, 54 * PT, 42 * PT, 42 * PT))  # the emblem's place
        text_at(HEAD_L + 54, 76.0, "大会" if zh else "General Assembly", self.font(18.0, bold=True))
        limited = self.meta.status == "draft"
        right = 380.0
        text_at(right, 68.0, "Distr.: Limited" if limited else "Distr.: General", self.font(8.5))
        # Issued on the day of adoption; a draft during its session (its first date).
        issue = self.meta.date or find_date(self.meta.session_dates or "")
        if issue:
            y, m, d = (int(x) for x in issue.split("-"))
            text_at(right, 79.0, f"{y}年{m}月{d}日" if zh else f"{d} {EN_MONTHS[m - 1]} {y}",
                    self.font(8.5))
        if zh:
            text_at(right, 95.0, "Chinese", self.font(8.5))
            text_at(right, 106.0, "Original: English", self.font(8.5))
        rule(HEAD_L, HEAD_R, 124.0, 1.6)

    def _draw_line(self, painter, item: dict, y: float):
        from PySide6.QtCore import QPointF

        line = item["line"]
        ascent = line.ascent() / PT
        # The label first: the content stream is in reading order, as Word writes it.
        if item.get("label"):
            font = self.styles["bold" if item["style"] == "title" else "body"]
            painter.setFont(font)
            painter.drawText(QPointF((item["left"] + item["label_x"]) * PT, (y + ascent) * PT),
                             item["label"])
        line.draw(painter, QPointF(item["left"] * PT, y * PT))

    def _draw_note(self, painter, item: dict, y: float):
        from PySide6.QtCore import QPointF

        line = item["line"]
        ascent = line.ascent() / PT
        if item.get("mark"):  # the raised mark, then its text (reading order)
            from PySide6.QtGui import QFontMetricsF

            small = self.font(6.0)
            width = QFontMetricsF(small, self.writer).horizontalAdvance(item["mark"]) / PT
            painter.setFont(small)
            painter.drawText(QPointF((item["left"] - 3.0 - width) * PT, (y + ascent - 3.0) * PT),
                             item["mark"])
        line.draw(painter, QPointF(item["left"] * PT, y * PT))


def write_un_pdf(res: Resolution, path: str | Path, *, symbol: str | None = None,
                 page_numbers: str | None = None) -> Layout:
    """Print ``res`` to ``path`` as the UN would; returns what was printed where.

    ``symbol`` defaults to the resolution's own (or one made from body, session and number);
    ``page_numbers`` is ``"fraction"`` (``2/7``, New York) or ``"plain"`` (Geneva), by default
    after the body.
    """
    path = Path(path)
    symbol = symbol or default_symbol(res.metadata)
    if page_numbers is None:
        page_numbers = "plain" if _is_hrc(res.metadata) else "fraction"
    painter = _Painter(res, path, symbol, page_numbers)
    blocks = _flow(res, painter.zh)
    pages = painter.paginate(blocks)
    labels, title_lines = painter.draw(pages)
    del painter.writer  # flushes the file
    return Layout(path=path, symbol=symbol, job=painter.job, job_short=painter.job_short,
                  barcode=painter.barcode, page_labels=labels, header_title=title_lines,
                  recycle=painter.recycle, continued_footnotes=list(painter.continued),
                  footnote_pages={k: sorted(set(v)) for k, v in painter.note_pages.items()},
                  paragraph_ends=dict(painter.ends))
