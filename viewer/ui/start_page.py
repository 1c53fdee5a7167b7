"""What an empty window shows: choose the old and the new version (buttons or drag and drop),
reopen a recent pair or comparison, or open the bundled sample."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from .i18n import Retranslating

class _Slot(QFrame):
    """One side: a title, the chosen file (or a drop hint) and an Open button."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("startSlot")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title.setFont(f)
        self.file = QLabel()
        self.file.setWordWrap(True)
        self.file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.file, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)


def is_demo_pair(old: str, new: str) -> bool:
    """True for the bundled sample pair (it has its own button; never a recent entry)."""
    from ..engine import demo_paths
    return tuple(os.path.realpath(p) for p in (old, new)) == tuple(
        os.path.realpath(p) for p in demo_paths())


def recent_labels(entries: list[tuple[str, tuple, str]]) -> list[tuple[str, tuple, str]]:
    """(label, data, tooltip) with the folder added to labels that would otherwise repeat."""
    counts: dict[str, int] = {}
    for text, _, _ in entries:
        counts[text] = counts.get(text, 0) + 1
    out = []
    for text, data, tip in entries:
        if counts[text] > 1:
            text = f"{text}   ({os.path.dirname(data[1])})"
        out.append((text, data, tip))
    return out


class StartPage(Retranslating, QWidget):
    open_old = Signal()
    open_new = Signal()
    open_sample = Signal()
    open_comparison = Signal()
    open_versions = Signal()        # three or more versions: a history (issue 13)
    open_recent_pair = Signal(str, str)
    open_recent_comparison = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pending = {"old": None, "new": None}
        self.heading = QLabel()
        f = QFont(self.heading.font())
        f.setPointSizeF(f.pointSizeF() * 1.8)
        f.setBold(True)
        self.heading.setFont(f)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.old_slot, self.new_slot = _Slot(), _Slot()
        self.old_slot.button.clicked.connect(self.open_old)
        self.new_slot.button.clicked.connect(self.open_new)
        self.sample = QPushButton()
        self.sample.clicked.connect(self.open_sample)
        self.saved = QPushButton()
        self.saved.clicked.connect(self.open_comparison)
        self.versions = QPushButton()
        self.versions.clicked.connect(self.open_versions)
        self.recent_title = QLabel()
        self.recent = QListWidget()
        self.recent.itemActivated.connect(self._recent_activated)
        self.recent_title.setBuddy(self.recent)

        slots = QGridLayout()
        slots.setHorizontalSpacing(16)
        slots.addWidget(self.old_slot, 0, 0)
        arrow = QLabel("→")
        af = QFont(arrow.font())
        af.setPointSizeF(af.pointSizeF() * 2)
        arrow.setFont(af)
        slots.addWidget(arrow, 0, 1, Qt.AlignmentFlag.AlignCenter)
        slots.addWidget(self.new_slot, 0, 2)
        more = QHBoxLayout()
        more.addWidget(self.sample)
        more.addWidget(self.saved)
        more.addWidget(self.versions)
        more.addStretch(1)
        inner = QVBoxLayout()
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addSpacing(8)
        inner.addLayout(slots)
        inner.addLayout(more)
        inner.addSpacing(8)
        inner.addWidget(self.recent_title)
        inner.addWidget(self.recent, 1)
        box = QWidget()
        box.setLayout(inner)
        box.setMaximumWidth(900)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addWidget(box, 8)
        outer.addStretch(1)
        self.setTabOrder(self.old_slot.button, self.new_slot.button)
        self.setTabOrder(self.new_slot.button, self.sample)
        self.setTabOrder(self.sample, self.saved)
        self.setTabOrder(self.saved, self.versions)
        self.setTabOrder(self.versions, self.recent)
        self.setFocusProxy(self.old_slot.button)
        self._recent_pairs: list[tuple[str, str]] = []
        self._recent_files: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("ResCompare · 决议对照"))
        self.intro.setText(self.tr(
            "Compare two versions of a UN resolution — a draft and the adopted text, or the "
            "same resolution from two sessions. Choose the old and the new version (.txt, .docx "
            "or .pdf), or drop a file on either side."))
        self.old_slot.title.setText(self.tr("Old version"))
        self.new_slot.title.setText(self.tr("New version"))
        self.old_slot.button.setText(self.tr("Open &old…"))
        self.new_slot.button.setText(self.tr("Open &new…"))
        self.sample.setText(self.tr("Open &sample comparison (HRC 37/23 → 43/21)"))
        self.saved.setText(self.tr("Open saved &comparison…"))
        self.versions.setText(self.tr("Open &versions (a history)…"))
        self.versions.setToolTip(self.tr("Three or more versions of one resolution, ordered by "
                                         "date; a Word file with tracked changes can be opened "
                                         "alone to see its changes."))
        self.recent_title.setText(self.tr("&Recent"))
        self._show_pending()
        self.set_recent(self._recent_pairs, self._recent_files)

    def set_pending(self, side: str, path: str | None) -> None:
        """The file chosen for one side while the other is still missing."""
        self._pending[side] = path
        self._show_pending()

    def pending(self, side: str) -> str | None:
        return self._pending[side]

    def _show_pending(self) -> None:
        for side, slot in (("old", self.old_slot), ("new", self.new_slot)):
            path = self._pending[side]
            slot.file.setText(os.path.basename(path) if path else
                              self.tr("No file yet — drop one here"))
            slot.file.setToolTip(path or "")

    def set_recent(self, pairs: list[tuple[str, str]], files: list[str]) -> None:
        # Only what can still be opened; entries that would read the same name their folder.
        pairs = [(a, b) for a, b in pairs if os.path.isfile(a) and os.path.isfile(b)]
        files = [f for f in files if os.path.isfile(f)]
        self._recent_pairs, self._recent_files = list(pairs), list(files)
        self.recent.clear()
        entries = [(f"{os.path.basename(a)}  →  {os.path.basename(b)}", ("pair", a, b), f"{a}\n{b}")
                   for a, b in pairs]
        entries += [(os.path.basename(f), ("file", f, ""), f) for f in files]
        for text, data, tip in recent_labels(entries):
            item = QListWidgetItem(text)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.recent.addItem(item)
        if not pairs and not files:
            item = QListWidgetItem(self.tr("Nothing opened yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        kind, a, b = data
        if kind == "pair":
            self.open_recent_pair.emit(a, b)
        else:
            self.open_recent_comparison.emit(a)
