"""Paint the annotated comparison on a QPrinter or QPdfWriter — print, preview and PDF share it.

``render(comparison, notes, printer)`` is what the window connects to
``QPrintPreviewDialog.paintRequested`` and Ctrl+P; :mod:`viewer.export.pdf` calls it with a
QPdfWriter. Both are QPagedPaintDevices, so there is one code path and the preview shows exactly
what the PDF contains.

How a page is made: everything — title, warnings, the identity and record tables, the summary,
the paragraph table, notes — is laid out as rows of text flows, so a row is never cut unless it
is taller than the room left (then each column is cut between lines and goes on under its
label and "(continued)"), and the paragraph table starts right under the summary when there is
room. Each column lists the footnotes its paragraphs refer to. Deletions are struck by this
module (a thick line through the middle of Chinese glyphs, see ``_strike_marks``), not by the
font's strike-out. Every page gets the running header (both symbols) and "Page X of Y"; the
bookmarks are collected for the PDF writer. All text uses the
bundled WenQuanYi Micro Hei: it renders Chinese on machines without CJK fonts and round-trips
through Qt's PDF text layer (a font with Kangxi-radical cmap entries would not).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from html import escape
from typing import Callable

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontDatabase,
                           QFontMetricsF, QGuiApplication, QPageLayout, QPageSize, QPainter,
                           QPen, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument,
                           QTextFormat,
                           QTextOption)

from ..model import Comparison
from ..resources import font_path
from ..qtfix import make_singletons_immortal
from ..present.palette import PAPER
from ..present.report import DELETE, INSERT, Report, Row, RowFootnote, Run, build_report

make_singletons_immortal()  # PySide6 6.12 + Python 3.11 would abort mid-print (viewer.qtfix)

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 12.0

# The paper palette (viewer.present.palette). Strike-through and underline carry the meaning in
# black and white; the colours and tints only help on screen and on colour printers.
DEL_FG, DEL_BG = QColor(PAPER.delete_fg), QColor(PAPER.delete_bg)
INS_FG, INS_BG = QColor(PAPER.insert_fg), QColor(PAPER.insert_bg)
RULE = QColor(PAPER.rule)
HEAD_BG = QColor(PAPER.head_bg)
BAND_BG = QColor(PAPER.band_bg)
NOTE_BG = QColor(PAPER.note_bg)
CHANGED_BG = QColor(PAPER.changed_bg)
WARN_BG = QColor(PAPER.band_bg)
GRID = object()     # _place: the paragraph table's vertical rules
STATUS_BAR = {"added": INS_FG, "deleted": DEL_FG, "modified": QColor(PAPER.modified)}

_app = None          # the QGuiApplication this module had to create (kept alive)
_family: str | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display).

    Never a widgets QApplication: a headless export must not need one. Raises RuntimeError when
    only a QCoreApplication exists (fonts and painting need a GUI application).
    """
    global _app
    app = QGuiApplication.instance()
    if app is None:
        if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                and not os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "rescompare"])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("printing needs a QGuiApplication, not a QCoreApplication")
    return app


def font_family() -> str:
    """Register the bundled CJK font once; its family name (falls back to the default font)."""
    global _family
    if _family is None:
        ensure_gui_app()
        fid = QFontDatabase.addApplicationFont(str(font_path()))
        families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        # The .ttc holds "WenQuanYi Micro Hei" and its Mono face; take the proportional one.
        proportional = [f for f in families if "Mono" not in f]
        _family = (proportional or families or [QFont().defaultFamily()])[0]
    return _family


def setup_printer(printer, paper: str = "a4", landscape: bool = True,
                  margin_mm: float = MARGIN_MM) -> None:
    """Page size, orientation and margins of a QPrinter/QPdfWriter (landscape A4 by default)."""
    size_id = PAGE_SIZES.get(str(paper).lower())
    if size_id is None:
        raise ValueError(f"paper must be one of {sorted(PAGE_SIZES)}, not {paper!r}")
    layout = QPageLayout(QPageSize(size_id),
                         QPageLayout.Orientation.Landscape if landscape
                         else QPageLayout.Orientation.Portrait,
                         QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                         QPageLayout.Unit.Millimeter)
    printer.setPageLayout(layout)


