"""Layout-aware reading of a resolution PDF with pypdfium2 (PDFium), Qt-free.

Why geometry: plain text extraction (QtPdf's ``getAllText``, the loader before this one)
loses what the page states plainly — running headers and footers sit in the margins,
footnotes sit under a short rule in a smaller font, footnote marks are raised and smaller,
a paragraph starts with a first-line indent. This module reads each text run with its
position and font size and rebuilds the text from that.

Library choice (measured on A/RES/80/190, 19 pages, the corpus's longest document; CPU
time, median of 5, on the shared 2-core development machine — wall time there was 2-3x
higher under other jobs' load):

==================  ==============================================  ===============  ==========
library             what the page gives                             19 pages (CPU)   licence
==================  ==============================================  ===============  ==========
QtPdf (PySide6)     text per page (``getAllText``), selection       84 ms, text     LGPL-3
                    polygons; no font size, no runs                 only
pypdfium2 5.15.2    per text object: bounds, matrix, font size;     69 ms pages +    BSD-3 /
                    per character: object, loose box, size          text pages;      Apache-2.0
                                                                    ~130 ms for all
                                                                    of this module
pdfplumber 0.11.10  per character: box, font, size — pure Python    3,610 ms for     MIT
(pdfminer.six)      (pdfminer)                                      the characters
                                                                    alone
==================  ==============================================  ===============  ==========

Installed size: pypdfium2 8.7 MB (``libpdfium.so`` 8.2 MB); pdfplumber 0.5 MB + pdfminer.six
9.5 MB + Pillow 7.3 MB; QtPdf 5.5 MB (``libQt6Pdf`` and its binding, now left out of the
bundle). PyMuPDF is AGPL, so not considered. pypdfium2 is the only candidate with per-run font
size and geometry at about QtPdf's own cost.

How runs are read cheaply: each text object (a run of glyphs the producer wrote in one go)
gives its bounds, baseline and font size in three calls (the font-size call also tells a text
object from the rest). Its *text* comes from the text page: PDFium's ``FPDFTextObj_GetText``
scans the whole page per call (quadratic: 120 ms on 19 pages), and asking the object of every
character costs ~0.5 µs a call (69,000 characters on 80/190). The text page lists characters
mostly in content-stream order, so each object's characters form one stretch; :func:`_runs`
finds the end of each stretch by searching outwards from a length guessed from the run's
width, and remembers every answer PDFium gave (7,500 calls on 80/190). *Mostly*: on 331 of
the corpus's 394 pages PDFium moves a few characters (the running header's line), and there
the stretch found depends on which characters the search probes — the guess and the probe
order are part of the output; change them only with the corpus texts compared before/after.

Speed (issue 8: a 20-page PDF loaded and parsed in under 150 ms). A/RES/80/190, 19 pages.
CPU time on the shared 2-core machine swings 1.5-2x with the other jobs' load, so old and new
were measured side by side, and by instruction count (callgrind), which load does not move:

=====================================================  ==================  ==================
A/RES/80/190                                           before              after
=====================================================  ==================  ==================
instructions, :func:`read_layout` (callgrind)          888 M               839 M
instructions, ``load_document`` + parse (callgrind)    1,167 M             1,111 M
CPU ms, load + parse: old and new processes in turn,   175-192 + 29-31     160-168 + 28-30
median of 9 each, 3 rounds (busy machine)
CPU ms, load + parse: ``bench_corpus.py``, twice each  207 + 32, 196 + 31  188 + 32, 123 + 21
in turn, same hour
=====================================================  ==================  ==================

Second round (the same target; output byte-identical on all 63 corpus PDFs, loaded text and
parsed resolution, checked after every step). Instruction counts are one read in a warm
process (3 reads minus 1, divided by 2); CPU ms are medians of 21 in-process runs, old and
new processes in turn, 3 rounds on the shared machine (the third busier):

=====================================================  ==================  ==================
A/RES/80/190                                           before              after
=====================================================  ==================  ==================
instructions, :func:`read_layout` (callgrind)          838 M               805 M
instructions, ``load_document`` + parse (callgrind)    1,111 M             927 M
CPU ms, load + parse, 3 rounds                         134 + 23, 137 + 25  119 + 13, 116 + 13
                                                       157 + 28            143 + 17
CPU ms, ``bench_corpus.py`` (median of 7)              153-188 + 29-33     117 + 13 = 130
=====================================================  ==================  ==================

What this round cut: the per-object and per-character PDFium calls (~20,000) go through
*bare* prototypes (see :func:`_fast`): ctypes converting declared argument types and
releasing the GIL cost ~1.5 µs of the ~2.3 µs a call took (measured 0.84 µs bare; on one
page :func:`_objects` 2.4 -> 1.3 ms, :func:`_runs` 4.2 -> 2.8 ms) — CPU time that callgrind
barely counts (few instructions, many stalled cycles); the run search looks its cache up
inline. Outside this module: text cleaning with a BMP-only class unless the text has
astral characters (``remove_unclean``: 4.4 -> 0.7 ms), line breaks mapped by ``replace``
instead of a dict ``translate`` (7 ms -> ~0), and in the parser ``tidy_spaces`` and
``cjk_count`` skip texts their patterns cannot change, ``find_citations`` skips texts
without a slash, letters for ``detect_language`` counted in C: parse 28 -> 13 ms,
parse + normalisation 273 M -> 122 M instructions. Measured and not taken: per-object
``FPDFTextObj_GetText`` through a bare prototype, 44 ms CPU for the 2,836 objects of 80/190
(it scans the page per call) against ~19 ms for all of :func:`_runs`. What is left is mostly PDFium's own page and
text-page building (~62 ms CPU for 19 pages on a quiet moment, ~560 M instructions), so
the target holds on a quiet machine with ~15-20 ms to spare and is missed when the shared
cores are busy (CPU time rises 1.5x with the other jobs' load).

Where it went after the first round (callgrind, one read): PDFium parsing the pages' content
(``FPDF_LoadPage``) 320 M instructions and building their text pages
(``FPDFText_LoadPage``) 220 M — 64 % of :func:`read_layout`, the cost of reading the pages
at all; ~22,000 ctypes calls (about 2,000 instructions each in ctypes and libffi); this
module's rules the rest. What was cut: pages and text pages opened through raw prototypes
(pypdfium2's helper objects register finalisers), the page text cleaned once instead of per
run, PDFium answers remembered (10,166 -> 7,516 character probes), one call fewer per text
object, lines composed without a Counter per line, slotted runs and lines; in the parser,
per-paragraph patterns compiled once and skipped where they cannot match. Outside these
files: the loader's ``normalise_text`` and the model's ``normalize``/``tidy_spaces``/
``detect_language``/``find_citations`` take ~20 ms of the ~125 ms seen on a quiet
machine.

Rules (from geometry and repetition, not from particular strings):

* furniture — a margin-band line (top 8.5 %, bottom 7 % of the page) is dropped when it is
  above the running header's rule (a horizontal line across the top of pages after the
  first), when its text (digits aside) recurs in the margins of other pages, or when space
  wider than its neighbour's line pitch parts it from the text block (job number, bar code,
  page number); a plain page whose text runs into the margins at its pitch keeps it;
* footnotes — lines in a smaller font under a separator (a line of underscores, or a short
  rule) in the lower part of the page; a footnote starts at a raised number or a star; a
  page whose footnote area starts without one continues the previous page's last footnote;
* marks — runs in a font under 78 % of the body size, raised above the baseline of the line
  they sit on, become superscript digits glued to the text before them;
* words — runs split inside a word sit at most 0.14 em apart by advance width, words at
  least 0.17 em (measured on the corpus); PDFium's generated spaces are not trusted (it puts
  one inside "spe|cialized");
* paragraphs — a line wraps on from the previous one when it starts at the text block's
  left edge (by advance origin, within 0.15 em) after a line that ran to the right edge (or
  ended in a hyphen), at the line pitch, in the same type size; inside an indented block
  (a quotation, a sub-item) a full line followed by one starting exactly under it wraps too.
  Anything else starts a paragraph: a first-line indent, a gap, a centred or right-aligned
  line. Hyphenation: PDFium reports a hyphen printed at a line end as U+FFFE; in these
  documents it is the compound's own hyphen (all 99 such breaks in the corpus are words
  spelt with a hyphen elsewhere: Secretary-General, long-term), so it is kept, as are real
  and non-breaking hyphens, and the line joins with no space; a soft hyphen (U+00AD)
  vanishes; CJK lines join with no space, Latin with one.

Output (what the parser's text path reads): page-1 header lines, one per printed line, in
reading order, up to the opening formula; then one line per paragraph / sub-item starting
with a single space, footnote marks as superscript digits; then one line per footnote body
(``² text``, ``* text``).
"""
from __future__ import annotations

