"""MainWindow mixin: diff options, only changes, mode, zoom, saved. Imported only by main_window."""
from __future__ import annotations

from ..model import DiffOptions, Granularity
from .settings import DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE

OPTION_DEBOUNCE_MS = 200


class ViewState:
    """Mixin: expects the attributes set up by MainWindow.__init__."""

    # --- diff options --------------------------------------------------------------------

    def _sync_option_actions(self) -> None:
        o, a = self.options, self.actions
        a["gran_char" if o.granularity is Granularity.CHAR else "gran_word"].setChecked(True)
        a["ignore_punct"].setChecked(o.ignore_punctuation_width)
        a["ignore_ws"].setChecked(o.ignore_whitespace)
        a["ignore_marks"].setChecked(o.ignore_footnote_marks)

    def _options_from_actions(self) -> None:
        a = self.actions
        self.set_options(DiffOptions(
            granularity=Granularity.CHAR if a["gran_char"].isChecked() else Granularity.WORD,
            ignore_punctuation_width=a["ignore_punct"].isChecked(),
            ignore_whitespace=a["ignore_ws"].isChecked(),
            ignore_footnote_marks=a["ignore_marks"].isChecked()))

    def set_options(self, options: DiffOptions) -> None:
        """Programmatic equivalent of the Options menu: an undoable change of the document
        (the menu, the settings and the recomputation follow its signal)."""
        self.document.set_options(options)

    # --- view options --------------------------------------------------------------------

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