def render(comparison: Comparison, notes: dict[str, str] | None, printer, *,
           language: str | None = None, changes_only: bool = False) -> int:
    """Paint the annotated comparison on ``printer`` (any QPagedPaintDevice); the page count.

    Uses the device's page size, orientation and margins as they are (see :func:`setup_printer`).
    """
    return paint_report(build_report(comparison, notes, language, changes_only=changes_only),
                        printer)


def paint_report(report: Report, device, outline: list | None = None) -> int:
    """Paginate and paint ``report`` on ``device``; returns the number of pages. ``outline``
    (a list) receives the bookmarks: (level, title, page index, y from the page body's top in
    device pixels), for the PDF writer to add (Qt's painter cannot)."""
    ensure_gui_app()
    geo = _Geometry(device, font_family())
    paginator = _Paginator(report, geo)
    pages = paginator.run()
    if outline is not None:
        outline.extend(paginator.outline)
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("cannot paint on this printer (is it valid and not already in use?)")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for number, page in enumerate(pages, 1):
            if number > 1 and not device.newPage():
                raise RuntimeError("the printer refused a new page")
            _paint_furniture(painter, geo, report, number, len(pages))
            for op in page:
                painter.save()
                op(painter)
                painter.restore()
    finally:
        painter.end()
    return len(pages)


# --- geometry and text documents ---------------------------------------------------------------

class _Geometry:
    """Page regions and fonts in device pixels for one paint device."""

    def __init__(self, device, family: str):
        self.device = device
        self.family = family
        self.dpi = device.resolution() if hasattr(device, "resolution") else device.logicalDpiX()
        rect = device.pageLayout().paintRectPixels(int(self.dpi))
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.header_h = self.mm(9.0)
        self.footer_h = self.mm(8.0)
        self.top = self.header_h
        self.bottom = self.height - self.footer_h
        self.body_h = self.bottom - self.top
        self.pad = self.mm(1.6)
        # QTextDocument scales its own margins from 96 dpi "pixels" to the device.
        self.doc_pad = 1.6 * 96 / 25.4
        self.gutter = self.mm(1.8)
        self.label_w = max(self.mm(30.0), self.width * 0.12)
        self.text_w = (self.width - self.label_w) / 2.0
        self.col_x = (0.0, self.label_w, self.label_w + self.text_w)
        self.colhead_h = self.mm(7.0)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        f = QFont(self.family)
        f.setPointSizeF(points)
        f.setBold(bold)
        # Keep Qt from substituting another (system) CJK font for our embedded one.
        f.setStyleStrategy(QFont.StyleStrategy.PreferMatch)
        return f

    def document(self, width: float, points: float = 9.5) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.font(points))
        doc.setDocumentMargin(self.doc_pad)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(opt)
        doc.setTextWidth(width)
        return doc


STRUCK = QTextFormat.Property.UserProperty + 1   # char format: deleted, painter strikes it
# Strike mark thickness as a share of the em: thick enough not to pass for a stroke of a
# Chinese character (whose horizontal strokes are about 0.07 em in WenQuanYi Micro Hei).
CJK_STRIKE_EM = 0.12
LATIN_STRIKE_EM = 0.1


def _is_cjk(ch: str) -> bool:
    """Characters drawn on the ideographic em box (the mark goes through its middle)."""
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF
            or 0x20000 <= o <= 0x3FFFF)


def _strike_marks(doc: QTextDocument) -> list[QRectF]:
    """The strike marks of every deleted piece of ``doc``, as rectangles in its coordinates.

    Per line and per script: through the middle of the ideographs' ink box for Chinese (and
    full-width punctuation), through the middle of the x-height for Latin text; continuous
    across the gaps between glyphs, so on paper it reads as a line, not as one more stroke."""
    marks: list[QRectF] = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            it += 1
            fmt = frag.charFormat()
            if not frag.isValid() or not fmt.property(STRUCK):
                continue
            metrics = QFontMetricsF(fmt.font(), doc.documentLayout().paintDevice())
            em = metrics.height() * 0.8 or 1.0
            ink = metrics.tightBoundingRect("中")
            cjk_mid, latin_mid = ink.center().y(), -metrics.xHeight() / 2.0
            start, text = frag.position() - block.position(), frag.text()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                a = max(start, line.textStart())
                b = min(start + len(text), line.textStart() + line.textLength())
                k = a
                while k < b:        # contiguous pieces of one script
                    cjk = _is_cjk(text[k - start])
                    j = k
                    while j < b and _is_cjk(text[j - start]) == cjk:
                        j += 1
                    piece = text[k - start:j - start].rstrip()
                    if piece:
                        x0 = line.cursorToX(k)[0]
                        x1 = line.cursorToX(k + len(piece))[0]
                        base = origin.y() + line.y() + line.ascent()
                        mid = base + (cjk_mid if cjk else latin_mid)
                        thick = em * (CJK_STRIKE_EM if cjk else LATIN_STRIKE_EM)
                        marks.append(QRectF(origin.x() + min(x0, x1), mid - thick / 2,
                                            abs(x1 - x0), thick))
                    k = j
        block = block.next()
    return marks