import ctypes
import os
import re
from collections import Counter
from dataclasses import dataclass
from operator import attrgetter

from viewer.model.errors import InputError

_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SOFT_HYPHENS = ("\ufffe", "\u00ad")
_HARD_HYPHENS = ("-", "\u2011", "\u2010")
_DASHES = ("\u2013", "\u2014")  # en dash of a range (2019–2021), em dash: no space at a break
_UNDERSCORES = re.compile(r"^_{5,}$")
_SPACES = re.compile(r" {2,}")
_NOTE_NUMBER = re.compile(r"^(\d{1,3})\s+(?=\S)")
_DIGITS = re.compile(r"\d+")
_STARS = re.compile(r"^\*{1,3}(?:\s|$)")   # a starred footnote's mark
_OPENING = re.compile(
    r"^(?:The\s+)?(?:General Assembly|Human Rights Council|Security Council|Economic and Social Council)\s*,$"
    r"|^(?:大会|人权理事会|安全理事会|经济及社会理事会)\s*[，,]$")

MARK_RATIO = 0.78       # a run smaller than this share of the body size may be a mark
TOP_BAND = 0.085        # share of the page height where running headers live
BOTTOM_BAND = 0.07      # share of the page height where footers live (job number, page no.)
# A line starting this many ems right of the text block's edge is indented: a paragraph
# start. Wrapped lines start exactly at the edge (by advance origin); a text printed as is
# marks paragraphs with a leading space, about 0.25-0.3 em.
INDENT = 0.15
_X0 = attrgetter("x0")


