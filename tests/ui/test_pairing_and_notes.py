"""Re-pairing by hand, notes, and both surviving save and reopen (orphaned notes included)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from viewer.model.session import Session

from ui_helpers import current_label, labels, row_index, wait_loaded, wait_new_comparison


def _pick(win, old_key: str, new_key: str) -> None:
    """Choose a row on the old side and another on the new side (as Ctrl+click does)."""
    view = win.view
    view._set_pane_current([view.old_pane], view.model.position(row_index(win, old_key)))
    view._set_pane_current([view.new_pane], view.model.position(row_index(win, new_key)))
    view.picks_changed.emit()


def test_pair_two_paragraphs_then_unpair(demo_window, qtbot):
    win = demo_window
    # 37/23 OP5 asked the Advisory Committee for a study; 43/21 OP5 takes note of it.
    assert {"OP5>", ">OP5"} <= {r.key for r in win.rows}       # deleted and added
    _pick(win, "OP5>", ">OP5")
    assert win.picks_label.text() == "Chosen: old OP5 · new OP5 — Ctrl+L pairs them"
    before = win.comparison
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_new_comparison(qtbot, win, before)
    keys = {r.key for r in win.rows}
    assert "OP5>OP5" in keys and "OP5>" not in keys and ">OP5" not in keys
    row = win.rows[row_index(win, "OP5>OP5")]
    assert row.flags == ("moved", "pinned") and row.status == "modified"   # crosses OP6, OP7
    assert {r.kind for r in row.old} == {"equal", "delete"}
    assert {r.kind for r in row.new} == {"equal", "insert"}
    assert (row.verb.old, row.verb.new) == ("请", "注意到")        # called out on the row
    assert "咨询委员会" in [r.text for r in row.new if r.kind == "equal"][0]
    assert current_label(win) == "OP5"                         # the new pair is current
    assert win.session.pins.pairs == frozenset({("OP5", "OP5")})
    assert win.isWindowModified()                              # a pairing is unsaved work
    assert win.summary_text() == ("11 added · 15 modified · 3 moved · 3 renumbered · "
                                  "1 verb change")

    before = win.comparison
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    wait_new_comparison(qtbot, win, before)
    keys = {r.key for r in win.rows}
    assert "OP5>OP5" not in keys and "OP5>" in keys and ">OP5" in keys
    assert win.session.pins.pairs == frozenset()
    assert win.session.pins.forbidden == frozenset({("OP5", "OP5")})


def test_unpairing_an_automatic_pair_keeps_them_apart(demo_window, qtbot):
    win = demo_window
    win.go_to_row(row_index(win, "OP2>OP4"))
    before = win.comparison
    win.actions["unpair"].trigger()
    wait_new_comparison(qtbot, win, before)
    keys = {r.key for r in win.rows}
    assert "OP2>OP4" not in keys
    assert "OP2>" in keys and ">OP4" in keys          # now a deletion and an addition
    assert win.session.pins.forbidden == frozenset({("OP2", "OP4")})


def test_pairing_across_kinds_is_refused(demo_window, dialogs):
    win = demo_window
    _pick(win, "PP1>PP1", ">OP8")
    win.pair_selected()
    assert dialogs.kinds() == ["information"]
    assert win.session.pins.pairs == frozenset()


def test_reset_pairing_forgets_every_pin(demo_window, qtbot, dialogs):
    win = demo_window
    win.pair_paragraphs("OP5", "OP5")
    qtbot.waitUntil(lambda: "OP5>OP5" in {r.key for r in win.rows})
    dialogs.answer = QMessageBox.StandardButton.Yes
    before = win.comparison
    win.actions["reset_pairing"].trigger()
    wait_new_comparison(qtbot, win, before)
    assert win.session.pins.pairs == frozenset()
    assert "OP5>OP5" not in {r.key for r in win.rows}


def test_notes_survive_save_and_reopen_with_orphans(demo_window, make_window, qtbot, tmp_path):
    win = demo_window
    # a note typed in the notes panel for OP2 → OP4
    win.go_to_row(row_index(win, "OP2>OP4"))
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert win.notes_dock.isVisible() and win.notes.editor.hasFocus()
    assert win.notes.title.text() == "Note on OP2 → OP4"
    win.notes.editor.setPlainText("请 → 吁请? check with capital")
    win.notes.commit()
    assert win.session.notes == {"OP2>OP4": "请 → 吁请? check with capital"}
    assert win.isWindowModified()
    assert "OP2>OP4" in win.view.model.note_keys                 # the row shows a note mark
    # a note on the deleted OP5, then OP5 is paired by hand: that row disappears
    win.set_note("OP5>", "why was this dropped?")
    win.pair_paragraphs("OP5", "OP5")
    qtbot.waitUntil(lambda: "OP5>OP5" in {r.key for r in win.rows}, timeout=10000)
    assert win.session.orphaned_notes(win.comparison) == {"OP5>": "why was this dropped?"}
    assert win.notes.orphans.count() == 1 and win.notes.orphans.isVisibleTo(win.notes)
    last = win.outline.model.index(win.outline.model.rowCount() - 1, 0)
    assert last.data() == "Notes without a row (1)"

    path = tmp_path / "demo.rescompare"
    assert win.save_to(str(path))
    assert not win.isWindowModified()
    assert win.windowTitle() == "demo.rescompare[*] — ResCompare"
    saved = Session.read(path)
    assert saved.notes == {"OP2>OP4": "请 → 吁请? check with capital",
                           "OP5>": "why was this dropped?"}
    assert saved.pins.pairs == frozenset({("OP5", "OP5")})

    other = make_window()
    other.open_comparison(str(path))
    wait_loaded(qtbot, other)
    assert other.session.notes == saved.notes
    assert "OP5>OP5" in {r.key for r in other.rows}
    assert other.session.orphaned_notes(other.comparison) == {"OP5>": "why was this dropped?"}
    assert [other.notes.orphans.item(i).text() for i in range(other.notes.orphans.count())] == \
        ["OP5: why was this dropped?"]
    other.go_to_row(row_index(other, "OP2>OP4"))
    assert other.notes.editor.toPlainText() == "请 → 吁请? check with capital"
    assert not other.isWindowModified()
    assert other.settings.recent_comparisons() == [str(path)]


def test_an_orphaned_note_can_be_attached_to_a_row(demo_window, qtbot):
    win = demo_window
    win.set_note("OP9>OP99", "lost note")
    win._refresh_notes()
    assert win.session.orphaned_notes(win.comparison) == {"OP9>OP99": "lost note"}
    win.go_to_row(row_index(win, "OP1>OP1"))
    win.attach_orphan("OP9>OP99")
    assert win.session.notes == {"OP1>OP1": "lost note"}
    assert win.notes.orphans.count() == 0


def test_closing_with_unsaved_notes_asks(demo_window, dialogs):
    win = demo_window
    win.set_note("PP1>PP1", "keep me")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert win.close() is False and win.isVisible()
    assert dialogs.kinds() == ["question"]
    dialogs.answer = QMessageBox.StandardButton.Discard
    assert win.close() is True