def _formats(geo: _Geometry, points: float) -> dict[str, QTextCharFormat]:
    plain = QTextCharFormat()
    plain.setFont(geo.font(points))
    plain.setForeground(QColor("#111111"))
    dele = QTextCharFormat(plain)
    # No font strike-out: Qt draws it thin at the height meant for Latin letters, where it
    # merges with the horizontal strokes of Chinese characters. The painter draws the mark
    # itself (see _strike_marks); the property tells it which text is deleted.
    dele.setProperty(STRUCK, True)
    dele.setForeground(DEL_FG)
    dele.setBackground(DEL_BG)
    ins = QTextCharFormat(plain)
    ins.setFontUnderline(True)
    ins.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    ins.setForeground(INS_FG)
    ins.setBackground(INS_BG)
    bold = QTextCharFormat(plain)
    bold.setFontWeight(QFont.Weight.Bold)
    small = QTextCharFormat(plain)
    small.setFont(geo.font(points - 1.0))
    small.setForeground(QColor("#333333"))
    return {"equal": plain, DELETE: dele, INSERT: ins, "bold": bold, "small": small}


@dataclass
class _Flow:
    """One column of one row: a laid-out document that can be cut between lines."""
    doc: QTextDocument
    x: float
    width: float
    height: float = 0.0
    cuts: list[float] = field(default_factory=list)   # y of every line bottom, ascending
    marks: list[QRectF] = field(default_factory=list)  # strike marks of deleted text
    inset: float = 0.0                                  # a quarter of the shortest line

    def __post_init__(self):
        self.height = self.doc.size().height()
        self.marks = _strike_marks(self.doc)
        block = self.doc.begin()
        while block.isValid():
            layout = block.layout()
            top = layout.position().y()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                self.cuts.append(top + line.y() + line.height())
            block = block.next()
        if self.cuts:
            self.inset = min(b - a for a, b in zip([0.0] + self.cuts, self.cuts)) / 4.0
            self.cuts[-1] = max(self.cuts[-1], self.height)  # the last piece takes the margin
        else:
            self.cuts.append(self.height)

    def cut(self, start: float, avail: float) -> float:
        """The end of the longest piece from ``start`` that fits in ``avail`` (== start: none)."""
        if self.height - start <= avail:
            return self.height
        end = start
        for y in self.cuts:
            if y <= start:
                continue
            if y - start > avail:
                break
            end = y
        return end

    def tail(self, start: float) -> "_Flow":
        """What follows the cut at ``start`` (a line's top), as a flow of its own.

        Qt's text layout draws, besides the lines inside its clip, the last line above it
        (QTextLayout::draw starts from the last line wholly above the clip): clipped out of
        sight but written into the PDF text layer, so search and copy would return that line
        twice. A continued piece is therefore a copy of the document without the text already
        printed, painted from its top."""
        position = None
        block = self.doc.begin()
        while block.isValid() and position is None:
            layout = block.layout()
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                if layout.position().y() + line.y() >= start - self.inset:
                    position = block.position() + line.textStart()
                    break
            block = block.next()
        if position is None:
            return self
        doc = self.doc.clone()
        doc.documentLayout().setPaintDevice(self.doc.documentLayout().paintDevice())
        doc.setDefaultFont(self.doc.defaultFont())
        doc.setDefaultTextOption(self.doc.defaultTextOption())
        doc.setDocumentMargin(self.doc.documentMargin())
        doc.setTextWidth(self.doc.textWidth())
        cursor = QTextCursor(doc)
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        return _Flow(doc, self.x, self.width)

    def paint(self, painter: QPainter, y: float, start: float, end: float) -> None:
        painter.translate(self.x, y - start)
        clip = QRectF(0.0, start, self.width, end - start)
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        # The layout draws every line that reaches into its clip, and the clip only hides
        # pixels: a line starting exactly at the cut would also be written, invisibly, into
        # this page's text layer. A clip shrunk by a quarter line leaves it out (cuts fall
        # between lines); continued pieces start at 0 (see tail).
        ctx.clip = clip.adjusted(0.0, 0.0, 0.0, -self.inset)
        # No ctx.palette: assigning it corrupts refcounts in PySide 6.12; every format sets
        # its own foreground instead, so a dark desktop palette cannot reach the paper.
        self.doc.documentLayout().draw(painter, ctx)
        for mark in self.marks:
            if mark.intersects(clip):
                painter.fillRect(mark, DEL_FG)


