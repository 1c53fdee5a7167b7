"""Notes: the note of the current row in an editor, and the notes whose row no longer exists
(after re-pairing or a reload) in a list of their own — kept, shown, and re-attachable to a row;
removed only when the user deletes them."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from .i18n import Retranslating

class NotesPanel(Retranslating, QWidget):
    note_edited = Signal(str, str)     # row key, text
    attach_orphan = Signal(str)        # orphan key -> attach to the current row
    delete_orphan = Signal(str)
    done = Signal()                    # Escape in the editor: back to the comparison

    def __init__(self, parent=None):
        super().__init__(parent)
        self._key: str | None = None
        self._label = ""
        self._loading = False
        self._edited = False      # the user typed since the text was loaded or handed over
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._changed)
        self._commit = QTimer(self)
        self._commit.setSingleShot(True)
        self._commit.setInterval(250)
        self._commit.timeout.connect(self.commit)
        self.orphan_title = QLabel()
        self.orphan_title.setWordWrap(True)
        self.orphans = QListWidget()
        self.orphans.setWordWrap(True)
        self.attach = QPushButton()
        self.delete = QPushButton()
        self.attach.clicked.connect(lambda: self._orphan_action(self.attach_orphan))
        self.delete.clicked.connect(lambda: self._orphan_action(self.delete_orphan))
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach)
        buttons.addWidget(self.delete)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.orphan_title)
        layout.addWidget(self.orphans, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.editor)
        self.set_orphans({})
        self.retranslate()
        self.set_row(None, "", "")

    # --- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("Type a note for this row. Notes are saved with "
                                               "the comparison (File › Save)."))
        self.editor.setAccessibleName(self.tr("Note"))
        self.orphan_title.setText(self.tr("Notes without a row — their paragraphs were paired "
                                          "differently or are gone. They are kept:"))
        self.attach.setText(self.tr("&Attach to current row"))
        self.delete.setText(self.tr("Delete note"))
        self._update_title()

    def _update_title(self) -> None:
        if self._key is None:
            self.title.setText(self.tr("Select a row to write a note."))
        else:
            self.title.setText(self.tr("Note on {row}").format(row=self._label))

    # --- content -------------------------------------------------------------------------

    def set_row(self, key: str | None, label: str, text: str) -> None:
        """Show the note of row ``key`` (saving any pending edit of the previous row first)."""
        if key == self._key and self.editor.toPlainText() == text:
            return
        if key != self._key:
            self.commit()
        self._key, self._label = key, label
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
            self._edited = False
        self.editor.setEnabled(key is not None)
        self._update_title()

    def current_key(self) -> str | None:
        return self._key

    def set_orphans(self, orphans: dict[str, str]) -> None:
        self.orphans.clear()
        for key, text in sorted(orphans.items()):
            row = key.replace(">", " → ").strip(" →")
            item = QListWidgetItem(f"{row}: {text}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(text)
            self.orphans.addItem(item)
        visible = bool(orphans)
        for w in (self.orphan_title, self.orphans, self.attach, self.delete):
            w.setVisible(visible)

    def focus_orphans(self) -> None:
        if self.orphans.count():
            self.orphans.setCurrentRow(0)
            self.orphans.setFocus()

    def _orphan_action(self, signal) -> None:
        item = self.orphans.currentItem() or (self.orphans.item(0) if self.orphans.count() else None)
        if item is not None:
            signal.emit(item.data(Qt.ItemDataRole.UserRole))

    # --- editing -------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._loading and self._key is not None:
            self._edited = True
            self._commit.start()

    def commit(self) -> None:
        """Hand the edited text to the window now (also before saving and on row change)."""
        if self._commit.isActive():
            self._commit.stop()
        if self._key is not None and self._edited:
            self._edited = False
            self.note_edited.emit(self._key, self.editor.toPlainText())

    def eventFilter(self, obj, event):
        if obj is self.editor and event.type() == QEvent.Type.KeyPress and \
                event.matches(QKeySequence.StandardKey.Cancel):
            self.commit()
            self.done.emit()
            return True
        return super().eventFilter(obj, event)
