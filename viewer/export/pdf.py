"""``--export out.pdf``: the printed comparison through Qt's PDF writer.

Same painting code as printing and print preview (:func:`viewer.export.printing.render`); works
headless (an offscreen QGuiApplication is created when none exists).
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from ..model import Comparison
from ..present.report import build_report
from .options import ExportOptions
from .printing import ensure_gui_app, paint_report, setup_printer

RESOLUTION = 600  # dots per inch for layout; text and rules stay vector


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None,
             options: ExportOptions = ExportOptions()) -> bytes:
    """The comparison as a PDF document (fonts embedded)."""
    ensure_gui_app()
    report = build_report(comparison, notes, options.language)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("ResCompare")
    writer.setTitle(f"{report.title}: {report.header}")
    setup_printer(writer, options.paper, options.landscape)
    paint_report(report, writer)
    del writer  # flushes the PDF trailer into the buffer
    buffer.close()
    return bytes(data.data())
