"""MainWindow mixin: histories of three or more versions, and Word files with tracked changes.

A history shows one pair of its versions at a time as an ordinary comparison (the document's
session), so pairing, notes, undo, find and every export work unchanged. Around it: the
version strip (choose any two versions, step through the pairs, drag to reorder), the paragraph
history panel, and Save/Open of the version-2 ``.rescompare`` format. Stepping to a pair the
history has already compared swaps the comparison in at once; anything else is computed by the
worker. Reordering is a command on the document's undo stack; choosing another pair is
navigation and, like opening another pair, starts a new undo history (the recorded pairings and
notes name the other pair's paragraphs).

A Word file with tracked changes opened alone shows before → after with the revisions of the
selected row in the history panel and the file's comments as notes; opened as one side of a
comparison (or as one version of a history) it asks which state to use.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog

from ..model import InputError
from ..model.history import chronological
from ..model.history_session import HistorySession
from ..model.session import EXTENSION, Source
from ..present.history import lineage_view
from ..wording import text as word
from . import history_jobs, jobs, labels
from .document import _Change
from .file_ops import DOC_FILTER
from .history_panel import HistoryPanel
from .tracked_dialog import BEFORE, OWN, ask_state
from .version_strip import VersionStrip

HISTORY_KINDS = ("history_open", "history_add", "history_step", "history_order",
                 "history_recompute", "tracked_open")


def tracked_info(path: str):
    """The file's tracked changes when ``path`` is a Word file that has some, else None (a
    file that cannot be read is left to the ordinary loader, which reports it)."""
    if not path.lower().endswith(".docx") or not os.path.isfile(path):
        return None
    from ..loaders.docx_revisions import has_tracked_changes, load_tracked
    if not has_tracked_changes(path):
        return None              # an ordinary Word file is read once, by the worker
    try:
        doc = load_tracked(path)
    except (InputError, OSError, ValueError):
        return None
    return doc if doc.has_changes else None


class HistoryOps:
    """Mixin: expects the attributes set up by MainWindow.__init__."""

    hstate: "history_jobs.HistoryState | None" = None
    tracked = None                     # TrackedComparison of a Word file shown before → after
    _history_clean: HistorySession | None = None
    _pending_sources: dict = {}        # Word file -> the state chosen for it on the start page
    ask_tracked_state = staticmethod(ask_state)   # tests answer it

    # --- construction (called by MainWindow._build_widgets) --------------------------------

    def _build_history_widgets(self, page_layout) -> None:
        self.strip = VersionStrip()
        self.strip.hide()
        page_layout.insertWidget(0, self.strip)
        self.history_panel = HistoryPanel()
        self.history_dock = self._dock("history", self.history_panel,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.facts_dock, self.history_dock)
        self.strip.pair_chosen.connect(lambda a, b: self.choose_pair(a, b))
        self.strip.step.connect(self.step_pair)
        self.strip.reordered.connect(self.reorder_versions)
        # The panel follows the selection after the comparison is painted (a zero timer folds
        # the several changes of one step into one refresh), and not at all while it is hidden.
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(0)
        self._panel_timer.timeout.connect(self._refresh_history_panel_now)
        self.view.current_changed.connect(lambda *_: self._refresh_history_panel())
        self.history_dock.visibilityChanged.connect(lambda shown: shown and self._refresh_history_panel())

    def _connect_history_actions(self) -> None:
        a = self.actions
        a["open_versions"].triggered.connect(self.ask_open_versions)
        a["add_version"].triggered.connect(self.ask_add_version)
        a["prev_pair"].triggered.connect(lambda: self.step_pair(-1))
        a["next_pair"].triggered.connect(lambda: self.step_pair(+1))
        a["version_earlier"].triggered.connect(lambda: self.move_version(-1))
        a["version_later"].triggered.connect(lambda: self.move_version(+1))
        a["order_by_date"].triggered.connect(self.order_by_date)
        a["show_history"].triggered.connect(lambda: self._show_dock(self.history_dock))
        a["export_history"].triggered.connect(self.ask_export_history)
        self.document.session_replaced.connect(self._history_session_replaced)
        self.document.comparison_changed.connect(self._history_comparison_changed)

    def _update_history_actions(self) -> None:
        has, hist = self.comparison is not None, self.hstate is not None
        self.actions["add_version"].setEnabled(has)
        for name in ("prev_pair", "next_pair", "version_earlier", "version_later", "order_by_date",
                     "export_history"):
            self.actions[name].setEnabled(hist)

    # --- opening ---------------------------------------------------------------------------

    def ask_open_versions(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open the versions of a resolution"), "",
            self.tr("Resolutions ({})").format(DOC_FILTER))
        if len(paths) >= 3:
            self.open_versions(paths)
        elif len(paths) == 2:
            self.open_pair(*paths)
        elif paths:
            self.open_side("old", paths[0])

    def _chosen_sources(self, paths: list[str]) -> dict[str, Source] | None:
        """For each Word file with tracked changes among ``paths``, the text the user chose
        (None: the user cancelled)."""
        out = {}
        for path in paths:
            doc = tracked_info(path)
            if doc is None:
                continue
            state = self.ask_tracked_state(self, path, len(doc.revisions), doc.authors, False)
            if state is None:
                return None
            from ..model.tracked import after_name, before_name
            out[path] = (Source(before_name(path), doc.before) if state == BEFORE
                         else Source(after_name(path), doc.after))
        return out

    def open_versions(self, paths: list[str]) -> None:
        """Three or more files as one history, ordered by their dates."""
        if self.session is not None and not self.maybe_discard():
            return
        sources = self._chosen_sources(paths)
        if sources is None:
            return
        options = self.options
        self._submit("history_open", partial(history_jobs.open_versions, list(paths), options,
                                             sources=sources))

    def ask_add_version(self) -> None:
        if self.session is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a version"), "",
                                              self.tr("Resolutions ({})").format(DOC_FILTER))
        if path:
            self.add_version(path)

    def add_version(self, path: str, source: Source | None = None) -> None:
        """One more version: an open pair becomes a history of three. ``source``: the text
        already chosen for a Word file with tracked changes (else asked here)."""
        if self.session is None:
            return
        if source is None:
            sources = self._chosen_sources([path])
            if sources is None:
                return
            source = sources.get(path)
        # Notes or pairings made while the new version is read are not lost: the result is
        # built from this session, so if it changed meanwhile the job is made again (_job_done).
        self._adding = (self.session, path, source)
        if self.hstate is not None:
            state = self.hstate.fold(self.session)
            self._submit("history_add", partial(history_jobs.add_version, state, path,
                                                source=source))
        else:
            session = self.session

            def job(report):
                return history_jobs.add_version(history_jobs.from_pair(session), path, report,
                                                source)
            self._submit("history_add", job)

    def open_tracked(self, path: str) -> None:
        """A Word file's tracked changes as a comparison by itself."""
        if self.session is not None and not self.maybe_discard():
            return
        self._submit("tracked_open", partial(_tracked_job, path, self.options))

    def _source_for(self, path: str, doc, state: str) -> Source:
        from ..model.tracked import after_name, before_name
        return Source(before_name(path), doc.before) if state == BEFORE else \
            Source(after_name(path), doc.after)

    def open_side(self, side: str, path: str) -> None:
        """A Word file with tracked changes: alone it asks whether to show its own changes or
        which state to use; as one side of a comparison, which state to use."""
        doc = tracked_info(path) if not path.lower().endswith(EXTENSION) else None
        if doc is None:
            super().open_side(side, path)
            return
        other_path = self._side_path("new" if side == "old" else "old")
        if self.session is not None and not self.disk_paths and self.hstate is None:
            # a saved or tracked comparison keeps its other text: replace this side only
            state = self.ask_tracked_state(self, path, len(doc.revisions), doc.authors, False)
            if state is not None:
                self._submit("open", partial(_replace_with_source, self.session, side,
                                             self._source_for(path, doc, state)))
            return
        if other_path and self.hstate is None:
            super().open_side(side, path)        # open_pair asks which state
            return
        state = self.ask_tracked_state(self, path, len(doc.revisions), doc.authors, True)
        if state is None:
            return
        if state == OWN:
            self.open_tracked(path)
            return
        self._pending_sources = dict(self._pending_sources, **{path: self._source_for(path, doc, state)})
        self.start_page.set_pending(side, path)
        self.show_start()

    def open_pair(self, old: str, new: str) -> None:
        """An ordinary pair; a Word file with tracked changes among them is one state of it."""
        chosen = {}
        for path in (old, new):
            if path in self._pending_sources:
                chosen[path] = self._pending_sources[path]
                continue
            doc = tracked_info(path)
            if doc is not None:
                state = self.ask_tracked_state(self, path, len(doc.revisions), doc.authors, False)
                if state is None:
                    return
                chosen[path] = self._source_for(path, doc, state)
        if not chosen:
            super().open_pair(old, new)
            return
        if self.session is not None and not self.maybe_discard():
            return
        self.start_page.set_pending("old", old)
        self.start_page.set_pending("new", new)
        self._pending_sources = {}      # an instance attribute from now on
        self._submit("open", partial(_pair_job, chosen.get(old, old), chosen.get(new, new),
                                     self.options))

    def dropEvent(self, event):
        """Three or more files open as a history; a file dropped on an open history is added
        to it as another version."""
        files = self._dropped_files(event)
        if len(files) >= 3 or (files and self.hstate is not None
                               and not files[0].lower().endswith(EXTENSION)):
            event.acceptProposedAction()
            if len(files) >= 3:
                self.open_versions(files)
            else:
                for path in files[:1]:
                    self.add_version(path)
            return
        super().dropEvent(event)

    def open_comparison(self, path: str) -> None:
        """A saved comparison of either format, read in the worker: version 1 opens as a pair,
        version 2 as a history (the file says which only once it is read and validated)."""
        if self.session is not None and not self.maybe_discard():
            return
        options = self._forced_options
        self.worker.submit("compare", lambda report: _saved_job(path, options, report))

    # --- results ---------------------------------------------------------------------------

    def _job_done(self, lane: str, result) -> None:
        kind, value = result
        if kind not in HISTORY_KINDS:
            if kind == "open":
                self._leave_history()
            if kind == "recompute" and self.tracked is not None and value.comparison is not None:
                self._retrack(value.comparison)
            super()._job_done(lane, result)
            return
        doc = self.document
        if kind == "history_add":
            started_from, path, source = getattr(self, "_adding", (None, None, None))
            self._adding = None
            if started_from is not None and self.session is not started_from:
                self.add_version(path, source)  # edited meanwhile: again, from what is there now
                return
        if kind in ("history_open", "history_add", "tracked_open"):
            saved_path = doc.saved_path if kind == "history_add" else value.saved_path
            clean = self._history_clean if kind == "history_add" else None
            self._leave_history()
            if kind == "tracked_open":
                self.tracked = value.tracked
            else:
                self.hstate = value.state
                self._history_clean = clean or value.state.saved
            self._show(replace(value, saved_path=saved_path), "open")
            if kind == "tracked_open":
                doc.mark_clean()      # the comments are the file's notes, not unsaved work
            if not self.history_dock.isHidden():
                self.history_dock.raise_()   # what a history or a tracked file adds: in sight
            if kind == "history_add" and saved_path is None:
                self._history_clean = None         # never saved: any history is unsaved work
        elif self.hstate is None:
            return                                  # closed while it was computed
        elif kind == "history_step":
            # Notes or pairings made on the pair shown while the next one was computed are kept.
            folded = self.hstate.fold(self.session)
            self.hstate = replace(value.state, saved=folded.saved)
            doc.replace_session(value.session)
            doc.set_comparison(value.comparison)
        elif kind == "history_order":
            self.hstate = replace(self.hstate, history=value.state.history)
            self._refresh_history_panel()
        elif kind == "history_recompute":
            self.hstate = replace(self.hstate, history=value.state.history)
            doc.set_comparison(value.comparison)
        self._refresh_strip()
        self._update_title()

    def _recompute(self) -> None:
        """Pairings or options changed: in a history the comparison is redone through the
        history, so its lineages and cache follow."""
        if self.hstate is None:
            super()._recompute()
            return
        state = self.hstate.fold(self.session)
        self.hstate = state
        self._submit("history_recompute", partial(history_jobs.show_pair, state, state.pair))

    def _leave_history(self) -> None:
        self.hstate = None
        self.tracked = None
        self._history_clean = None
        self.strip.hide()

    def _history_session_replaced(self) -> None:
        if self.document.session is None:          # closed
            self._leave_history()
            self.history_panel.clear()
            self._update_history_actions()

    def _history_comparison_changed(self) -> None:
        self._refresh_strip()
        self._refresh_history_panel()
        self._update_history_actions()

    def _retrack(self, comparison) -> None:
        from ..model.tracked import attach
        self.tracked = attach(self.tracked.document, comparison)

    # --- choosing and stepping -------------------------------------------------------------

    def current_pair(self) -> tuple[str, str] | None:
        return self.hstate.pair if self.hstate is not None else None

    def choose_pair(self, old: str, new: str) -> None:
        """Compare versions ``old`` and ``new`` (keys): at once when the history has compared
        them already, else in the worker."""
        if self.hstate is None or (old, new) == self.hstate.pair or old == new:
            return
        self.notes.commit()
        state = self.hstate.fold(self.session)
        hit = state.cached((old, new))
        if hit is not None:
            self.hstate = replace(state, pair=(old, new))
            self.document.replace_session(self.hstate.session())
            self.document.set_comparison(hit)
            return
        self.hstate = state
        self._submit("history_step", partial(history_jobs.show_pair, state, (old, new)))

    def step_pair(self, delta: int) -> None:
        """The next (previous) adjacent pair: from the newer version of the pair shown."""
        if self.hstate is None:
            return
        keys = self.hstate.keys
        j = max(keys.index(k) for k in self.hstate.pair) + delta
        j = min(max(j, 1), len(keys) - 1)
        self.choose_pair(keys[j - 1], keys[j])

    def swap_sides(self) -> None:
        """In a history, swapping compares the same two versions the other way round."""
        if self.hstate is None:
            super().swap_sides()
            return
        old, new = self.hstate.pair
        self.choose_pair(new, old)

    # --- order (undoable) ------------------------------------------------------------------

    def reorder_versions(self, keys: tuple) -> None:
        if self.hstate is None or tuple(keys) == self.hstate.keys:
            return
        self.document.undo_stack.push(_Change(self._apply_order, self.hstate.keys, tuple(keys),
                                              self.tr("Reorder the versions")))

    def move_version(self, delta: int) -> None:
        """Move the newer version of the pair shown one place earlier or later."""
        if self.hstate is None:
            return
        keys = list(self.hstate.keys)
        i = keys.index(self.hstate.pair[1])
        j = i + delta
        if not 0 <= j < len(keys):
            return
        keys.insert(j, keys.pop(i))
        self.reorder_versions(tuple(keys))

    def order_by_date(self) -> None:
        if self.hstate is not None:
            ordered, _rule = chronological(self.hstate.history.versions)
            self.reorder_versions(tuple(v.key for v in ordered))

    def _apply_order(self, keys: tuple) -> None:
        if self.hstate is None:
            return
        state = self.hstate.fold(self.session)
        saved = state.saved.reordered(list(keys))
        ordered, rule = chronological(state.history.versions)
        if tuple(v.key for v in ordered) == tuple(keys):
            saved = replace(saved, ordering=rule)
        self.hstate = replace(state, saved=saved)
        self._refresh_strip()
        self._update_title()
        self._submit("history_order", partial(history_jobs.show_pair, self.hstate,
                                              self.hstate.pair))

    # --- panels ----------------------------------------------------------------------------

    def _refresh_strip(self) -> None:
        if self.hstate is None:
            self.strip.hide()
            return
        by_key = {v.key: v for v in self.hstate.history.versions}
        versions = [(k, by_key[k].label, by_key[k].when or "") for k in self.hstate.keys]
        self.strip.set_versions(versions, self.hstate.pair)
        self.strip.show()

    def selected_lineage(self):
        """The lineage of the selected row's paragraph (new side first), or None."""
        if self.hstate is None or self.comparison is None:
            return None
        row = self.current_row()
        if row is None:
            return None
        history = self.hstate.history
        if history.keys != self.hstate.keys:
            return None                 # reordered, the worker is bringing the history in line
        old, new = self.hstate.pair
        for key, ids in ((new, row.new_ids), (old, row.old_ids)):
            if ids:
                try:
                    return history.lineage_of(key, ids[0])
                except KeyError:
                    continue
        return None

    def _refresh_history_panel(self) -> None:
        if hasattr(self, "_panel_timer"):
            self._panel_timer.start()

    def _refresh_history_panel_now(self) -> None:
        if not self.history_dock.isVisible():
            return
        lang = self.language()
        if self.tracked is not None:
            row = self.current_row()
            if row is None:
                self.history_panel.show_revisions(None, (), ())
            else:
                self.history_panel.show_revisions(
                    labels.row_label(row), self.tracked.revisions.get(row.key, ()),
                    self.tracked.comments.get(row.key, ()))
            return
        if self.hstate is None:
            self.history_panel.clear()
            return
        lineage = self.selected_lineage()
        view = lineage_view(self.hstate.history, lineage, lang) if lineage is not None else None
        self.history_panel.show_lineage(view, word("h.verbs", lang, path="").strip())

    def ask_export_history(self) -> None:
        if self.hstate is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the history report"), "",
            ";;".join([self.tr("PDF (*.pdf)"), self.tr("Web page (*.html)"),
                       self.tr("JSON data (*.json)")]))
        if path:
            self.export_history_to(path)

    def export_history_to(self, path: str) -> None:
        """The history report (.pdf, .html) or data (.json) of every version, in the worker."""
        if self.hstate is None:
            return
        state = self.hstate.fold(self.session)
        language = self.language()
        sources = [v.name for v in state.saved.versions]

        def job(report):
            from ..export.atomic import refuse_inputs
            from ..export.history_json import export_history
            refuse_inputs(path, sources)
            report("export")
            return "export", export_history(history_jobs.show_pair(state, state.pair).state.history,
                                            path, state.saved.notes(), language=language)
        self.worker.submit("export", job)

    # --- saving ----------------------------------------------------------------------------

    def history_dirty(self) -> bool:
        if self.hstate is None:
            return False
        return self.hstate.fold(self.session).saved != self._history_clean

    def save_to(self, path: str) -> bool:
        if self.hstate is None:
            return super().save_to(path)
        self.notes.commit()
        state = self.hstate.fold(self.session)
        if not self._write_comparison(path, state.saved.to_bytes()):
            return False
        self.hstate = state
        self._history_clean = state.saved
        self._saved(path)
        return True