@dataclass(slots=True)   # thousands per document: slots make them cheaper to build and read
class _Run:
    x0: float
    x1: float
    base: float
    size: float
    text: str
    ax0: float = 0.0      # left and right edges by advance width (the glyph origin to the
    ax1: float = 0.0      # end of the last glyph's advance), for measuring word gaps
    mark: bool = False


@dataclass(slots=True)
class _Line:
    page: int
    runs: list[_Run]
    base: float
    size: float
    x0: float = 0.0
    x1: float = 0.0
    text: str = ""
    starts_with_mark: bool = False
    mark_text: str = ""
    kind: str = "body"   # body | header | furniture | note | rule


# --- PDFium access -----------------------------------------------------------------------

def _pdfium():
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    return pdfium, raw


_FAST: dict[str, object] = {}


class _Handle(ctypes.c_void_p):
    """A PDFium handle as a ctypes object: a function with this result type hands back the
    object itself (a plain ``c_void_p`` result becomes an int), ready to pass on."""


def _fast(raw):
    """Direct prototypes, no pypdfium2 helper objects. Per page: declared argument types,
    released GIL (loading a page takes milliseconds; a GUI thread keeps running). Per object
    and per character (~20,000 calls on 19 pages): *bare* prototypes — no declared argument
    types and the GIL kept, which makes a call ~0.8 µs instead of ~2.3 µs (measured). A bare
    call converts its arguments by their Python type, so callers pass handles and pointers as
    ctypes objects (``_Handle``, ``c_void_p``) and indexes as ints (C ``int``), exactly the
    parameter types of the PDFium functions called that way."""
    if not _FAST:
        vp, ci = ctypes.c_void_p, ctypes.c_int

        def address(name):
            return ctypes.cast(getattr(raw, name), ctypes.c_void_p).value

        def proto(name, restype, *args):
            return ctypes.CFUNCTYPE(restype, *args)(address(name))

        def bare(name, restype):
            return ctypes.PYFUNCTYPE(restype)(address(name))

        _FAST["load_page"] = proto("FPDF_LoadPage", vp, vp, ci)
        _FAST["close_page"] = proto("FPDF_ClosePage", None, vp)
        _FAST["page_width"] = proto("FPDF_GetPageWidthF", ctypes.c_float, vp)
        _FAST["page_height"] = proto("FPDF_GetPageHeightF", ctypes.c_float, vp)
        _FAST["load_text"] = proto("FPDFText_LoadPage", vp, vp)
        _FAST["close_text"] = proto("FPDFText_ClosePage", None, vp)
        _FAST["count_chars"] = proto("FPDFText_CountChars", ci, vp)
        _FAST["get_text"] = proto("FPDFText_GetText", ci, vp, ci, ci, vp)
        _FAST["unicode"] = proto("FPDFText_GetUnicode", ctypes.c_uint, vp, ci)
        _FAST["count_objects"] = proto("FPDFPage_CountObjects", ci, vp)
        # bare: (text page, index) -> object address as int, None for none
        _FAST["obj_at"] = bare("FPDFText_GetTextObject", vp)
        # bare: (page, index) -> _Handle
        _FAST["get_obj"] = bare("FPDFPage_GetObject", _Handle)
        # bare: (object) -> int
        _FAST["obj_type"] = bare("FPDFPageObj_GetType", ci)
        # bare: (object, 4 float pointers) -> bool
        _FAST["bounds"] = bare("FPDFPageObj_GetBounds", ci)
        # bare: (object, matrix pointer) -> bool
        _FAST["matrix"] = bare("FPDFPageObj_GetMatrix", ci)
        # bare: (object, float pointer) -> bool
        _FAST["font_size"] = bare("FPDFTextObj_GetFontSize", ci)
        # bare: (text page, index, FS_RECTF pointer) -> bool
        _FAST["loose_box"] = bare("FPDFText_GetLooseCharBox", ci)
    return _FAST


def _open(path: str, name: str):
    pdfium, raw = _pdfium()
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise InputError("pdf_password", name) from exc
        if code == raw.FPDF_ERR_SECURITY:
            raise InputError("pdf_encryption", name) from exc
        raise InputError("corrupt_pdf", name) from exc


def _page_text(fast, textpage: int, count: int) -> str:
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    fast["get_text"](textpage, 0, count, ctypes.addressof(buffer))
    text = buffer.raw[: 2 * count].decode("utf-16-le", errors="replace")
    if len(text) != count:  # characters outside the BMP: one index each, two UTF-16 units
        unicode = fast["unicode"]
        text = "".join(chr(unicode(textpage, i) or 0xFFFD) for i in range(count))
    return text


