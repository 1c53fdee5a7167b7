"""The side-by-side comparison: old pane | connector | new pane, or one inline redline pane.

The three panes are QListViews over one :class:`PairsModel`; a shared :class:`RowMetrics` gives a
row the same height in both panes, so rows stay level and the two scroll bars have the same
range. Scrolling is synchronised both ways with a guard (no ping-pong). Each pane keeps its own
current row: a plain click or arrow key moves both ("reading"), a Ctrl+click or Ctrl+arrow moves
one side only ("pick a partner" for manual pairing).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListView,
                               QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

from .changemap import ChangeMap
from .connector import Connector
from .delegates import RowDelegate
from ..present.rows import Fold, Link, Match, RowView
from .pairs_model import PairsModel
from .rowlayout import PAD_H, PAD_V, RowMetrics
from .theme import Theme


class Pane(QListView):
    """One column of the comparison: 'old', 'new' or 'inline'."""

    def __init__(self, side: str, host: "CompareView"):
        super().__init__(host)
        self.side = side
        self._no_mirror = False
        self.setModel(host.model)
        self.setItemDelegate(RowDelegate(side, host))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(False)
        self.verticalScrollBar().setSingleStep(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def mousePressEvent(self, event):
        self._no_mirror = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        super().mousePressEvent(event)
        self._no_mirror = False

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._page(event.key() == Qt.Key.Key_PageDown)
            return
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._no_mirror = ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        super().keyPressEvent(event)
        self._no_mirror = False

    def _page(self, down: bool) -> None:
        """Scroll a page and make current the first row wholly in sight (Qt's own PageDown
        picks the row at the bottom edge, often half hidden)."""
        model = self.model()
        if model is None or not model.rowCount():
            return
        bar = self.verticalScrollBar()
        before = bar.value()
        bar.setValue(before + (bar.pageStep() if down else -bar.pageStep()))
        last = model.rowCount() - 1
        if bar.value() == before:          # at the end already: go to the last (first) row
            target = last if down else 0
        else:
            top = self.indexAt(QPoint(4, 0))
            target = top.row() if top.isValid() else (last if down else 0)
            rect = self.visualRect(model.index(target, 0))
            # half hidden above the edge: the next row, unless this one fills the view
            if rect.top() < 0 and target < last and rect.bottom() < self.viewport().height():
                target += 1
        self.setCurrentIndex(model.index(target, 0))

    def wheel_from(self, event) -> None:
        """A wheel turned over a neighbour (the connector, the change map) scrolls this pane."""
        self.wheelEvent(event)

    def focusInEvent(self, event):
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.viewport().update()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.parent_view().schedule_relayout()

    def parent_view(self) -> "CompareView":
        return self.itemDelegate().host

    def visible_top(self) -> tuple[int, int]:
        """(row at the top of the viewport, pixels of it scrolled out) — a scroll anchor."""
        idx = self.indexAt(QPoint(4, 1))
        if not idx.isValid():
            return -1, 0
        return idx.row(), -self.visualRect(idx).top()

    def restore_top(self, anchor: tuple[int, int]) -> None:
        row, offset = anchor
        if row < 0 or row >= self.model().rowCount():
            return
        self.scrollTo(self.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + offset)


class _SplitArea(QWidget):
    """Old header/pane | connector | new header/pane, placed by hand so that the two *text*
    columns are equally wide (the old pane also carries the label gutter)."""

    def __init__(self, host: "CompareView"):
        super().__init__(host)
        self.host = host
        for w in (host.old_header, host.new_header, host.old_pane, host.connector, host.new_pane,
                  host.new_map):
            w.setParent(self)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        h = self.host
        width, height = self.width(), self.height()
        bar = h.new_pane.verticalScrollBar()
        sb = bar.sizeHint().width() if bar.isVisible() else 0
        conn = Connector.WIDTH
        cmap = ChangeMap.WIDTH
        text = max(60, (width - conn - cmap - h.metrics.gutter - sb) // 2)
        old_w = min(width - conn - cmap - 60, h.metrics.gutter + text)
        head = max(h.old_header.sizeHint().height(), h.new_header.sizeHint().height())
        h.old_header.setGeometry(0, 0, old_w, head)
        h.new_header.setGeometry(old_w, 0, width - old_w, head)
        h.old_pane.setGeometry(0, head, old_w, height - head)
        h.connector.setGeometry(old_w, head, conn, height - head)
        h.new_pane.setGeometry(old_w + conn, head, width - old_w - conn - cmap, height - head)
        h.new_map.setGeometry(width - cmap, head, cmap, height - head)


class CompareView(QWidget):
    current_changed = Signal(int)            # full index of the reading row
    picks_changed = Signal()                 # the old and new panes point at different rows
    context_menu = Signal(str, int, QPoint)  # side, full index, global position
    row_activated = Signal(int)              # double-click / Enter: full index
    painted = Signal()                       # first paint after new rows were set
    fold_activated = Signal(int)             # a folded run clicked or Enter: its first row
    candidate_clicked = Signal(int)          # the "pair with …" chip of a row clicked

    def __init__(self, theme: Theme, base_font: QFont, point_size: float, parent=None):
        super().__init__(parent)
        self.model = PairsModel(self)
        self.metrics = RowMetrics(theme, base_font, point_size)
        self.mode = "split"
        self._syncing = False
        self._mirroring = False
        self._await_paint = False
        self._find: dict[tuple[int, str], list[tuple[int, int, bool]]] = {}
        self._active = "new"

        self.old_pane = Pane("old", self)
        self.new_pane = Pane("new", self)
        self.inline_pane = Pane("inline", self)
        self.old_pane.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.old_pane.setAccessibleName(self.tr("Old version"))
        self.new_pane.setAccessibleName(self.tr("New version"))
        self.inline_pane.setAccessibleName(self.tr("Redline"))
        self.connector = Connector(self.old_pane, self.new_pane, self)
        self.new_map = ChangeMap(self.new_pane)
        self.inline_map = ChangeMap(self.inline_pane)
        for cmap in (self.new_map, self.inline_map):
            cmap.jump.connect(lambda full: self.set_current(full, scroll=True))

        self.old_header, self.new_header, self.inline_header = QLabel(), QLabel(), QLabel()
        for label in (self.old_header, self.new_header, self.inline_header):
            label.setObjectName("paneHeader")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMinimumWidth(50)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QLabel#paneHeader { padding: 5px 10px; font-weight: 600;"
                           " border-bottom: 1px solid palette(mid); }")

        split = _SplitArea(self)
        inline = QWidget()
        il = QVBoxLayout(inline)
        il.setContentsMargins(0, 0, 0, 0)
        il.setSpacing(0)
        il.addWidget(self.inline_header)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.inline_pane, 1)
        body.addWidget(self.inline_map)
        il.addLayout(body, 1)

        self.split = split
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(inline)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self._relayout)

        self.old_pane.verticalScrollBar().valueChanged.connect(
            lambda v: self._sync(self.new_pane, v))
        self.new_pane.verticalScrollBar().valueChanged.connect(
            lambda v: self._sync(self.old_pane, v))
        for pane in (self.old_pane, self.new_pane, self.inline_pane):
            pane.selectionModel().currentChanged.connect(
                lambda cur, _prev, p=pane: self._on_current(p, cur))
            pane.customContextMenuRequested.connect(lambda pos, p=pane: self._menu(p, pos))
            pane.doubleClicked.connect(self._on_double_click)
            pane.activated.connect(self._on_double_click)
            pane.viewport().installEventFilter(self)
        self.setFocusProxy(self.new_pane)

    # --- content -------------------------------------------------------------------------

    def set_rows(self, rows: tuple[RowView, ...], visible: list[int], links: list[Link],
                 current_full: int | None = None, folds: dict[int, Fold] | None = None) -> None:
        """Show new rows; keep the reading position on ``current_full`` when it is still shown.
        ``folds``: folded runs of unchanged rows, by the full index of the row shown for each."""
        self.metrics.set_rows(rows, folds)
        self.model.set_rows(rows, visible, folds)
        self.connector.set_links(links)
        self._find.clear()
        self._await_paint = True
        self._relayout(force=True)
        if current_full is not None and self.model.position(current_full) is not None:
            self.set_current(current_full, scroll=True)
        elif visible:
            self._set_pane_current(self.panes(), 0)

    def set_headers(self, old: str, new: str) -> None:
        self.old_header.setText(old)
        self.new_header.setText(new)
        self.inline_header.setText(f"{old}  →  {new}")
        for label, text in ((self.old_header, old), (self.new_header, new)):
            label.setToolTip(text)

    def set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        current = self.current_full()
        self.mode = mode
        self.stack.setCurrentIndex(1 if mode == "inline" else 0)
        self._relayout(force=True)
        if current is not None:
            self.set_current(current, scroll=True)

    def set_point_size(self, size: float) -> None:
        anchor = self.reading_pane().visible_top()
        current = self.reading_pane().currentIndex()
        self.metrics.set_point_size(size)
        self.split.place()      # the gutter grows with the font
        self._relayout(force=True)
        self.reading_pane().restore_top(anchor)
        if current.isValid():   # the row being read stays in sight whatever the new heights
            self.scroll_to(current.row())

    def set_theme(self, theme: Theme) -> None:
        self.metrics.set_theme(theme)
        self._relayout(force=True)

    def retranslate(self) -> None:
        """Chips are translated text inside the cached layouts: lay out again."""
        self.old_pane.setAccessibleName(self.tr("Old version"))
        self.new_pane.setAccessibleName(self.tr("New version"))
        self.inline_pane.setAccessibleName(self.tr("Redline"))
        self.metrics.invalidate()
        self._relayout(force=True)

    # --- panes ---------------------------------------------------------------------------

    def panes(self) -> list[Pane]:
        return [self.inline_pane] if self.mode == "inline" else [self.old_pane, self.new_pane]

    def reading_pane(self) -> Pane:
        if self.mode == "inline":
            return self.inline_pane
        return self.old_pane if self._active == "old" else self.new_pane

    def schedule_relayout(self) -> None:
        self._relayout_timer.start()

    def _relayout(self, force: bool = False) -> None:
        if self.mode == "split":
            self.split.place()
        changed = self.metrics.set_widths(self.old_pane.viewport().width(),
                                          self.new_pane.viewport().width(),
                                          self.inline_pane.viewport().width())
        if not (changed or force):
            return
        anchor = self.reading_pane().visible_top()
        for pane in self.panes():
            pane.doItemsLayout()
        self.reading_pane().restore_top(anchor)
        self.connector.update()
        self.refresh_maps()

    def refresh_maps(self) -> None:
        self.new_map.refresh()
        self.inline_map.refresh()

    def _sync(self, target: Pane, value: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            target.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self._await_paint and self.model.rowCount():
            if obj is self.reading_pane().viewport():
                self._await_paint = False
                QTimer.singleShot(0, self.painted.emit)
        elif event.type() == QEvent.Type.MouseButtonPress and \
                event.button() == Qt.MouseButton.LeftButton:
            return self._click(obj, event.position().toPoint())
        return False

    def _click(self, viewport, point: QPoint) -> bool:
        """A click on a folded run expands it; on a row's "pair with …" chip, pairs. True when
        the click was taken (the row does not also become current)."""
        pane = next((p for p in (self.old_pane, self.new_pane, self.inline_pane)
                     if p.viewport() is viewport), None)
        if pane is None:
            return False
        idx = pane.indexAt(point)
        full = self.model.full_index(idx)
        if full is None:
            return False
        if self.model.fold_at(full) is not None:
            self.fold_activated.emit(full)
            return True
        if pane.side == "new":
            return False
        rect = pane.visualRect(idx)
        chip = self.metrics.chip_at(full, "inline" if pane.side == "inline" else "split",
                                    point.x() - rect.left(), point.y() - rect.top())
        if chip is not None and chip.key == "candidate":
            self.candidate_clicked.emit(full)
            return True
        return False

    def chip_point(self, full: int, key: str, side: str = "old") -> QPoint | None:
        """Where the chip ``key`` of row ``full`` is in ``side``'s viewport (None: not shown)."""
        pane = {"old": self.old_pane, "inline": self.inline_pane}[side]
        pos = self.model.position(full)
        if pos is None:
            return None
        geo = self.metrics.geometry(full, "inline" if side == "inline" else "split")
        rect = pane.visualRect(self.model.index(pos, 0))
        for chip in geo.chips:
            if chip.key == key:
                c = chip.rect.center()
                return QPoint(int(rect.left() + PAD_H + c.x()), int(rect.top() + PAD_V + c.y()))
        return None

    # --- current row and picks ------------------------------------------------------------

    def _set_pane_current(self, panes, pos: int) -> None:
        idx = self.model.index(pos, 0)
        self._mirroring = True
        try:
            for pane in panes:
                pane.selectionModel().setCurrentIndex(
                    idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._mirroring = False

    def _on_current(self, pane: Pane, index) -> None:
        if self._mirroring or not index.isValid():
            return
        if pane.side != "inline":
            self._active = pane.side
        if pane._no_mirror:
            self.picks_changed.emit()
            return
        others = [p for p in (self.old_pane, self.new_pane, self.inline_pane) if p is not pane]
        self._set_pane_current(others, index.row())
        self.picks_changed.emit()
        full = self.model.full_index(index)
        if full is not None:
            self.current_changed.emit(full)

    def current_full(self) -> int | None:
        """The row being read (the active pane's current row)."""
        return self.model.full_index(self.reading_pane().currentIndex())

    def set_current(self, full_index: int, scroll: bool = True) -> bool:
        pos = self.model.position(full_index)
        if pos is None:
            return False
        self._set_pane_current([self.old_pane, self.new_pane, self.inline_pane], pos)
        if scroll:
            self.scroll_to(pos)
        self.picks_changed.emit()
        self.current_changed.emit(full_index)
        return True

    def scroll_to(self, pos: int) -> None:
        pane = self.reading_pane()
        idx = self.model.index(pos, 0)
        rect, view = pane.visualRect(idx), pane.viewport().rect()
        # In sight and clear of the edges: do not jump. A row at an edge (where Qt's own
        # ensure-visible of the new current row leaves it) is brought to the middle.
        margin = view.height() // 8
        if view.adjusted(0, margin, 0, -margin).contains(rect):
            return
        hint = QAbstractItemView.ScrollHint
        tall = rect.height() > view.height() * 0.6
        pane.scrollTo(idx, hint.PositionAtTop if tall else hint.PositionAtCenter)

    def picks(self) -> tuple[RowView | None, RowView | None]:
        """The rows chosen on the old side and on the new side (for manual pairing)."""
        out = []
        for pane in (self.old_pane, self.new_pane):
            idx = pane.currentIndex()
            out.append(self.model.row_at(idx.row()) if idx.isValid() else None)
        return out[0], out[1]

    def _menu(self, pane: Pane, pos: QPoint) -> None:
        idx = pane.indexAt(pos)
        if not idx.isValid():
            idx = pane.currentIndex()
            if not idx.isValid():
                return
            pos = pane.visualRect(idx).center()
        elif idx != pane.currentIndex():
            pane.setCurrentIndex(idx)
        full = self.model.full_index(idx)
        if full is not None:
            self.context_menu.emit(pane.side, full, pane.viewport().mapToGlobal(pos))

    def _on_double_click(self, index) -> None:
        full = self.model.full_index(index)
        if full is None:
            return
        if self.model.fold_at(full) is not None:
            self.fold_activated.emit(full)
        else:
            self.row_activated.emit(full)

    # --- find ----------------------------------------------------------------------------

    def set_find(self, matches: list[Match], current: int | None) -> None:
        """Highlight ``matches`` (``current`` is an index into them) and show the current one."""
        self._find.clear()
        for i, m in enumerate(matches):
            full = self.model.visible[m.row]
            self._find.setdefault((full, m.side), []).append((m.start, m.end, i == current))
        for pane in self.panes():
            pane.viewport().update()
        if current is not None and 0 <= current < len(matches):
            m = matches[current]
            self.set_current(self.model.visible[m.row], scroll=True)

    def find_ranges(self, full_index: int, side: str) -> list[tuple[int, int, bool]]:
        return self._find.get((full_index, side), [])
