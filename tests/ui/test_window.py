"""The comparison window end to end (offscreen): opening, errors, navigation, filter, find,
swap, inline mode, options."""
from __future__ import annotations

import shutil

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction

from viewer.engine import demo_paths
from viewer.model import Granularity
from viewer.present import rows as display

from ui_helpers import (accounted, current_label, folds, labels, row_index, wait_loaded,
                        wait_new_comparison)

DEMO_SUMMARY = "12 added · 1 deleted · 14 modified · 2 moved · 3 renumbered"


def test_opening_the_demo_shows_every_pair_with_labels_and_summary(demo_window):
    win = demo_window
    shown = labels(win)
    assert len(shown) == len(win.comparison.pairs) == 32
    assert shown[:3] == ["PP1", "PP2", "PP3"]
    assert "OP2 → OP4" in shown and "OP3 → OP6" in shown and "PP7 → PP12" in shown
    assert win.summary_text() == DEMO_SUMMARY
    assert win.view.old_header.text() == "Old  ·  A/HRC/RES/37/23  ·  hrc-37-23-adopted.zh.txt"
    assert win.view.new_header.text() == "New  ·  A/HRC/RES/43/21  ·  hrc-43-21-adopted.zh.txt"
    assert win.windowTitle() == "hrc-37-23-adopted.zh.txt → hrc-43-21-adopted.zh.txt[*] — ResCompare"
    assert not win.isWindowModified()
    assert win.stack.currentWidget() is win.compare_page
    assert win.outline.model.rowCount() == 32


def test_rows_are_level_on_both_sides(demo_window, qtbot):
    view = demo_window.view
    qtbot.waitUntil(lambda: view.old_pane.viewport().width() > 100)
    for pos in range(view.model.rowCount()):
        idx = view.model.index(pos, 0)
        a, b = view.old_pane.visualRect(idx), view.new_pane.visualRect(idx)
        assert (a.top(), a.height()) == (b.top(), b.height())
    # the two text columns are equally wide (the old pane also holds the label gutter)
    m = view.metrics
    assert abs(m.text_width("old") - m.text_width("new")) <= 2
    # scrolling one side scrolls the other, and stays put (no ping-pong)
    view.new_pane.verticalScrollBar().setValue(700)
    assert view.old_pane.verticalScrollBar().value() == 700
    view.old_pane.verticalScrollBar().setValue(300)
    assert view.new_pane.verticalScrollBar().value() == 300


def test_a_bad_file_shows_a_dialog_and_keeps_the_comparison(demo_window, qtbot, tmp_path,
                                                            dialogs):
    win = demo_window
    before, shown = win.comparison, labels(win)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(win.load_failed, timeout=10000):
        win.open_pair(str(empty), demo_paths()[1])
    assert dialogs.calls == [("warning", "Cannot open", "empty.txt: the file is empty.")]
    assert win.comparison is before and labels(win) == shown
    assert win.summary_text() == DEMO_SUMMARY


def test_a_bad_file_message_follows_the_ui_language(make_window, qtbot, tmp_path, dialogs):
    win = make_window(language="zh")
    folder = tmp_path / "a-folder.txt"
    folder.mkdir()
    with qtbot.waitSignal(win.load_failed, timeout=10000):
        win.open_pair(str(folder), demo_paths()[1])
    assert dialogs.calls[0][2] == "a-folder.txt：这是文件夹，不是文件。"
    assert win.comparison is None and win.stack.currentWidget() is win.start_page