def _insert_runs(cursor: QTextCursor, runs, fmts) -> None:
    for run in runs:
        cursor.insertText(run.text, fmts.get(run.kind, fmts["equal"]))


def _column_doc(geo: _Geometry, runs: tuple[Run, ...], notes: tuple[RowFootnote, ...],
                width: float, fmts, note_fmts, t) -> QTextDocument:
    """One side of a row: its text, then the footnotes it refers to in a smaller size (a
    changed note struck through or underlined as a whole: compared by content, not number)."""
    doc = geo.document(width)
    cursor = QTextCursor(doc)
    _insert_runs(cursor, runs, fmts)
    for k, note in enumerate(notes):
        block = QTextBlockFormat()
        block.setTopMargin(geo.mm(1.2) if k == 0 else 0.0)
        cursor.insertBlock(block, note_fmts["equal"])
        cursor.insertText(note.mark + "\u2002", note_fmts["bold"])
        _insert_runs(cursor, note.runs, note_fmts)
        extra = []
        if note.partner:
            extra.append(t("footnote_renumbered", mark=note.partner))
        if note.changed:
            extra.append(t(f"footnote_changed_{note.side}"))
        if extra:
            cursor.insertText(f" ({'; '.join(extra)})", note_fmts["small"])
    return doc


def _label_doc(geo: _Geometry, row: Row, fmts, continued: str | None = None) -> QTextDocument:
    doc = geo.document(geo.label_w, 8.5)
    cursor = QTextCursor(doc)
    cursor.insertText(row.label, fmts["bold"])
    if continued:
        cursor.insertText("\n" + continued, fmts["small"])
        return doc
    if row.collapsed:
        return doc
    cursor.insertText("\n" + row.status_text, fmts["small"])
    if row.verb:
        cursor.insertText("\n" + row.verb, fmts["bold"])
    return doc


# --- pagination ----------------------------------------------------------------------------------

Op = Callable[[QPainter], None]
Outline = tuple[int, str, int, float]   # (level, title, page index, y on the page)


