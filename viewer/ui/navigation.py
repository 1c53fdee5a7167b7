"""MainWindow mixin: current row, change to change, go to, focus. Imported only by main_window."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QInputDialog

from ..present.rows import RowView
from ..present.rows import next_change as change_after   # the method below has its name
from . import labels


def paragraph_id(typed: str) -> str:
    """What Go to paragraph was given, as an id: 'op 4', 'OP4', '执行第4段', '执行部分第 4 段' and
    '执行4' are 'OP4'; '序言…' is a PP."""
    want = typed.strip().upper().replace(" ", "")
    digits = re.search(r"\d+", want)
    if digits and ("执行" in want or "序言" in want):
        return ("OP" if "执行" in want else "PP") + digits.group()
    return want


class Navigation:
    """Mixin: expects the attributes set up by MainWindow.__init__."""

    def _current_key(self) -> str | None:
        full = self.view.current_full()
        return self.rows[full].key if full is not None and full < len(self.rows) else None

    def current_row(self) -> RowView | None:
        full = self.view.current_full()
        return self.rows[full] if full is not None and full < len(self.rows) else None

    def _current_changed(self, full) -> None:
        if full is None or full >= len(self.rows) or self.session is None:
            self.notes.set_row(None, "", "")
            self.actions["pair_candidate"].setEnabled(False)
            return
        row = self.rows[full]
        self.actions["pair_candidate"].setEnabled(row.candidate is not None)
        self.notes.set_row(row.key, labels.row_label(row), self.session.notes.get(row.key, ""))
        self.outline.set_current(full)

    def go_to_row(self, full: int, focus: bool = True) -> None:
        if full in self._folded and self.actions["only_changes"].isChecked():
            self.set_only_changes(False)      # an unchanged row was asked for: show all rows
        self.reveal(full)
        self.view.set_current(full, scroll=True)
        if focus:
            self.view.reading_pane().setFocus()

    def next_change(self, forward: bool = True) -> None:
        if not self.visible:
            return
        pos = self.view.model.position(self.view.current_full()) \
            if self.view.current_full() is not None else None
        found = change_after(self.rows, self.visible, pos, forward)
        if found is None:
            self.statusBar().showMessage(self.tr("No further change in this direction."), 3000)
            QApplication.beep()
            return
        self.view.set_current(self.visible[found], scroll=True)

    def reveal(self, full: int) -> None:
        """Open the fold that hides row ``full`` (if one does)."""
        for head, fold in list(self.folds.items()):
            if full in fold.members:
                self._unfolded.add(fold.key)
                self._refresh_rows()
                self._update_summary()
                return

    def go_edge(self, which: int) -> None:
        """The first (last) paragraph shown with its text (a folded run is passed over)."""
        rows = [f for f in self.visible if f not in self.folds] or self.visible
        if rows:
            self.view.set_current(rows[which], scroll=True)

    def go_to_dialog(self) -> None:
        if not self.rows:
            return
        text, ok = QInputDialog.getText(self, self.tr("Go to paragraph"),
                                        self.tr("Paragraph (e.g. OP4 or PP3), new numbering "
                                                "first:"))
        if ok and text.strip():
            want = paragraph_id(text)
            for ids_of in (lambda r: r.new_ids, lambda r: r.old_ids):
                for r in self.rows:
                    if want in ids_of(r):
                        self.go_to_row(r.index)
                        return
            self.statusBar().showMessage(self.tr("No paragraph {}.").format(want), 4000)

    def _focus_side(self, side: str) -> None:
        pane = self.view.inline_pane if self.view.mode == "inline" else \
            (self.view.old_pane if side == "old" else self.view.new_pane)
        pane.setFocus()