def test_f7_and_alt_arrows_step_through_changes(demo_window, qtbot):
    win = demo_window
    pane = win.view.new_pane
    pane.setFocus()
    win.go_edge(0)
    assert current_label(win) == "PP1"
    qtbot.keyClick(pane, Qt.Key.Key_F7)
    assert current_label(win) == "PP2"
    qtbot.keyClick(pane, Qt.Key.Key_F7)
    assert current_label(win) == "PP4"          # PP3 is unchanged: skipped
    qtbot.keyClick(pane, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert current_label(win) == "PP2"
    qtbot.keyClick(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert current_label(win) == "PP4"
    qtbot.keyClick(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert current_label(win) == "PP2"
    # both sides and the outline follow the current row
    idx = win.view.model.position(win.view.current_full())
    assert win.view.old_pane.currentIndex().row() == idx
    assert win.outline.view.currentIndex().data() == "PP2"


def test_show_only_changes_hides_unchanged_rows(demo_window, qtbot):
    win = demo_window
    win.actions["only_changes"].trigger()
    shown = labels(win)
    assert len(shown) == 27
    assert "PP1" not in shown and "PP3" not in shown and shown[0] == "PP2"
    # the unchanged rows are folded in place, counted: PP1, PP3, PP5–PP6, PP12 → PP17
    assert folds(win) == ["PP1-PP1:1", "PP3-PP3:1", "PP5-PP6:2", "PP17-PP17:1"]
    assert accounted(win) == 32
    assert all(win.rows[full].changed for full in win.view.model.visible
               if win.view.model.fold_at(full) is None)
    assert win.summary_text() == DEMO_SUMMARY + "   (only changes shown)" + \
        "   5 unchanged paragraphs folded"
    assert win.settings.only_changes() is True
    win.actions["only_changes"].trigger()
    assert len(labels(win)) == 32


def test_outline_filter_and_activation(demo_window, qtbot):
    win = demo_window
    outline = win.outline
    outline.filter.setText("moved")
    shown = [outline.proxy.index(i, 0).data() for i in range(outline.proxy.rowCount())]
    assert shown == ["PP7 → PP12", "PP11 → PP15"]
    outline.view.setFocus()
    outline._activate(outline.proxy.index(1, 0))
    assert current_label(win) == "PP11 → PP15"


def test_find_both_sides_and_step_with_f3(demo_window, qtbot):
    win = demo_window
    win.go_edge(0)
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.find_bar.isVisible() and win.find_bar.edit.hasFocus()
    win.find_bar.edit.setText("合作共赢")   # typed through an input method
    win.find_bar.flush()
    total = len(win._matches)
    assert total == 16
    assert win.find_bar.count.text() == f"1 of {total}"
    first = win._matches[0]
    assert win.view.current_full() == win.view.model.visible[first.row]
    row = win.rows[win.view.current_full()]
    assert "合作共赢" in row.text(first.side)
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_F3)
    assert win.find_bar.count.text() == f"2 of {total}"
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert win.find_bar.count.text() == f"1 of {total}"
    win.find_bar.scope.setCurrentIndex(1)                  # old text only
    assert 0 < len(win._matches) < total and {m.side for m in win._matches} == {"old"}
    qtbot.keyClick(win.find_bar.edit, Qt.Key.Key_Escape)
    assert not win.find_bar.isVisible() and win._matches == []


def _label_index(win, label: str) -> int:
    return next(r.index for r in win.rows if r.label == label)


def test_find_steps_into_a_paragraph_hidden_by_show_only_changes(demo_window, qtbot):
    """联合国宪章: PP1 (unchanged: hidden by the filter) old+new, PP9 old+new, PP11 → PP15 old+new."""
    win = demo_window
    shown_all = "Showing all paragraphs: the match is in an unchanged paragraph."
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert len(labels(win)) == 27 and "PP1" not in labels(win)
    win.go_to_row(_label_index(win, "PP9"))
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    win.find_bar.edit.setText("联合国宪章")
    win.find_bar.flush()
    assert win.find_bar.count.text() == "3 of 6"        # the two in PP1 are counted
    assert current_label(win) == "PP9" and len(win._matches) == 4 and win._match == 0
    for expected in ("4 of 6", "5 of 6", "6 of 6"):
        qtbot.keyClick(win.view.new_pane, Qt.Key.Key_F3)
        assert win.find_bar.count.text() == expected
    assert win.actions["only_changes"].isChecked() and len(labels(win)) == 27
    assert current_label(win) == "PP11 → PP15"

    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_F3)     # wraps round to PP1, hidden
    assert not win.actions["only_changes"].isChecked() and win.settings.only_changes() is False
    assert len(labels(win)) == 32 and win.summary_text() == DEMO_SUMMARY
    assert win.statusBar().currentMessage() == shown_all
    assert current_label(win) == "PP1" and win.find_bar.count.text() == "1 of 6"
    assert win._match == 0 and win._matches[0] == display.Match(0, "old", 3, 8)
    assert win.view.find_ranges(0, "old") == [(3, 8, True)]
    assert win.view.find_ranges(0, "new") == [(3, 8, False)]

    # the filter can go back on with the bar open; the current match is then a shown one
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert win.actions["only_changes"].isChecked() and len(labels(win)) == 27
    assert win.find_bar.count.text() == "3 of 6" and current_label(win) == "PP9"
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert not win.actions["only_changes"].isChecked() and len(labels(win)) == 32
    assert current_label(win) == "PP1" and win.find_bar.count.text() == "2 of 6"
    assert win.view.find_ranges(0, "new") == [(3, 8, True)]
    assert win.statusBar().currentMessage() == shown_all


def test_find_typed_with_every_match_hidden_shows_it_in_chinese(make_window, qtbot):
    """决议 is only in PP3 (old and new), an unchanged paragraph."""
    win = make_window(language="zh")
    win.open_pair(*demo_paths())
    wait_loaded(qtbot, win)
    win.actions["only_changes"].trigger()
    win.go_edge(0)
    assert current_label(win) == "PP2"
    win.open_find()
    win.find_bar.edit.setText("决议")
    win.find_bar.flush()
    assert not win.actions["only_changes"].isChecked() and len(labels(win)) == 32
    assert current_label(win) == "PP3"
    assert win.find_bar.count.text() == "第 1 个，共 2 个"
    assert win.statusBar().currentMessage() == "已显示全部段落：匹配项位于未改动的段落中。"
    win.actions["only_changes"].trigger()                 # every match hidden again
    assert win.actions["only_changes"].isChecked() and current_label(win) == "PP4"
    assert win.find_bar.count.text() == "2 个（已隐藏）"
    assert win._matches == [] and win._match is None
    win.find_step(True)
    assert not win.actions["only_changes"].isChecked()
    assert current_label(win) == "PP3" and win.find_bar.count.text() == "第 1 个，共 2 个"


def test_swap_sides(demo_window, qtbot):
    win = demo_window
    win.set_note("OP2>OP4", "verb stays")
    before = win.comparison
    win.actions["swap"].trigger()
    wait_new_comparison(qtbot, win, before)
    assert win.comparison.old.metadata.number == "43/21"
    assert "OP4 → OP2" in labels(win)
    assert win.summary_text() == "1 added · 12 deleted · 14 modified · 2 moved · 3 renumbered"
    assert win.session.notes == {"OP4>OP2": "verb stays"}
    assert win.view.old_header.text().startswith("Old  ·  A/HRC/RES/43/21")


def test_inline_mode_shows_one_redline_column(demo_window, qtbot):
    win = demo_window
    win.go_to_row(row_index(win, "OP2>OP4"))
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.view.mode == "inline" and win.settings.mode() == "inline"
    qtbot.waitUntil(lambda: win.view.inline_pane.isVisible())
    assert not win.view.old_pane.isVisible()
    assert current_label(win) == "OP2 → OP4"            # the reading position is kept
    row = win.rows[row_index(win, "OP2>OP4")]
    assert {r.kind for r in row.inline} == {"equal", "delete", "insert"}
    win.set_mode("split")
    assert win.view.old_pane.isVisible()


def test_zoom_changes_row_heights_and_persists(demo_window, qtbot):
    win = demo_window
    idx = win.view.model.index(1, 0)
    before = win.view.new_pane.visualRect(idx).height()
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert win.settings.point_size() == 12.0
    assert win.view.new_pane.visualRect(idx).height() > before
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert win.settings.point_size() == 11.0


def test_option_changes_are_debounced_and_recompute_once(demo_window, qtbot):
    win = demo_window
    before = win.comparison
    submitted = []
    original = win.worker.submit
    win.worker.submit = lambda lane, fn: submitted.append(lane) or original(lane, fn)
    win.actions["gran_char"].trigger()
    win.actions["ignore_ws"].trigger()
    win.actions["ignore_punct"].trigger()
    wait_new_comparison(qtbot, win, before)
    assert submitted == ["compare"]
    o = win.comparison.options
    assert (o.granularity, o.ignore_whitespace, o.ignore_punctuation_width) == \
        (Granularity.CHAR, True, True)
    assert win.settings.options() == o


def test_start_page_then_both_sides(make_window, qtbot, tmp_path):
    win = make_window()
    assert win.stack.currentWidget() is win.start_page
    old, new = (str(shutil.copy(p, tmp_path)) for p in demo_paths())
    win.open_side("old", old)
    assert win.comparison is None and win.start_page.pending("old") == old
    win.open_side("new", new)
    wait_loaded(qtbot, win)
    assert win.summary_text() == DEMO_SUMMARY
    assert win.settings.recent_pairs() == [(old, new)]


def test_the_sample_pair_is_not_a_recent_entry(make_window, qtbot):
    win = make_window()
    old, new = demo_paths()
    win.open_side("old", old)
    win.open_side("new", new)
    wait_loaded(qtbot, win)
    assert win.summary_text() == DEMO_SUMMARY
    assert win.settings.recent_pairs() == []


def test_drop_a_file_on_the_new_side_replaces_it(demo_window, qtbot, tmp_path, seed_dir):
    win = demo_window
    target = tmp_path / "hrc-23-3.txt"
    shutil.copy(seed_dir / "hrc-23-3-adopted.zh.txt", target)
    conn = win.view.connector
    right = conn.mapTo(win, QPoint(conn.width() + 50, 50))
    left = conn.mapTo(win, QPoint(-50, 50))
    assert (win.side_at(left), win.side_at(right)) == ("old", "new")
    before = win.comparison
    win.open_side(win.side_at(right), str(target))
    wait_new_comparison(qtbot, win, before)
    assert win.comparison.old.metadata.number == "37/23"
    assert win.comparison.new.metadata.number == "23/3"


def test_every_command_has_a_menu_entry_or_shortcut(demo_window):
    win = demo_window
    in_menus = set()
    for menu in list(win.actions.menus.values()) + list(win.actions.submenus.values()):
        in_menus |= {a.objectName() for a in menu.actions() if isinstance(a, QAction)}
    for name, action in win.actions.by_name.items():
        assert name in in_menus or action.shortcuts(), name
    keys = {k.toString() for a in win.actions.by_name.values() for k in a.shortcuts()}
    assert {"F7", "Shift+F7", "Alt+Down", "Alt+Up", "Ctrl+F", "F3", "Shift+F3", "Ctrl+L",
            "Ctrl+U", "Ctrl+=", "Ctrl+-", "Ctrl+P", "Ctrl+S", "Ctrl+O"} <= keys
    assert len(keys) == sum(len(a.shortcuts()) for a in win.actions.by_name.values())  # no clash
