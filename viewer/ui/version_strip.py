"""The version strip shown above the comparison when a history is open: one chip per version
in order (drag a chip to reorder), the two versions compared marked, and buttons to step to
the previous / next pair. It only shows and asks; the window decides (history_ops)."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QListView, QListWidget,
                               QListWidgetItem, QToolButton, QWidget)

from ..present.palette import LIGHT

KEY = Qt.ItemDataRole.UserRole


class _Chips(QListWidget):
    """Chips in a row; a drop reports the new order (the list has already moved the item)."""
    dropped = Signal(tuple)

    def dropEvent(self, event):
        super().dropEvent(event)
        self.dropped.emit(tuple(self.item(i).data(KEY) for i in range(self.count())))


class VersionStrip(QWidget):
    pair_chosen = Signal(str, str)      # old key, new key
    reordered = Signal(tuple)           # every key in the new order
    step = Signal(int)                  # -1 previous pair, +1 next pair

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("versionStrip")
        self._keys: tuple[str, ...] = ()
        self._pair: tuple[str, str] | None = None
        self.prev = QToolButton()
        self.prev.setText("◀")
        self.prev.clicked.connect(lambda: self.step.emit(-1))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.clicked.connect(lambda: self.step.emit(+1))
        self.chips = _Chips()
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(False)
        self.chips.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.chips.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.chips.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.chips.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chips.setSpacing(2)
        self.chips.itemClicked.connect(self._clicked)
        self.chips.dropped.connect(self.reordered)
        self.caption = QLabel()
        box = QHBoxLayout(self)
        box.setContentsMargins(4, 2, 4, 2)
        box.addWidget(self.prev)
        box.addWidget(self.chips, 1)
        box.addWidget(self.next)
        box.addWidget(self.caption)
        self.retranslate()

    def retranslate(self) -> None:
        self.prev.setToolTip(self.tr("Previous pair of versions"))
        self.next.setToolTip(self.tr("Next pair of versions"))
        self.chips.setToolTip(self.tr(
            "Click a version to compare it with the one before it; Ctrl+click chooses the old "
            "version. Drag a version to reorder."))
        self._paint()

    def set_versions(self, versions: list[tuple[str, str, str]], pair: tuple[str, str]) -> None:
        """``versions``: (key, label, date) in order; ``pair``: the keys compared."""
        self._keys = tuple(k for k, _l, _d in versions)
        self._pair = pair
        self.chips.clear()
        for n, (key, label, when) in enumerate(versions, start=1):
            item = QListWidgetItem(f"{n}. {label}" + (f"\n{when}" if when else ""))
            item.setData(KEY, key)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.chips.addItem(item)
        height = self.chips.sizeHintForRow(0) + 2 * self.chips.frameWidth() + 6 if versions else 0
        self.chips.setFixedHeight(max(height, 24))
        self._paint()

    def _paint(self) -> None:
        if not self._pair:
            self.caption.setText("")
            return
        old, new = self._pair
        for i in range(self.chips.count()):
            item = self.chips.item(i)
            key = item.data(KEY)
            if key == old:
                item.setBackground(QColor(LIGHT.delete_bg))
            elif key == new:
                item.setBackground(QColor(LIGHT.insert_bg))
            else:
                item.setBackground(QColor(0, 0, 0, 0))
            item.setSizeHint(QSize(max(110, self.chips.fontMetrics().horizontalAdvance(
                item.text().split("\n")[0]) + 24), self.chips.sizeHintForRow(0)))
        a, b = self._keys.index(old) + 1, self._keys.index(new) + 1
        self.caption.setText(self.tr("Comparing {} → {} of {}").format(a, b, len(self._keys)))
        self.prev.setEnabled(min(a, b) > 1)
        self.next.setEnabled(max(a, b) < len(self._keys))

    def _clicked(self, item: QListWidgetItem) -> None:
        from PySide6.QtWidgets import QApplication
        key = item.data(KEY)
        i = self._keys.index(key)
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            if self._pair and key != self._pair[1]:
                self.pair_chosen.emit(key, self._pair[1])
            return
        if i == 0:
            self.pair_chosen.emit(key, self._keys[1])
        else:
            self.pair_chosen.emit(self._keys[i - 1], key)