def _objects(raw, page: int, fast):
    """Text objects (address -> index, geometry list) and horizontal rules of one page."""
    get_obj, obj_type, bounds = fast["get_obj"], fast["obj_type"], fast["bounds"]
    matrix_of, font_size = fast["matrix"], fast["font_size"]
    path_type = raw.FPDF_PAGEOBJ_PATH
    box = (ctypes.c_float * 4)()   # left, bottom, right, top
    base = ctypes.addressof(box)
    corners = tuple(ctypes.c_void_p(base + 4 * k) for k in range(4))
    size = ctypes.c_float()
    size_p = ctypes.c_void_p(ctypes.addressof(size))
    matrix = raw.FS_MATRIX()
    matrix_p = ctypes.c_void_p(ctypes.addressof(matrix))
    page_h = ctypes.c_void_p(page)
    index: dict[int, int] = {}
    geometry: list[tuple[float, float, float, float]] = []
    rules: list[tuple[float, float, float]] = []
    for i in range(fast["count_objects"](page)):
        obj = get_obj(page_h, i)
        # FPDFTextObj_GetFontSize succeeds for text objects only: one call tells most
        # objects' type and gives the size
        if font_size(obj, size_p):
            bounds(obj, *corners)
            matrix_of(obj, matrix_p)
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
            index[obj.value] = len(geometry)
            geometry.append((box[0], box[2], matrix.f, size.value * scale))
        elif obj_type(obj) == path_type:
            bounds(obj, *corners)
            left, bottom, right, top = box
            if top - bottom < 2.0 and right - left > 20.0:
                rules.append((left, right, (top + bottom) / 2))
    return index, geometry, rules


def _runs(fast, tp: int, index, geometry) -> list[_Run]:
    """The text runs of one page: each text object's characters with its geometry."""
    count = fast["count_chars"](tp)
    if count <= 0:
        return []
    # PDFium reports a hyphen printed at a line end as U+FFFE (its guess at a soft
    # hyphen); in these documents it is the compound's own hyphen (99 of 99 such breaks
    # in the corpus are words spelt with a hyphen elsewhere: Secretary-General,
    # long-term), so it is put back. A real soft hyphen (U+00AD) stays for join().
    # One-for-one replacements, done once for the page rather than once per run.
    text = _page_text(fast, tp, count).replace("\ufffe", "-").replace("\r", " ").replace("\n", " ")
    obj_at = fast["obj_at"]
    tph = ctypes.c_void_p(tp)   # bare prototypes take handles as ctypes objects
    missing = -1
    past_end = len(geometry) + 1
    # Every PDFium call is remembered: the search probes the same characters again (the
    # end of one stretch is the start of the next; a probe on a generated character walks
    # on to the next real one). known: the key of every character asked about; generated:
    # which of them have no object (their key is the next real character's). One dict for
    # both keeps the hot path of the search to one lookup, done inline (a Python call per
    # probe cost as much as the lookup).
    known: dict[int, int] = {}
    generated: set[int] = set()
    get_known = known.get
    get_index = index.get

    def key(i: int) -> int:
        """Content-order index of the object of character i (not yet in ``known``);
        generated characters (no object) take the key of the next real character, so a
        stretch ends before them."""
        start = i
        while i < count:
            value = get_known(i)
            if value is not None:
                break
            obj = obj_at(tph, i)
            if obj:
                value = known[i] = get_index(obj, missing)
                break
            i += 1
        else:
            value = past_end
        for j in range(start, i):
            known[j] = value
            generated.add(j)
        return value

    loose_box = fast["loose_box"]
    box = (ctypes.c_float * 4)()   # FS_RECTF: left, top, right, bottom
    box_p = ctypes.c_void_p(ctypes.addressof(box))
    runs: list[_Run] = []
    append = runs.append
    i = 0
    while i < count:
        # a stretch usually starts where the search for the previous one probed
        if i in generated:
            i += 1
            continue
        k = get_known(i)
        if k is None:
            obj = obj_at(tph, i)
            if not obj:
                i += 1
                continue
            k = known[i] = get_index(obj, missing)
        if k == missing:
            i += 1
            continue
        x0, x1, base, size = geometry[k]
        # the run's length guessed from its width; search outwards from the guess
        guess = i + max(1, int((x1 - x0) / max(size * 0.44, 1.0)))
        if guess < count:
            value = get_known(guess)
            if value is None:
                value = key(guess)
        if guess >= count or value > k:
            lo, hi, step = i, min(guess, count), 1
            while hi - step > lo:
                probe = hi - step
                value = get_known(probe)
                if value is None:
                    value = key(probe)
                if value <= k:
                    lo = probe
                    break
                hi, step = probe, step * 2
        else:
            lo, hi, step = guess, count, 1
            while lo + step < count:
                probe = lo + step
                value = get_known(probe)
                if value is None:
                    value = key(probe)
                if value > k:
                    hi = probe
                    break
                lo, step = probe, step * 2
        while hi - lo > 1:
            mid = (lo + hi) // 2
            value = get_known(mid)
            if value is None:
                value = key(mid)
            if value <= k:
                lo = mid
            else:
                hi = mid
        end = hi
        # generated characters at the end of the stretch belong to the gap after it
        while end > i + 1 and (end - 1 in generated or (
                end - 1 not in known and not obj_at(tph, end - 1))):
            end -= 1
        piece = text[i:end]
        stripped = piece.strip()
        if stripped:
            first = i + len(piece) - len(piece.lstrip())
            loose_box(tph, first, box_p)
            ax0 = box[0]
            loose_box(tph, first + len(stripped) - 1, box_p)
            append(_Run(x0, x1, base, size, piece, ax0, box[2]))
        i = end
    return runs


