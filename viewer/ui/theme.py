"""Every colour and mark the window uses, in one place.

Changes are marked twice, so they read in black and white and for colour-blind users: deletions
are struck through on an orange-red tint, insertions underlined on a blue tint (orange/blue stay
apart for deuteranopia and protanopia, unlike red/green). A dark variant is chosen when the
palette is dark.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPen,
                           QPixmap, QTextCharFormat)


@dataclass(frozen=True)
class Theme:
    dark: bool
    text: str
    muted: str
    row_line: str
    delete_bg: str
    delete_fg: str
    insert_bg: str
    insert_fg: str
    added_row: str          # whole-row tint of an added paragraph (new side)
    deleted_row: str        # whole-row tint of a deleted paragraph (old side)
    empty_side: str         # the hatched empty half of an added/deleted row
    current: str
    current_border: str
    find: str
    find_current: str
    verb_bg: str
    verb_border: str
    verb_fg: str
    note: str
    gutter_bg: str
    # chip / band colours by status or flag
    chips: dict

    def color(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def chip(self, key: str) -> tuple[QColor, QColor]:
        """(background, foreground) of the chip for a status or flag."""
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


LIGHT = Theme(
    dark=False, text="#1d1d1f", muted="#6b6f76", row_line="#e3e5e8",
    delete_bg="#ffd9cc", delete_fg="#8f2100", insert_bg="#d3e8ff", insert_fg="#0b4a8b",
    added_row="#f2f8ff", deleted_row="#fff5f1", empty_side="#f4f5f7",
    current="#e8eefb", current_border="#3d6fd8", find="#fff07a", find_current="#ff9d3b",
    verb_bg="#fff5d1", verb_border="#d9a400", verb_fg="#5c4300", note="#e0a800",
    gutter_bg="#f7f8fa",
    chips={
        "unchanged": ("#eceef1", "#5c6168"),
        "modified": ("#fff0d4", "#8a5300"),
        "added": ("#dcecff", "#0b4a8b"),
        "deleted": ("#ffe1d6", "#9a2a00"),
        "moved": ("#ece5ff", "#5a3ab0"),
        "renumbered": ("#d9f3ef", "#0f6359"),
        "split": ("#f1e7dc", "#6d4a26"),
        "merged": ("#f1e7dc", "#6d4a26"),
        "pinned": ("#e6e6e6", "#333333"),
    },
)

DARK = Theme(
    dark=True, text="#e6e6e6", muted="#9aa0a8", row_line="#3a3d42",
    delete_bg="#5a2a1c", delete_fg="#ffc6b3", insert_bg="#1d3c5e", insert_fg="#bcdcff",
    added_row="#1f2a36", deleted_row="#36241f", empty_side="#2a2c30",
    current="#2c3a55", current_border="#6f9bff", find="#6b6100", find_current="#a85a00",
    verb_bg="#4a3d10", verb_border="#c9a227", verb_fg="#ffe7a0", note="#e0b400",
    gutter_bg="#26282c",
    chips={
        "unchanged": ("#3a3d42", "#c3c7cc"),
        "modified": ("#4d3a12", "#ffd28a"),
        "added": ("#1d3c5e", "#9ccaff"),
        "deleted": ("#5a2a1c", "#ffb199"),
        "moved": ("#3b2f66", "#cbb8ff"),
        "renumbered": ("#173f3a", "#8fe0d3"),
        "split": ("#43352a", "#e6c8a6"),
        "merged": ("#43352a", "#e6c8a6"),
        "pinned": ("#444444", "#dddddd"),
    },
)


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
