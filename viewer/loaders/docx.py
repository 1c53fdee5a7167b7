"""Word (.docx) text extraction with python-docx.

Body order: the children of ``<w:body>`` are walked in document order — ``w:p`` gives
one line, ``w:tbl`` gives each cell's paragraphs row by row (nested tables and content
controls ``w:sdt`` are descended into; a cell spanning several grid columns appears once).

Run text: ``w:t`` (hyperlinks, fields' results), ``w:tab`` → tab, ``w:br``/``w:cr`` → line
break. Field codes and the ``mc:Fallback`` duplicate of text boxes are skipped.

Tracked changes: the walker reads one *state* of the document. ``ACCEPT`` ("after the
changes", the default) keeps ``w:ins``/``w:moveTo`` and skips ``w:del``/``w:moveFrom``;
``REJECT`` ("before the changes") keeps ``w:del`` (its ``w:delText``) and ``w:moveFrom`` and
skips ``w:ins``/``w:moveTo``. A tracked paragraph mark (``w:pPr/w:rPr`` holding ``w:ins``,
``w:del``, ``w:moveFrom`` or ``w:moveTo``) that does not exist in the state joins its
paragraph to the next one, as Word does; the joined paragraph takes the properties (list
numbering) of the mark that remains (ECMA-376: a paragraph's properties live in its mark).
In ``REJECT`` a ``w:pPrChange`` supplies the old paragraph properties. Table rows inserted
or deleted (``w:trPr/w:ins``, ``w:trPr/w:del``) follow the same rule. The revision list
and the comments are read by :mod:`viewer.loaders.docx_revisions`.

Automatic numbering: Word stores "1." / "(a)" of a numbered list only as list
properties, not as text, and operative paragraphs are numbered exactly that way. A
paragraph whose own ``w:pPr/w:numPr`` — or its style's, following ``w:basedOn`` — names
a list (``numId`` ≠ 0) is prefixed with its computed label and a space. Counters are kept
per ``numId`` and level; an item resets the counters of deeper levels. The label follows
the level definition in ``numbering.xml`` (``w:start``, ``w:numFmt``, ``w:lvlText`` such as
``%1.`` or ``(%2)``, ``w:startOverride``); bullets get no prefix. When a definition is
missing, level 0 is ``N.``, level 1 ``(a)``, deeper levels ``(i)``. Not modelled: lists
that continue across different ``numId``\\ s of one abstract definition, ``w:lvlRestart``,
``w:isLgl`` and styles linked from a level (``w:pStyle``).
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from viewer.model.errors import InputError

# What an archive may unpack to. A resolution's document.xml is a few MB; a file with
# pictures adds already-compressed media (ratio ~1). A zip bomb (1.4 MB → 418 MB of XML) is
# stopped by whichever limit it reaches first, checked on declared sizes before anything is
# inflated and on the real byte counts while streaming (declared sizes can lie).
MAX_MEMBERS = 1000                   # a .docx has 15–60 parts; a few hundred with many pictures
MAX_MEMBER_BYTES = 32 * 1024 * 1024  # one part, inflated (the loaders' limit for a whole file)
# An XML part is parsed into a tree (~10× its size in memory) and walked: 16 MB of
# document.xml already holds ~15 million characters, as much as the largest .txt accepted.
MAX_XML_BYTES = 16 * 1024 * 1024
MAX_TOTAL_BYTES = 64 * 1024 * 1024   # all parts together, inflated
MAX_RATIO = 100                      # inflated / compressed, for parts over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024            # tiny parts may compress extremely well; they cost nothing

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = (_w(t) for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_T, _TAB, _BR, _CR, _NB_HYPHEN = (_w(t) for t in ("t", "tab", "br", "cr", "noBreakHyphen"))
_DEL_TEXT = _w("delText")
_INS, _DEL, _MOVE_FROM, _MOVE_TO = (_w(t) for t in ("ins", "del", "moveFrom", "moveTo"))
_VAL = _w("val")
_FOOTNOTE_REF, _FOOTNOTE = _w("footnoteReference"), _w("footnote")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

ACCEPT, REJECT = "accept", "reject"  # after / before the tracked changes
_ALWAYS_SKIP = {_w("pPr"), _w("rPr"), _w("instrText"), _w("delInstrText"), f"{{{MC_NS}}}Fallback"}
# What each state leaves out, and the revision wrappers it keeps (walked into at block level).
_SKIP = {ACCEPT: _ALWAYS_SKIP | {_DEL, _MOVE_FROM}, REJECT: _ALWAYS_SKIP | {_INS, _MOVE_TO}}
_KEEP = {ACCEPT: (_INS, _MOVE_TO), REJECT: (_DEL, _MOVE_FROM)}


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # lvlText, e.g. "%1." — None: no definition, use the fallback


def _val(el, tag: str) -> str | None:
    child = el.find(_w(tag)) if el is not None else None
    return child.get(_VAL) if child is not None else None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# ---------------------------------------------------------------- number formatting
def _letters(n: int, upper: bool) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A" if upper else "a") + rem) + out
    return out


def _roman(n: int, upper: bool) -> str:
    if n <= 0:
        return str(n)
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out.upper() if upper else out


_CN_DIGITS = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones or not tens else "")


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        return _letters(n, fmt == "upperLetter")
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(n, fmt == "upperRoman")
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional",
               "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _chinese(n)
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


# ---------------------------------------------------------------- numbering state
class _Numbering:
    def __init__(self, document) -> None:
        self._levels: dict[tuple[str, int], _Level] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._style_num: dict[str, tuple[str | None, str | None]] = {}
        self._load_definitions(document)
        self._load_styles(document)

    def _load_definitions(self, document) -> None:
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: everything falls back
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for an in root.iterchildren(_w("abstractNum")):
            levels: dict[int, _Level] = {}
            for lvl in an.iterchildren(_w("lvl")):
                levels[_int(lvl.get(_w("ilvl")), 0)] = _Level(
                    start=_int(_val(lvl, "start"), 1),
                    fmt=_val(lvl, "numFmt") or "decimal",
                    text=_val(lvl, "lvlText") or "",
                )
            abstract[an.get(_w("abstractNumId"))] = levels
        for num in root.iterchildren(_w("num")):
            num_id = num.get(_w("numId"))
            levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
            for override in num.iterchildren(_w("lvlOverride")):
                ilvl = _int(override.get(_w("ilvl")), 0)
                base = levels.get(ilvl, _Level())
                lvl = override.find(_w("lvl"))
                if lvl is not None:
                    base = _Level(_int(_val(lvl, "start"), base.start), _val(lvl, "numFmt") or base.fmt,
                                  _val(lvl, "lvlText") if _val(lvl, "lvlText") is not None else base.text)
                start = _val(override, "startOverride")
                if start is not None:
                    base = _Level(_int(start, base.start), base.fmt, base.text)
                levels[ilvl] = base
            for ilvl, level in levels.items():
                self._levels[(num_id, ilvl)] = level

    def _load_styles(self, document) -> None:
        try:
            styles = document.styles.element
        except Exception:
            return
        own: dict[str, tuple[str | None, str | None, str | None]] = {}
        for style in styles.iterchildren(_w("style")):
            ppr = style.find(_w("pPr"))
            numpr = ppr.find(_w("numPr")) if ppr is not None else None
            own[style.get(_w("styleId"))] = (
                _val(numpr, "numId"), _val(numpr, "ilvl"), _val(style, "basedOn"))
        for style_id in own:
            num_id = ilvl = None
            current, seen = style_id, set()
            while current in own and current not in seen:  # follow basedOn to the first numPr
                seen.add(current)
                s_num, s_ilvl, based_on = own[current]
                if s_num is not None or s_ilvl is not None:
                    num_id = num_id if num_id is not None else s_num
                    ilvl = ilvl if ilvl is not None else s_ilvl
                    if num_id is not None:
                        break
                current = based_on
            self._style_num[style_id] = (num_id, ilvl)

    def label(self, ppr) -> str:
        """The list label of a paragraph with properties ``ppr`` ("" when not in a numbered list)."""
        numpr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id, ilvl_s = _val(numpr, "numId"), _val(numpr, "ilvl")
        style_id = _val(ppr, "pStyle")
        if style_id is not None and (num_id is None or ilvl_s is None):
            s_num, s_ilvl = self._style_num.get(style_id, (None, None))
            num_id = num_id if num_id is not None else s_num
            ilvl_s = ilvl_s if ilvl_s is not None else s_ilvl
        if num_id is None or num_id == "0":
            return ""
        ilvl = min(max(_int(ilvl_s, 0), 0), 8)
        level = self._levels.get((num_id, ilvl), _Level())
        if level.fmt == "bullet":
            return ""
        counters = self._counters.setdefault(num_id, {})
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        if level.text is None:  # no definition: the brief's "good enough" labels
            n = counters[ilvl]
            return f"{n}." if ilvl == 0 else (f"({_letters(n, False)})" if ilvl == 1 else f"({_roman(n, False)})")
        if level.fmt == "none":
            return level.text
        label = level.text
        for k in range(9):  # %1 .. %9 stand for the counters of levels 0 .. 8
            marker = f"%{k + 1}"
            if marker in label:
                lvl_k = level if k == ilvl else self._levels.get((num_id, k), _Level())
                label = label.replace(marker, _format_number(counters.get(k, lvl_k.start), lvl_k.fmt))
        return label


# ---------------------------------------------------------------- text walk
class _Footnotes:
    """A document's footnotes (``word/footnotes.xml``), numbered as Word numbers them: in the
    order the text first refers to them, counting only the references present in the state
    read. A reference becomes a superscript mark in its paragraph (the shape every loader
    gives the parser); the bodies follow the text as ``¹ text`` lines."""

    def __init__(self, document) -> None:
        self.bodies: dict[str, object] = {}
        for rel in document.part.rels.values():
            if rel.reltype.endswith("/footnotes") and not rel.is_external:
                from lxml import etree

                root = etree.fromstring(rel.target_part.blob)
                for note in root.iterchildren(_FOOTNOTE):
                    # separators and continuation notices are page furniture, not notes
                    if note.get(_w("type")) in (None, "normal"):
                        self.bodies[note.get(_w("id"))] = note
        self.order: list[str] = []

    def mark(self, ref) -> str:
        if ref.get(_w("customMarkFollows")) in ("1", "true", "on"):
            return ""          # the author typed the mark: it is the run text that follows
        fid = ref.get(_w("id"))
        if fid not in self.bodies:
            return ""
        if fid not in self.order:
            self.order.append(fid)
        return str(self.order.index(fid) + 1).translate(_SUPERSCRIPT)

    def lines(self, state: str) -> list[str]:
        out = []
        for n, fid in enumerate(self.order, start=1):
            parts = (_paragraph_text(p, state).strip() for p in self.bodies[fid].iter(_P))
            text = " ".join(t for t in parts if t)
            if text:
                out.append(f"{str(n).translate(_SUPERSCRIPT)} {text}")
        return out


def _paragraph_text(p, state: str = ACCEPT, notes: _Footnotes | None = None) -> str:
    parts: list[str] = []
    skip = _SKIP[state]
    # Deleted text is stored as w:delText; it is text only in the state that keeps deletions.
    text_tags = (_T, _DEL_TEXT) if state == REJECT else (_T,)

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in skip:
                continue
            if tag in text_tags:
                parts.append(child.text or "")
            elif tag == _TAB:
                parts.append("\t")
            elif tag in (_BR, _CR):
                parts.append("\n")
            elif tag == _NB_HYPHEN:
                parts.append("-")
            elif tag == _FOOTNOTE_REF:
                if notes is not None:
                    parts.append(notes.mark(child))
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _mark_revision(props, state: str) -> bool:
    """Is this paragraph mark (or table row) absent in ``state``? ``props`` is w:pPr or w:trPr."""
    if props is None:
        return False
    holder = props.find(_w("rPr")) if props.tag == _w("pPr") else props
    if holder is None:
        return False
    gone = (_DEL, _MOVE_FROM) if state == ACCEPT else (_INS, _MOVE_TO)
    return any(holder.find(tag) is not None for tag in gone)


def _effective_ppr(p, state: str):
    """The paragraph properties in ``state``: before the changes, a w:pPrChange holds the old ones."""
    ppr = p.find(_w("pPr"))
    if state == REJECT and ppr is not None:
        change = ppr.find(_w("pPrChange"))
        if change is not None:
            return change.find(_w("pPr"))
    return ppr


class _Walk:
    """One pass over the body in one state; ``where`` (optional) maps each w:p to its line index."""

    def __init__(self, numbering: _Numbering, state: str, where: dict | None = None,
                 notes: _Footnotes | None = None) -> None:
        self.numbering, self.state, self.where, self.notes = numbering, state, where, notes
        self.out: list[str] = []
        self.pending: list = []  # paragraphs whose mark is absent in this state: they join the next

    def blocks(self, container) -> None:
        keep = _KEEP[self.state]
        for child in container.iterchildren():
            tag = child.tag
            if tag == _P:
                self.pending.append(child)
                if not _mark_revision(child.find(_w("pPr")), self.state):
                    self.flush()
            elif tag == _TBL:
                self.flush()
                for row in child.iterchildren(_TR):
                    if _mark_revision(row.find(_w("trPr")), self.state):
                        continue  # a row inserted (before) or deleted (after) is not there
                    for cell in row.iterchildren(_TC):
                        self.blocks(cell)
                        self.flush()  # a paragraph never runs on out of its cell
            elif tag in (_SDT, _SDT_CONTENT, _w("customXml"), _w("smartTag")) or tag in keep:
                self.blocks(child)

    def flush(self) -> None:
        """Emit the pending paragraphs as one line, labelled by the mark that remains."""
        if not self.pending:
            return
        group, self.pending = self.pending, []
        text = "".join(_paragraph_text(p, self.state, self.notes) for p in group)
        if not text and _mark_revision(group[-1].find(_w("pPr")), self.state):
            # Nothing of these paragraphs exists in this state and no mark follows to join
            # (end of the body, a cell, or before a table): they vanish, label and all.
            if self.where is not None and self.out:
                for p in group:
                    self.where[p] = len(self.out) - 1
            return
        label = self.numbering.label(_effective_ppr(group[-1], self.state))
        if self.where is not None:
            for p in group:
                self.where[p] = len(self.out)
        self.out.append(f"{label} {text}" if label and text else (label or text))


def body_lines(document, state: str = ACCEPT, where: dict | None = None) -> list[str]:
    """The body of a python-docx Document in ``state``, one line per paragraph, then the
    footnotes it refers to, one line each (``¹ text``)."""
    if state not in _SKIP:
        raise ValueError(f"unknown state {state!r}")
    notes = _Footnotes(document)
    walk = _Walk(_Numbering(document), state, where, notes)
    walk.blocks(document.element.body)
    walk.flush()
    return walk.out + notes.lines(state)


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB"


def _part_limit(info: zipfile.ZipInfo) -> int:
    return MAX_XML_BYTES if info.filename.lower().endswith((".xml", ".rels")) else MAX_MEMBER_BYTES


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an archive that would unpack to more than a resolution could need (InputError
    ``archive_too_large``), checking declared sizes first, then the real ones while streaming."""
    def refuse(en: str, zh: str) -> InputError:
        return InputError("archive_too_large", name, (en, zh))

    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise refuse(f"{len(members)} parts", f"{len(members)} 个部件")
    declared = 0
    for info in members:
        declared += info.file_size
        if info.file_size > _part_limit(info):
            raise refuse(f"{info.filename}: {_mb(info.file_size)}", f"{info.filename}：{_mb(info.file_size)}")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise refuse(f"{info.filename} is compressed {ratio}:1", f"{info.filename} 压缩比为 {ratio}:1")
    if declared > MAX_TOTAL_BYTES:
        raise refuse(_mb(declared), _mb(declared))
    total = 0
    for info in members:
        if info.is_dir():
            continue
        size = 0
        with archive.open(info) as member:
            while chunk := member.read(1 << 20):
                size += len(chunk)
                total += len(chunk)
                if size > info.file_size or size > _part_limit(info) or total > MAX_TOTAL_BYTES:
                    raise refuse(f"{info.filename}: over {_mb(min(size, total))}",
                                 f"{info.filename}：超过 {_mb(min(size, total))}")


def read_docx(data: bytes, name: str, state: str = ACCEPT) -> str:
    """The text of a .docx given as bytes in ``state``, one paragraph per line (not yet normalised)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise InputError("corrupt_docx", name)
            _check_archive(archive, name)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError,
            RuntimeError, ValueError) as exc:  # damaged entries, bad CRC, unknown compression, encryption
        raise InputError("corrupt_docx", name) from exc
    try:
        import docx as python_docx  # python-docx

        document = python_docx.Document(io.BytesIO(data))
        lines = body_lines(document, state)
    except InputError:
        raise
    except Exception as exc:  # python-docx / lxml failure on a damaged package
        raise InputError("corrupt_docx", name) from exc
    return "\n".join(lines)
