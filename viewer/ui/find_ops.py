"""MainWindow mixin: find in the comparison (bar, matches, steps). Imported only by main_window."""
from __future__ import annotations

from . import display


class FindOps:
    """Mixin: expects the attributes set up by MainWindow.__init__."""

    def open_find(self) -> None:
        if self.comparison is None:
            return
        self.find_bar.open_bar()

    def _search(self, keep_position: bool = False) -> None:
        needle = self.find_bar.text()
        sides = self.find_bar.sides(self.view.mode == "inline")
        self._matches = display.find_matches(self.rows, self.visible, needle, sides,
                                             self.find_bar.case_sensitive())
        self._match = None
        if self._matches:
            pos = self.view.model.position(self.view.current_full()) \
                if self.view.current_full() is not None else 0
            pos = pos or 0
            self._match = next((i for i, m in enumerate(self._matches) if m.row >= pos), 0)
        self.view.set_find(self._matches, self._match)
        self.find_bar.set_count(self._match, len(self._matches))

    def find_step(self, forward: bool) -> None:
        if not self.find_bar.text():
            self.open_find()
            return
        self.find_bar.flush()
        if not self._matches:
            self._search()
            return
        n = len(self._matches)
        current = self._match if self._match is not None else (-1 if forward else 0)
        nxt = current + (1 if forward else -1)
        if not 0 <= nxt < n:
            self.statusBar().showMessage(self.tr("Search wrapped around."), 2000)
        self._match = nxt % n
        self.view.set_find(self._matches, self._match)
        self.find_bar.set_count(self._match, n)

    def _find_closed(self) -> None:
        self._matches, self._match = [], None
        self.view.set_find([], None)
        self.view.reading_pane().setFocus()
