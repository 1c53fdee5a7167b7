"""MainWindow mixin: pair, pair with, unpair, reset, swap sides — the choosing; the changes are
the document's undoable commands. Imported only by main_window."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ..model import Pins
from . import labels


class Pairing:
    """Mixin: expects the attributes set up by MainWindow.__init__."""

    # --- re-pairing ----------------------------------------------------------------------

    def pair_paragraphs(self, old_id: str, new_id: str) -> None:
        """Pin ``old_id`` to ``new_id`` and recompute at once (the new row becomes current)."""
        if self.session is None:
            return
        self.notes.commit()
        self._focus_key = f"{old_id}>{new_id}"
        self.document.pair(old_id, new_id)
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

    def pair_candidate(self, full: int | None = None) -> None:
        """One click: pair row ``full`` (default the current row) with the paragraph offered
        for it — an unmatched paragraph's likeliest partner, or a better partner for a weak
        pairing. An undoable command like every pairing."""
        row = self.rows[full] if full is not None and 0 <= full < len(self.rows) \
            else self.current_row()
        if row is None or row.candidate is None:
            self.statusBar().showMessage(self.tr("No paragraph to suggest for this row."), 3000)
            return
        self.pair_paragraphs(*row.candidate)

    def unpair_current(self) -> None:
        row = self.current_row()
        if row is None or not row.old_ids or not row.new_ids:
            self.statusBar().showMessage(self.tr("This row is not a pair."), 3000)
            return
        self.notes.commit()
        self._focus_key = f"{row.old_ids[0]}>"
        self.document.unpair(row)
        self.statusBar().showMessage(self.tr("Unpaired {}.").format(labels.row_label(row)), 4000)

    def reset_pairing(self) -> None:
        if self.session is None or self.session.pins == Pins():
            return
        answer = QMessageBox.question(self, self.tr("Reset all pairings"),
                                      self.tr("Forget every pairing made by hand?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.document.reset_pairing()

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
        """New becomes old (the document swaps texts, files, pairings and note keys)."""
        if self.session is None:
            return
        self.notes.commit()
        self.document.swap()
        paths = self.document.disk_paths
        self.start_page.set_pending("old", paths[0] if paths else None)
        self.start_page.set_pending("new", paths[1] if paths else None)
        self._recompute()
