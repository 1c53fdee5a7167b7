"""A failed Save is worded as a failed save (not as a failed export), in both languages."""
from __future__ import annotations

import stat

import pytest


@pytest.mark.parametrize("where", ["missing-folder", "read-only-file"])
def test_failed_save_says_save_not_export(demo_window, tmp_path, monkeypatch, where):
    win = demo_window
    shown = []
    monkeypatch.setattr(win, "report_error", lambda exc, action="open": shown.append(exc))
    if where == "missing-folder":
        target = tmp_path / "no" / "such" / "work.rescompare"
    else:
        target = tmp_path / "work.rescompare"
        target.write_bytes(b"keep")
        target.chmod(stat.S_IRUSR)
    assert win.save_to(str(target)) is False
    (error,) = shown
    assert error.code == "save_target"
    assert error.message("en").startswith("work.rescompare: cannot save the comparison here (")
    assert "无法在此处保存对照" in error.message("zh")
    assert "export" not in error.message("en") and "导出" not in error.message("zh")
    assert win.isWindowModified() or win.document.saved_path != str(target)


@pytest.mark.parametrize("content", [
    b'{"format": "rescompare", "version": Infinity}',
    b'{"format": "rescompare", "version": 1, "old": {"name": "a", "text": "x"}, '
    b'"new": {"name": "b", "text": "y"}, "pins": {"pairs": "OP1,OP1"}}',
    b"[" * 100_000,
])
def test_a_malformed_comparison_file_is_reported_as_a_sentence(demo_window, qtbot, tmp_path,
                                                                 monkeypatch, content):
    win = demo_window
    before = win.comparison
    shown = []
    monkeypatch.setattr(win, "report_error", lambda exc, action="open": shown.append(exc))
    path = tmp_path / "bad.rescompare"
    path.write_bytes(content)
    win.open_comparison(str(path))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    (error,) = shown
    assert type(error).__name__ == "InputError" and error.code == "comparison_file"
    assert error.message("en").startswith("bad.rescompare: this is not a valid ResCompare")
    assert "Error(" not in error.message("en")
    assert win.comparison is before                     # what was open is kept


def test_window_export_onto_an_input_is_refused(make_window, qtbot, tmp_path, monkeypatch):
    from viewer.engine import demo_paths
    from ui_helpers import wait_loaded

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes(open(demo_paths()[0], "rb").read())
    new.write_bytes(open(demo_paths()[1], "rb").read())
    win = make_window()
    win.open_pair(str(old), str(new))
    wait_loaded(qtbot, win)
    shown = []
    monkeypatch.setattr(win, "report_error", lambda exc, action="open": shown.append(exc))
    before = new.read_bytes()
    win.export_to(str(new))
    (error,) = shown
    assert error.code == "export_onto_input" and "one of the files being compared" in error.message("en")
    assert new.read_bytes() == before


def test_a_repaired_comparison_file_opens_and_says_what_was_dropped(make_window, qtbot, tmp_path,
                                                                      monkeypatch):
    import json

    from viewer.engine import demo_paths
    from ui_helpers import wait_loaded

    texts = [open(p, encoding="utf-8").read() for p in demo_paths()]
    data = {"format": "rescompare", "version": 1, "old": {"name": "old.txt", "text": texts[0]},
            "new": {"name": "new.txt", "text": texts[1]},
            "pins": {"pairs": [["OP3", "OP3"], ["OP3", "OP4"]], "forbidden": []}, "notes": {}}
    path = tmp_path / "pins.rescompare"
    path.write_text(json.dumps(data), encoding="utf-8")
    win = make_window()
    shown = []
    monkeypatch.setattr(win, "report_error", lambda exc, action="open": shown.append((exc, action)))
    win.open_comparison(str(path))
    wait_loaded(qtbot, win)
    ((notice, action),) = shown
    assert action == "repaired" and notice.code == "pins_conflict"
    assert "OP3>OP3" in notice.message("en") and win.comparison is not None
    assert not win.document.session.pins.pairs          # both conflicting pins were dropped