# --- lines ---------------------------------------------------------------------------------

def _body_size(all_runs: list[list[_Run]]) -> float:
    # a plain dict (Counter's item update runs in Python); max keeps most_common(1)'s pick,
    # the first of equal counts in insertion order
    sizes: dict[float, int] = {}
    get = sizes.get
    for runs in all_runs:
        for run in runs:
            size = round(run.size, 1)
            sizes[size] = get(size, 0) + len(run.text)
    return max(sizes, key=sizes.__getitem__) if sizes else 10.0


def _lines(page: int, runs: list[_Run], body: float) -> list[_Line]:
    """Group runs into printed lines; small raised runs become marks on the line below."""
    normal = [r for r in runs if r.size >= MARK_RATIO * body]
    small = [r for r in runs if r.size < MARK_RATIO * body]
    normal.sort(key=lambda r: (-r.base, r.x0))
    lines: list[_Line] = []
    for run in normal:
        line = lines[-1] if lines else None
        if line is not None and abs(line.base - run.base) <= 0.3 * min(line.size, run.size):
            line.runs.append(run)
            if run.size > line.size:
                line.size = run.size
        else:
            lines.append(_Line(page, [run], run.base, run.size))
    orphans: list[_Line] = []
    for run in small:
        best = None
        for line in lines:
            rise = run.base - line.base
            if -0.2 * line.size <= rise <= 0.7 * line.size and \
                    _line_x0(line) - 3 * line.size <= run.x0 <= _line_x1(line) + 2 * line.size:
                if best is None or abs(rise) < abs(run.base - best.base):
                    best = line
        if best is None:  # small text of its own (a job number in 7 pt): a line of small runs
            alone = next((ln for ln in orphans if abs(ln.base - run.base) <= 0.3 * run.size), None)
            if alone is None:
                alone = _Line(page, [], run.base, run.size)
                orphans.append(alone)
                lines.append(alone)
            alone.runs.append(run)
            continue
        run.mark = run.base - best.base > 0.12 * best.size
        best.runs.append(run)
    lines.sort(key=lambda ln: -ln.base)
    result: list[_Line] = []
    for line in lines:
        result.extend(_split_columns(line))
    for line in result:
        _compose(line)
    return result


def _line_x0(line: _Line) -> float:
    return min(r.x0 for r in line.runs)


def _line_x1(line: _Line) -> float:
    return max(r.x1 for r in line.runs)


def _split_columns(line: _Line) -> list[_Line]:
    """A wide horizontal gap (page-1 header: "United Nations … A/RES/80/190") separates
    printed items that share a baseline; justified text never has one."""
    runs = sorted(line.runs, key=_X0)
    parts: list[list[_Run]] = [[runs[0]]]
    for run in runs[1:]:
        previous = parts[-1][-1]
        if run.x0 - previous.x1 > 3.5 * max(line.size, 1.0) and not run.mark:
            parts.append([run])
        else:
            parts[-1].append(run)
    if len(parts) == 1:
        line.runs = runs
        return [line]
    return [_Line(line.page, part, line.base, max(r.size for r in part if not r.mark) if any(
        not r.mark for r in part) else line.size) for part in parts]


def _compose(line: _Line) -> None:
    """The line's text: runs in x order, a space where the producer left a gap, marks as
    superscript digits glued to the text before them."""
    runs = line.runs
    runs.sort(key=_X0)
    # where the first glyph's advance starts: wrapped lines share it exactly, whatever the
    # glyph (a quotation mark's ink starts later than a capital's)
    line.x0 = runs[0].ax0 if runs[0].ax0 else runs[0].x0
    line.x1 = max([r.x1 for r in runs])
    out = ""
    previous: _Run | None = None
    leading_marks = ""
    sizes: dict[float, int] = {}   # characters per type size, marks left out
    for run in runs:
        piece = run.text
        if run.mark:
            mark = piece.strip()
            shown = mark.translate(_SUPER)
            if out.strip() == leading_marks.translate(_SUPER):
                leading_marks += mark  # a footnote's own number (or "**", set as two runs)
            out = out.rstrip() + shown
            previous = run
            continue
        size = round(run.size, 1)
        sizes[size] = sizes.get(size, 0) + len(piece)
        if previous is not None and out and out[-1] != " ":
            gap = run.ax0 - previous.ax1
            # Measured on the corpus (advance widths, in ems): runs split inside a word sit
            # at most 0.14 em apart, words at least 0.17 em. PDFium's generated spaces are
            # not used: it puts one inside words split across runs ("spe cialized").
            wide = 0.4 if piece[:1] in ",.;:)]" else 0.155
            if (gap > wide * run.size or previous.mark and gap > 0.1 * run.size) \
                    and not (_is_cjk(out[-1]) or _is_cjk(piece[0])):
                out += " "
        out += piece
        previous = run
    if "  " in out:
        out = _SPACES.sub(" ", out)  # runs may bring their own spaces
    line.text = out.strip()
    line.mark_text = leading_marks
    line.starts_with_mark = bool(leading_marks)
    if sizes:
        # the commonest size; on a tie the first seen (as Counter.most_common(1) picks)
        line.size = max(sizes, key=sizes.__getitem__)


