"""The window on a history of three or more versions (issue 13), on the seeds' real history
HRC 23/3 → HRC 44 draft → GA 75/180, and on Word files with tracked changes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from viewer.model import parse_resolution
from viewer.model.history_session import HistorySession
from viewer.model.session import Session, Source, read_comparison
from viewer.ui import history_ops
from viewer.ui.tracked_dialog import AFTER, BEFORE, OWN, TrackedStateDialog

from ui_helpers import wait_loaded

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
HRC23, HRC44, GA75 = (str(DATA / f"{n}.zh.txt") for n in ("hrc-23-3-adopted", "hrc-44-draft",
                                                           "ga-75-180-adopted"))
HRC37, HRC43 = str(DATA / "hrc-37-23-adopted.zh.txt"), str(DATA / "hrc-43-21-adopted.zh.txt")


def wait_idle(qtbot, win, timeout=30000):
    qtbot.waitUntil(lambda: win.comparison is not None and not win.worker.busy(), timeout=timeout)


@pytest.fixture
def history_window(qtbot, make_window):
    win = make_window()
    # Given out of time order: the window sorts them by their dates.
    win.start([GA75, HRC23, HRC44], demo=False)
    qtbot.waitUntil(lambda: win.hstate is not None and not win.worker.busy(), timeout=60000)
    return win


def names(win):
    return [win.hstate.history.version(k).resolution.source for k in win.hstate.keys]


def test_three_files_open_as_a_history_in_date_order(history_window):
    win = history_window
    assert names(win) == [HRC23, HRC44, GA75]
    assert win.hstate.saved.ordering == "date"
    assert win.strip.isVisible() and win.strip.chips.count() == 3
    # The latest step is shown first: the draft against the adopted GA text.
    assert (win.comparison.old.source, win.comparison.new.source) == (HRC44, GA75)
    assert "2 → 3 of 3" in win.strip.caption.text()


def test_stepping_choosing_any_pair_and_the_cache(history_window, qtbot):
    win = history_window
    win.actions["prev_pair"].trigger()     # the previous pair was compared when the history opened
    assert not win.worker.busy()           # a cached pair is swapped in at once
    assert (win.comparison.old.source, win.comparison.new.source) == (HRC23, HRC44)
    win.actions["next_pair"].trigger()
    assert win.comparison.new.source == GA75
    first, last = win.hstate.keys[0], win.hstate.keys[-1]
    win.choose_pair(first, last)            # not adjacent: computed by the worker
    wait_idle(qtbot, win)
    qtbot.waitUntil(lambda: win.comparison.old.source == HRC23 and win.comparison.new.source == GA75)
    assert win.hstate.cached((first, last)) is win.comparison
    # Clicking a chip compares that version with the one before it.
    win.strip._clicked(win.strip.chips.item(1))
    assert (win.comparison.old.source, win.comparison.new.source) == (HRC23, HRC44)


def test_history_panel_shows_the_paragraph_in_every_version_and_its_verb_path(history_window, qtbot):
    win = history_window
    win.set_language("zh")
    win.actions["show_history"].trigger()       # the panel is a dock, tabbed with the facts
    row = next(r for r in win.rows if r.new_ids == ("OP5",))     # GA 75/180 OP5 = HRC 23/3 OP4
    win.view.set_current(row.index, scroll=True)
    qtbot.waitUntil(lambda: "OP4 → OP7 → OP5" in win.history_panel.plain_text())
    text = win.history_panel.plain_text()
    assert "促请 → 敦促" in text            # the verb history at a glance
    assert "重新编号" in text and "1. A/HRC/RES/23/3" in text
    row = next(r for r in win.rows if r.old_ids == ("OP15",) and not r.new_ids)
    win.view.set_current(row.index, scroll=True)
    qtbot.waitUntil(lambda: "OP15 → —" in win.history_panel.plain_text())
    assert "删除" in win.history_panel.plain_text()   # dropped in the adopted text


def test_reordering_is_undoable_and_keeps_the_pair(history_window, qtbot):
    win = history_window
    pair = win.hstate.pair
    before = win.hstate.keys
    win.actions["version_earlier"].trigger()     # the GA text before the draft
    assert win.hstate.keys == (before[0], before[2], before[1])
    assert win.hstate.saved.ordering == "manual" and win.hstate.pair == pair
    qtbot.waitUntil(lambda: not win.worker.busy())
    assert win.hstate.history.keys == win.hstate.keys
    assert win.is_dirty()
    win.actions["undo"].trigger()
    assert win.hstate.keys == before and win.hstate.saved.ordering == "date"
    win.actions["redo"].trigger()
    assert win.hstate.keys == (before[0], before[2], before[1])
    win.actions["order_by_date"].trigger()
    assert win.hstate.keys == before
    # A drop on the strip reorders too.
    win.strip.reordered.emit((before[1], before[0], before[2]))
    assert win.hstate.keys == (before[1], before[0], before[2])


def test_save_and_open_hold_every_version_with_notes_and_pins_per_pair(history_window, qtbot,
                                                                        tmp_path, make_window):
    win = history_window
    key = win.rows[5].key
    win.document.set_note(key, "note on the last step")
    last_pair = win.hstate.pair
    win.actions["prev_pair"].trigger()
    first_key = win.rows[3].key
    win.document.set_note(first_key, "note on the first step")
    assert win.is_dirty()
    path = tmp_path / "history.rescompare"
    assert win.save_to(str(path))
    assert not win.is_dirty()
    saved = read_comparison(path)
    assert isinstance(saved, HistorySession) and len(saved.versions) == 3
    assert saved.pairs[last_pair].notes == {key: "note on the last step"}
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2
    other = make_window()
    other.open_comparison(str(path))
    qtbot.waitUntil(lambda: other.hstate is not None and not other.worker.busy(), timeout=60000)
    assert names(other) == [HRC23, HRC44, GA75]
    other.choose_pair(*last_pair)
    assert other.document.notes == {key: "note on the last step"}
    assert not other.is_dirty()


def test_a_version_one_file_still_opens_as_a_pair(make_window, qtbot, tmp_path):
    path = tmp_path / "pair.rescompare"
    session = Session(Source(HRC37, open(HRC37, encoding="utf-8").read()),
                      Source(HRC43, open(HRC43, encoding="utf-8").read()), notes={"OP1>OP1": "x"})
    path.write_bytes(session.to_bytes())
    assert read_comparison(path) == session.__class__.read(path)
    win = make_window()
    win.open_comparison(str(path))
    wait_idle(qtbot, win)
    assert win.hstate is None and win.document.notes == {"OP1>OP1": "x"}


def test_add_a_version_to_an_open_pair(make_window, qtbot, monkeypatch):
    win = make_window()
    win.open_pair(HRC23, HRC44)
    wait_loaded(qtbot, win)
    win.add_version(GA75)
    qtbot.waitUntil(lambda: win.hstate is not None and not win.worker.busy(), timeout=60000)
    assert names(win) == [HRC23, HRC44, GA75]
    assert (win.comparison.old.source, win.comparison.new.source) == (HRC44, GA75)
    assert win.is_dirty()                   # a history that was never saved


def test_a_note_typed_while_a_version_is_added_is_kept(make_window, qtbot):
    win = make_window()
    win.open_pair(HRC23, HRC44)
    wait_loaded(qtbot, win)
    key = win.comparison.pairs[0].key
    win.add_version(GA75)
    win.set_note(key, "typed while the new version was read")   # before the result arrives
    qtbot.waitUntil(lambda: win.hstate is not None and not win.worker.busy(), timeout=60000)
    assert names(win) == [HRC23, HRC44, GA75]
    notes = win.hstate.fold(win.session).saved.notes()
    assert notes[("v1", "v2")][key] == "typed while the new version was read"


def test_dropping_three_files_opens_a_history(make_window, qtbot):
    win = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in (HRC44, GA75, HRC23)])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)
    qtbot.waitUntil(lambda: win.hstate is not None and not win.worker.busy(), timeout=60000)
    assert names(win) == [HRC23, HRC44, GA75]


def test_a_damaged_version_two_file_is_reported_not_raised(make_window, qtbot, tmp_path, dialogs):
    bad = tmp_path / "bad.rescompare"
    bad.write_text(json.dumps({"format": "rescompare", "version": 2, "versions": [1, 2]}),
                   encoding="utf-8")
    win = make_window(language="zh")
    win.open_comparison(str(bad))
    qtbot.waitUntil(lambda: bool(dialogs.calls), timeout=20000)
    assert dialogs.calls[0][0] == "warning" and "缺失或无效" in dialogs.calls[0][2]


# --- Word files with tracked changes -------------------------------------------------------

@pytest.fixture
def tracked_docx(tmp_path):
    """The project's own Word export of 37/23 → 43/21: a file with tracked changes."""
    from viewer.export import export
    from viewer.model import compare
    old = parse_resolution(open(HRC37, encoding="utf-8").read(), source=HRC37)
    new = parse_resolution(open(HRC43, encoding="utf-8").read(), source=HRC43)
    path = tmp_path / "draft.docx"
    export(compare(old, new), path, {})
    return str(path)


