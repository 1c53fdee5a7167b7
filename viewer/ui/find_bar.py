"""Find in the comparison (Ctrl+F): a bar under the panes. Enter / F3 next, Shift+Enter /
Shift+F3 previous, Escape closes. Searches the old text, the new text or both."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QToolButton, QWidget)

from ..present.palette import LIGHT
from .i18n import Retranslating
SCOPES = ("both", "old", "new")


class FindBar(Retranslating, QWidget):
    search_changed = Signal()   # text, scope or case changed
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.label.setBuddy(self.edit)
        self.scope = QComboBox()
        self.case = QCheckBox()
        self.prev_button = QToolButton()
        self.next_button = QToolButton()
        self.prev_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.search_changed)
        self.edit.textChanged.connect(lambda _t: self._debounce.start())
        self.scope.currentIndexChanged.connect(lambda _i: self.search_changed.emit())
        self.case.toggled.connect(lambda _b: self.search_changed.emit())
        self.prev_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        for w in (self.label, self.edit):
            layout.addWidget(w)
        layout.setStretchFactor(self.edit, 1)
        for w in (self.scope, self.case, self.prev_button, self.next_button, self.count,
                  self.close_button):
            layout.addWidget(w)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Find:"))
        current = max(0, self.scope.currentIndex())
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItems([self.tr("Both sides"), self.tr("Old text"), self.tr("New text")])
        self.scope.setCurrentIndex(current)
        self.scope.blockSignals(False)
        self.scope.setAccessibleName(self.tr("Search in"))
        self.case.setText(self.tr("Match &case"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))

    # --- state ---------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def sides(self, inline: bool) -> tuple[str, ...]:
        if inline:
            return ("inline",)
        scope = SCOPES[max(0, self.scope.currentIndex())]
        return ("old", "new") if scope == "both" else (scope,)

    def case_sensitive(self) -> bool:
        return self.case.isChecked()

    def set_count(self, current: int | None, total: int) -> None:
        if not self.text():
            self.count.setText("")
        elif total == 0:
            self.count.setText(self.tr("No matches"))
        elif current is None:       # every match is in a row hidden by "Show only changes"
            self.count.setText(self.tr("{total} hidden").format(total=total))
        else:
            self.count.setText(self.tr("{n} of {total}").format(
                n=(current or 0) + 1, total=total))
        bad = bool(self.text()) and total == 0
        self.edit.setStyleSheet(f"QLineEdit {{ background: {LIGHT.invalid_bg}; }}" if bad else "")

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def flush(self) -> None:
        """Apply a pending (debounced) edit now."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.search_changed.emit()

    def eventFilter(self, obj, event):
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.flush()
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
            if event.matches(QKeySequence.StandardKey.Cancel):
                self.close_bar()
                return True
        return super().eventFilter(obj, event)