# --- page zones ----------------------------------------------------------------------------

def _shape(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()))


def _set_apart(line: _Line, nearest: _Line, pitch: float) -> bool:
    """A margin line is furniture when space wider than the text's own line pitch (or a
    little less, with a different type size) parts it from the text next to it; a full
    page of plain text runs into the margins at its pitch and stays."""
    gap = abs(line.base - nearest.base)
    other_type = abs(line.size - nearest.size) > 0.1 * nearest.size
    return gap > 1.35 * pitch or other_type and gap > 1.1 * pitch


def _pitches(pages: list[list[_Line]], heights: list[float]) -> dict[float, float]:
    """The commonest line pitch of each type size in the document (consecutive lines of one
    size closer than three times the size: blank lines and paragraph gaps left out), between
    lines outside the margin bands (a footer must not set the pitch it is judged by)."""
    seen: dict[float, Counter[float]] = {}
    for lines, height in zip(pages, heights):
        inner = [ln for ln in lines if height * BOTTOM_BAND <= ln.base <= height * (1 - TOP_BAND)]
        for upper, lower in zip(inner, inner[1:]):
            size = round(upper.size, 1)
            distance = upper.base - lower.base
            if round(lower.size, 1) == size and size <= distance <= 3 * size:
                seen.setdefault(size, Counter())[round(2 * distance) / 2] += 1
    return {size: counts.most_common(1)[0][0] for size, counts in seen.items()}


def _apart_in_band(band: list[_Line], content: list[_Line], pitches: dict[float, float]) -> set[int]:
    """Walk the band lines outwards from the text block: each stays text while it follows
    the last text line at about the pitch; from the first gap on, the rest is furniture."""
    apart: set[int] = set()
    if not content:  # nothing to be apart from (a last page with one line at its top)
        return apart
    nearest = content[0]
    for line in band:
        pitch = pitches.get(round(nearest.size, 1)) or 1.2 * nearest.size
        if apart or _set_apart(line, nearest, pitch):
            apart.add(id(line))
        else:
            nearest = line
    return apart


def _classify(pages: list[list[_Line]], sizes: list[tuple[float, float]],
              rules: list[list[tuple[float, float, float]]], body: float) -> None:
    """Mark furniture, footnote and rule lines on every page."""
    band_shapes: Counter[str] = Counter()
    pitches = _pitches(pages, [height for _, height in sizes])
    for number, lines in enumerate(pages):
        width, height = sizes[number]
        seen = set()
        for line in lines:
            if line.base > height * (1 - TOP_BAND - 0.05) or line.base < height * (BOTTOM_BAND + 0.03):
                seen.add(_shape(line.text))
        band_shapes.update(seen)
    for number, lines in enumerate(pages):
        width, height = sizes[number]
        header_rule = max((y for x0, x1, y in rules[number]
                           if y > height * 0.8 and x1 - x0 > 0.5 * width), default=None)
        top_cut = header_rule if header_rule is not None else height * (1 - TOP_BAND)
        bottom_cut = height * BOTTOM_BAND
        for line in lines:
            if _UNDERSCORES.match(line.text.replace(" ", "")) and line.base > bottom_cut:
                line.kind = "rule"  # the footnote separator repeats page after page: not furniture
        content = [ln for ln in lines if ln.kind == "body" and bottom_cut <= ln.base <= top_cut]
        top = [ln for ln in lines if ln.kind == "body" and ln.base > top_cut]
        bottom = [ln for ln in lines if ln.kind == "body" and ln.base < bottom_cut]
        apart = _apart_in_band(top[::-1], content, pitches) | _apart_in_band(bottom, content[::-1], pitches)
        for line in lines:
            if line.kind != "body":
                continue
            in_top = line.base > top_cut
            in_bottom = line.base < bottom_cut
            outer = line.base > height * (1 - TOP_BAND - 0.03) or line.base < height * (BOTTOM_BAND + 0.03)
            repeated = outer and len(pages) > 1 and band_shapes[_shape(line.text)] >= 2
            if in_top and number == 0:
                line.kind = "header"
            elif in_top and header_rule is not None:
                line.kind = "furniture"   # above the running header's rule
            elif (in_top or in_bottom or outer and number > 0) and repeated:
                line.kind = "furniture"
            elif (in_top or in_bottom) and id(line) in apart:
                line.kind = "furniture"
        # footnote separator: a line of underscores, or a short rule in the lower part
        separator = None
        for line in lines:
            if line.kind == "rule":
                separator = line.base if separator is None else max(separator, line.base)
        if separator is None:
            # a short rule, or a full-width one (Word's separator for a continued footnote)
            short = [y for x0, x1, y in rules[number] if bottom_cut < y < height * 0.6]
            if short:
                separator = max(short)
        if separator is not None:
            for line in lines:
                if line.kind == "body" and line.base < separator and line.size < body * 0.97:
                    line.kind = "note"


