"""MainWindow mixin: find in the comparison (bar, matches, steps). Imported only by main_window."""
from __future__ import annotations

from ..present.rows import find_matches, shown_matches


class FindOps:
    """Mixin: expects the attributes set up by MainWindow.__init__.

    Find searches every row, also those hidden by "Show only changes": ``_found`` holds the
    matches over all rows (``row`` a full index) and ``_found_at`` the current one; the view
    gets ``_matches`` (the shown ones, ``row`` a visible position) and ``_match``. Reaching a
    match in a hidden row shows all rows."""

    def open_find(self) -> None:
        if self.comparison is None:
            return
        self.find_bar.open_bar()

    def _search(self, keep_position: bool = False) -> None:
        """Find anew; the current match is the first at or after the current row. With
        ``keep_position`` (the rows changed under an open bar) only a shown match can be current,
        so that turning the filter on does not turn it off again."""
        needle = self.find_bar.text()
        sides = self.find_bar.sides(self.view.mode == "inline")
        self._found = find_matches(self.rows, range(len(self.rows)), needle, sides,
                                           self.find_bar.case_sensitive())
        shown = set(self.visible) - self._folded
        candidates = [i for i, m in enumerate(self._found) if not keep_position or m.row in shown]
        self._found_at = None
        if candidates:
            full = self.view.current_full() or 0
            self._found_at = next((i for i in candidates if self._found[i].row >= full),
                                  candidates[0])
        self._show_match()

    def find_step(self, forward: bool) -> None:
        if not self.find_bar.text():
            self.open_find()
            return
        self.find_bar.flush()
        if not self._found:
            self._search()
            return
        n = len(self._found)
        current = self._found_at if self._found_at is not None else (-1 if forward else 0)
        nxt = current + (1 if forward else -1)
        if not 0 <= nxt < n:
            self.statusBar().showMessage(self.tr("Search wrapped around."), 2000)
        self._found_at = nxt % n
        self._show_match()

    def _show_match(self) -> None:
        """Highlight the shown matches and go to the current one, showing all rows first when
        it is in a row the filter hides."""
        at = self._found_at
        if at is not None and self._found[at].row in self._folded and \
                self.actions["only_changes"].isChecked():
            target = self._found[at]
            self.set_only_changes(False)      # re-searches when the bar is open: same matches
            self._found_at = self._found.index(target)
            self.statusBar().showMessage(self.tr("Showing all paragraphs: the match is in an "
                                                 "unchanged paragraph."), 6000)
        at = self._found_at
        if at is not None and self._found[at].row in self._folded:   # in a long folded run
            target = self._found[at]
            self.reveal(target.row)
            self._found_at = self._found.index(target)
        shown = set(self.visible) - self._folded
        self._matches = shown_matches([m for m in self._found if m.row in shown], self.visible)
        self._match = None if self._found_at is None else \
            sum(1 for m in self._found[:self._found_at] if m.row in shown)
        self.view.set_find(self._matches, self._match)
        self.find_bar.set_count(self._found_at, len(self._found))

    def _find_closed(self) -> None:
        self._matches, self._match = [], None
        self._found, self._found_at = [], None
        self.view.set_find([], None)
        self.view.reading_pane().setFocus()
