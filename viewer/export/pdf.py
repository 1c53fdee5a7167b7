"""``--export out.pdf``: the printed comparison through Qt's PDF writer, with bookmarks.

Same painting code as printing and print preview (:func:`viewer.export.printing.render`); works
headless (an offscreen QGuiApplication is created when none exists).

Bookmarks (the PDF outline: one per section, one per operative paragraph): Qt 6's QPdfWriter
and QPagedPaintDevice have no outline API, so :func:`add_outline` appends them to Qt's file
as a PDF incremental update (ISO 32000-1, 7.5.6) — new outline objects, the catalogue
rewritten to point at them, a new cross-reference section — written here in a few lines rather
than through a PDF library dependency. The original bytes stay untouched in front of it.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageLayout, QPdfWriter

from ..model import Comparison
from ..present.report import build_report
from .options import ExportOptions
from .printing import ensure_gui_app, paint_report, setup_printer

RESOLUTION = 600  # dots per inch for layout; text and rules stay vector


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None,
             options: ExportOptions = ExportOptions()) -> bytes:
    """The comparison as a PDF document (fonts embedded, bookmarks per section and OP)."""
    ensure_gui_app()
    report = build_report(comparison, notes, options.language,
                          changes_only=options.changes_only)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("ResCompare")
    writer.setTitle(f"{report.title}: {report.header}")
    setup_printer(writer, options.paper, options.landscape)
    layout = writer.pageLayout()
    outline: list = []
    paint_report(report, writer, outline)
    del writer  # flushes the PDF trailer into the buffer
    buffer.close()
    pdf = bytes(data.data())
    # Device pixels from the page body's top -> PDF points from the page's bottom.
    full = layout.fullRect(QPageLayout.Unit.Point)
    body = layout.paintRect(QPageLayout.Unit.Point)
    scale = 72.0 / RESOLUTION
    marks = [(level, title, page, full.height() - (body.top() + y * scale))
             for level, title, page, y in outline]
    return add_outline(pdf, marks)


def _pdf_text(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, as hex (any script, no escaping)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def add_outline(pdf: bytes, marks: list[tuple[int, str, int, float]]) -> bytes:
    """``pdf`` with bookmarks ``marks`` = (level, title, page index, y in points from the page's
    bottom), nested by level (0 = top), appended as an incremental update."""
    if not marks:
        return pdf
    root = re.search(rb"trailer\s*<<.*?/Root\s+(\d+)\s+0\s+R", pdf, re.S)
    size = re.search(rb"trailer\s*<<.*?/Size\s+(\d+)", pdf, re.S)
    info = re.search(rb"trailer\s*<<.*?/Info\s+(\d+)\s+0\s+R", pdf, re.S)
    startxref = re.findall(rb"startxref\s+(\d+)", pdf)
    kids = re.search(rb"/Type\s*/Pages\s*/Kids\s*\[([^\]]*)\]", pdf)
    if not (root and size and startxref and kids):
        return pdf      # not the layout Qt writes: leave the file as it is (no bookmarks)
    catalog_no = int(root.group(1))
    catalog = re.search(rb"\n%d 0 obj\s*<<(.*?)>>\s*endobj" % catalog_no, pdf, re.S)
    if catalog is None:
        return pdf
    pages = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids.group(1))]
    first_free = int(size.group(1))

    # The tree: each mark's parent is the last mark of a lower level before it.
    numbers = [first_free + 1 + k for k in range(len(marks))]
    outline_no = first_free
    parent = [outline_no] * len(marks)
    children: dict[int, list[int]] = {outline_no: []}
    stack: list[tuple[int, int]] = []           # (level, object number)
    for k, (level, _title, _page, _y) in enumerate(marks):
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent[k] = stack[-1][1] if stack else outline_no
        children.setdefault(parent[k], []).append(numbers[k])
        children.setdefault(numbers[k], [])
        stack.append((level, numbers[k]))

    def count(no: int) -> int:
        return sum(1 + count(c) for c in children[no])

    objects: dict[int, bytes] = {}
    top = children[outline_no]
    objects[outline_no] = (b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
                           % (top[0], top[-1], count(outline_no)))
    for k, (level, title, page, y) in enumerate(marks):
        no = numbers[k]
        siblings = children[parent[k]]
        i = siblings.index(no)
        parts = [b"<< /Title " + _pdf_text(title), b"/Parent %d 0 R" % parent[k],
                 b"/Dest [%d 0 R /XYZ null %.2f null]" % (pages[min(page, len(pages) - 1)], y)]
        if i > 0:
            parts.append(b"/Prev %d 0 R" % siblings[i - 1])
        if i + 1 < len(siblings):
            parts.append(b"/Next %d 0 R" % siblings[i + 1])
        if children[no]:
            # Negative: sections open, their operative paragraphs folded until asked for.
            sign = 1 if level == 0 else -1
            parts.append(b"/First %d 0 R /Last %d 0 R /Count %d"
                         % (children[no][0], children[no][-1], sign * count(no)))
        objects[no] = b" ".join(parts) + b" >>"
    body = re.sub(rb"/Outlines\s+\d+\s+0\s+R|/PageMode\s*/\w+", b"", catalog.group(1))
    objects[catalog_no] = (b"<<" + body.rstrip() + b"\n/Outlines %d 0 R\n/PageMode /UseOutlines\n>>"
                           % outline_no)

    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offsets = {}
    for no in sorted(objects):
        offsets[no] = len(out)
        out += b"%d 0 obj\n" % no + objects[no] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    # One subsection per run of consecutive object numbers.
    run: list[int] = []
    for no in sorted(objects) + [None]:
        if run and (no is None or no != run[-1] + 1):
            out += b"%d %d\n" % (run[0], len(run))
            out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in run)
            run = []
        if no is not None:
            run.append(no)
    new_size = max(first_free, max(objects) + 1)
    out += (b"trailer\n<< /Size %d /Root %d 0 R" % (new_size, catalog_no)
            + (b" /Info %d 0 R" % int(info.group(1)) if info else b"")
            + b" /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (int(startxref[-1]), xref))
    return bytes(out)
