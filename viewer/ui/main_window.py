"""The main window: holds the Session being worked on and the Comparison shown, and routes every
command. Panels only render (compare_view, outline, metadata_panel, notes_panel, find_bar,
start_page); file commands live in :mod:`viewer.ui.file_ops`; heavy work goes to the worker.
"""
from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (QApplication, QDockWidget, QInputDialog, QLabel, QMainWindow,
                               QMenu, QMessageBox, QProgressBar, QStackedWidget, QVBoxLayout,
                               QWidget)

from ..model import DiffOptions, Granularity, Pins
from ..model.session import Session
from . import display, jobs, labels
from .actions import Actions
from .compare_view import CompareView
from .dialogs import ShortcutsDialog, about, show_error
from .file_ops import FileOps
from .find_bar import FindBar
from .i18n import Translations, system_language
from .metadata_panel import MetadataPanel
from .notes_panel import NotesPanel
from .outline import Outline
from .settings import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE, Settings
from .start_page import StartPage, is_demo_pair
from .theme import theme_for
from .worker import Worker

OPTION_DEBOUNCE_MS = 200


class MainWindow(FileOps, QMainWindow):
    comparison_shown = Signal()     # a comparison was set and painted
    load_failed = Signal(object)    # the exception (after it was reported)

    def __init__(self, settings: Settings | None = None, translations: Translations | None = None,
                 options: DiffOptions | None = None, language: str | None = None):
        super().__init__()
        self.setObjectName("ResCompareMainWindow")
        self.settings = settings or Settings()
        self.translations = translations or Translations(QApplication.instance())
        self._forced_language = language
        self._cli_options = options
        self.options = options or self.settings.options()
        self.theme = theme_for(self.palette())
        self.session: Session | None = None
        self.comparison = None
        self.rows: tuple[display.RowView, ...] = ()
        self.visible: list[int] = []
        self.disk_paths: tuple[str, ...] = ()
        self.saved_path: str | None = None
        self._baseline = ({}, Pins(), None)
        self._focus_key: str | None = None
        self._matches: list[display.Match] = []
        self._match = None
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
        self.facts_dock.raise_()

        self.view.current_changed.connect(self._current_changed)
        self.view.picks_changed.connect(self._update_picks)
        self.view.context_menu.connect(self._context_menu)
        self.view.row_activated.connect(lambda _full: self.edit_note())
        self.view.painted.connect(self.comparison_shown)
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
        sp.open_recent_pair.connect(self.open_pair)
        sp.open_recent_comparison.connect(self.open_comparison)

        self.setTabOrder(self.outline.filter, self.outline.view)
        self.setTabOrder(self.outline.view, self.view.old_pane)
        self.setTabOrder(self.view.old_pane, self.view.new_pane)
        self.setTabOrder(self.view.new_pane, self.view.inline_pane)
        self.setTabOrder(self.view.inline_pane, self.find_bar.edit)
        self.setTabOrder(self.find_bar.edit, self.facts.browser)
        self.setTabOrder(self.facts.browser, self.notes.editor)

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

    # --- language ------------------------------------------------------------------------

    def _initial_language(self) -> str:
        return self._forced_language or self.settings.language() or system_language()

    def language(self) -> str:
        return self.translations.language

    def set_language(self, lang: str | None) -> None:
        """Switch the interface language now (None: follow the system) and remember it."""
        self._forced_language = None
        self.settings.set_language(lang)
        self._apply_language(lang or system_language())

    def _apply_language(self, lang: str) -> None:
        ok = self.translations.apply(lang)
        self.facts.language = self.translations.language
        # Deliver the LanguageChange events Qt posted to every widget now, not on the next
        # event-loop turn, so the whole window is in one language when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        chosen = self._forced_language or self.settings.language()
        self.actions[{"en": "lang_en", "zh": "lang_zh"}.get(chosen or "", "lang_system")
                     ].setChecked(True)
        if not ok and lang == "zh":
            self.statusBar().showMessage("中文界面无法加载（缺少 lrelease）。Chinese UI unavailable.",
                                         8000)

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

    def retranslate(self) -> None:
        if not hasattr(self, "actions"):
            return
        self.actions.retranslate()
        self.outline_dock.setWindowTitle(self.tr("Outline"))
        self.facts_dock.setWindowTitle(self.tr("Document facts"))
        self.notes_dock.setWindowTitle(self.tr("Notes"))
        self.progress.setAccessibleName(self.tr("Working"))
        self.view.retranslate()
        self._update_headers()
        self._update_summary()
        self._update_picks()
        self._update_title()

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

    def _job_failed(self, _lane: str, exc) -> None:
        self.report_error(exc)
        self.load_failed.emit(exc)

    def report_error(self, exc: BaseException) -> None:
        if self.headless_errors:
            from ..model import InputError
            import sys
            text = exc.message(self.language()) if isinstance(exc, InputError) else repr(exc)
            print(f"rescompare: {text}", file=sys.stderr)
            return
        show_error(self, exc, self.language())

    # --- showing a comparison ------------------------------------------------------------

    def _show(self, loaded: jobs.Loaded, kind: str) -> None:
        current_key = self._focus_key or self._current_key()
        self._focus_key = None
        self.session = loaded.session
        self.comparison = loaded.comparison
        if kind == "open":
            self.disk_paths, self.saved_path = loaded.disk_paths, loaded.saved_path
            if loaded.saved_path:
                self._mark_clean()
                self.settings.add_recent_comparison(loaded.saved_path)
            else:
                self._baseline = ({}, Pins(), None)
                # The bundled sample has its own button on the start page: not a recent pair.
                if loaded.disk_paths and not is_demo_pair(*loaded.disk_paths):
                    self.settings.add_recent_pair(*loaded.disk_paths)
            self.options = self.session.options
            self._sync_option_actions()
            self._watch(self.disk_paths)
            self._refresh_recent()
            current_key = None
        self.rows = display.build_rows(self.comparison)
        self._refresh_rows(current_key)
        self.facts.set_comparison(self.comparison)
        self.stack.setCurrentWidget(self.compare_page)
        self._docks_for_page(start=False)
        self._update_headers()
        self._update_summary()
        self._update_title()
        self._update_actions()
        if kind == "open":
            self.view.reading_pane().setFocus()

    def _refresh_rows(self, current_key: str | None = None) -> None:
        only = self.actions["only_changes"].isChecked()
        self.visible = display.visible_rows(self.rows, only)
        full = None
        if current_key is not None:
            full = next((r.index for r in self.rows if r.key == current_key), None)
            if full is not None and full not in self.visible:
                pos = display.next_change(self.rows, list(range(len(self.rows))), full, True)
                full = pos if pos is not None and pos in self.visible else None
        self.view.set_rows(self.rows, self.visible, display.links(self.rows, self.visible), full)
        self._refresh_notes()
        if self.find_bar.isVisible() and self.find_bar.text():
            self._search(keep_position=True)
        self._update_picks()

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
        text = labels.summary(display.summary_counts(self.comparison))
        if self.actions["only_changes"].isChecked():
            text += "   " + self.tr("(only changes shown)")
        self.summary_label.setText(text)

    def summary_text(self) -> str:
        return self.summary_label.text()

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("ResCompare")
        elif self.saved_path:
            self.setWindowTitle(f"{os.path.basename(self.saved_path)}[*] — ResCompare")
        else:
            names = [os.path.basename(s.name) for s in (self.session.old, self.session.new)]
            self.setWindowTitle(f"{names[0]} → {names[1]}[*] — ResCompare")
        self.setWindowModified(self.is_dirty())

    def _update_actions(self) -> None:
        has = self.comparison is not None
        for name in ("save", "save_as", "swap", "export", "print_preview", "print", "close",
                     "copy", "find", "find_next", "find_prev", "note", "pair", "pair_with",
                     "unpair", "reset_pairing", "next_change", "prev_change", "first_row",
                     "last_row", "goto", "focus_old", "focus_new"):
            self.actions[name].setEnabled(has)
        self.actions["reload"].setEnabled(has and bool(self.disk_paths))

    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_page)
        self._docks_for_page(start=True)

    def _docks_for_page(self, start: bool) -> None:
        """Empty panels are noise on the start page: hide them there, bring them back after."""
        docks = (self.outline_dock, self.facts_dock, self.notes_dock)
        if start and self._hidden_docks is None:
            self._hidden_docks = [d for d in docks if d.isVisible()]
            for d in self._hidden_docks:
                d.hide()
        elif not start and self._hidden_docks is not None:
            for d in self._hidden_docks:
                d.show()
            self._hidden_docks = None
            self.facts_dock.raise_()

    # --- dirty state ---------------------------------------------------------------------

    def is_dirty(self) -> bool:
        s = self.session
        if s is None:
            return False
        notes, pins, texts = self._baseline
        if dict(s.notes) != notes or s.pins != pins:
            return True
        return texts is not None and texts != (s.old.text, s.new.text)

    def _mark_clean(self) -> None:
        s = self.session
        self._baseline = (dict(s.notes), s.pins, (s.old.text, s.new.text) if self.saved_path
                          else None)
        self._update_title()

    def close_comparison(self) -> None:
        if self.session is None or not self.maybe_discard():
            return
        self.worker.cancel("compare")
        self.session = self.comparison = None
        self.rows, self.visible = (), []
        self.disk_paths, self.saved_path = (), None
        self._baseline = ({}, Pins(), None)
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

    def closeEvent(self, event):
        if not self.maybe_discard():
            event.ignore()
            return
        self._docks_for_page(start=False)     # save the panels as the user arranged them
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.worker.cancel("compare")
        event.accept()

    # --- session changes -----------------------------------------------------------------

    def _set_session(self, session: Session, recompute: bool) -> None:
        self.session = session
        if recompute:
            self._recompute()
        self._update_title()

    def _recompute(self) -> None:
        if self.session is None:
            return
        s, disk, saved = self.session, self.disk_paths, self.saved_path
        self._submit("recompute", lambda report: jobs.recompare(s, disk, saved, report))

    def _sync_option_actions(self) -> None:
        o, a = self.options, self.actions
        a["gran_char" if o.granularity is Granularity.CHAR else "gran_word"].setChecked(True)
        a["ignore_punct"].setChecked(o.ignore_punctuation_width)
        a["ignore_ws"].setChecked(o.ignore_whitespace)
        a["ignore_marks"].setChecked(o.ignore_footnote_marks)

    def _options_from_actions(self) -> None:
        a = self.actions
        self.options = DiffOptions(
            granularity=Granularity.CHAR if a["gran_char"].isChecked() else Granularity.WORD,
            ignore_punctuation_width=a["ignore_punct"].isChecked(),
            ignore_whitespace=a["ignore_ws"].isChecked(),
            ignore_footnote_marks=a["ignore_marks"].isChecked())
        self.settings.set_options(self.options)
        if self.session is not None and self.session.options != self.options:
            self.session = replace(self.session, options=self.options)
            self._option_timer.start()   # debounced: a burst of toggles recomputes once

    def set_options(self, options: DiffOptions) -> None:
        """Programmatic equivalent of the Options menu."""
        self.options = options
        self._sync_option_actions()
        self._options_from_actions()

    # --- view commands -------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.view.set_mode(mode)
        self.settings.set_mode(mode)
        self.actions["mode_inline" if mode == "inline" else "mode_split"].setChecked(True)
        if self.find_bar.isVisible() and self.find_bar.text():
            self._search(keep_position=True)

    def set_only_changes(self, on: bool) -> None:
        if self.actions["only_changes"].isChecked() != on:
            self.actions["only_changes"].setChecked(on)   # re-enters through toggled
            return
        self.settings.set_only_changes(on)
        if self.comparison is not None:
            self._refresh_rows(self._current_key())
        self._update_summary()

    def zoom(self, step: int) -> None:
        size = self.settings.point_size()
        size = DEFAULT_POINT_SIZE if step == 0 else min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size + step))
        self.settings.set_point_size(size)
        self.view.set_point_size(size)

    def _show_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()
        dock.widget().setFocus()

    def _focus_side(self, side: str) -> None:
        pane = self.view.inline_pane if self.view.mode == "inline" else \
            (self.view.old_pane if side == "old" else self.view.new_pane)
        pane.setFocus()

    # --- current row, navigation ---------------------------------------------------------

    def _current_key(self) -> str | None:
        full = self.view.current_full()
        return self.rows[full].key if full is not None and full < len(self.rows) else None

    def current_row(self) -> display.RowView | None:
        full = self.view.current_full()
        return self.rows[full] if full is not None and full < len(self.rows) else None

    def _current_changed(self, full) -> None:
        if full is None or full >= len(self.rows) or self.session is None:
            self.notes.set_row(None, "", "")
            return
        row = self.rows[full]
        self.notes.set_row(row.key, row.label, self.session.notes.get(row.key, ""))
        self.outline.set_current(full)

    def go_to_row(self, full: int, focus: bool = True) -> None:
        if self.view.model.position(full) is None and self.actions["only_changes"].isChecked():
            self.set_only_changes(False)      # an unchanged row was asked for: show all rows
        self.view.set_current(full, scroll=True)
        if focus:
            self.view.reading_pane().setFocus()

    def next_change(self, forward: bool = True) -> None:
        if not self.visible:
            return
        pos = self.view.model.position(self.view.current_full()) \
            if self.view.current_full() is not None else None
        found = display.next_change(self.rows, self.visible, pos, forward)
        if found is None:
            self.statusBar().showMessage(self.tr("No further change in this direction."), 3000)
            QApplication.beep()
            return
        self.view.set_current(self.visible[found], scroll=True)

    def go_edge(self, which: int) -> None:
        if self.visible:
            self.view.set_current(self.visible[which], scroll=True)

    def go_to_dialog(self) -> None:
        if not self.rows:
            return
        text, ok = QInputDialog.getText(self, self.tr("Go to paragraph"),
                                        self.tr("Paragraph (e.g. OP4 or PP3), new numbering "
                                                "first:"))
        if ok and text.strip():
            want = text.strip().upper().replace(" ", "")
            for ids_of in (lambda r: r.new_ids, lambda r: r.old_ids):
                for r in self.rows:
                    if want in ids_of(r):
                        self.go_to_row(r.index)
                        return
            self.statusBar().showMessage(self.tr("No paragraph {}.").format(want), 4000)

    def copy_text(self) -> None:
        row = self.current_row()
        if row is None:
            return
        pane = self.view.old_pane if self.view.old_pane.hasFocus() else None
        text = row.old_text if pane is not None else (row.new_text or row.old_text)
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Copied the text of {}.").format(row.label), 3000)

    def _context_menu(self, side: str, full: int, pos) -> None:
        menu = QMenu(self)
        for name in ("note", "-", "pair", "pair_with", "unpair", "-", "copy"):
            if name == "-":
                menu.addSeparator()
            else:
                menu.addAction(self.actions[name])
        menu.exec(pos)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.actions.shortcut_table(), self).exec()

    # --- find ----------------------------------------------------------------------------

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

    # --- notes ---------------------------------------------------------------------------

    def edit_note(self) -> None:
        if self.current_row() is None:
            return
        self._show_dock(self.notes_dock)
        self.notes.editor.setFocus()

    def set_note(self, key: str, text: str) -> None:
        """Attach ``text`` to row ``key`` (empty text removes the note)."""
        if self.session is None:
            return
        before = self.session.notes.get(key, "")
        after = text if text.strip() else ""
        if before == after:
            return
        self.session = self.session.with_note(key, text)
        if key == self.notes.current_key():
            self.notes.set_row(key, self.rows[self.view.current_full()].label, after)
        if self.comparison is not None:
            self.view.model.set_note_keys(self.session.notes)
            orphans = self.session.orphaned_notes(self.comparison)
            self.outline.set_rows(self.rows, self.session.notes, len(orphans))
            full = self.view.current_full()
            if full is not None:
                self.outline.set_current(full)
        self._update_title()

    def show_orphans(self) -> None:
        self._show_dock(self.notes_dock)
        self.notes.focus_orphans()

    def attach_orphan(self, key: str) -> None:
        row = self.current_row()
        if row is None or self.session is None or key not in self.session.notes:
            return
        text = self.session.notes[key]
        existing = self.session.notes.get(row.key, "")
        merged = f"{existing}\n\n{text}" if existing.strip() else text
        session = self.session.with_note(row.key, merged).with_note(key, "")
        self.session = session
        self._refresh_notes()

    def delete_orphan(self, key: str) -> None:
        if self.session is None or key not in self.session.notes:
            return
        answer = QMessageBox.question(self, self.tr("Delete note"),
                                      self.tr("Delete this note for good?\n\n{}")
                                      .format(self.session.notes[key][:300]))
        if answer == QMessageBox.StandardButton.Yes:
            self.session = self.session.with_note(key, "")
            self._refresh_notes()

    # --- re-pairing ----------------------------------------------------------------------

    def pair_paragraphs(self, old_id: str, new_id: str) -> None:
        """Pin ``old_id`` to ``new_id`` and recompute at once (the new row becomes current)."""
        if self.session is None:
            return
        self.notes.commit()
        self._focus_key = f"{old_id}>{new_id}"
        self._set_session(replace(self.session, pins=self.session.pins.pin(old_id, new_id)),
                          recompute=True)
        self.statusBar().showMessage(self.tr("Paired {} with {}.").format(old_id, new_id), 4000)

    def pair_selected(self) -> None:
        old_row, new_row = self.view.picks()
        if old_row is None or new_row is None:
            return
        if old_row is new_row or not old_row.old_ids or not new_row.new_ids:
            self.pair_with_dialog()
            return
        if old_row.kind != new_row.kind:
            QMessageBox.information(self, self.tr("Pair paragraphs"),
                                    self.tr("A preambular paragraph can only be paired with a "
                                            "preambular one, an operative with an operative."))
            return
        self.pair_paragraphs(old_row.old_ids[0], new_row.new_ids[0])

    def pair_with_dialog(self) -> None:
        if self.comparison is None:
            return
        from .pair_dialog import PairDialog
        old_row, new_row = self.view.picks()
        dialog = PairDialog(self.comparison.old, self.comparison.new,
                            old_row.old_ids[0] if old_row and old_row.old_ids else None,
                            new_row.new_ids[0] if new_row and new_row.new_ids else None, self)
        if dialog.exec() and dialog.choice():
            self.pair_paragraphs(*dialog.choice())

    def unpair_current(self) -> None:
        row = self.current_row()
        if row is None or not row.old_ids or not row.new_ids:
            self.statusBar().showMessage(self.tr("This row is not a pair."), 3000)
            return
        self.notes.commit()
        pins = self.session.pins
        for o in row.old_ids:
            for n in row.new_ids:
                pins = pins.unpair(o, n)
        self._focus_key = f"{row.old_ids[0]}>"
        self._set_session(replace(self.session, pins=pins), recompute=True)
        self.statusBar().showMessage(self.tr("Unpaired {}.").format(row.label), 4000)

    def reset_pairing(self) -> None:
        if self.session is None or self.session.pins == Pins():
            return
        answer = QMessageBox.question(self, self.tr("Reset all pairings"),
                                      self.tr("Forget every pairing made by hand?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._set_session(replace(self.session, pins=Pins()), recompute=True)

    def _update_picks(self) -> None:
        old_row, new_row = self.view.picks() if self.comparison is not None else (None, None)
        if old_row is not None and new_row is not None and old_row is not new_row \
                and old_row.old_ids and new_row.new_ids:
            self.picks_label.setText(self.tr("Chosen: old {} · new {} — Ctrl+L pairs them")
                                     .format(old_row.old_ids[0], new_row.new_ids[0]))
        else:
            self.picks_label.setText("")

    # --- swap ----------------------------------------------------------------------------

    def swap_sides(self) -> None:
        """New becomes old: texts, pairings and note keys ('OP5>OP4' -> 'OP4>OP5') swap."""
        s = self.session
        if s is None:
            return
        self.notes.commit()
        flip = lambda pairs: frozenset((b, a) for a, b in pairs)  # noqa: E731
        notes = {"{1}>{0}".format(*k.split(">", 1)): v for k, v in s.notes.items()}
        self.session = Session(s.new, s.old, s.options,
                               Pins(flip(s.pins.pairs), flip(s.pins.forbidden)), notes)
        self.disk_paths = tuple(reversed(self.disk_paths))
        self.start_page.set_pending("old", self.disk_paths[0] if self.disk_paths else None)
        self.start_page.set_pending("new", self.disk_paths[1] if self.disk_paths else None)
        self._baseline = ({"{1}>{0}".format(*k.split(">", 1)): v
                           for k, v in self._baseline[0].items()},
                          Pins(flip(self._baseline[1].pairs), flip(self._baseline[1].forbidden)),
                          tuple(reversed(self._baseline[2])) if self._baseline[2] else None)
        self._recompute()

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
        elif len(files) == 2:
            self.open_pair(*files)
        elif len(files) == 1:
            self.open_side("old", files[0])
        else:
            self.show_start()