def test_one_tracked_word_file_shows_before_after_with_authors(make_window, qtbot, tracked_docx):
    win = make_window()
    win.start([tracked_docx], demo=False)
    qtbot.waitUntil(lambda: win.tracked is not None and not win.worker.busy(), timeout=60000)
    assert win.comparison.old.source.endswith("(before changes)")
    win.actions["show_history"].trigger()
    changed = next(r for r in win.rows if r.key in win.tracked.revisions)
    win.view.set_current(changed.index, scroll=True)
    qtbot.waitUntil(lambda: "ResCompare" in win.history_panel.plain_text())
    text = win.history_panel.plain_text()
    assert "ResCompare" in text and "20" in text      # the author and the date of each revision
    assert win.document.notes == win.tracked.notes()  # the comments, as notes
    assert not win.is_dirty()


def test_tracked_file_as_one_side_asks_which_state(make_window, qtbot, tracked_docx, monkeypatch):
    asked = []

    def answer(parent, name, count, authors, alone):
        asked.append((name, count, authors, alone))
        return BEFORE
    win = make_window()
    monkeypatch.setattr(win, "ask_tracked_state", answer)
    win.open_pair(HRC23, tracked_docx)
    wait_idle(qtbot, win)
    assert asked and asked[0][3] is False and asked[0][2] == ("ResCompare",)
    assert win.comparison.new.source.endswith("(before changes)")
    assert win.tracked is None