class _Paginator:
    """Lays the report out as a list of pages, each a list of paint operations.

    Everything, the first pages included, is placed as rows of flows that are cut only between
    lines: a table row keeps its label when it continues on the next page, and the paragraph
    table starts right under the summary when there is room (no nearly empty page)."""

    def __init__(self, report: Report, geo: _Geometry):
        self.report = report
        self.geo = geo
        self.pages: list[list[Op]] = []
        self.y = 0.0
        self.body_top = 0.0                       # where content starts on the current page
        self.header: tuple[str, ...] | None = None  # column titles repeated on a new page
        self.outline: list[Outline] = []
        self.pending_mark: tuple[int, str] | None = None   # bookmark of the row being placed
        self.fmts = _formats(geo, 9.5)
        self.label_fmts = _formats(geo, 8.5)
        self.note_fmts = _formats(geo, 8.0)

    def run(self) -> list[list[Op]]:
        t = self.report.t
        self._new_page()
        self._front()
        self._title(t("paragraphs"), level=0, keep=self.geo.mm(30))
        self.header = (t("paragraph"), f"{t('old')}: {self.report.old_name}",
                       f"{t('new')}: {self.report.new_name}")
        self._column_header()
        kind = None
        for row in self.report.rows:
            if row.kind != kind:
                kind = row.kind
                self._band(t(kind))
            self._pair(row)
        self.header = None
        if self.report.orphaned:
            self._orphaned()
        return self.pages

    # pages ---------------------------------------------------------------------------------
    def _new_page(self) -> None:
        self.pages.append([])
        self.y = self.geo.top
        if self.header:
            self._column_header()
        self.body_top = self.y

    def _add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def _mark(self, level: int, title: str) -> None:
        """A PDF bookmark at the current position."""
        self.outline.append((level, title, len(self.pages) - 1, self.y))

    def _column_header(self) -> None:
        geo, y, titles = self.geo, self.y, self.header
        widths = (geo.label_w, geo.text_w, geo.text_w)
        font = geo.font(8.5, bold=True)
        h = geo.colhead_h

        def op(p: QPainter) -> None:
            p.fillRect(QRectF(0, y, geo.width, h), HEAD_BG)
            p.setFont(font)
            p.setPen(QColor("#111111"))
            for x, w, text in zip(geo.col_x, widths, titles):
                p.drawText(QRectF(x + geo.pad, y, w - 2 * geo.pad, h),
                           int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                           text)
            _rules(p, geo, y, y + h, top=True)

        self._add(op)
        self.y += h

    def _room(self) -> float:
        return self.geo.bottom - self.y

    def _band(self, text: str) -> None:
        """'Preambular paragraphs' / 'Operative paragraphs' across the table; kept with a row."""
        geo = self.geo
        doc = geo.document(geo.width, 9.0)
        QTextCursor(doc).insertText(text, _bold(geo, 9.0))
        flow = _Flow(doc, 0.0, geo.width)
        if flow.height + geo.mm(25) > self._room():
            self._new_page()
        self._mark(1, text)
        y = self.y

        def op(p: QPainter) -> None:
            p.fillRect(QRectF(0, y, geo.width, flow.height), BAND_BG)
            p.save()
            flow.paint(p, y, 0.0, flow.height)
            p.restore()
            _rules(p, geo, y, y + flow.height, columns=())

        self._add(op)
        self.y += flow.height

    def _title(self, text: str, level: int | None = None, points: float = 11.0,
               keep: float | None = None) -> None:
        """A heading, kept on one page with ``keep`` of what follows (default 20 mm)."""
        geo = self.geo
        doc = geo.document(geo.width, points)
        QTextCursor(doc).insertText(text, _bold(geo, points))
        flow = _Flow(doc, 0.0, geo.width)
        if flow.height + (keep if keep is not None else geo.mm(20)) > self._room():
            self._new_page()
        if level is not None:
            self._mark(level, text)
        y = self.y
        self._add(lambda p: flow.paint(p, y, 0.0, flow.height))
        self.y += flow.height

    def _block(self, doc: QTextDocument) -> None:
        """A full-width piece of text (cut between lines if it must)."""
        self._place([_Flow(doc, 0.0, self.geo.width)], columns=None)

    # the first pages ------------------------------------------------------------------------
    def _front(self) -> None:
        geo, report, t = self.geo, self.report, self.report.t
        doc = geo.document(geo.width, 16.0)
        cursor = QTextCursor(doc)
        cursor.insertText(report.title, _bold(geo, 16.0))
        cursor.insertBlock()
        cursor.insertText(report.header, _formats(geo, 11.0)["equal"])
        if report.changes_only:
            cursor.insertBlock()
            cursor.insertText(t("changes_only"), self.fmts["small"])
        self._block(doc)
        if report.warnings:
            self._title(t("warnings"), level=0)
            for w in report.warnings:
                doc = geo.document(geo.width - geo.mm(4), 9.5)
                QTextCursor(doc).insertText(w.text, self.fmts["bold"])
                self._place([_Flow(doc, geo.mm(4), geo.width - geo.mm(4))], columns=None,
                            background=WARN_BG)
        self._title(t("identity"), level=0, keep=geo.mm(30))
        self._grid([(name, old, new, old != new) for name, old, new in report.identity])
        self._title(t("summary"), level=0, keep=geo.mm(30))
        self._title(t("counts"), points=9.5)
        self._block(self._counts_doc())
        doc = geo.document(geo.width, 9.5)
        cursor = QTextCursor(doc)
        renum = "; ".join(f"{a} → {b}" for a, b in report.renumbering) or t("none")
        verbs = "; ".join(f"{lab}: {a} → {b} ({d})" for lab, a, b, d in report.verb_changes)
        for k, (name, value) in enumerate((
                (t("renumbering"), renum), (t("verb_changes"), verbs or t("none")),
                (t("citations_added"), "; ".join(report.citations_added) or t("none")),
                (t("citations_removed"), "; ".join(report.citations_removed) or t("none")))):
            if k:
                cursor.insertBlock()
            cursor.insertText(f"{name}: ", self.fmts["bold"])
            cursor.insertText(value, self.fmts["equal"])
        self._block(doc)
        self._title(t("metadata_changes"), level=0)
        if report.metadata_changes:
            self._grid([(n, a, b, False) for n, a, b in report.metadata_changes])
        else:
            doc = geo.document(geo.width, 9.5)
            QTextCursor(doc).insertText(t("none"), self.fmts["equal"])
            self._block(doc)
        self._title(t("legend"), level=0)
        doc = geo.document(geo.width, 9.5)
        cursor = QTextCursor(doc)
        cursor.insertText(t("deleted"), self.fmts[DELETE])
        cursor.insertText(f" {t('legend_del')}\u2003\u2003", self.fmts["equal"])
        cursor.insertText(t("added"), self.fmts[INSERT])
        cursor.insertText(f" {t('legend_ins')}", self.fmts["equal"])
        for line in (t("legend_labels"), report.generated):
            cursor.insertBlock()
            cursor.insertText(line, self.fmts["equal"])
        self._block(doc)

    def _grid(self, rows: list[tuple[str, str, str, bool]]) -> None:
        """A table in the paragraph table's columns (field, old, new) with its own header."""
        t = self.report.t
        self.header = ("", t("old"), t("new"))
        self._column_header()
        for name, old, new, changed in rows:
            geo = self.geo
            label = geo.document(geo.label_w, 8.5)
            QTextCursor(label).insertText(name, self.label_fmts["bold"])
            flows = [_Flow(label, geo.col_x[0], geo.label_w)]
            for column, value in ((1, old), (2, new)):
                doc = geo.document(geo.text_w - 2 * geo.gutter)
                QTextCursor(doc).insertText(value, self.fmts["equal"])
                flows.append(_Flow(doc, geo.col_x[column] + geo.gutter,
                                   geo.text_w - 2 * geo.gutter))
            self._place(flows, continued=name, background=CHANGED_BG if changed else None,
                        tint=(1, 2))
        self.header = None
        self.y += geo.mm(1.5)

    def _counts_doc(self) -> QTextDocument:
        """Counts by status as a table as wide as the page allows without breaking a name:
        one row of nine in landscape, rows of fewer in portrait."""
        geo, counts = self.geo, self.report.counts
        metrics = QFontMetricsF(geo.font(9.5), self.geo.device)
        cell = max(metrics.horizontalAdvance(n) for n, _ in counts) + geo.mm(5)
        per_row = max(1, min(len(counts), int(geo.width // cell)))
        cell_style = f'style="padding: 3px 6px; border: 1px solid {PAPER.rule};"'
        head = (f'style="padding: 3px 6px; border: 1px solid {PAPER.rule}; '
                f'background-color: {PAPER.head_bg};"')
        width = f"{100 // per_row}%"
        out = ['<table width="100%" cellspacing="0" cellpadding="0" '
               'style="border-collapse: collapse;">']
        for k in range(0, len(counts), per_row):
            chunk = counts[k:k + per_row]
            out.append("<tr>" + "".join(f'<td width="{width}" align="center" {head}>{_e(n)}</td>'
                                        for n, _ in chunk) + "</tr>")
            out.append("<tr>" + "".join(f'<td align="center" {cell_style}><b>{c}</b></td>'
                                        for _, c in chunk) + "</tr>")
        out.append("</table>")
        doc = geo.document(geo.width, 9.5)
        doc.setDefaultStyleSheet("body, p, td, span { color: #111111; }")
        opt = doc.defaultTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WordWrap)   # a count's name never breaks mid-word
        doc.setDefaultTextOption(opt)
        doc.setHtml("".join(out))
        return doc

    # rows ------------------------------------------------------------------------------------
    def _pair(self, row: Row) -> None:
        geo, t = self.geo, self.report.t
        label = _Flow(_label_doc(geo, row, self.label_fmts), geo.col_x[0], geo.label_w)
        if row.collapsed:
            doc = geo.document(2 * geo.text_w - 2 * geo.gutter, 8.5)
            QTextCursor(doc).insertText(row.status_text, self.label_fmts["small"])
            flows = [label, _Flow(doc, geo.col_x[1] + geo.gutter, 2 * geo.text_w - 2 * geo.gutter)]
            self._place(flows, status=row.status, continued=row.label, columns=geo.col_x[1:2])
            return
        flows = [label, self._text_flow(row.old, row.footnotes_old, 1),
                 self._text_flow(row.new, row.footnotes_new, 2)]
        extra = [self._note_flow(t("warning_short"), text, WARN_BG) for text in row.warnings]
        if row.note:
            extra.append(self._note_flow(t("note"), row.note, NOTE_BG))
        if row.kind == "operative":
            self.pending_mark = (2, f"{row.label} · {row.status_text}")
        self._place(flows, status=row.status, continued=row.label, extra=extra)

    def _text_flow(self, runs: tuple[Run, ...], notes, column: int) -> _Flow:
        # A gutter inside each text column keeps the two columns apart in the PDF text layer
        # (pdftotext joins lines whose gap is under about one em).
        geo = self.geo
        width = geo.text_w - 2 * geo.gutter
        return _Flow(_column_doc(geo, runs, notes, width, self.fmts, self.note_fmts,
                                 self.report.t), geo.col_x[column] + geo.gutter, width)

    def _note_flow(self, title: str, text: str, background: QColor) -> tuple[_Flow, QColor]:
        geo = self.geo
        doc = geo.document(geo.width - geo.label_w, 9.0)
        cursor = QTextCursor(doc)
        cursor.insertText(title + ": ", _bold(geo, 9.0))
        cursor.insertText(text, _formats(geo, 9.0)["equal"])
        return _Flow(doc, geo.label_w, geo.width - geo.label_w), background

    def _place(self, flows: list[_Flow], *, status: str | None = None,
               continued: str | None = None, extra=(), background: QColor | None = None,
               columns=GRID, tint=None) -> None:
        """Put one row on the page(s): whole if it fits on a page, else cut between lines.

        ``continued``: the label repeated, with '(continued)', where the row goes on to a new
        page; ``extra``: (flow, background) strips kept with the row (warnings, the note);
        ``columns``: x of the vertical rules (GRID: the table's; None: no rules at all);
        ``background`` fills the ``tint`` flows (all by default)."""
        geo = self.geo
        if columns is GRID:
            columns = geo.col_x[1:]
        height = max(f.height for f in flows)
        together = height + sum(f.height for f, _bg in extra)
        page_room = geo.bottom - self.body_top if self.y > self.body_top else self._room()
        if together > self._room() and together <= page_room:
            self._new_page()
        elif height > self._room() and (height <= page_room or self._room() < geo.mm(30)):
            self._new_page()
        if self.pending_mark:
            self._mark(*self.pending_mark)
            self.pending_mark = None
        starts = [0.0] * len(flows)
        first = True
        while True:
            avail = self._room()
            ends = [f.cut(s, avail) for f, s in zip(flows, starts)]
            if ends == starts and self.y <= self.body_top:
                # Not one line fits on an empty page (a giant line): clip rather than loop.
                ends = [min(f.height, s + avail) for f, s in zip(flows, starts)]
            used = max((e - s for e, s in zip(ends, starts)), default=0.0)
            y = self.y
            pieces = [(f, s, e) for f, s, e in zip(flows, starts, ends) if e > s]
            tinted = [f for k, f in enumerate(flows) if tint is None or k in tint]
            cont = None
            if continued and not first and ends[0] == starts[0]:
                doc = geo.document(geo.label_w, 8.5)
                cursor = QTextCursor(doc)
                cursor.insertText(continued, self.label_fmts["bold"])
                cursor.insertText("\n" + self.report.t("continued"), self.label_fmts["small"])
                cont = _Flow(doc, geo.col_x[0], geo.label_w)
                used = max(used, min(cont.height, avail))

            def op(p: QPainter, y=y, used=used, pieces=pieces, cont=cont,
                   tinted=tinted) -> None:
                if background is not None:
                    for f in tinted:
                        p.fillRect(QRectF(f.x - (geo.gutter if f.x > 0 else 0), y,
                                          f.width + (2 * geo.gutter if f.x > 0 else 0), used),
                                   background)
                bar = STATUS_BAR.get(status)
                if bar is not None:
                    p.fillRect(QRectF(0, y, geo.mm(0.9), used), bar)
                for f, s, e in pieces:
                    p.save()
                    f.paint(p, y, s, e)
                    p.restore()
                if cont is not None:
                    p.save()
                    cont.paint(p, y, 0.0, min(cont.height, used))
                    p.restore()
                if columns is not None:
                    _rules(p, geo, y, y + used, columns=columns)

            self._add(op)
            self.y += used
            first = False
            if all(e >= f.height for f, e in zip(flows, ends)):
                break
            # What is left of each column goes on as a flow of its own (see _Flow.tail).
            cut = [0 < e < f.height for f, e in zip(flows, ends)]
            flows = [f.tail(e) if c else f for f, e, c in zip(flows, ends, cut)]
            starts = [0.0 if c else e for e, c in zip(ends, cut)]
            self._new_page()
        for flow, bg in extra:
            self._place([flow], background=bg, columns=())

    def _orphaned(self) -> None:
        geo = self.geo
        t = self.report.t
        self._title(t("orphaned"), level=0)
        for key, text in self.report.orphaned:
            doc = geo.document(geo.label_w, 8.5)
            QTextCursor(doc).insertText(key, self.label_fmts["bold"])
            doc2 = geo.document(geo.width - geo.label_w, 9.0)
            QTextCursor(doc2).insertText(text, _formats(geo, 9.0)["equal"])
            # Two columns, not the table's three: no empty third column beside the note.
            self._place([_Flow(doc, 0.0, geo.label_w),
                         _Flow(doc2, geo.label_w, geo.width - geo.label_w)],
                        continued=key, columns=(geo.label_w,), background=NOTE_BG, tint=(1,))


def _bold(geo: _Geometry, points: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(geo.font(points, bold=True))
    fmt.setForeground(QColor("#111111"))
    return fmt


def _rules(p: QPainter, geo: _Geometry, y0: float, y1: float, top: bool = False,
           columns=None) -> None:
    """The rule under a row (and over it with ``top``) and vertical rules at ``columns``
    (default: the paragraph table's)."""
    pen = QPen(RULE)
    pen.setWidthF(geo.mm(0.2))
    p.setPen(pen)
    p.setClipping(False)
    if top:
        p.drawLine(QPointF(0, y0), QPointF(geo.width, y0))
    p.drawLine(QPointF(0, y1), QPointF(geo.width, y1))
    for x in (geo.col_x[1:] if columns is None else columns):
        p.drawLine(QPointF(x, y0), QPointF(x, y1))


def _paint_furniture(p: QPainter, geo: _Geometry, report: Report, page: int, pages: int) -> None:
    """Running header (both symbols) and footer (legend, date, Page X of Y)."""
    p.save()
    p.setPen(QColor("#222222"))
    p.setFont(geo.font(8.5, bold=True))
    band = QRectF(0, 0, geo.width, geo.header_h - geo.mm(2.5))
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
    p.drawText(band, left, report.header)
    p.setFont(geo.font(8.0))
    p.drawText(band, right, f"{report.t('app')} · {report.title}")
    pen = QPen(QColor("#333333"))
    pen.setWidthF(geo.mm(0.3))
    p.setPen(pen)
    p.drawLine(QPointF(0, geo.header_h - geo.mm(1.5)), QPointF(geo.width, geo.header_h - geo.mm(1.5)))
    foot = QRectF(0, geo.bottom + geo.mm(2.0), geo.width, geo.footer_h - geo.mm(2.0))
    p.setPen(QColor("#333333"))
    top_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    top_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    p.setFont(geo.font(7.5))
    p.drawText(foot, top_left, f"{report.t('legend_short')}  ·  {report.generated}")
    p.setFont(geo.font(8.5))
    p.drawText(foot, top_right, report.t("page", page=page, pages=pages))
    p.restore()


# --- helpers ----------------------------------------------------------------------------

def _e(text: str) -> str:
    return escape(str(text), quote=False).replace("\n", "<br>")


__all__ = ["ensure_gui_app", "font_family", "paint_report", "render", "setup_printer"]
