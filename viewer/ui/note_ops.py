"""MainWindow mixin: notes on rows and notes left without a row. Imported only by main_window."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from . import labels


class NoteOps:
    """Mixin: expects the attributes set up by MainWindow.__init__."""

    def edit_note(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.index in self.folds:     # a note belongs to a paragraph: open the run first
            self.unfold(row.index)
        self._show_dock(self.notes_dock)
        self.notes.editor.setFocus()

    def set_note(self, key: str, text: str) -> None:
        """Attach ``text`` to row ``key`` (empty text removes the note): an undoable edit."""
        self.document.set_note(key, text)

    def _notes_changed(self, keys: tuple[str, ...]) -> None:
        """The document's notes changed (an edit, or its undo): the panels show them."""
        current = self.notes.current_key()
        if current in keys and self.comparison is not None:
            full = self.view.current_full()
            self.notes.set_row(current, labels.row_label(self.rows[full]) if full is not None else current,
                               self.session.notes.get(current, ""))
        if self.comparison is not None:
            notes = self.session.notes
            orphans = self.session.orphaned_notes(self.comparison)
            self.view.model.set_note_keys(notes)
            self.outline.set_rows(self.rows, notes, len(orphans))
            self.notes.set_orphans(orphans)
            full = self.view.current_full()
            if full is not None:
                self.outline.set_current(full)
        self._update_title()

    def _refresh_notes(self) -> None:
        notes = self.session.notes if self.session else {}
        orphans = self.session.orphaned_notes(self.comparison) if self.comparison else {}
        self.view.model.set_note_keys(notes)
        self.outline.set_rows(self.rows, notes, len(orphans))
        self.notes.set_orphans(orphans)
        full = self.view.current_full()
        if full is not None:
            self.outline.set_current(full)
        self._current_changed(full)
        self._update_title()

    def show_orphans(self) -> None:
        self._show_dock(self.notes_dock)
        self.notes.focus_orphans()

    def attach_orphan(self, key: str) -> None:
        row = self.current_row()
        if row is None or self.session is None or key not in self.session.notes:
            return
        self.document.attach_note(key, row.key)
        self._refresh_notes()

    def delete_orphan(self, key: str) -> None:
        if self.session is None or key not in self.session.notes:
            return
        answer = QMessageBox.question(self, self.tr("Delete note"),
                                      self.tr("Delete this note for good?\n\n{}")
                                      .format(self.session.notes[key][:300]))
        if answer == QMessageBox.StandardButton.Yes:
            self.document.delete_note(key)
            self._refresh_notes()