# --- assembly ------------------------------------------------------------------------------

def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFE30 <= cp <= 0xFE4F
            or 0xFF00 <= cp <= 0xFFEF or 0x20000 <= cp <= 0x2FA1F)


def join(left: str, right: str) -> str:
    """Join a wrapped line to the next: soft hyphen vanishes, a real hyphen stays with no
    space, CJK joins with no space, Latin with one."""
    left = left.rstrip()
    right = right.lstrip()
    if not left:
        return right
    if not right:
        return left
    if left[-1] in _SOFT_HYPHENS:
        return left[:-1] + right
    if left[-1] in _HARD_HYPHENS + _DASHES and len(left) > 1 and not left[-2].isspace():
        return left + right  # "self-" + "determination", "2019–" + "2021"
    if _is_cjk(left[-1]) or _is_cjk(right[0]):
        return left + right
    return left + " " + right


def _margin(lines: list[_Line], body: float, right: float) -> float | None:
    """The text block's left edge: where full-width body lines start, the leftmost such
    place seen twice (first lines of paragraphs are full too, but indented); else the
    commonest start of body-size lines."""
    starts: Counter[int] = Counter()
    full: Counter[int] = Counter()
    for line in lines:
        if line.kind == "body" and abs(line.size - body) < 0.15 * body:
            starts[round(line.x0)] += 1
            if right and line.x1 >= right - 2.5 * line.size:
                full[round(line.x0)] += 1
    if not starts:
        return None
    repeated = [x for x, n in full.items() if n >= 2]
    if repeated:
        return float(min(repeated))
    return float(starts.most_common(1)[0][0])


def _leading_and_right(pages: list[list[_Line]], body: float) -> tuple[float, float]:
    """The commonest distance between consecutive body lines (the line pitch) and the
    commonest right end of a body line (the right edge of justified text)."""
    pitches: Counter[float] = Counter()
    ends: Counter[int] = Counter()
    for lines in pages:
        body_lines = [ln for ln in lines if ln.kind == "body" and abs(ln.size - body) < 0.15 * body]
        for upper, lower in zip(body_lines, body_lines[1:]):
            pitches[round(2 * (upper.base - lower.base)) / 2] += 1
        for line in body_lines:
            ends[round(line.x1)] += 1
    leading = pitches.most_common(1)[0][0] if pitches else 1.2 * body
    right = float(ends.most_common(1)[0][0]) if ends else 0.0
    return max(leading, body), right


def _continues(previous: _Line | None, line: _Line, margin: float, right: float,
               far_right: float, leading: float, body: float) -> bool:
    """Whether ``line`` wraps on from ``previous`` (else it starts a paragraph or item).

    A wrapped line follows at the line pitch (paragraphs are set apart by extra space) in
    the same font, after a line that ran (about) to the right edge, and starts at the text
    block's left edge — or, inside an indented block
    (a quotation, a sub-item's continuation), exactly under the previous line when that
    line ran to the right edge, on the same page. An indented line is a paragraph start; a line starting
    anywhere else (centred, right-aligned) stands alone.
    """
    if previous is None:
        return False
    size = max(line.size, 1.0)
    if abs(previous.size - line.size) > 0.15 * body:
        return False
    if previous.page == line.page and previous.base - line.base > 1.3 * leading:
        return False
    if abs(line.x0 - margin) <= INDENT * size:
        # A paragraph ends where its last line stops short of the right edge — by more
        # than a character in CJK, by more than a long word in Latin text (ragged text
        # printed as is wraps that far from the edge; justified text reaches it).
        if previous.text.endswith(_HARD_HYPHENS + _SOFT_HYPHENS):
            return True  # a word broken at its hyphen goes on
        short = (1.5 if previous.text and _is_cjk(previous.text[-1]) else 6.0) * size
        return far_right > 0 and previous.x1 >= far_right - short
    # Across a page break there is no gap to see, and a one-line paragraph that fills the
    # line would swallow the indented paragraph after it: only the same page counts here.
    full = right > 0 and previous.x1 >= right - 2.5 * size and previous.page == line.page
    return full and abs(line.x0 - previous.x0) <= INDENT * size and line.x0 > margin


