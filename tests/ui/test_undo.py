"""Edit › Undo / Redo: each kind of change to the comparison document (pairing, unpairing,
resetting the pairings, notes, options) is taken back and redone, also after the comparison was
recomputed in between; opening another pair starts a new history."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from viewer.engine import demo_paths
from viewer.model import DiffOptions, Granularity, Pins
from viewer.present import build_rows

from ui_helpers import row_index, wait_loaded, wait_new_comparison


def _keys(win) -> set[str]:
    return {r.key for r in win.rows}


def _undo(win, qtbot, recompute: bool = True) -> None:
    """Ctrl+Z as the user presses it; waits for the recomputation a pairing or option needs."""
    before = win.comparison
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    if recompute:
        wait_new_comparison(qtbot, win, before)


def _redo(win, qtbot, recompute: bool = True) -> None:
    before = win.comparison
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    if recompute:
        wait_new_comparison(qtbot, win, before)


def test_undo_and_redo_are_in_the_edit_menu_and_start_disabled(demo_window):
    win = demo_window
    edit = [a.objectName() for a in win.actions.menus["edit"].actions()]
    assert edit[:2] == ["undo", "redo"]
    assert win.actions["undo"].shortcuts()[0].toString() == "Ctrl+Z"
    assert win.actions["redo"].shortcuts()[0].toString() == "Ctrl+Shift+Z"
    assert not win.actions["undo"].isEnabled() and not win.actions["redo"].isEnabled()


def test_pairing_is_undone_and_redone(demo_window, qtbot):
    win = demo_window
    before = win.comparison
    win.pair_paragraphs("OP5", "OP5")
    wait_new_comparison(qtbot, win, before)
    assert "OP5>OP5" in _keys(win)
    assert win.actions["undo"].isEnabled()
    assert win.actions["undo"].statusTip() == "Pair OP5 with OP5"

    _undo(win, qtbot)
    assert win.session.pins == Pins()
    assert {"OP5>", ">OP5"} <= _keys(win) and "OP5>OP5" not in _keys(win)
    assert win.actions["redo"].isEnabled() and not win.actions["undo"].isEnabled()

    _redo(win, qtbot)
    assert win.session.pins.pairs == frozenset({("OP5", "OP5")})
    assert "OP5>OP5" in _keys(win)


def test_unpairing_is_undone(demo_window, qtbot):
    win = demo_window
    win.go_to_row(row_index(win, "OP2>OP4"))
    before = win.comparison
    win.actions["unpair"].trigger()
    wait_new_comparison(qtbot, win, before)
    assert "OP2>OP4" not in _keys(win)

    _undo(win, qtbot)
    assert win.session.pins == Pins()
    assert "OP2>OP4" in _keys(win)
    _redo(win, qtbot)
    assert win.session.pins.forbidden == frozenset({("OP2", "OP4")})
    assert "OP2>OP4" not in _keys(win)


def test_resetting_the_pairings_is_undone(demo_window, qtbot, dialogs):
    win = demo_window
    before = win.comparison
    win.pair_paragraphs("OP5", "OP5")
    wait_new_comparison(qtbot, win, before)
    dialogs.answer = QMessageBox.StandardButton.Yes
    before = win.comparison
    win.actions["reset_pairing"].trigger()
    wait_new_comparison(qtbot, win, before)
    assert win.session.pins == Pins()

    _undo(win, qtbot)
    assert win.session.pins.pairs == frozenset({("OP5", "OP5")})
    assert "OP5>OP5" in _keys(win)


def test_a_note_is_undone_and_redone_and_the_panels_follow(demo_window, qtbot):
    win = demo_window
    win.go_to_row(row_index(win, "OP2>OP4"))
    win.notes.editor.setPlainText("check with capital")
    win.notes.commit()
    win.notes.editor.setPlainText("check with capital first")   # typing on: one edit
    win.notes.commit()
    assert win.session.notes == {"OP2>OP4": "check with capital first"}
    assert win.isWindowModified()

    _undo(win, qtbot, recompute=False)
    assert win.session.notes == {}
    assert win.notes.editor.toPlainText() == ""
    assert "OP2>OP4" not in win.view.model.note_keys
    assert not win.isWindowModified()

    _redo(win, qtbot, recompute=False)
    assert win.session.notes == {"OP2>OP4": "check with capital first"}
    assert win.notes.editor.toPlainText() == "check with capital first"
    assert "OP2>OP4" in win.view.model.note_keys


def test_attaching_and_deleting_an_orphaned_note_are_undone(demo_window, dialogs):
    win = demo_window
    win.set_note("OP9>OP99", "lost note")
    win.go_to_row(row_index(win, "OP1>OP1"))
    win.attach_orphan("OP9>OP99")
    assert win.session.notes == {"OP1>OP1": "lost note"}
    win.actions["undo"].trigger()
    assert win.session.notes == {"OP9>OP99": "lost note"}
    assert win.notes.orphans.count() == 1

    dialogs.answer = QMessageBox.StandardButton.Yes
    win.delete_orphan("OP9>OP99")
    assert win.session.notes == {}
    win.actions["undo"].trigger()
    assert win.session.notes == {"OP9>OP99": "lost note"}


def test_an_option_change_is_undone_with_its_menu_and_comparison(demo_window, qtbot):
    win = demo_window
    word = win.comparison
    before = win.comparison
    win.actions["gran_char"].trigger()
    wait_new_comparison(qtbot, win, before)
    assert win.session.options.granularity is Granularity.CHAR
    assert win.comparison.options.granularity is Granularity.CHAR

    _undo(win, qtbot)
    assert win.session.options == DiffOptions()
    assert win.comparison.options == DiffOptions()
    assert win.actions["gran_word"].isChecked() and not win.actions["gran_char"].isChecked()
    assert win.settings.options() == DiffOptions()
    assert win.rows == build_rows(word)                  # the same rows as before the change

    _redo(win, qtbot)
    assert win.actions["gran_char"].isChecked()
    assert win.comparison.options.granularity is Granularity.CHAR


def test_the_history_survives_recomputation(demo_window, qtbot):
    """A note, then a pairing (the comparison is recomputed), then an option (recomputed again):
    undone in reverse order, each step exact, then all redone."""
    win = demo_window
    win.set_note("OP5>", "why was this dropped?")
    before = win.comparison
    win.pair_paragraphs("OP5", "OP5")
    wait_new_comparison(qtbot, win, before)
    before = win.comparison
    win.set_options(DiffOptions(ignore_punctuation_width=True))
    wait_new_comparison(qtbot, win, before)
    assert win.document.undo_stack.count() == 3

    _undo(win, qtbot)
    assert win.session.options == DiffOptions()
    assert win.session.pins.pairs == frozenset({("OP5", "OP5")})
    _undo(win, qtbot)
    assert win.session.pins == Pins() and "OP5>" in _keys(win)
    assert win.session.notes == {"OP5>": "why was this dropped?"}   # its row is back
    _undo(win, qtbot, recompute=False)
    assert win.session.notes == {}

    for recompute in (False, True, True):
        _redo(win, qtbot, recompute)
    assert win.session.notes == {"OP5>": "why was this dropped?"}
    assert win.session.pins.pairs == frozenset({("OP5", "OP5")})
    assert win.comparison.options == DiffOptions(ignore_punctuation_width=True)


def test_opening_another_pair_starts_a_new_history(demo_window, qtbot, dialogs):
    win = demo_window
    win.set_note("PP1>PP1", "n")
    assert win.actions["undo"].isEnabled()
    dialogs.answer = QMessageBox.StandardButton.Discard
    before = win.comparison
    win.open_pair(*reversed(demo_paths()))
    wait_new_comparison(qtbot, win, before)
    wait_loaded(qtbot, win)
    assert win.document.undo_stack.count() == 0
    assert not win.actions["undo"].isEnabled()
