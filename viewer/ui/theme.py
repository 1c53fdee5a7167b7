"""The window's colours and marks as Qt objects. The colours themselves are defined once, in
:mod:`viewer.present.palette` (shared with print, PDF and HTML); a dark variant is chosen when
the system palette is dark."""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen,
                           QPixmap, QTextCharFormat)

from ..present import palette
from ..present.palette import Palette


class Theme(Palette):
    """A :class:`~viewer.present.palette.Palette` with the Qt objects widgets paint with."""

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def chip(self, key: str) -> tuple[QColor, QColor]:
        """(background, foreground) of the chip for a status or flag."""
        if key == "weak":          # a warning: the verb callout's amber
            return QColor(self.verb_bg), QColor(self.verb_fg)
        if key == "candidate":     # a button: the current row's blue
            return QColor(self.current), QColor(self.current_border)
        bg, fg = self.chips.get(key, self.chips["unchanged"])
        return QColor(bg), QColor(fg)

    def band(self, key: str) -> tuple[QColor, QColor]:
        """(fill, edge) of a connector band for a link kind."""
        bg, fg = self.chips.get(key, self.chips["unchanged"])
        fill, edge = QColor(bg if key != "moved" else fg), QColor(fg)
        if key == "moved":
            fill.setAlpha(60)
        edge.setAlpha(150)
        return fill, edge

    def char_format(self, kind: str) -> QTextCharFormat:
        """The mark for a run kind: 'delete' (strike-through) or 'insert' (underline)."""
        fmt = QTextCharFormat()
        if kind == "delete":
            fmt.setBackground(QColor(self.delete_bg))
            fmt.setForeground(QColor(self.delete_fg))
            fmt.setFontStrikeOut(True)
        elif kind == "insert":
            fmt.setBackground(QColor(self.insert_bg))
            fmt.setForeground(QColor(self.insert_fg))
            fmt.setFontUnderline(True)
            fmt.setUnderlineColor(QColor(self.insert_fg))
        return fmt

    def find_format(self, current: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self.find_current if current else self.find))
        fmt.setForeground(QColor("#000000"))
        return fmt


LIGHT = Theme(**{f.name: getattr(palette.LIGHT, f.name) for f in fields(Palette)})
DARK = Theme(**{f.name: getattr(palette.DARK, f.name) for f in fields(Palette)})


def theme_for(palette: QPalette) -> Theme:
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 110 else LIGHT


_ICON_CACHE: dict[tuple, QIcon] = {}

# A glyph per status so the outline reads without colour: + − ~ = ⇅
_GLYPH = {"added": "+", "deleted": "−", "modified": "~", "unchanged": "=", "moved": "⇅",
          "note": "✎"}


def status_icon(theme: Theme, status: str, moved: bool = False) -> QIcon:
    """A small rounded square with the status glyph, drawn once and cached."""
    key = (theme.dark, status, moved)
    icon = _ICON_CACHE.get(key)
    if icon is not None:
        return icon
    icon = QIcon()
    for size in (16, 32):
        pm = QPixmap(size, size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bg, fg = theme.chip("moved" if moved else status)
        rect = QRectF(1, 1, size - 2, size - 2)
        path = QPainterPath()
        path.addRoundedRect(rect, size * 0.22, size * 0.22)
        p.fillPath(path, QBrush(bg))
        p.setPen(QPen(fg, max(1.0, size / 16)))
        p.drawPath(path)
        font = QFont()
        font.setPixelSize(int(size * 0.8))
        font.setBold(True)
        p.setFont(font)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, _GLYPH["moved" if moved else status])
        p.end()
        icon.addPixmap(pm)
    _ICON_CACHE[key] = icon
    return icon
