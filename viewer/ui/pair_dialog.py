"""Pair two paragraphs by hand from the keyboard: an old paragraph on the left, a new one on the
right (same kind), each shown with its opening words."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel,
                               QListWidget, QListWidgetItem, QVBoxLayout)

from . import labels
from ..model import Kind, Resolution


class PairDialog(QDialog):
    def __init__(self, old: Resolution, new: Resolution, old_id: str | None,
                 new_id: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pair paragraphs"))
        self.old_doc, self.new_doc = old, new
        self.kind = QComboBox()
        for kind in (Kind.PREAMBULAR, Kind.OPERATIVE):
            self.kind.addItem(labels.kind(kind.value), kind)
        self.old_list, self.new_list = QListWidget(), QListWidget()
        intro = QLabel(self.tr("Choose the paragraph of the old version and the paragraph of "
                               "the new version that belong together. The comparison is "
                               "recomputed at once; Edit › Unpair undoes it."))
        intro.setWordWrap(True)
        old_label, new_label = QLabel(self.tr("&Old version")), QLabel(self.tr("&New version"))
        old_label.setBuddy(self.old_list)
        new_label.setBuddy(self.new_list)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind)
        grid = QGridLayout()
        grid.addWidget(kind_label, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(old_label, 1, 0)
        grid.addWidget(new_label, 1, 1)
        grid.addWidget(self.old_list, 2, 0)
        grid.addWidget(self.new_list, 2, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Pair"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 480)
        pid = old_id or new_id or ""
        self.kind.setCurrentIndex(1 if pid.startswith("OP") else 0)
        self.kind.currentIndexChanged.connect(lambda _i: self._fill(None, None))
        self._fill(old_id, new_id)
        self.old_list.setFocus()

    def _fill(self, old_id: str | None, new_id: str | None) -> None:
        kind = self.kind.currentData()
        for widget, doc, chosen in ((self.old_list, self.old_doc, old_id),
                                    (self.new_list, self.new_doc, new_id)):
            widget.clear()
            for para in doc.paragraphs:
                if para.kind is not kind:
                    continue
                item = QListWidgetItem(f"{para.id}   {para.text[:48]}")
                item.setData(Qt.ItemDataRole.UserRole, para.id)
                item.setToolTip(para.text)
                widget.addItem(item)
                if para.id == chosen:
                    widget.setCurrentItem(item)
            if widget.currentRow() < 0 and widget.count():
                widget.setCurrentRow(0)

    def choice(self) -> tuple[str, str] | None:
        a, b = self.old_list.currentItem(), self.new_list.currentItem()
        if a is None or b is None:
            return None
        return a.data(Qt.ItemDataRole.UserRole), b.data(Qt.ItemDataRole.UserRole)