def _assemble(pages: list[list[_Line]], body: float) -> str:
    leading, right = _leading_and_right(pages, body)
    doc_margin = _margin([ln for lines in pages for ln in lines], body, right)
    body_lines = [ln for lines in pages for ln in lines
                  if ln.kind == "body" and abs(ln.size - body) < 0.15 * body]
    ends = sorted(ln.x1 for ln in body_lines)
    far_right = ends[int(0.95 * (len(ends) - 1))] if ends else 0.0
    # where footnote text starts (continuation lines and text after a raised number)
    note_starts: Counter[int] = Counter(round(ln.x0) for lines in pages for ln in lines
                                        if ln.kind == "note" and not ln.starts_with_mark)
    note_edge = float(note_starts.most_common(1)[0][0]) if note_starts else 0.0
    header: list[str] = []
    paragraphs: list[str] = []
    notes: list[list[str]] = []   # [mark, text]
    opened = False
    previous: _Line | None = None
    for number, lines in enumerate(pages):
        margin = _margin(lines, body, right)
        if margin is None or doc_margin is not None and abs(margin - doc_margin) > 2 * body:
            margin = doc_margin if doc_margin is not None else 0.0
        for line in lines:
            if line.kind in ("furniture", "rule") or not line.text:
                continue
            if line.kind == "note":
                starts = line.starts_with_mark or _STARS.match(line.text)
                hanging = _NOTE_NUMBER.match(line.text)
                if not starts and hanging and line.x0 < note_edge - 0.15 * line.size:
                    # a footnote number set on the baseline, hanging left of the notes' text
                    notes.append([hanging.group(1), line.text[hanging.end():].strip()])
                    continue
                if starts:
                    mark = line.mark_text if line.starts_with_mark else line.text.split()[0]
                    text = line.text[len(mark.translate(_SUPER)):] if line.starts_with_mark \
                        else line.text[len(mark):]
                    notes.append([mark, text.strip()])
                elif notes:
                    notes[-1][1] = join(notes[-1][1], line.text)
                else:
                    notes.append(["", line.text])
                continue
            size = max(line.size, 1.0)
            indent = line.x0 - margin
            # the opening formula: the first line set in by a paragraph indent
            indented = 0.8 * size < indent <= 5 * size
            if not opened:
                if number == 0 and (line.kind == "header" or not (indented and abs(line.size - body) < 0.15 * body)
                                    and not _OPENING.match(line.text)):
                    header.append(line.text)
                    previous = line
                    continue
                opened = True
                paragraphs.append(line.text)
                previous = line
                continue
            new = not _continues(previous, line, margin, right, far_right, leading, body)
            if new or not paragraphs:
                paragraphs.append(line.text)
            else:
                paragraphs[-1] = join(paragraphs[-1], line.text)
            previous = line
    out = list(header)
    out.extend(" " + p for p in paragraphs)
    for mark, text in notes:
        if not mark:
            out.append(text)
        elif mark.isdigit():
            out.append(f"{mark.translate(_SUPER)} {text}")
        else:
            out.append(f"{mark} {text}")
    return "\n".join(out)


# --- entry point ---------------------------------------------------------------------------

# The longest resolutions with annexes run to some tens of pages (A/RES/80/190: 19). Reading
# keeps every page's runs until the layout is known, about a megabyte and 10-30 ms a page, so
# a PDF far longer than any resolution is refused before it is read rather than after minutes.
MAX_PAGES = 200


def read_layout(path: str | os.PathLike, name: str) -> str:
    """The text of the PDF at ``path`` rebuilt from its layout (see the module docstring)."""
    _, raw = _pdfium()
    document = _open(os.fspath(path), name)
    if len(document) > MAX_PAGES:
        pages = len(document)
        document.close()
        raise InputError("too_large", name, (f"{pages} pages", f"{pages} 页"))
    fast = _fast(raw)
    # Pages and text pages through the raw calls: pypdfium2's page helpers register each
    # page with the document and a weak-reference finaliser, bookkeeping a loop that closes
    # what it opens does not need.
    load_page, close_page, load_text, close_text = (
        fast["load_page"], fast["close_page"], fast["load_text"], fast["close_text"])
    try:
        pdf = ctypes.cast(document.raw, ctypes.c_void_p).value
        page_runs: list[list[_Run]] = []
        page_sizes: list[tuple[float, float]] = []
        page_rules: list[list[tuple[float, float, float]]] = []
        for number in range(len(document)):
            page = load_page(pdf, number)
            if not page:
                raise InputError("corrupt_pdf", name)
            textpage = None
            try:
                textpage = load_text(page)
                if not textpage:
                    raise InputError("corrupt_pdf", name)
                index, geometry, rules = _objects(raw, page, fast)
                page_runs.append(_runs(fast, textpage, index, geometry))
                page_sizes.append((fast["page_width"](page), fast["page_height"](page)))
                page_rules.append(rules)
            finally:
                if textpage:
                    close_text(textpage)
                close_page(page)
    except InputError:
        raise
    except Exception as exc:  # PDFium refused a page: the file is damaged
        raise InputError("corrupt_pdf", name) from exc
    finally:
        document.close()
    if not any(page_runs):
        return ""
    body = _body_size(page_runs)
    pages = [_lines(n, runs, body) for n, runs in enumerate(page_runs)]
    _classify(pages, page_sizes, page_rules, body)
    return _assemble(pages, body)
