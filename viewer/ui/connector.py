"""The thin strip between the old and new panes (as in Meld's linkmap).

It only draws: the links (which row, what kind, where a moved paragraph came from) are computed
once per comparison by :func:`viewer.ui.display.links`; a paint event maps the visible rows'
rectangles from both panes and fills a bezier band between them. Added paragraphs grow out of
a line on the old side, deleted ones shrink into a line on the new side, and a moved paragraph
gets a band from the gap where it used to stand to where it is now — crossing the others.
"""
from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..present.rows import Link


class Connector(QWidget):
    WIDTH = 44

    def __init__(self, old_pane, new_pane, host, parent=None):
        super().__init__(parent)
        self.old_pane, self.new_pane, self.host = old_pane, new_pane, host
        self._rows: list[Link] = []
        self._row_keys: list[int] = []
        self._moves: list[Link] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("connector")
        for pane in (old_pane, new_pane):
            pane.verticalScrollBar().valueChanged.connect(self.update)

    def sizeHint(self):
        return QSize(self.WIDTH, 100)

    def wheelEvent(self, event):
        """The wheel over the strip scrolls the texts (both panes follow the new one)."""
        self.new_pane.wheel_from(event)

    def set_links(self, links: list[Link]) -> None:
        self._rows = [lk for lk in links if lk.origin is None and lk.kind != "unchanged"]
        self._row_keys = [lk.row for lk in self._rows]
        self._moves = [lk for lk in links if lk.origin is not None]
        self.update()

    # --- painting ------------------------------------------------------------------------

    def _span(self, pane, pos: int, dy: int) -> tuple[float, float]:
        r = pane.visualRect(pane.model().index(pos, 0))
        return r.top() + dy, r.bottom() + 1 + dy

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self.host.metrics.theme
        bg = self.palette().color(self.backgroundRole())
        p.fillRect(self.rect(), bg.darker(104) if not theme.dark else bg.lighter(115))
        model = self.old_pane.model()
        n = model.rowCount() if model is not None else 0
        if not n:
            return
        here = self.mapToGlobal(QPoint(0, 0)).y()
        dy_old = self.old_pane.viewport().mapToGlobal(QPoint(0, 0)).y() - here
        dy_new = self.new_pane.viewport().mapToGlobal(QPoint(0, 0)).y() - here
        first = self.old_pane.indexAt(QPoint(4, 0)).row()
        last = self.old_pane.indexAt(QPoint(4, self.old_pane.viewport().height() - 1)).row()
        first = 0 if first < 0 else first
        last = n - 1 if last < 0 else last
        w = float(self.width())
        lo, hi = bisect.bisect_left(self._row_keys, first), bisect.bisect_right(self._row_keys, last)
        for link in self._rows[lo:hi]:
            ot, ob = self._span(self.old_pane, link.row, dy_old)
            nt, nb = self._span(self.new_pane, link.row, dy_new)
            if link.kind == "added":
                ob = ot + 1
            elif link.kind == "deleted":
                nb = nt + 1
            self._band(p, w, ot + 1, ob - 1, nt + 1, nb - 1, theme.band(link.kind), False)
        for link in self._moves:
            top, bottom = sorted((link.origin, link.row))
            if bottom < first - 1 or top > last + 1:
                continue
            if link.origin >= 0:
                edge = self._span(self.old_pane, min(link.origin, n - 1), dy_old)[1]
            else:
                edge = self._span(self.old_pane, 0, dy_old)[0]
            nt, nb = self._span(self.new_pane, link.row, dy_new)
            self._band(p, w, edge - 1.5, edge + 1.5, nt + 2, nb - 2, theme.band("moved"), True)

    @staticmethod
    def _band(p: QPainter, w: float, ot: float, ob: float, nt: float, nb: float,
              colors: tuple[QColor, QColor], moved: bool) -> None:
        path = QPainterPath(QPointF(0, ot))
        path.cubicTo(QPointF(w * 0.5, ot), QPointF(w * 0.5, nt), QPointF(w, nt))
        path.lineTo(QPointF(w, nb))
        path.cubicTo(QPointF(w * 0.5, nb), QPointF(w * 0.5, ob), QPointF(0, ob))
        path.closeSubpath()
        fill, edge = colors
        p.fillPath(path, fill)
        pen = QPen(edge, 1.4 if moved else 1.0)
        if moved:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
