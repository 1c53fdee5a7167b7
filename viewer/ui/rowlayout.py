"""Laid-out rows: QTextLayouts with the change marks, and each row's height, cached.

Both sides of a row must be equally tall, so one :class:`RowMetrics` serves both panes: it
knows both text widths and returns the same height to each. Layouts are built once per row
for the current widths and font and reused for painting (QTextLayout, not QTextDocument:
about 0.1 ms per paragraph, so 400 pairs lay out in well under 100 ms).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from . import labels
from ..present.rows import EQUAL, Fold, RowView, Run, plain
from .theme import Theme

PAD_V = 7          # space above and below a row's text
PAD_H = 10         # space left and right of a text column
CHIP_GAP = 3
LINE_SEP = "\u2028"  # QTextLayout breaks lines on U+2028, not on "\n" (same length: offsets hold)


def _wrap_option() -> QTextOption:
    opt = QTextOption()
    # Chinese has no spaces: break anywhere when a word does not fit, at spaces otherwise.
    opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    opt.setUseDesignMetrics(True)
    return opt


def layout_runs(runs: tuple[Run, ...], font: QFont, width: float, theme: Theme,
                leading: float) -> tuple[QTextLayout, float]:
    """A QTextLayout of ``runs`` wrapped to ``width``, with deletion/insertion marks."""
    text = plain(runs).replace("\n", LINE_SEP)
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrap_option())
    layout.setCacheEnabled(True)
    formats = []
    pos = 0
    for run in runs:
        if run.kind != EQUAL:
            fr = QTextLayout.FormatRange()
            fr.start, fr.length, fr.format = pos, len(run.text), theme.char_format(run.kind)
            formats.append(fr)
        pos += len(run.text)
    layout.setFormats(formats)
    return layout, _do_layout(layout, width, leading)


def layout_plain(text: str, font: QFont, width: float, leading: float = 0.0
                 ) -> tuple[QTextLayout, float]:
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrap_option())
    layout.setCacheEnabled(True)
    return layout, _do_layout(layout, width, leading)


def _do_layout(layout: QTextLayout, width: float, leading: float) -> float:
    width = max(40.0, width)
    y = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, y))
        y += line.height() + leading
    layout.endLayout()
    return max(0.0, y - leading)


@dataclass
class Chip:
    key: str
    text: str
    rect: QRectF       # relative to the gutter's top-left


@dataclass
class RowGeometry:
    height: int
    label: QTextLayout
    label_h: float
    chips: list[Chip] = field(default_factory=list)
    score: QTextLayout | None = None    # "pairing 86%" under the chips
    score_y: float = 0.0
    fold: QTextLayout | None = None     # a folded run: its one line, instead of texts
    verb: QTextLayout | None = None
    verb_h: float = 0.0
    old: QTextLayout | None = None
    new: QTextLayout | None = None
    inline: QTextLayout | None = None


class RowMetrics:
    """Fonts, column widths and the cached geometry of every row."""

    def __init__(self, theme: Theme, base_font: QFont, point_size: float = 11.0):
        self.theme = theme
        self._base = QFont(base_font)
        self.rows: tuple[RowView, ...] = ()
        self.folds: dict[int, Fold] = {}
        self._cache: dict[tuple[int, str], RowGeometry] = {}
        self.widths = {"old": 400.0, "new": 400.0, "inline": 800.0}
        self.set_point_size(point_size)

    # --- configuration -------------------------------------------------------------------

    def set_point_size(self, size: float) -> None:
        self.point_size = size
        self.text_font = QFont(self._base)
        self.text_font.setPointSizeF(size)
        self.label_font = QFont(self._base)
        self.label_font.setPointSizeF(max(7.0, size * 0.9))
        self.label_font.setBold(True)
        self.chip_font = QFont(self._base)
        self.chip_font.setPointSizeF(max(6.5, size * 0.74))
        fm = QFontMetricsF(self.text_font)
        self.leading = round(fm.height() * 0.32)
        lfm = QFontMetricsF(self.label_font)
        self.gutter = round(max(lfm.horizontalAdvance("OP12 → OP13") + 2 * PAD_H, 118))
        self.invalidate()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.invalidate()

    def set_rows(self, rows: tuple[RowView, ...], folds: dict[int, Fold] | None = None) -> None:
        self.rows = rows
        self.folds = dict(folds or {})
        self.invalidate()

    def set_widths(self, old: float, new: float, inline: float) -> bool:
        """Viewport widths of the panes; True when anything changed (heights are now stale)."""
        widths = {"old": float(old), "new": float(new), "inline": float(inline)}
        if widths == self.widths:
            return False
        self.widths = widths
        self.invalidate()
        return True

    def invalidate(self) -> None:
        self._cache.clear()

    # --- geometry ------------------------------------------------------------------------

    def text_width(self, side: str) -> float:
        if side == "old":
            return self.widths["old"] - self.gutter - 2 * PAD_H
        if side == "new":
            return self.widths["new"] - 2 * PAD_H
        return self.widths["inline"] - self.gutter - 2 * PAD_H

    def height(self, full_index: int, mode: str) -> int:
        return self.geometry(full_index, mode).height

    def geometry(self, full_index: int, mode: str) -> RowGeometry:
        """Row ``full_index`` laid out for ``mode`` ('split' or 'inline'), cached."""
        key = (full_index, mode)
        geo = self._cache.get(key)
        if geo is None:
            geo = self._cache[key] = self._build(self.rows[full_index], mode)
        return geo

    def _build(self, row: RowView, mode: str) -> RowGeometry:
        fold = self.folds.get(row.index)
        if fold is not None:
            return self._build_fold(fold, mode)
        text = labels.row_label(row, short=True)
        if QFontMetricsF(self.label_font).horizontalAdvance(text) > self.gutter - 2 * PAD_H:
            # too long for one line: break before the arrow, not inside a Chinese label
            text = text.replace(" → ", LINE_SEP + "→ ")
        label, label_h = layout_plain(text, self.label_font, self.gutter - 2 * PAD_H)
        geo = RowGeometry(0, label, label_h)
        y = label_h + 4
        cfm = QFontMetricsF(self.chip_font)
        keys = ([] if row.status == "unchanged" else [row.status]) + list(row.flags)
        if row.weak:
            keys.append("weak")
        chips = [(key, labels.status(key)) for key in keys]
        if row.candidate is not None:
            # one click pairs the row with its likeliest partner (an undoable command)
            chips.append(("candidate", labels.pair_with_candidate(row)))
        width = self.gutter - 2 * PAD_H
        for key, text in chips:
            w = cfm.horizontalAdvance(text) + 10
            h = cfm.height() + 3
            if w > width:         # a long chip (a translation, "pair with …") wraps in the gutter
                box = cfm.boundingRect(QRectF(0, 0, width - 10, 1000),
                                       int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere),
                                       text)
                w, h = width, box.height() + 5
            geo.chips.append(Chip(key, text, QRectF(0, y, w, h)))
            y += h + CHIP_GAP
        if row.paired and row.changed:   # how sure the pairing is, where it is in question
            geo.score, sh = layout_plain(labels.pairing_score(row), self.chip_font, width)
            geo.score_y = y
            y += sh + CHIP_GAP
        gutter_h = y
        text_side = "new" if mode == "split" else "inline"
        if row.verb is not None:
            geo.verb, vh = layout_plain(labels.verb_callout(row.verb), self.label_font,
                                        self.text_width(text_side) - 12)
            geo.verb_h = vh + 8 + 6       # box padding + gap below
        tw = self.text_width
        if mode == "split":
            geo.old, oh = layout_runs(row.old, self.text_font, tw("old"), self.theme, self.leading)
            geo.new, nh = layout_runs(row.new, self.text_font, tw("new"), self.theme, self.leading)
            content = max(gutter_h, oh, geo.verb_h + nh)
        else:
            geo.inline, ih = layout_runs(row.inline, self.text_font, tw("inline"), self.theme,
                                         self.leading)
            content = max(gutter_h, geo.verb_h + ih)
        geo.height = int(content + 2 * PAD_V + 1.999)
        return geo

    def _build_fold(self, fold: Fold, mode: str) -> RowGeometry:
        text = labels.fold_text(fold)
        width = (self.widths["old"] if mode == "split" else self.widths["inline"]) - 2 * PAD_H
        layout, h = layout_plain(text, self.label_font, width)
        empty, _ = layout_plain("", self.label_font, 40)
        geo = RowGeometry(int(h + 2 * 5 + 1.999), empty, 0.0, fold=layout)
        return geo

    def chip_at(self, full_index: int, mode: str, x: float, y: float) -> Chip | None:
        """The chip under (x, y), relative to the row's top-left corner."""
        geo = self.geometry(full_index, mode)
        for chip in geo.chips:
            if chip.rect.translated(PAD_H, PAD_V).contains(QPointF(x, y)):
                return chip
        return None
