"""The window's file commands: open (old, new, pair, saved comparison, sample), drag and drop,
save, reload on change on disk, export and print. A mixin of :class:`MainWindow`; the loading
itself runs in the worker (:mod:`viewer.ui.jobs`)."""
from __future__ import annotations

import os
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..engine import demo_paths
from ..export.atomic import atomic_write, refuse_inputs
from ..model import InputError, Pins
from ..model.session import EXTENSION, Session
from . import dialogs, jobs

DOC_FILTER = "*.txt *.docx *.pdf *.md *.text"


class FileOps:
    """Mixin: expects the attributes set up by MainWindow.__init__."""

    # --- opening -------------------------------------------------------------------------

    def _open_filter(self) -> str:
        return ";;".join([self.tr("Resolutions ({})").format(DOC_FILTER),
                          self.tr("Saved comparisons (*{})").format(EXTENSION),
                          self.tr("All files (*)")])

    def _ask_open(self, side: str) -> None:
        title = self.tr("Open the old version") if side == "old" else \
            self.tr("Open the new version")
        start = os.path.dirname(self._side_path(side) or "") or ""
        path, _ = QFileDialog.getOpenFileName(self, title, start, self._open_filter())
        if path:
            self.open_side(side, path)

    def _side_path(self, side: str) -> str | None:
        if self.session is not None and self.disk_paths:
            return self.disk_paths[0 if side == "old" else 1]
        return self.start_page.pending(side)

    def ask_open_comparison(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a saved comparison"), "",
            self.tr("Saved comparisons (*{})").format(EXTENSION))
        if path:
            self.open_comparison(path)

    def open_side(self, side: str, path: str) -> None:
        """Use ``path`` as one side. With the other side known this opens a comparison;
        a .rescompare file opens as a saved comparison whichever side it is dropped on."""
        if path.lower().endswith(EXTENSION):
            self.open_comparison(path)
            return
        other = "new" if side == "old" else "old"
        other_path = self._side_path(other)
        if self.session is not None and not self.disk_paths:
            # a saved comparison: keep its embedded other text and the notes (nothing is lost)
            keep = self.session
            self._submit("open", partial(_replace_side_job, keep, side, path))
            return
        if other_path:
            pair = (path, other_path) if side == "old" else (other_path, path)
            self.open_pair(*pair)
        else:
            self.start_page.set_pending(side, path)
            self.show_start()

    def open_pair(self, old: str, new: str) -> None:
        if self.session is not None and not self.maybe_discard():
            return
        self.start_page.set_pending("old", old)
        self.start_page.set_pending("new", new)
        self._submit("open", partial(jobs.open_pair, old, new, self.options))

    def open_sample(self) -> None:
        self.open_pair(*demo_paths())

    def open_comparison(self, path: str) -> None:
        if self.session is not None and not self.maybe_discard():
            return
        self._submit("open", partial(jobs.open_comparison, path, self._forced_options))

    def reload_from_disk(self, quiet: bool = False) -> None:
        if self.session is None or not self.disk_paths:
            return
        s = self.session
        self._submit("reload", partial(jobs.open_pair, *self.disk_paths, s.options,
                                       pins=s.pins, notes=s.notes))
        if quiet:
            self.statusBar().showMessage(self.tr("Reloaded: the file changed on disk."), 5000)

    # --- drag and drop -------------------------------------------------------------------

    @staticmethod
    def _dropped_files(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]

    def dragEnterEvent(self, event):
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event):
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event):
        files = self._dropped_files(event)
        if not files:
            return
        event.acceptProposedAction()
        if len(files) >= 2:
            self.open_pair(files[0], files[1])
            return
        self.open_side(self.side_at(event.position().toPoint()), files[0])

    def side_at(self, pos: QPoint) -> str:
        """Which side a point of the window is on: left of the connector (or of the middle of
        the start page) is the old side."""
        if self.stack.currentWidget() is self.start_page:
            middle = self.start_page.mapTo(self, QPoint(self.start_page.width() // 2, 0)).x()
        elif self.view.mode == "inline":
            middle = self.view.mapTo(self, QPoint(self.view.width() // 2, 0)).x()
        else:
            c = self.view.connector
            middle = c.mapTo(self, QPoint(c.width() // 2, 0)).x()
        return "old" if pos.x() < middle else "new"

    # --- change on disk ------------------------------------------------------------------

    def _watch(self, paths: tuple[str, ...]) -> None:
        current = self.watcher.files()
        if current:
            self.watcher.removePaths(current)
        existing = [p for p in paths if os.path.exists(p)]
        if existing:
            self.watcher.addPaths(existing)

    def _file_changed(self, path: str) -> None:
        # Editors save by writing a new file and renaming it: watch the path again.
        if os.path.exists(path) and path not in self.watcher.files():
            self.watcher.addPath(path)
        self._changed_on_disk.add(path)
        self._disk_timer.start()

    def _on_disk_change(self) -> None:
        changed, self._changed_on_disk = self._changed_on_disk, set()
        if self.session is None or not (changed & set(self.disk_paths)):
            return
        names = ", ".join(os.path.basename(p) for p in sorted(changed))
        if not all(os.path.exists(p) for p in changed):
            self.statusBar().showMessage(self.tr("{} was removed or renamed on disk; the "
                                                 "comparison keeps its text.").format(names), 8000)
            return
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("File changed on disk"),
                self.tr("{} changed on disk. Reload it?\n\nYour notes and pairings are kept; a "
                        "note whose row disappears is listed under “Notes without a row”.")
                .format(names))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.reload_from_disk(quiet=True)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        if self.session is None:
            return False
        if not self.document.saved_path:
            return self.save_as()
        return self.save_to(self.document.saved_path)

    def save_as(self) -> bool:
        if self.session is None:
            return False
        self.notes.commit()
        suggested = self.document.saved_path or self._suggested_name(EXTENSION)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the comparison"), suggested,
            self.tr("Saved comparisons (*{})").format(EXTENSION))
        if not path:
            return False
        if not path.lower().endswith(EXTENSION):
            path += EXTENSION
        return self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the session (texts, options, pairings, notes) atomically to ``path``."""
        self.notes.commit()
        if not self._write_comparison(path, self.session.to_bytes()):
            return False
        self._saved(path)
        return True

    def _write_comparison(self, path: str, data: bytes) -> bool:
        """Write a .rescompare file atomically; a failure is reported as a failed save."""
        try:
            atomic_write(path, data, code="save_target")
        except InputError as exc:
            self.report_error(exc, "save")
            return False
        return True

    def _saved(self, path: str) -> None:
        """What follows a successful save: clean state, recent files, title, status bar."""
        self._mark_clean(path)
        self.settings.add_recent_comparison(path)
        self._refresh_recent()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {}").format(os.path.basename(path)), 4000)

    def _suggested_name(self, ext: str) -> str:
        s = self.session
        stem = lambda name: os.path.splitext(os.path.basename(name))[0].replace(".zh", "")  # noqa
        folder = os.path.dirname(self.disk_paths[1]) if self.disk_paths else os.getcwd()
        if self.disk_paths and not os.access(folder, os.W_OK):
            folder = os.path.expanduser("~")
        return os.path.join(folder, f"{stem(s.old.name)} vs {stem(s.new.name)}{ext}")

    def maybe_discard(self) -> bool:
        """True when nothing unsaved would be lost (asking to save if there is)."""
        self.notes.commit()
        if not self.is_dirty():
            return True
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                   QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(
            self, self.tr("Unsaved notes and pairings"),
            self.tr("This comparison has notes or pairings that are not saved. Save them?"),
            buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # --- export and print ----------------------------------------------------------------

    def ask_export(self) -> None:
        if self.comparison is None:
            return
        self.notes.commit()
        filters = {self.tr("PDF (*.pdf)"): ".pdf", self.tr("Word document (*.docx)"): ".docx",
                   self.tr("Web page (*.html)"): ".html", self.tr("JSON data (*.json)"): ".json"}
        suggested = os.path.join(self.export_folder(),
                                 os.path.basename(self._suggested_name(".pdf")))
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the comparison"), suggested, ";;".join(filters))
        if not path:
            return
        ext = filters.get(chosen, ".pdf")
        if os.path.splitext(path)[1].lower() not in (".pdf", ".docx", ".html", ".htm", ".json"):
            path += ext
        ext = os.path.splitext(path)[1].lower()
        options: dict = {}
        if ext != ".json":      # JSON keeps everything and has no pages
            options = dialogs.ask_export_options(self, ".html" if ext == ".htm" else ext,
                                                 self.export_options())
            if options is None:
                return
            for key, value in options.items():
                self.settings.q.setValue(f"export/{key}", value)
        self.settings.q.setValue("export/folder", os.path.dirname(os.path.abspath(path)))
        self.export_to(path, **options)

    def export_folder(self) -> str:
        """Where the export dialog starts: the last export's folder, else Documents, else home
        — never the program's own samples folder (read-only in a bundle, and no place for a
        delegate's files)."""
        from PySide6.QtCore import QStandardPaths

        from ..resources import samples_dir
        samples = os.path.realpath(samples_dir())
        candidates = [self.settings.q.value("export/folder"),
                      QStandardPaths.writableLocation(
                          QStandardPaths.StandardLocation.DocumentsLocation),
                      os.path.expanduser("~")]
        for folder in candidates:
            if not folder or not isinstance(folder, str) or not os.path.isdir(folder):
                continue
            real = os.path.realpath(folder)
            if real == samples or real.startswith(samples + os.sep):
                continue
            if os.access(folder, os.W_OK):
                return folder
        return os.path.expanduser("~")

    def export_options(self) -> dict:
        """Paper, orientation and changes-only as last chosen (A4 landscape, everything)."""
        q = self.settings.q
        paper = q.value("export/paper", "a4")
        flag = lambda key, default: str(q.value(f"export/{key}", default)).lower() in (  # noqa
            "true", "1")
        return {"paper": paper if paper in ("a4", "letter") else "a4",
                "landscape": flag("landscape", True), "changes_only": flag("changes_only", False)}

    def export_to(self, path: str, **options) -> None:
        """Write the export in the interface language, as Print does; ``options``: paper,
        landscape, changes_only (ExportOptions fields)."""
        try:  # never over the texts being compared (or the comparison file they came from)
            refuse_inputs(path, [*self.disk_paths, *([self.document.saved_path] if self.document.saved_path else [])])
        except InputError as exc:
            self.report_error(exc, "export")
            return
        self._submit("export", partial(jobs.export, self.comparison, path,
                                       dict(self.session.notes), self.language(), **options))

    def _printer(self):
        """A printer on the paper and orientation last chosen for an export (A4 landscape:
        both versions side by side), which the print dialog lets the user change; the notes
        being typed are kept."""
        from PySide6.QtPrintSupport import QPrinter

        from ..export import printing   # on first use: its import costs start-up time
        self.notes.commit()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen = self.export_options()
        printing.setup_printer(printer, chosen["paper"], chosen["landscape"])
        return printer

    def print_comparison(self) -> None:
        if self.comparison is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._render(printer)

    def print_preview(self) -> None:
        if self.comparison is None:
            return
        from PySide6.QtPrintSupport import QPrintPreviewDialog
        dialog = QPrintPreviewDialog(self._printer(), self)
        dialog.paintRequested.connect(self._render)
        dialog.resize(1000, 800)
        dialog.exec()

    def _render(self, printer) -> None:
        from ..export import printing
        try:
            printing.render(self.comparison, dict(self.session.notes), printer,
                            language=self.language())
        except Exception as exc:  # noqa: BLE001 - a failing printer driver is shown, never a crash
            self.report_error(exc)


def _replace_side_job(session: Session, side: str, path: str, report=lambda s: None):
    """One side of a saved comparison replaced by a file; pairings are reset (they named the
    replaced paragraphs), notes are kept (those without a row are shown as such)."""
    source = jobs.load_source(path, report)
    new = replace(session, pins=Pins(), **{side: source})
    return jobs.recompare(new, (), None, report)
