"""Issue 12, the window walked through as a delegate would (pytest-qt, offscreen): small screens,
weak pairings and one-click pairing, sponsors and agenda item, rejected files, navigation, the
Chinese interface, folded runs, the change map, Copy reference."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication

from viewer.engine import demo_paths
from viewer.ui import labels as ui_labels
from viewer.ui.app import register_font

from ui_helpers import current_label, folds, labels, row_index, wait_loaded, wait_new_comparison

DATA = os.path.join(os.path.dirname(__file__), "..", "data")
HARD = (os.path.join(DATA, "hrc-23-3-adopted.zh.txt"), os.path.join(DATA, "hrc-44-draft.zh.txt"))
TO_GA = (os.path.join(DATA, "hrc-44-draft.zh.txt"), os.path.join(DATA, "ga-75-180-adopted.zh.txt"))
EN = (os.path.join(DATA, "en-hrc-draft.txt"), os.path.join(DATA, "en-hrc-adopted.txt"))


def _open(qtbot, make_window, pair, language="en", size=(1400, 900)):
    win = make_window(language=language)
    win.resize(*size)
    win.open_pair(*pair)
    wait_loaded(qtbot, win)
    qtbot.waitUntil(lambda: win.view.model.rowCount() > 0)
    return win


def _settle(qtbot, win):
    """Let the docks and panes take their sizes and the rows their layout."""
    qtbot.wait(50)
    win.view._relayout()


def _chars_per_first_line(win, side: str) -> int:
    """Characters on the first line of the longest Chinese paragraph as laid out for the pane."""
    rows = [r for r in win.rows if r.text(side) and win.view.model.position(r.index) is not None]
    row = max(rows, key=lambda r: len(r.text(side)))
    geo = win.view.metrics.geometry(row.index, "split")
    return getattr(geo, side).lineAt(0).textLength()


# --- 1. small screens ---------------------------------------------------------------------

@pytest.fixture
def cjk_font():
    """The bundled Chinese font as the application font (as ``rescompare`` runs), for tests
    that measure Chinese text; the previous font is restored afterwards."""
    app = QApplication.instance()
    before = QFont(app.font())
    assert register_font(app)
    yield
    app.setFont(before)


def test_at_1024_each_text_column_keeps_twenty_chinese_characters(make_window, qtbot, cjk_font):
    for language in ("en", "zh"):
        win = _open(qtbot, make_window, demo_paths(), language, (1024, 700))
        qtbot.waitUntil(lambda: win._compact is True)
        _settle(qtbot, win)
        m = win.view.metrics
        char = QFontMetricsF(m.text_font).horizontalAdvance("国")
        assert char >= 12          # a real CJK glyph at the default size, not a narrow box
        for side in ("old", "new"):
            assert m.text_width(side) >= 20 * char, (language, side, m.text_width(side))
            assert _chars_per_first_line(win, side) >= 20
        # the panels gave way: one tabbed dock on the right, the outline among its tabs
        right = Qt.DockWidgetArea.RightDockWidgetArea
        assert all(win.dockWidgetArea(d) == right
                   for d in (win.outline_dock, win.facts_dock, win.notes_dock))
        assert set(win.tabifiedDockWidgets(win.facts_dock)) == {
            win.outline_dock, win.notes_dock, win.history_dock}   # paragraph history (issue 13)
        assert win.facts_dock.width() < 345 and win.view.width() >= win.text_room()
        # the column headers show the whole file name
        for header in (win.view.old_header, win.view.new_header):
            needed = QFontMetrics(header.font()).horizontalAdvance(header.text()) + 20
            assert needed <= header.width(), header.text()
        # the facts panel stacks names above values instead of breaking them
        assert win.facts.narrow


def test_on_a_wide_screen_the_outline_stays_on_the_left(make_window, qtbot):
    win = _open(qtbot, make_window, demo_paths(), "en", (1600, 1000))
    _settle(qtbot, win)
    assert win._compact is False
    assert win.dockWidgetArea(win.outline_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert win.outline_dock.isVisible() and not win.facts.narrow
    win.resize(1024, 700)             # shrinking the window folds the panels together
    qtbot.waitUntil(lambda: win._compact is True)
    win.resize(1600, 1000)
    qtbot.waitUntil(lambda: win._compact is False)
    assert win.dockWidgetArea(win.outline_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


# --- 2. pairing confidence ----------------------------------------------------------------

def test_weak_pairings_are_marked_with_their_score(make_window, qtbot):
    win = _open(qtbot, make_window, HARD)
    weak = win.rows[row_index(win, "PP3>PP6")]
    assert weak.weak and weak.paired
    geo = win.view.metrics.geometry(weak.index, "split")
    assert [c.key for c in geo.chips] == ["modified", "weak", "candidate"]
    assert [c.text for c in geo.chips][1:] == ["check this pairing", "⇄ pair with new PP4"]
    assert geo.score.text() == "pairing 28% · text 11%"
    tip = win.view.model.data(win.view.model.index(win.view.model.position(weak.index), 0),
                              Qt.ItemDataRole.ToolTipRole)
    assert "check this pairing" in tip and "pairing 28% · text 11%" in tip
    sure = win.rows[row_index(win, "OP3>OP6")]
    keys = [c.key for c in win.view.metrics.geometry(sure.index, "split").chips]
    assert "weak" not in keys and "candidate" not in keys
    zero = win.rows[row_index(win, "OP12>OP20")]
    assert zero.weak and ui_labels.pairing_score(zero) == "pairing 30% · text 0%"


def test_one_click_pairs_an_unmatched_paragraph_with_its_best_match_and_undo_takes_it_back(
        make_window, qtbot):
    win = _open(qtbot, make_window, HARD)
    _settle(qtbot, win)
    added = win.rows[row_index(win, ">PP2")]            # new PP2, not matched
    assert added.candidate == ("PP2", "PP2")
    assert ui_labels.pair_with_candidate(added) == "⇄ pair with old PP2"
    win.go_to_row(added.index)
    _settle(qtbot, win)
    point = win.view.chip_point(added.index, "candidate")
    assert point is not None
    before = win.comparison
    qtbot.mouseClick(win.view.old_pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    wait_new_comparison(qtbot, win, before)
    paired = win.rows[row_index(win, "PP2>PP2")]
    assert "pinned" in paired.flags and current_label(win) == "PP2"
    assert win.document.undo_stack.undoText() == "Pair PP2 with PP2"
    before = win.comparison
    win.actions["undo"].trigger()
    wait_new_comparison(qtbot, win, before)
    assert any(r.key == ">PP2" for r in win.rows) and not any(r.key == "PP2>PP2" for r in win.rows)
    # the same through the Edit menu command, on a weak pairing
    win.go_to_row(row_index(win, "OP12>OP20"))
    before = win.comparison
    win.actions["pair_candidate"].trigger()
    wait_new_comparison(qtbot, win, before)
    assert any(r.key == "OP12>OP30" and "pinned" in r.flags for r in win.rows)


# --- 3, 4. sponsors and agenda item -------------------------------------------------------

def test_sponsors_are_countries_joined_as_their_language_does_and_not_struck_when_adopted(
        make_window, qtbot):
    win = _open(qtbot, make_window, EN)
    html = win.facts.to_html()
    text = win.facts.browser.toPlainText()
    assert "(3) Azerbaijan, Cuba, Venezuela" in text
    assert "Azerbaijan、" not in text and "(4)" not in text
    assert "On behalf of" in text and "Movement of Non-Aligned Countries" in text
    assert text.count("adopted texts do not list sponsors") == 2
    assert "<s " not in html.split("Sponsors")[1].split("Meeting")[0]
    zh = _open(qtbot, make_window, TO_GA, "zh")
    text = zh.facts.browser.toPlainText()
    assert "(1) 阿塞拜疆" in text and "通过的决议文本不列提案国" in text


def test_agenda_item_with_and_without_its_title_is_the_same_item(demo_window):
    win = demo_window
    html = win.facts.to_html()
    agenda = html.split("Agenda item</b>")[1][:20]
    assert "≠" not in agenda
    assert "Session</b> <b>≠</b>" in html


# --- 5. rejected files --------------------------------------------------------------------

def test_each_rejected_file_is_reported_and_none_stays_chosen(make_window, qtbot, tmp_path,
                                                             dialogs):
    win = make_window()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with qtbot.waitSignal(win.load_failed, timeout=20000):
        win.open_pair("/bin/ls", str(empty))
    assert dialogs.kinds() == ["warning"]
    message = dialogs.calls[0][2]
    assert "ls: this is not a text file" in message and "empty.txt: the file is empty." in message
    assert win.start_page.pending("old") is None and win.start_page.pending("new") is None
    assert "No file yet" in win.start_page.old_slot.file.text()
    assert "No file yet" in win.start_page.new_slot.file.text()
    # one bad file of two: the good one stays chosen
    good = demo_paths()[0]
    with qtbot.waitSignal(win.load_failed, timeout=20000):
        win.open_pair(good, str(empty))
    assert win.start_page.pending("old") == good and win.start_page.pending("new") is None


# --- 6. navigation ------------------------------------------------------------------------

def _in_middle(win, full: int) -> bool:
    """Clear of the top and bottom eighths of the view (unless the view cannot scroll further,
    or the row is too tall: then its top is at the top)."""
    pane = win.view.reading_pane()
    rect = pane.visualRect(win.view.model.index(win.view.model.position(full), 0))
    h = pane.viewport().height()
    bar = pane.verticalScrollBar()
    if bar.value() in (bar.minimum(), bar.maximum()):
        return 0 <= rect.top() and rect.bottom() <= h
    return rect.top() >= h // 8 and rect.bottom() <= h - h // 8 or \
        (rect.height() > h * 0.6 and rect.top() == 0)


def test_f7_and_go_to_put_the_target_in_the_middle_of_the_view(demo_window, qtbot):
    win = demo_window
    win.resize(1400, 700)
    _settle(qtbot, win)
    win.go_edge(0)
    pane = win.view.new_pane
    pane.setFocus()
    for _ in range(6):
        qtbot.keyClick(pane, Qt.Key.Key_F7)
        assert _in_middle(win, win.view.current_full()), current_label(win)
    win.go_to_row(row_index(win, "OP3>OP6"))
    assert _in_middle(win, win.view.current_full())
    win.go_to_row(row_index(win, "PP2>PP2"))
    assert _in_middle(win, win.view.current_full())


def test_page_down_selects_a_row_wholly_in_sight(demo_window, qtbot):
    win = demo_window
    win.resize(1400, 700)
    _settle(qtbot, win)
    win.go_edge(0)
    pane = win.view.new_pane
    pane.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(pane, Qt.Key.Key_PageDown)
        rect = pane.visualRect(pane.currentIndex())
        assert rect.top() >= 0 and rect.bottom() <= pane.viewport().height()
        seen.append(pane.currentIndex().row())
    assert seen == sorted(seen) and seen[-1] > seen[0]
    bar = pane.verticalScrollBar()
    assert bar.value() > 0


def test_zoom_keeps_the_current_row_in_view(demo_window, qtbot):
    win = demo_window
    win.go_to_row(row_index(win, "OP2>OP4"))
    for step in (+1, +1, +1, -1, 0):
        win.zoom(step)
        pane = win.view.reading_pane()
        rect = pane.visualRect(pane.currentIndex())
        assert pane.viewport().rect().intersects(rect)
        assert current_label(win) == "OP2 → OP4"


def test_the_wheel_over_the_middle_strip_and_the_change_map_scrolls_the_texts(demo_window, qtbot):
    win = demo_window
    bar = win.view.new_pane.verticalScrollBar()
    bar.setValue(0)
    for widget in (win.view.connector, win.view.new_map):
        before = bar.value()
        event = QWheelEvent(QPointF(5, 50), widget.mapToGlobal(QPointF(5, 50)), QPoint(0, 0),
                            QPoint(0, -240), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QGuiApplication.sendEvent(widget, event)
        assert bar.value() > before
        assert win.view.old_pane.verticalScrollBar().value() == bar.value()


def test_ctrl_e_exports_while_a_text_box_has_focus(demo_window, qtbot):
    win = demo_window
    action = win.actions["export"]
    action.triggered.disconnect()              # the export dialog itself is not under test
    fired = []
    action.triggered.connect(lambda *_: fired.append(1))
    win.open_find()
    for box in (win.find_bar.edit, win.notes.editor, win.outline.filter):
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        qtbot.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(fired) == 3


# --- 7. the Chinese interface -------------------------------------------------------------

def test_chinese_labels_dates_meetings_and_vote(make_window, qtbot, cjk_font):
    win = _open(qtbot, make_window, demo_paths(), "zh")
    row = win.rows[row_index(win, "OP2>OP4")]
    assert ui_labels.row_label(row) == "执行部分第 2 段 → 执行部分第 4 段"
    assert ui_labels.row_label(win.rows[0]) == "序言部分第 1 段"
    assert ui_labels.row_label(row, short=True) == "执行第2段 → 执行第4段"
    label = win.view.metrics.geometry(row.index, "split").label
    assert label.text().replace("\u2028", " ") == "执行第2段 → 执行第4段"
    # the gutter breaks a long label before the arrow, never inside a paragraph's name
    lines = [label.text()[label.lineAt(i).textStart():][:label.lineAt(i).textLength()]
             for i in range(label.lineCount())]
    assert [line.strip("\u2028 ") for line in lines] in (["执行第2段 → 执行第4段"],
                                                          ["执行第2段", "→ 执行第4段"])
    text = win.facts.browser.toPlainText()
    for expected in ("2018年3月23日", "2020年6月22日", "第54次会议", "第45次会议",
                     "赞成 28 · 反对 1 · 弃权 17", "阿富汗、"):
        assert expected in text
    assert ui_labels.field("vote") == "表决"
    assert "2018-03-23" not in text and "54th" not in text
    # placeholders hold no English words
    for box in (win.outline.filter,):
        assert not any("a" <= ch.lower() <= "z" for ch in box.placeholderText())
    # the outline shows the short label and finds rows by the Chinese name
    win.outline.filter.setText("执行部分第 4 段")      # new OP4, and old OP4 (now OP7)
    shown = [win.outline.proxy.index(i, 0).data() for i in range(win.outline.proxy.rowCount())]
    assert shown == ["执行第2段 → 执行第4段", "执行第4段 → 执行第7段"]
    win.outline.filter.setText("")
    from viewer.ui.navigation import paragraph_id
    assert [paragraph_id(t) for t in ("执行第4段", "执行部分第 4 段", "序言3", "op 4")] == \
        ["OP4", "OP4", "PP3", "OP4"]


# --- added: folds, change map, copy reference -----------------------------------------------

def test_folded_runs_expand_in_place_and_are_counted(demo_window, qtbot):
    win = demo_window
    win.actions["only_changes"].trigger()
    assert folds(win) == ["PP1-PP1:1", "PP3-PP3:1", "PP5-PP6:2", "PP17-PP17:1"]
    model = win.view.model
    pos = next(i for i in range(model.rowCount())
               if model.fold_at(model.visible[i]) and model.fold_at(model.visible[i]).count == 2)
    assert model.data(model.index(pos, 0)) == "▸ PP5–PP6 unchanged (2)"
    assert win.summary_text().endswith("5 unchanged paragraphs folded")
    rect = win.view.old_pane.visualRect(model.index(pos, 0))
    qtbot.mouseClick(win.view.old_pane.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert "PP5" in labels(win) and "PP6" in labels(win)
    assert folds(win) == ["PP1-PP1:1", "PP3-PP3:1", "PP17-PP17:1"]
    assert current_label(win) == "PP5" and win.actions["only_changes"].isChecked()
    assert win.summary_text().endswith("3 unchanged paragraphs folded")
    # Enter on a fold opens it too
    first = model.position(0)
    win.view.set_current(0)
    win.view.new_pane.setFocus()
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_Return)
    assert "PP1" in labels(win) and folds(win) == ["PP3-PP3:1", "PP17-PP17:1"]
    assert first == 0
    # a note is written on a paragraph: on a folded run, Edit note opens the run first
    pp3 = row_index(win, "PP3>PP3")
    win.view.set_current(pp3)
    win.edit_note()
    assert "PP3" in labels(win) and folds(win) == ["PP17-PP17:1"]
    assert win.notes.current_key() == "PP3>PP3"


def test_the_change_map_marks_every_change_and_a_click_goes_there(demo_window, qtbot):
    win = demo_window
    cmap = win.view.new_map
    cmap.refresh()
    marks = cmap.marks()
    changed = [i for i, full in enumerate(win.view.model.visible) if win.rows[full].changed]
    assert [pos for pos, _ in marks] == changed
    kinds = dict(marks)
    moved = win.view.model.position(row_index(win, "PP7>PP12"))
    added = win.view.model.position(row_index(win, ">OP10"))
    assert kinds[moved] == "moved" and kinds[added] == "added"
    target = row_index(win, "OP4>OP7")
    pos = win.view.model.position(target)
    y = (cmap.y_of(pos) + cmap.y_of(pos + 1)) / 2
    qtbot.mouseClick(cmap, Qt.MouseButton.LeftButton, pos=QPoint(5, int(y)))
    assert win.view.current_full() == target
    pane = win.view.reading_pane()
    assert pane.viewport().rect().intersects(pane.visualRect(pane.currentIndex()))


def test_copy_reference_from_the_keyboard_and_the_context_menu(demo_window, qtbot):
    win = demo_window
    win.go_to_row(row_index(win, "OP2>OP4"))
    qtbot.keyClick(win.view.new_pane, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("A/HRC/RES/37/23, OP 2 → A/HRC/RES/43/21, OP 4\nOld: 重申")
    assert "[-；欢迎在此方面开展的-]{+，并在这方面欢迎+}" in text
    assert win.copy_reference("new") == \
        "A/HRC/RES/43/21, OP 4\n" + win.rows[row_index(win, "OP2>OP4")].new_text
    assert QGuiApplication.clipboard().text().startswith("A/HRC/RES/43/21, OP 4\n")
