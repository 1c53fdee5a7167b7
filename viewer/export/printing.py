"""Paint the annotated comparison on a QPrinter or QPdfWriter — print, preview and PDF share it.

``render(comparison, notes, printer)`` is what the window connects to
``QPrintPreviewDialog.paintRequested`` and Ctrl+P; :mod:`viewer.export.pdf` calls it with a
QPdfWriter. Both are QPagedPaintDevices, so there is one code path and the preview shows exactly
what the PDF contains.

How a page is made: the first pages (identity and summary) are one QTextDocument laid out at the
page body size and painted page by page; the paragraph table is laid out row by row by this
module, so a row is never cut unless it is taller than a page (then each column is cut between
lines). Every page gets the running header (both symbols) and "Page X of Y". All text uses the
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
                           QPen, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat,
                           QTextOption)

from ..model import Comparison
from ..resources import font_path
from ..qtfix import make_singletons_immortal
from ..present.palette import PAPER
from ..present.report import DELETE, INSERT, Report, Row, Run, build_report

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
           language: str | None = None) -> int:
    """Paint the annotated comparison on ``printer`` (any QPagedPaintDevice); the page count.

    Uses the device's page size, orientation and margins as they are (see :func:`setup_printer`).
    """
    return paint_report(build_report(comparison, notes, language), printer)


def paint_report(report: Report, device) -> int:
    """Paginate and paint ``report`` on ``device``; returns the number of pages."""
    ensure_gui_app()
    geo = _Geometry(device, font_family())
    pages = _Paginator(report, geo).run()
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

    def paint(self, painter: QPainter, y: float, start: float, end: float) -> None:
        painter.translate(self.x, y - start)
        clip = QRectF(0.0, start, self.width, end - start)
        painter.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        # No ctx.palette: assigning it corrupts refcounts in PySide 6.12; every format sets
        # its own foreground instead, so a dark desktop palette cannot reach the paper.
        self.doc.documentLayout().draw(painter, ctx)
        for mark in self.marks:
            if mark.intersects(clip):
                painter.fillRect(mark, DEL_FG)


def _runs_doc(geo: _Geometry, runs: tuple[Run, ...], width: float, fmts) -> QTextDocument:
    doc = geo.document(width)
    cursor = QTextCursor(doc)
    for run in runs:
        cursor.insertText(run.text, fmts.get(run.kind, fmts["equal"]))
    return doc


def _label_doc(geo: _Geometry, row: Row, fmts, continued: str | None = None) -> QTextDocument:
    doc = geo.document(geo.label_w, 8.5)
    cursor = QTextCursor(doc)
    cursor.insertText(row.label, fmts["bold"])
    if continued:
        cursor.insertText("\n" + continued, fmts["small"])
        return doc
    cursor.insertText("\n" + row.status_text, fmts["small"])
    if row.verb:
        cursor.insertText("\n" + row.verb, fmts["bold"])
    return doc


# --- pagination ----------------------------------------------------------------------------------

Op = Callable[[QPainter], None]


class _Paginator:
    def __init__(self, report: Report, geo: _Geometry):
        self.report = report
        self.geo = geo
        self.pages: list[list[Op]] = []
        self.y = 0.0
        self.fmts = _formats(geo, 9.5)
        self.label_fmts = _formats(geo, 8.5)

    def run(self) -> list[list[Op]]:
        self._front()
        self._new_page()
        self._title(self.report.t("paragraphs"))
        self._column_header()
        kind = None
        for row in self.report.rows:
            if row.kind != kind:
                kind = row.kind
                self._band(self.report.t(kind))
            self._pair(row)
        if self.report.orphaned:
            self._orphaned()
        return self.pages

    # pages ---------------------------------------------------------------------------------
    def _new_page(self, column_header: bool = False) -> None:
        self.pages.append([])
        self.y = self.geo.top
        if column_header:
            self._column_header()

    def _add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def _column_header(self) -> None:
        geo, t, y = self.geo, self.report.t, self.y
        titles = (t("paragraph"), f"{t('old')}: {self.report.old_name}",
                  f"{t('new')}: {self.report.new_name}")
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

    def _band(self, text: str) -> None:
        """'Preambular paragraphs' / 'Operative paragraphs' across the table; kept with a row."""
        geo = self.geo
        doc = geo.document(geo.width, 9.0)
        QTextCursor(doc).insertText(text, _bold(geo, 9.0))
        flow = _Flow(doc, 0.0, geo.width)
        if self.y + flow.height + geo.mm(25) > geo.bottom:
            self._new_page(column_header=True)
        y = self.y

        def op(p: QPainter) -> None:
            p.fillRect(QRectF(0, y, geo.width, flow.height), BAND_BG)
            p.save()
            flow.paint(p, y, 0.0, flow.height)
            p.restore()
            _rules(p, geo, y, y + flow.height, columns=False)

        self._add(op)
        self.y += flow.height

    def _title(self, text: str) -> None:
        doc = self.geo.document(self.geo.width, 11.0)
        QTextCursor(doc).insertText(text, _bold(self.geo, 11.0))
        flow = _Flow(doc, 0.0, self.geo.width)
        if self.y + flow.height + self.geo.mm(20) > self.geo.bottom:
            self._new_page(column_header=False)
        y = self.y
        self._add(lambda p: flow.paint(p, y, 0.0, flow.height))
        self.y += flow.height

    # the first pages ------------------------------------------------------------------------
    def _front(self) -> None:
        geo = self.geo
        doc = geo.document(geo.width, 9.5)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet("body, p, td, span { color: #111111; }")
        doc.setHtml(_front_html(self.report))
        doc.setPageSize(QSizeF(geo.width, geo.body_h))
        for k in range(max(1, doc.pageCount())):
            self._new_page()
            top = k * geo.body_h

            def op(p: QPainter, top=top) -> None:
                p.translate(0, geo.top - top)
                clip = QRectF(0, top, geo.width, geo.body_h)
                p.setClipRect(clip)
                ctx = QAbstractTextDocumentLayout.PaintContext()
                ctx.clip = clip
                doc.documentLayout().draw(p, ctx)

            self._add(op)

    # rows ------------------------------------------------------------------------------------
    def _pair(self, row: Row) -> None:
        geo = self.geo
        flows = [_Flow(_label_doc(geo, row, self.label_fmts), geo.col_x[0], geo.label_w),
                 self._text_flow(row.old, 1), self._text_flow(row.new, 2)]
        note = None
        if row.note:
            note = self._note_flow(self.report.t("note"), row.note)
        self._place(flows, row, note)

    def _text_flow(self, runs: tuple[Run, ...], column: int) -> _Flow:
        # A gutter inside each text column keeps the two columns apart in the PDF text layer
        # (pdftotext joins lines whose gap is under about one em).
        geo = self.geo
        width = geo.text_w - 2 * geo.gutter
        return _Flow(_runs_doc(geo, runs, width, self.fmts), geo.col_x[column] + geo.gutter, width)

    def _note_flow(self, title: str, text: str) -> _Flow:
        geo = self.geo
        doc = geo.document(geo.width - geo.label_w, 9.0)
        cursor = QTextCursor(doc)
        cursor.insertText(title + ": ", _bold(geo, 9.0))
        cursor.insertText(text, _formats(geo, 9.0)["equal"])
        return _Flow(doc, geo.label_w, geo.width - geo.label_w)

    def _place(self, flows: list[_Flow], row: Row | None, note: _Flow | None,
               background: QColor | None = None) -> None:
        """Put one row on the page(s): whole if it fits on a page, else cut between lines."""
        geo = self.geo
        height = max(f.height for f in flows)
        together = height + (note.height if note else 0.0)
        page_room = geo.bottom - geo.top - geo.colhead_h
        if together > geo.bottom - self.y and together <= page_room:
            self._new_page(column_header=True)
        elif height > geo.bottom - self.y and (height <= page_room
                                               or geo.bottom - self.y < geo.mm(30)):
            self._new_page(column_header=True)
        starts = [0.0] * len(flows)
        first = True
        while True:
            avail = geo.bottom - self.y
            ends = [f.cut(s, avail) for f, s in zip(flows, starts)]
            if ends == starts and self.y <= geo.top + geo.colhead_h:
                # Not one line fits on an empty page (a giant line): clip rather than loop.
                ends = [min(f.height, s + avail) for f, s in zip(flows, starts)]
            used = max((e - s for e, s in zip(ends, starts)), default=0.0)
            y = self.y
            pieces = [(f, s, e) for f, s, e in zip(flows, starts, ends) if e > s]
            status = row.status if row else None
            cont = None
            if row and not first and ends[0] == starts[0]:
                cont = _Flow(_label_doc(geo, row, self.label_fmts,
                                        continued=self.report.t("continued")),
                             geo.col_x[0], geo.label_w)
                used = max(used, min(cont.height, avail))

            def op(p: QPainter, y=y, used=used, pieces=pieces, status=status, cont=cont) -> None:
                if background is not None:
                    for f, _s, _e in pieces:
                        p.fillRect(QRectF(f.x, y, f.width, used), background)
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
                _rules(p, geo, y, y + used, columns=background is None)

            self._add(op)
            self.y += used
            starts = ends
            first = False
            if all(s >= f.height for f, s in zip(flows, starts)):
                break
            self._new_page(column_header=True)
        if note is not None:
            self._place([note], None, None, background=NOTE_BG)

    def _orphaned(self) -> None:
        geo = self.geo
        t = self.report.t
        self._title(t("orphaned"))
        for key, text in self.report.orphaned:
            doc = geo.document(geo.label_w, 8.5)
            QTextCursor(doc).insertText(key, self.label_fmts["bold"])
            doc2 = geo.document(geo.width - geo.label_w, 9.0)
            QTextCursor(doc2).insertText(text, _formats(geo, 9.0)["equal"])
            self._place([_Flow(doc, 0.0, geo.label_w),
                         _Flow(doc2, geo.label_w, geo.width - geo.label_w)], None, None)


def _bold(geo: _Geometry, points: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(geo.font(points, bold=True))
    fmt.setForeground(QColor("#111111"))
    return fmt


def _rules(p: QPainter, geo: _Geometry, y0: float, y1: float, top: bool = False,
           columns: bool = True) -> None:
    pen = QPen(RULE)
    pen.setWidthF(geo.mm(0.2))
    p.setPen(pen)
    p.setClipping(False)
    if top:
        p.drawLine(QPointF(0, y0), QPointF(geo.width, y0))
    p.drawLine(QPointF(0, y1), QPointF(geo.width, y1))
    if columns:
        for x in geo.col_x[1:]:
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


# --- the first pages as Qt rich text -------------------------------------------------------------

def _e(text: str) -> str:
    return escape(str(text), quote=False).replace("\n", "<br>")


def _front_html(report: Report) -> str:
    """Identity and summary in the HTML subset QTextDocument understands."""
    t = report.t
    cell = f'style="padding: 3px 6px; border: 1px solid {PAPER.rule};"'
    head = f'style="padding: 3px 6px; border: 1px solid {PAPER.rule}; background-color: {PAPER.head_bg};"'
    changed = (f'style="padding: 3px 6px; border: 1px solid {PAPER.rule}; '
               f'background-color: {PAPER.changed_bg};"')
    table = ('<table width="100%" cellspacing="0" cellpadding="0" '
             'style="border-collapse: collapse; border: 1px solid #9aa3ad;">')
    out = [f'<p style="font-size: 16pt; font-weight: bold; margin: 0;">{_e(report.title)}</p>',
           f'<p style="font-size: 11pt; margin: 2px 0 8px 0;">{_e(report.header)}</p>',
           f'<p style="font-size: 11pt; font-weight: bold; margin: 6px 0 3px 0;">'
           f'{_e(t("identity"))}</p>', table,
           f'<tr><td width="16%" {head}></td><td width="42%" {head}><b>{_e(t("old"))}</b></td>'
           f'<td width="42%" {head}><b>{_e(t("new"))}</b></td></tr>']
    for name, old, new in report.identity:
        style = changed if old != new else cell
        out.append(f"<tr><td {head}><b>{_e(name)}</b></td><td {style}>{_e(old)}</td>"
                   f"<td {style}>{_e(new)}</td></tr>")
    out.append("</table>")
    out.append(f'<p style="font-size: 11pt; font-weight: bold; margin: 10px 0 3px 0;">'
               f'{_e(t("summary"))}</p>')
    # Counts as one row across the page: the summary stays on the first page.
    width = f'{100 // max(1, len(report.counts))}%'
    out.append(f'<p style="font-weight: bold; margin: 0 0 2px 0;">{_e(t("counts"))}</p>{table}<tr>')
    out += [f'<td width="{width}" align="center" {head}>{_e(n)}</td>' for n, _ in report.counts]
    out.append("</tr><tr>")
    out += [f'<td align="center" {cell}><b>{c}</b></td>' for _, c in report.counts]
    out.append("</tr></table>")
    renum = "; ".join(f"{a} → {b}" for a, b in report.renumbering) or t("none")
    verbs = "; ".join(f"{lab}: {a} → {b} ({d})" for lab, a, b, d in report.verb_changes)
    cites_add = "; ".join(report.citations_added) or t("none")
    cites_rem = "; ".join(report.citations_removed) or t("none")
    para = '<p style="margin: 4px 0 0 0;">'
    out.append(f'{para}<b>{_e(t("renumbering"))}:</b> {_e(renum)}</p>'
               f'{para}<b>{_e(t("verb_changes"))}:</b> {_e(verbs or t("none"))}</p>'
               f'{para}<b>{_e(t("citations_added"))}:</b> {_e(cites_add)}</p>'
               f'{para}<b>{_e(t("citations_removed"))}:</b> {_e(cites_rem)}</p>')
    out.append(f'<p style="font-size: 11pt; font-weight: bold; margin: 10px 0 3px 0;">'
               f'{_e(t("metadata_changes"))}</p>')
    if report.metadata_changes:
        out.append(table)
        out.append(f'<tr><td width="16%" {head}></td><td width="42%" {head}><b>{_e(t("old"))}'
                   f'</b></td><td width="42%" {head}><b>{_e(t("new"))}</b></td></tr>')
        out += [f"<tr><td {head}><b>{_e(n)}</b></td><td {cell}>{_e(a)}</td>"
                f"<td {cell}>{_e(b)}</td></tr>" for n, a, b in report.metadata_changes]
        out.append("</table>")
    else:
        out.append(f"<p>{_e(t('none'))}</p>")
    del_style = (f"color: {DEL_FG.name()}; background-color: {DEL_BG.name()}; "
                 "text-decoration: line-through;")
    ins_style = (f"color: {INS_FG.name()}; background-color: {INS_BG.name()}; "
                 "text-decoration: underline;")
    out.append(f'<p style="font-size: 11pt; font-weight: bold; margin: 10px 0 3px 0;">'
               f'{_e(t("legend"))}</p>'
               f'<p style="margin: 0;"><span style="{del_style}">{_e(t("deleted"))}</span> '
               f'{_e(t("legend_del"))}&nbsp;&nbsp;&nbsp; '
               f'<span style="{ins_style}">{_e(t("added"))}</span> {_e(t("legend_ins"))}<br>'
               f'{_e(t("legend_labels"))}<br>{_e(report.generated)}</p>')
    return "".join(out)


__all__ = ["ensure_gui_app", "font_family", "paint_report", "render", "setup_printer"]
