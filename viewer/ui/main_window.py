"""The main window: builds the widgets around one comparison document and wires every command.
Panels only render (compare_view, outline, metadata_panel, notes_panel, find_bar, start_page);
the commands live in mixins, one small module each:

- :mod:`~viewer.ui.file_ops`: open, drop, save, reload on change on disk, export, print
- :mod:`~viewer.ui.loading`: worker jobs, showing their result, closing a comparison
- :mod:`~viewer.ui.view_state`: diff options, only changes, mode, zoom
- :mod:`~viewer.ui.navigation`: the current row, change to change, go to, focus a side
- :mod:`~viewer.ui.find_ops`: find in the comparison
- :mod:`~viewer.ui.note_ops`: notes
- :mod:`~viewer.ui.pairing`: pairing by hand, swapping the sides
- :mod:`~viewer.ui.language`: language switch and retranslation

The comparison itself (session, options, comparison, rows) is owned by a
:class:`~viewer.ui.document.ComparisonDocument`; the mixins read it through the read-only
``session`` / ``comparison`` / ``rows`` / ``options`` properties and change it only through
its commands (which Edit › Undo / Redo take back).

Import direction: this module imports the mixins; no mixin imports this module or another mixin.
Heavy work goes to the worker (:mod:`viewer.ui.jobs`).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMenu,
                               QProgressBar, QStackedWidget, QVBoxLayout, QWidget)

from ..model import DiffOptions
from ..model.session import Session
from ..present.rows import RowView
from .actions import Actions
from .changemap import ChangeMap
from .compare_view import CompareView
from .connector import Connector
from .document import ComparisonDocument
from .dialogs import ShortcutsDialog, about
from .file_ops import FileOps
from .find_bar import FindBar
from .find_ops import FindOps
from .history_ops import HistoryOps, tracked_info
from .i18n import Translations
from .language import Language
from .loading import Loading
from .metadata_panel import MetadataPanel
from .navigation import Navigation
from .note_ops import NoteOps
from .notes_panel import NotesPanel
from .outline import Outline
from .pairing import Pairing
from .rowlayout import PAD_H
from .settings import Settings
from .start_page import StartPage
from . import labels
from .theme import theme_for
from .view_state import OPTION_DEBOUNCE_MS, ViewState
from .worker import Worker


class MainWindow(HistoryOps, FileOps, Loading, ViewState, Navigation, FindOps, NoteOps, Pairing, Language,
                 QMainWindow):
    comparison_shown = Signal()     # a comparison was set and painted
    load_failed = Signal(object)    # the exception (after it was reported)

    def __init__(self, settings: Settings | None = None, translations: Translations | None = None,
                 options: DiffOptions | None = None, language: str | None = None):
        super().__init__()
        self.setObjectName("ResCompareMainWindow")
        self.settings = settings or Settings()
        self.translations = translations or Translations(QApplication.instance())
        self._forced_language = language
        self._forced_options = options      # from the command line: also over a saved file's
        self.document = ComparisonDocument(options or self.settings.options(), self)
        self.theme = theme_for(self.palette())
        self.visible: list[int] = []
        self.folds: dict = {}                # folded runs shown, by the full index of their row
        self._folded: set[int] = set()       # every row inside a fold
        self._unfolded: set[str] = set()     # fold keys the user opened
        self._compact: bool | None = None    # panels tabbed in one narrow dock (small screens)
        self._focus_key: str | None = None   # the row to show after the next recomputation
        self._keep_place = True              # False: a newly opened comparison starts at the top
        self._matches: list[Match] = []   # shown matches (find_ops)
        self._match = None
        self._found: list[Match] = []     # every match, hidden rows too
        self._found_at = None
        self._changed_on_disk: set[str] = set()
        self._hidden_docks: list | None = None
        self.headless_errors = False

        self.worker = Worker(self)
        self.worker.finished.connect(self._job_done)
        self.worker.failed.connect(self._job_failed)
        self.worker.progress.connect(self._job_progress)
        self.worker.busy_changed.connect(self._busy)

        self._build_widgets()
        self.actions = Actions(self)
        self._connect_actions()
        self._connect_history_actions()
        self._connect_document()
        self._build_status_bar()

        self._option_timer = QTimer(self)
        self._option_timer.setSingleShot(True)
        self._option_timer.setInterval(OPTION_DEBOUNCE_MS)
        self._option_timer.timeout.connect(self._recompute)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._disk_timer = QTimer(self)
        self._disk_timer.setSingleShot(True)
        self._disk_timer.setInterval(400)
        self._disk_timer.timeout.connect(self._on_disk_change)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_panels)

        self.setAcceptDrops(True)
        self._apply_language(self._initial_language())
        self._sync_option_actions()
        self._restore_window()
        self._refresh_recent()
        self._update_actions()
        self._update_title()
        self.retranslate()

    # --- construction --------------------------------------------------------------------

    def _build_widgets(self) -> None:
        base = QFont(QApplication.font())
        self.view = CompareView(self.theme, base, self.settings.point_size(), self)
        self.view.set_mode(self.settings.mode())
        self.find_bar = FindBar()
        self.find_bar.hide()
        compare_page = QWidget()
        box = QVBoxLayout(compare_page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.view, 1)
        box.addWidget(self.find_bar)
        self.compare_page = compare_page
        self.start_page = StartPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(compare_page)
        self.setCentralWidget(self.stack)

        self.outline = Outline()
        self.outline.set_theme(self.theme)
        self.facts = MetadataPanel()
        self.facts.set_theme(self.theme)
        self.notes = NotesPanel()
        self.outline_dock = self._dock("outline", self.outline, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.facts_dock = self._dock("facts", self.facts, Qt.DockWidgetArea.RightDockWidgetArea)
        self.notes_dock = self._dock("notes", self.notes, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.facts_dock, self.notes_dock)
        self._build_history_widgets(box)
        self.facts_dock.raise_()

        self.view.current_changed.connect(self._current_changed)
        self.view.picks_changed.connect(self._update_picks)
        self.view.context_menu.connect(self._context_menu)
        self.view.row_activated.connect(lambda _full: self.edit_note())
        self.view.painted.connect(self.comparison_shown)
        self.view.fold_activated.connect(self.unfold)
        self.view.candidate_clicked.connect(self.pair_candidate)
        self.outline.row_activated.connect(lambda full: self.go_to_row(full, focus=False))
        self.outline.orphans_activated.connect(self.show_orphans)
        self.notes.note_edited.connect(self.set_note)
        self.notes.attach_orphan.connect(self.attach_orphan)
        self.notes.delete_orphan.connect(self.delete_orphan)
        self.notes.done.connect(lambda: self.view.reading_pane().setFocus())
        self.find_bar.search_changed.connect(self._search)
        self.find_bar.next_requested.connect(lambda: self.find_step(True))
        self.find_bar.previous_requested.connect(lambda: self.find_step(False))
        self.find_bar.closed.connect(self._find_closed)
        sp = self.start_page
        sp.open_old.connect(lambda: self._ask_open("old"))
        sp.open_new.connect(lambda: self._ask_open("new"))
        sp.open_sample.connect(self.open_sample)
        sp.open_comparison.connect(self.ask_open_comparison)
        sp.open_versions.connect(self.ask_open_versions)
        sp.open_recent_pair.connect(self.open_pair)
        sp.open_recent_comparison.connect(self.open_comparison)

        self.setTabOrder(self.outline.filter, self.outline.view)
        self.setTabOrder(self.outline.view, self.view.old_pane)
        self.setTabOrder(self.view.old_pane, self.view.new_pane)
        self.setTabOrder(self.view.new_pane, self.view.inline_pane)
        self.setTabOrder(self.view.inline_pane, self.find_bar.edit)
        self.setTabOrder(self.find_bar.edit, self.facts.browser)
        self.setTabOrder(self.facts.browser, self.notes.editor)
        # Window shortcuts that a text box would take for its own editing key (Ctrl+E is
        # "end of line" in Qt's line edits) go to the window.
        for box in (self.find_bar.edit, self.notes.editor, self.outline.filter):
            box.installEventFilter(self)

    def _dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable |
                         QDockWidget.DockWidgetFeature.DockWidgetMovable |
                         QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary")
        self.picks_label = QLabel()
        self.stage_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)          # busy indicator: stages have no known length
        self.progress.setMaximumWidth(140)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.stage_label.hide()
        bar.addPermanentWidget(self.picks_label)
        bar.addPermanentWidget(self.summary_label)   # permanent: messages never hide it
        bar.addPermanentWidget(self.stage_label)
        bar.addPermanentWidget(self.progress)

    def _connect_actions(self) -> None:
        a = self.actions
        wire = {
            "open_old": lambda: self._ask_open("old"), "open_new": lambda: self._ask_open("new"),
            "open_comparison": self.ask_open_comparison, "open_sample": self.open_sample,
            "clear_recent": self._clear_recent, "save": self.save, "save_as": self.save_as,
            "reload": self.reload_from_disk, "swap": self.swap_sides, "export": self.ask_export,
            "print_preview": self.print_preview, "print": self.print_comparison,
            "close": self.close_comparison, "quit": self.close, "copy": self.copy_text,
            "copy_ref": lambda: self.copy_reference(),
            "pair_candidate": lambda: self.pair_candidate(),
            "find": self.open_find, "find_next": lambda: self.find_step(True),
            "find_prev": lambda: self.find_step(False), "note": self.edit_note,
            "pair": self.pair_selected, "pair_with": self.pair_with_dialog,
            "unpair": self.unpair_current, "reset_pairing": self.reset_pairing,
            "zoom_in": lambda: self.zoom(+1), "zoom_out": lambda: self.zoom(-1),
            "zoom_reset": lambda: self.zoom(0), "next_change": lambda: self.next_change(True),
            "prev_change": lambda: self.next_change(False), "first_row": lambda: self.go_edge(0),
            "last_row": lambda: self.go_edge(-1), "goto": self.go_to_dialog,
            "focus_old": lambda: self._focus_side("old"),
            "focus_new": lambda: self._focus_side("new"),
            "show_outline": lambda: self._show_dock(self.outline_dock),
            "show_facts": lambda: self._show_dock(self.facts_dock),
            "show_notes": lambda: self._show_dock(self.notes_dock),
            "shortcuts": self.show_shortcuts, "about": lambda: about(self),
            "lang_system": lambda: self.set_language(None),
            "lang_en": lambda: self.set_language("en"), "lang_zh": lambda: self.set_language("zh"),
        }
        for name, slot in wire.items():
            a[name].triggered.connect(slot)
        a["mode_split"].triggered.connect(lambda: self.set_mode("split"))
        a["mode_inline"].triggered.connect(lambda: self.set_mode("inline"))
        a["only_changes"].toggled.connect(self.set_only_changes)
        for name in ("gran_word", "gran_char", "ignore_punct", "ignore_ws", "ignore_marks"):
            a[name].triggered.connect(self._options_from_actions)
        a["only_changes"].setChecked(self.settings.only_changes())
        a["mode_inline" if self.view.mode == "inline" else "mode_split"].setChecked(True)

    def _connect_document(self) -> None:
        """The window follows the document: a change of pairings or options recomputes, a note
        refreshes the panels; Edit › Undo / Redo walk its command history."""
        doc, a = self.document, self.actions
        doc.session_replaced.connect(self._update_title)
        doc.comparison_changed.connect(self._comparison_changed)
        doc.pins_changed.connect(self._pins_changed)
        doc.options_changed.connect(self._options_changed)
        doc.notes_changed.connect(self._notes_changed)
        stack = doc.undo_stack
        a["undo"].triggered.connect(self._undo)
        a["redo"].triggered.connect(self._redo)
        stack.canUndoChanged.connect(a["undo"].setEnabled)
        stack.canRedoChanged.connect(a["redo"].setEnabled)
        stack.undoTextChanged.connect(lambda text: a["undo"].setStatusTip(text))
        stack.redoTextChanged.connect(lambda text: a["redo"].setStatusTip(text))
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)

    def _undo(self) -> None:
        self.notes.commit()       # a note being typed is an edit: it is what Undo takes back
        self.document.undo_stack.undo()

    def _redo(self) -> None:
        self.document.undo_stack.redo()

    # What the document holds, read where the window's command modules need it.
    @property
    def session(self) -> Session | None:
        return self.document.session

    @property
    def comparison(self):
        return self.document.comparison

    @property
    def rows(self) -> tuple[RowView, ...]:
        return self.document.rows

    @property
    def options(self) -> DiffOptions:
        return self.document.options

    @property
    def disk_paths(self) -> tuple[str, ...]:
        return self.document.disk_paths

    def _restore_window(self) -> None:
        geometry, state = self.settings.geometry(), self.settings.state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1400, 900)
        self._default_docks = state is None or not self.restoreState(state)

    def showEvent(self, event):
        super().showEvent(event)
        if self._default_docks:   # first run: a narrow outline, the facts beside the text
            self._default_docks = False
            self.resizeDocks([self.outline_dock, self.facts_dock], [215, 345],
                             Qt.Orientation.Horizontal)
        self._fit_timer.start()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._fit_timer.start()     # after the layout took the new size

    # Each text column keeps about this many Chinese characters per line; the panels give way.
    MIN_CHARS = 20

    def text_room(self) -> int:
        """Width the comparison needs for MIN_CHARS characters per line in each text column."""
        m = self.view.metrics
        char = QFontMetricsF(m.text_font).horizontalAdvance("国")
        scroll = self.view.new_pane.verticalScrollBar().sizeHint().width()
        column = char * self.MIN_CHARS + 2 * PAD_H + 4
        return int(m.gutter + 2 * column + Connector.WIDTH + ChangeMap.WIDTH + scroll)

    def _fit_panels(self) -> None:
        """On a small screen the texts win: the outline, facts and notes share one tabbed
        dock on the right, as narrow as it must be; on a wide one they go back to two sides."""
        if not self.isVisible():
            return
        spare = self.width() - self.text_room()
        compact = spare < 215 + 345
        docks = [self.outline_dock, self.facts_dock, self.notes_dock, self.history_dock]
        if compact != self._compact:
            self._compact = compact
            if compact:
                for dock in docks:
                    if self.dockWidgetArea(dock) != Qt.DockWidgetArea.RightDockWidgetArea:
                        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
                self.tabifyDockWidget(self.facts_dock, self.outline_dock)
                self.tabifyDockWidget(self.facts_dock, self.notes_dock)
                self.tabifyDockWidget(self.facts_dock, self.history_dock)
                self.facts_dock.raise_()
            else:
                self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
                self.resizeDocks([self.outline_dock, self.facts_dock], [215, 345],
                                 Qt.Orientation.Horizontal)
            self._fit_timer.start()    # size them once the layout has taken the new places
            return
        if compact:
            # tabbed docks share one width: give it to each of them
            shown = [d for d in docks if not d.isHidden() and not d.isFloating()]
            if shown:
                width = max(120, min(345, spare - 8))
                self.resizeDocks(shown, [width] * len(shown), Qt.Orientation.Horizontal)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.ShortcutOverride and \
                event.keyCombination().toCombined() == (
                    Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_E).toCombined():
            event.ignore()          # not the text box's: the window's Export shortcut
            return True
        return super().eventFilter(obj, event)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            theme = theme_for(self.palette())
            if theme is not self.theme:
                self.theme = theme
                self.view.set_theme(theme)
                self.outline.set_theme(theme)
                self.facts.set_theme(theme)
        super().changeEvent(event)

    # --- window state --------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("ResCompare")
        elif self.document.saved_path:
            self.setWindowTitle(f"{os.path.basename(self.document.saved_path)}[*] — ResCompare")
        else:
            names = [os.path.basename(s.name) for s in (self.session.old, self.session.new)]
            self.setWindowTitle(f"{names[0]} → {names[1]}[*] — ResCompare")
        self.setWindowModified(self.is_dirty())

    def _update_actions(self) -> None:
        has = self.comparison is not None
        for name in ("save", "save_as", "swap", "export", "print_preview", "print", "close",
                     "copy", "copy_ref", "find", "find_next", "find_prev", "note", "pair", "pair_with",
                     "unpair", "reset_pairing", "next_change", "prev_change", "first_row",
                     "last_row", "goto", "focus_old", "focus_new"):
            self.actions[name].setEnabled(has)
        self.actions["reload"].setEnabled(has and bool(self.disk_paths))
        row = self.current_row() if has else None
        self.actions["pair_candidate"].setEnabled(row is not None and row.candidate is not None)
        self._update_history_actions()

    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_page)
        self._docks_for_page(start=True)

    def _docks_for_page(self, start: bool) -> None:
        """Empty panels are noise on the start page: hide them there, bring them back after."""
        docks = (self.outline_dock, self.facts_dock, self.notes_dock, self.history_dock)
        if start and self._hidden_docks is None:
            self._hidden_docks = [d for d in docks if d.isVisible()]
            for d in self._hidden_docks:
                d.hide()
        elif not start and self._hidden_docks is not None:
            for d in self._hidden_docks:
                d.show()
            self._hidden_docks = None
            self.facts_dock.raise_()
            self._fit_timer.start()      # the panels are back: fit them to the screen again

    def _show_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        dock.widget().setFocus()

    # --- dirty state ---------------------------------------------------------------------

    def is_dirty(self) -> bool:
        # A history's unsaved work spans every version pair, not only the one shown.
        return self.history_dirty() if self.hstate is not None else self.document.is_dirty()

    def _mark_clean(self, saved_path: str | None = None) -> None:
        self.document.mark_clean(saved_path)
        self._update_title()

    def closeEvent(self, event):
        if not self.maybe_discard():
            event.ignore()
            return
        self._docks_for_page(start=False)     # save the panels as the user arranged them
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.worker.cancel("compare")
        event.accept()

    # --- edit commands -------------------------------------------------------------------

    def copy_text(self) -> None:
        row = self.current_row()
        if row is None or row.index in self.folds:     # a folded run has no one text
            return
        pane = self.view.old_pane if self.view.old_pane.hasFocus() else None
        text = row.old_text if pane is not None else (row.new_text or row.old_text)
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Copied the text of {}.").format(labels.row_label(row)), 3000)

    def copy_reference(self, side: str | None = None) -> str | None:
        """Copy 'A/HRC/RES/43/21, OP 4' and the text (a pair: both versions and the changes)."""
        from ..present.report import document_name
        from ..present.rows import reference_text
        row = self.current_row()
        if row is None or row.index in self.folds:
            return None
        lang = self.language()
        c = self.comparison
        text = reference_text(row, document_name(c.old, lang), document_name(c.new, lang), lang,
                              side)
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Copied the reference to {}.").format(
            labels.row_label(row)), 3000)
        return text

    def _context_menu(self, side: str, full: int, pos) -> None:
        if full in self.folds:
            self.unfold(full)
            return
        menu = QMenu(self)
        row = self.rows[full]
        if side in ("old", "new") and row.old_ids and row.new_ids:
            only = menu.addAction(self.tr("Copy reference to this version"))
            only.triggered.connect(lambda: self.copy_reference(side))
        for name in ("note", "-", "pair", "pair_with", "pair_candidate", "unpair", "-", "copy",
                     "copy_ref"):
            if name == "-":
                menu.addSeparator()
            else:
                menu.addAction(self.actions[name])
        menu.exec(pos)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions.shortcut_table(), self).exec()

    # --- recent --------------------------------------------------------------------------

    def _refresh_recent(self) -> None:
        # files that were moved or deleted since (temporary folders…) are not offered
        pairs = [(o, n) for o, n in self.settings.recent_pairs()
                 if os.path.exists(o) and os.path.exists(n)]
        files = [p for p in self.settings.recent_comparisons() if os.path.exists(p)]
        self.start_page.set_recent(pairs, files)
        menu = self.actions.submenus["@recent"]
        menu.clear()
        for old, new in pairs:
            act = menu.addAction(f"{os.path.basename(old)} → {os.path.basename(new)}")
            act.setToolTip(f"{old}\n{new}")
            act.triggered.connect(lambda _c=False, o=old, n=new: self.open_pair(o, n))
        if pairs and files:
            menu.addSeparator()
        for path in files:
            act = menu.addAction(os.path.basename(path))
            act.setToolTip(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_comparison(p))
        menu.addSeparator()
        menu.addAction(self.actions["clear_recent"])
        self.actions["clear_recent"].setEnabled(bool(pairs or files))

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._refresh_recent()

    # --- start-up ------------------------------------------------------------------------

    def start(self, files: list[str], demo: bool) -> None:
        """Open what the command line named (errors are reported like any other)."""
        if demo:
            self.open_sample()
        elif len(files) >= 3:
            self.open_versions(files)
        elif len(files) == 1 and tracked_info(files[0]) is not None:
            self.open_tracked(files[0])      # a Word draft's tracked changes, before → after
        elif len(files) == 2:
            self.open_pair(*files)
        elif len(files) == 1:
            self.open_side("old", files[0])
        else:
            self.show_start()