def test_the_tracked_state_dialog_answers(qtbot):
    dialog = TrackedStateDialog("draft.docx", 12, ("Ann", "Bo"), alone=True)
    qtbot.addWidget(dialog)
    assert set(dialog.choices) == {OWN, BEFORE, AFTER}
    dialog.choices[AFTER].click()
    assert dialog.choice == AFTER and dialog.result() == dialog.DialogCode.Accepted
    side = TrackedStateDialog("draft.docx", 1, (), alone=False)
    qtbot.addWidget(side)
    assert set(side.choices) == {BEFORE, AFTER}
    side.buttons.rejected.emit()
    assert side.choice is None


def test_a_tracked_file_alone_from_the_start_page_asks_and_shows_its_changes(
        make_window, qtbot, tracked_docx, monkeypatch):
    win = make_window()
    monkeypatch.setattr(win, "ask_tracked_state", lambda *a: OWN)
    win.open_side("old", tracked_docx)
    qtbot.waitUntil(lambda: win.tracked is not None and not win.worker.busy(), timeout=60000)
    assert win.comparison.new.source.endswith("(after changes)")
    assert history_ops.tracked_info(HRC23) is None


def test_the_start_page_opens_versions_and_swap_reverses_the_pair(make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([HRC44, HRC23, GA75], "")))
    win = make_window(language="zh")
    assert win.start_page.versions.text() == "打开多个版本（沿革）(&V)…"
    win.start_page.versions.click()
    qtbot.waitUntil(lambda: win.hstate is not None and not win.worker.busy(), timeout=60000)
    assert names(win) == [HRC23, HRC44, GA75]
    old, new = win.hstate.pair
    win.actions["swap"].trigger()
    qtbot.waitUntil(lambda: win.hstate.pair == (new, old) and not win.worker.busy(), timeout=30000)
    assert (win.comparison.old.source, win.comparison.new.source) == (GA75, HRC44)


def test_the_history_report_is_exported_from_the_window(history_window, qtbot, tmp_path):
    win = history_window
    out = tmp_path / "history.html"
    win.export_history_to(str(out))
    qtbot.waitUntil(lambda: out.exists() and not win.worker.busy(), timeout=30000)
    page = out.read_text(encoding="utf-8")
    assert "A/HRC/RES/23/3" in page and "A/RES/75/180" in page and "<del>" in page
    shown = []
    win.report_error = lambda exc, action="open": shown.append(exc)
    win.export_history_to(HRC23)              # never over one of the versions
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0].code == "export_onto_input"
