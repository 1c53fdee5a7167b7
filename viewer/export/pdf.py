"""``--export out.pdf``: the printed comparison through Qt's PDF writer.

Same painting code as printing and print preview (:func:`viewer.export.printing.render`); works
headless (an offscreen QGuiApplication is created when none exists).
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from ..model import Comparison
from .printing import ensure_gui_app, paint_report, setup_printer
from .report import build_report

RESOLUTION = 600  # dots per inch for layout; text and rules stay vector


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None, *,
             language: str | None = None, paper: str = "a4", landscape: bool = True,
             **_ignored) -> bytes:
    """The comparison as a PDF document (fonts embedded)."""
    ensure_gui_app()
    report = build_report(comparison, notes, language)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setCreator("ResCompare")
    writer.setTitle(f"{report.title}: {report.header}")
    setup_printer(writer, paper, landscape)
    paint_report(report, writer)
    del writer  # flushes the PDF trailer into the buffer
    buffer.close()
    return bytes(data.data())
