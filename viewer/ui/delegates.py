"""Painting one row of a pane from its cached geometry (nothing is laid out while painting)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen,
                           QTextLayout)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from . import labels
from .pairs_model import FullIndexRole, RowRole
from .rowlayout import PAD_H, PAD_V


def metrics_line(metrics) -> float:
    """The height of one line of chip text (a wrapped chip is a rounded box, not a pill)."""
    return QFontMetricsF(metrics.chip_font).height() + 3


class RowDelegate(QStyledItemDelegate):
    """Paints the ``side`` ('old', 'new' or 'inline') of a row. ``host`` is the CompareView:
    it owns the metrics (shared heights), the theme and the find highlights."""

    def __init__(self, side: str, host):
        super().__init__(host)
        self.side = side
        self.host = host
        self.mode = "inline" if side == "inline" else "split"

    def sizeHint(self, option, index):
        full = index.data(FullIndexRole)
        if full is None:
            return QSize(0, 0)
        return QSize(max(1, option.rect.width()), self.host.metrics.height(full, self.mode))

    # --- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, option, index):
        row = index.data(RowRole)
        if row is None:
            return
        metrics = self.host.metrics
        theme = metrics.theme
        geo = metrics.geometry(row.index, self.mode)
        rect = QRectF(option.rect)
        view = option.widget
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(rect, option.palette.base())
        if geo.fold is not None:
            self._paint_fold(painter, rect, geo, theme, view, index)
            painter.restore()
            return

        runs = getattr(row, self.side)
        layout = {"old": geo.old, "new": geo.new, "inline": geo.inline}[self.side]
        text_x = rect.left() + PAD_H + (metrics.gutter if self.side != "new" else 0)
        text_rect = QRectF(text_x - PAD_H, rect.top(), rect.right() - text_x + PAD_H,
                           rect.height())
        if not runs:
            self._paint_empty(painter, text_rect, theme)
        elif (self.side == "old" and row.status == "deleted") or \
                (self.side == "new" and row.status == "added"):
            painter.fillRect(text_rect, QColor(theme.deleted_row if row.status == "deleted"
                                               else theme.added_row))

        current = view is not None and view.currentIndex().row() == index.row()
        if current:
            self._paint_current(painter, rect, theme, view.hasFocus())
        if self.side != "new":
            self._paint_gutter(painter, rect, row, geo, theme)

        y = rect.top() + PAD_V
        if geo.verb is not None and self.side != "old":
            box = QRectF(text_x - 4, y, metrics.text_width(self.side) + 8, geo.verb_h - 6)
            painter.setPen(QPen(QColor(theme.verb_border), 1))
            painter.setBrush(QColor(theme.verb_bg))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor(theme.verb_fg))
            geo.verb.draw(painter, QPointF(text_x + 2, y + 4))
            y += geo.verb_h
        if layout is not None and runs:
            painter.setPen(QColor(theme.text))
            layout.draw(painter, QPointF(text_x, y), self._find_selections(row.index))

        painter.setPen(QPen(QColor(theme.row_line), 1))
        painter.drawLine(QPointF(rect.left(), rect.bottom() + 0.5),
                         QPointF(rect.right(), rect.bottom() + 0.5))
        painter.restore()

    def _paint_fold(self, painter, rect: QRectF, geo, theme, view, index) -> None:
        """A folded run: a muted band with '▸ PP3–PP7 unchanged (5)' on the left pane."""
        painter.fillRect(rect, QColor(theme.gutter_bg))
        if view is not None and view.currentIndex().row() == index.row():
            self._paint_current(painter, rect, theme, view.hasFocus())
        if self.side != "new":
            painter.setPen(QColor(theme.muted))
            geo.fold.draw(painter, QPointF(rect.left() + PAD_H, rect.top() + 5))
        painter.setPen(QPen(QColor(theme.row_line), 1, Qt.PenStyle.DashLine))
        for y in (rect.top() + 0.5, rect.bottom() + 0.5):
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    def _paint_empty(self, painter, rect: QRectF, theme) -> None:
        painter.fillRect(rect, QColor(theme.empty_side))
        hatch = QBrush(QColor(theme.row_line), Qt.BrushStyle.BDiagPattern)
        painter.fillRect(rect, hatch)
        painter.setPen(QColor(theme.muted))
        font = QFont(self.host.metrics.chip_font)
        font.setItalic(True)
        painter.setFont(font)
        text = labels.not_in_version()
        painter.drawText(rect.adjusted(PAD_H, PAD_V, -PAD_H, -PAD_V),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    def _paint_current(self, painter, rect: QRectF, theme, focused: bool) -> None:
        c = QColor(theme.current)
        c.setAlpha(150 if focused else 90)
        painter.fillRect(rect, c)
        bar = QColor(theme.current_border)
        if not focused:
            bar.setAlpha(110)
        edge = rect.left() if self.side != "new" else rect.right() - 3
        painter.fillRect(QRectF(edge, rect.top(), 3, rect.height()), bar)

    def _paint_gutter(self, painter, rect: QRectF, row, geo, theme) -> None:
        metrics = self.host.metrics
        gutter = QRectF(rect.left() + 3, rect.top(), metrics.gutter - 3, rect.height())
        bg = QColor(theme.gutter_bg)
        bg.setAlpha(170)
        painter.fillRect(gutter, bg)
        painter.setPen(QColor(theme.text))
        top = QPointF(rect.left() + PAD_H, rect.top() + PAD_V)
        geo.label.draw(painter, top)
        painter.setFont(metrics.chip_font)
        for chip in geo.chips:
            r = chip.rect.translated(top)
            bgc, fgc = theme.chip(chip.key)
            path = QPainterPath()
            radius = min(r.height(), metrics_line(metrics)) / 2
            path.addRoundedRect(r, radius, radius)
            painter.fillPath(path, bgc)
            painter.setPen(QPen(fgc, 0.8))
            painter.drawPath(path)
            painter.drawText(r.adjusted(5, 0, -5, 0), int(Qt.AlignmentFlag.AlignCenter |
                                                          Qt.TextFlag.TextWordWrap |
                                                          Qt.TextFlag.TextWrapAnywhere), chip.text)
        if geo.score is not None:
            painter.setPen(QColor(theme.muted))
            geo.score.draw(painter, QPointF(top.x(), top.y() + geo.score_y))
        if self.host.model.has_note(row):
            self._paint_note_mark(painter, QRectF(gutter.right() - 20, rect.top() + PAD_V - 1,
                                                  15, 15), theme)

    @staticmethod
    def _paint_note_mark(painter, r: QRectF, theme) -> None:
        path = QPainterPath()
        path.moveTo(r.topLeft())
        path.lineTo(r.right() - 4, r.top())
        path.lineTo(r.right(), r.top() + 4)
        path.lineTo(r.bottomRight())
        path.lineTo(r.bottomLeft())
        path.closeSubpath()
        painter.fillPath(path, QColor(theme.note))
        painter.setPen(QPen(QColor(theme.note_ink), 1))
        painter.drawPath(path)
        for k in (4.5, 7.5, 10.5):
            painter.drawLine(QPointF(r.left() + 3, r.top() + k), QPointF(r.right() - 3, r.top() + k))

    def _find_selections(self, full_index: int) -> list:
        out = []
        theme = self.host.metrics.theme
        for start, end, is_current in self.host.find_ranges(full_index, self.side):
            fr = QTextLayout.FormatRange()
            fr.start, fr.length, fr.format = start, end - start, theme.find_format(is_current)
            out.append(fr)
        return out

    def initStyleOption(self, option, index):  # the default focus frame would cut the gutter
        super().initStyleOption(option, index)
        option.state &= ~QStyle.StateFlag.State_HasFocus

