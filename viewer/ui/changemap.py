"""The change map beside the scrollbar (Meld's chunk map): where the additions, deletions,
changes and moves are in the whole comparison, and the part in view. A click goes there.

It only paints: each visible row's share of the pane's content height comes from the pane's
own row rectangles (the heights the delegates report), so a mark sits where its row is.
"""
from __future__ import annotations

import bisect

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

# What each row kind is marked with, in the order a mark wins when rows share a pixel.
MARKED = ("moved", "deleted", "added", "modified")


def row_kind(row) -> str | None:
    """The mark of a row: moved, added, deleted, modified, or None (unchanged)."""
    if "moved" in row.flags:
        return "moved"
    return row.status if row.status in ("added", "deleted", "modified") else None


class ChangeMap(QWidget):
    WIDTH = 12
    jump = Signal(int)        # full index of the row clicked

    def __init__(self, pane, parent=None):
        super().__init__(parent)
        self.pane = pane
        self._tops: list[int] = []      # content y of each visible row's top, and the end
        self._marks: list[tuple[int, str]] = []    # (visible position, kind)
        self.setFixedWidth(self.WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Change map: click to go there"))
        pane.verticalScrollBar().valueChanged.connect(self.update)
        pane.verticalScrollBar().rangeChanged.connect(lambda *_: self.refresh())

    def sizeHint(self):
        return QSize(self.WIDTH, 100)

    def refresh(self) -> None:
        """Re-read the rows and their heights (after new rows, a relayout or a zoom)."""
        model = self.pane.model()
        self._tops, self._marks = [], []
        n = model.rowCount() if model is not None else 0
        if n:
            offset = self.pane.verticalScrollBar().value()
            for pos in range(n):
                idx = model.index(pos, 0)
                self._tops.append(self.pane.visualRect(idx).top() + offset)
                kind = None if model.fold_at(model.visible[pos]) else row_kind(model.row_at(pos))
                if kind is not None:
                    self._marks.append((pos, kind))
            last = self.pane.visualRect(model.index(n - 1, 0))
            self._tops.append(last.bottom() + 1 + offset)
        self.update()

    def _total(self) -> int:
        return max(1, self._tops[-1]) if self._tops else 1

    def marks(self) -> list[tuple[int, str]]:
        """(visible position, kind) of every marked row (for tests and accessibility)."""
        return list(self._marks)

    def y_of(self, pos: int) -> float:
        return self._tops[pos] * self.height() / self._total()

    def position_at(self, y: float) -> int | None:
        if not self._tops or len(self._tops) < 2:
            return None
        content = y * self._total() / max(1, self.height())
        pos = bisect.bisect_right(self._tops, content) - 1
        return max(0, min(pos, len(self._tops) - 2))

    def paintEvent(self, _event):
        p = QPainter(self)
        theme = self.pane.parent_view().metrics.theme
        p.fillRect(self.rect(), QColor(theme.gutter_bg))
        if not self._tops:
            return
        h, scale = self.height(), self.height() / self._total()
        colours = {"added": theme.insert_fg, "deleted": theme.delete_fg,
                   "modified": theme.chips["modified"][1], "moved": theme.chips["moved"][1]}
        for kind in reversed(MARKED):            # later kinds paint over earlier ones
            colour = QColor(colours[kind])
            for pos, k in self._marks:
                if k != kind:
                    continue
                top = self._tops[pos] * scale
                height = max(2.0, (self._tops[pos + 1] - self._tops[pos]) * scale)
                p.fillRect(QRectF(2, top, self.WIDTH - 4, height), colour)
        bar = self.pane.verticalScrollBar()
        view_top = bar.value() * scale
        view_h = self.pane.viewport().height() * scale
        frame = QColor(theme.text)
        frame.setAlpha(90)
        p.setPen(frame)
        p.drawRect(QRectF(0.5, view_top + 0.5, self.WIDTH - 1.0, min(h - 1.0, view_h)))

    def mousePressEvent(self, event):
        pos = self.position_at(event.position().y())
        if pos is not None:
            self.jump.emit(self.pane.model().visible[pos])

    def wheelEvent(self, event):
        self.pane.wheel_from(event)