# --- jobs (worker thread) ------------------------------------------------------------------

def _tracked_job(path: str, options, report=lambda s: None):
    from ..loaders.docx_revisions import load_tracked
    from ..model.tracked import tracked_session
    report("load")
    document = load_tracked(path)
    report("compare")
    session, tracked = tracked_session(document, options)
    return TrackedLoaded(session, tracked.comparison, tracked=tracked)


def _saved_job(path: str, options, report=lambda s: None):
    """(kind, result) for a .rescompare file of either format."""
    from ..model.session import read_comparison
    report("load")
    saved = read_comparison(path)
    if isinstance(saved, HistorySession):
        if options is not None:
            saved = replace(saved, options=options)
        return "history_open", history_jobs.build(saved, None, report, saved_path=path)
    if options is not None:
        saved = replace(saved, options=options)
    return "open", jobs.Loaded(saved, jobs.compare_session(saved, report), (), path)


def _pair_job(old: "str | Source", new: "str | Source", options, report=lambda s: None):
    """A pair where a side may be a text already chosen (a state of a tracked Word file).
    Not watched on disk: a reload would read the file again without asking."""
    from ..model.session import Session
    old, new = (s if isinstance(s, Source) else jobs.load_source(s, report) for s in (old, new))
    session = Session(old, new, options)
    return jobs.Loaded(session, jobs.compare_session(session, report), ())


def _replace_with_source(session, side: str, source: Source, report=lambda s: None):
    session = replace(session, **{side: source})
    return jobs.Loaded(session, jobs.compare_session(session, report), ())



@dataclass(frozen=True)
class TrackedLoaded(jobs.Loaded):
    tracked: object = None
