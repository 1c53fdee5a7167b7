"""MainWindow mixin: worker jobs, showing a result, closing it. Imported only by main_window."""
from __future__ import annotations

import os

from ..present.rows import fold_layout, hidden_count, links, next_change, summary_counts
from . import jobs, labels
from .dialogs import show_error
from .start_page import is_demo_pair


class Loading:
    """Mixin: expects the attributes set up by MainWindow.__init__."""

    # --- worker --------------------------------------------------------------------------

    def _submit(self, lane: str, fn) -> None:
        # "open", "reload" and "recompute" share one lane: the newest request wins.
        self.worker.submit("export" if lane == "export" else "compare",
                           lambda report: (lane, fn(report=report)))

    def _job_progress(self, _lane: str, stage: str) -> None:
        names = {"load": self.tr("Loading…"), "parse": self.tr("Reading paragraphs…"),
                 "compare": self.tr("Aligning and comparing…"), "export": self.tr("Exporting…")}
        self.stage_label.setText(names.get(stage, stage))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.stage_label.setVisible(busy)
        if not busy:
            self.stage_label.clear()

    def _job_done(self, _lane: str, result) -> None:
        kind, value = result
        if kind == "export":
            self.statusBar().showMessage(self.tr("Exported to {}").format(value), 6000)
            return
        self._show(value, kind)

    def _job_failed(self, lane: str, exc) -> None:
        self._forget_rejected(exc)
        self.report_error(exc, "export" if lane == "export" else "open")
        self.load_failed.emit(exc)

    def _forget_rejected(self, exc) -> None:
        """A refused file is not kept as chosen on the start page (the other one is)."""
        bad = {os.path.abspath(p) for p in jobs.rejected_paths(exc)}
        for side in ("old", "new"):
            chosen = self.start_page.pending(side)
            if chosen and os.path.abspath(chosen) in bad:
                self.start_page.set_pending(side, None)

    def report_error(self, exc: BaseException, action: str = "open") -> None:
        """Tell the user, in the interface language; ``action`` ('open', 'save', 'export',
        'repaired') names what they were doing, for the box's title."""
        if self.headless_errors:
            from ..model import InputError
            import sys
            text = exc.message(self.language()) if isinstance(exc, InputError) else repr(exc)
            print(f"rescompare: {text}", file=sys.stderr)
            return
        show_error(self, exc, self.language(), action)

    # --- showing a comparison ------------------------------------------------------------

    def _show(self, loaded: jobs.Loaded, kind: str) -> None:
        doc = self.document
        if kind == "open":
            self._focus_key = None
            self._keep_place = False
            self._unfolded = set()
            doc.open(loaded.session, loaded.disk_paths, loaded.saved_path)
            for notice in loaded.session.notices:   # pins dropped from a damaged file: say which
                self.report_error(notice, "repaired")
            if loaded.saved_path:
                self.settings.add_recent_comparison(loaded.saved_path)
            # The bundled sample has its own button on the start page: not a recent pair.
            elif loaded.disk_paths and not is_demo_pair(*loaded.disk_paths):
                self.settings.add_recent_pair(*loaded.disk_paths)
            self._sync_option_actions()
            self._watch(self.disk_paths)
            self._refresh_recent()
        elif doc.session is None:
            return                   # closed while it was computed
        elif kind == "reload":
            # New texts, same notes and pairings: what was done to them can still be undone.
            doc.replace_session(loaded.session, keep_history=True)
        # A recomputation keeps the document's session: edits made meanwhile stay (a newer
        # request is on its way when they changed pairings or options).
        doc.set_comparison(loaded.comparison)
        if kind == "open":
            self.view.reading_pane().setFocus()

    def _comparison_changed(self) -> None:
        """The document has a new comparison: every panel shows it, the place is kept."""
        current_key = (self._focus_key or self._current_key()) if self._keep_place else None
        self._focus_key, self._keep_place = None, True
        self._refresh_rows(current_key)
        self.facts.set_comparison(self.comparison)
        self.stack.setCurrentWidget(self.compare_page)
        self._docks_for_page(start=False)
        self._update_headers()
        self._update_summary()
        self._update_title()
        self._update_actions()

    def _refresh_rows(self, current_key: str | None = None) -> None:
        only = self.actions["only_changes"].isChecked()
        self.visible, self.folds = fold_layout(self.rows, only, self._unfolded)
        self._folded = {m for f in self.folds.values() for m in f.members}
        full = None
        if current_key is not None:
            full = next((r.index for r in self.rows if r.key == current_key), None)
            if full is not None and (full not in self.visible or full in self._folded):
                pos = next_change(self.rows, list(range(len(self.rows))), full, True)
                full = pos if pos is not None and pos in self.visible else None
        self.view.set_rows(self.rows, self.visible, links(self.rows, self.visible), full,
                           self.folds)
        self._refresh_notes()
        if self.find_bar.isVisible() and self.find_bar.text():
            self._search(keep_position=True)
        self._update_picks()

    def unfold(self, full: int) -> None:
        """Open the folded run shown as row ``full`` in place; its first row becomes current."""
        fold = self.folds.get(full)
        if fold is None:
            return
        self._unfolded.add(fold.key)
        self._refresh_rows()
        self.view.set_current(fold.members[0], scroll=True)
        self._update_summary()

    def _update_headers(self) -> None:
        c = self.comparison
        if c is None:
            return

        def head(word: str, res) -> str:
            m = res.metadata
            ident = m.symbol or m.number or ""
            return "  ·  ".join(x for x in (word, ident, os.path.basename(res.source)) if x)
        self.view.set_headers(head(self.tr("Old"), c.old), head(self.tr("New"), c.new))

    def _update_summary(self) -> None:
        if self.comparison is None:
            self.summary_label.setText("")
            return
        text = labels.summary(summary_counts(self.comparison))
        if self.actions["only_changes"].isChecked():
            text += "   " + self.tr("(only changes shown)")
        folded = hidden_count(self.folds)
        if folded:      # what the folds hide stays counted in sight
            text += "   " + labels.folded_count(folded)
        self.summary_label.setText(text)

    def summary_text(self) -> str:
        return self.summary_label.text()

    # --- session changes -----------------------------------------------------------------

    def _pins_changed(self) -> None:
        self._recompute()
        self._update_title()

    def _options_changed(self) -> None:
        self._sync_option_actions()
        self.settings.set_options(self.options)
        if self.session is not None:
            self._option_timer.start()   # debounced: a burst of toggles recomputes once

    def _recompute(self) -> None:
        if self.session is None:
            return
        s, disk, saved = self.session, self.disk_paths, self.document.saved_path
        self._submit("recompute", lambda report: jobs.recompare(s, disk, saved, report))

    def close_comparison(self) -> None:
        if self.session is None or not self.maybe_discard():
            return
        self.worker.cancel("compare")
        self.document.close()
        self.visible, self.folds, self._folded = [], {}, set()
        self._watch(())
        self.view.set_rows((), [], [])
        self.outline.set_rows((), {}, 0)
        self.facts.set_comparison(None)
        self.notes.set_row(None, "", "")
        self.notes.set_orphans({})
        self.start_page.set_pending("old", None)
        self.start_page.set_pending("new", None)
        self._update_summary()
        self._update_title()
        self._update_actions()
        self.show_start()
