"""Language switch, the worker keeping the window responsive on a 400-OP pair, reload when a
file changes on disk, and ``--screenshot`` from the command line."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from viewer.engine import demo_paths
from viewer.ui import i18n, jobs

from synthetic import make_pair
from ui_helpers import accounted, labels, wait_loaded, wait_new_comparison

ROOT = Path(__file__).resolve().parents[2]


def test_translation_catalogue_compiles_and_is_complete():
    ts = i18n.ts_path().read_text(encoding="utf-8")
    assert ts.count("<message>") >= 200
    assert "unfinished" not in ts and "<translation></translation>" not in ts
    qm = i18n.compiled_qm()
    assert qm is not None and qm.stat().st_size > 1000
    assert i18n.compiled_qm() == qm                 # cached: compiled once


def test_every_ui_string_has_a_chinese_translation(tmp_path):
    """lupdate over viewer/ui into a copy of the catalogue: nothing new, nothing unfinished."""
    import PySide6
    lupdate = Path(PySide6.__file__).parent / ("lupdate.exe" if os.name == "nt" else "lupdate")
    copy = tmp_path / "check.ts"
    shutil.copy(i18n.ts_path(), copy)
    sources = sorted(str(p) for p in (ROOT / "viewer" / "ui").glob("*.py"))
    done = subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete",
                           "-locations", "none"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    text = copy.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "untranslated UI strings: run lupdate and translate"


def test_language_switch_retranslates_the_open_window(demo_window, qtbot):
    win = demo_window
    menu_file = win.actions.menus["file"]
    assert menu_file.title() == "&File"
    win.actions["lang_zh"].trigger()
    assert win.language() == "zh"
    assert menu_file.title() == "文件(&F)"
    assert win.actions.menus["go"].title() == "转到(&G)"
    assert win.actions["next_change"].text() == "下一处改动(&N)"
    assert win.summary_text() == "新增 12 段 · 删除 1 段 · 修改 14 段 · 移动 2 段 · 重新编号 3 段"
    assert win.outline_dock.windowTitle() == "段落导航"
    assert win.view.old_header.text().startswith("旧版本  ·  A/HRC/RES/37/23")
    assert "届会" in win.facts.browser.toPlainText()
    chips = [c.text for c in win.view.metrics.geometry(1, "split").chips]
    assert chips == ["修改"]
    assert win.settings.language() == "zh"
    win.actions["lang_en"].trigger()
    assert menu_file.title() == "&File" and win.summary_text().startswith("12 added")


def test_system_language_follows_the_environment(monkeypatch):
    monkeypatch.delenv("RESCOMPARE_LANG", raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.system_language() == "en"


def test_window_stays_responsive_while_a_400_op_pair_compares(make_window, qtbot, tmp_path,
                                                             monkeypatch):
    """The comparison runs off the GUI thread, and the GUI thread's event loop keeps handling
    timer events while it runs. Events are counted, not timed (the freeze is measured in
    tests/ui/bench_window.py --responsiveness), so a loaded machine cannot fail this."""
    old_text, new_text = make_pair(400)
    old, new = tmp_path / "old400.txt", tmp_path / "new400.txt"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    win = make_window()
    gui_thread = threading.get_ident()
    state = {"comparing": False, "ticks": 0, "thread": None}
    three_ticks = threading.Event()

    def tick():
        if state["comparing"]:
            state["ticks"] += 1
            if state["ticks"] >= 3:
                three_ticks.set()

    real_compare = jobs.compare

    def watched_compare(*args, **kwargs):
        state["thread"], state["comparing"] = threading.get_ident(), True
        try:
            # Had this run on the GUI thread, no tick could come: the wait would run out.
            three_ticks.wait(60)
            return real_compare(*args, **kwargs)
        finally:
            state["comparing"] = False

    monkeypatch.setattr(jobs, "compare", watched_compare)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    win.open_pair(str(old), str(new))
    assert win.worker.busy() and win.progress.isVisibleTo(win)   # progress is shown
    stages = []
    win.worker.progress.connect(lambda _lane, stage: stages.append(stage))
    wait_loaded(qtbot, win, timeout=120000)
    timer.stop()
    assert state["thread"] is not None and state["thread"] != gui_thread
    assert state["ticks"] >= 3                        # the event loop ran while it compared
    assert len(win.comparison.new.operative) > 380
    assert accounted(win) == len(win.comparison.pairs)     # shown, or counted in a fold
    assert {"load", "parse", "compare"} >= set(stages)
    assert not win.progress.isVisibleTo(win)


def test_a_stale_result_is_dropped(make_window, qtbot):
    win = make_window()
    old, new = demo_paths()
    win.open_pair(old, new)
    win.open_pair(new, old)          # the second request wins
    wait_loaded(qtbot, win)
    qtbot.wait(200)
    assert win.comparison.old.metadata.number == "43/21"


def test_reload_when_a_file_changes_on_disk(make_window, qtbot, tmp_path, dialogs):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    shutil.copy(demo_paths()[0], old)
    shutil.copy(demo_paths()[1], new)
    win = make_window()
    win.open_pair(str(old), str(new))
    wait_loaded(qtbot, win)
    before = win.comparison
    text = new.read_text(encoding="utf-8").replace("决定继续处理此事。", "决定在第四十六届会议上继续处理此事。")
    new.write_text(text, encoding="utf-8")
    wait_new_comparison(qtbot, win, before, timeout=10000)
    assert "第四十六届会议上继续处理此事" in win.comparison.new.paragraph("OP10").text
    assert dialogs.calls == []                         # nothing unsaved: reloaded quietly
    # with an unsaved note the user is asked first
    win.set_note("OP10>OP10", "ask before reloading")
    dialogs.answer = QMessageBox.StandardButton.No
    new.write_text(text.replace("第四十六届", "第四十七届"), encoding="utf-8")
    qtbot.waitUntil(lambda: dialogs.kinds() == ["question"], timeout=10000)
    assert "第四十六届" in win.comparison.new.paragraph("OP10").text
    assert win.session.notes == {"OP10>OP10": "ask before reloading"}


def _run_cli(args, tmp_path, **env):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", RESCOMPARE_CACHE=str(tmp_path),
                       XDG_CONFIG_HOME=str(tmp_path / "config"), **env)
    return subprocess.run([sys.executable, "-m", "viewer.cli", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_screenshot_of_the_demo(tmp_path):
    png = tmp_path / "shot.png"
    done = _run_cli(["--demo", "--screenshot", str(png), "--lang", "en"], tmp_path,
                    RESCOMPARE_TIMING="1")
    assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1400, 900)
    assert "rescompare-timing first-paint" in done.stderr


def test_screenshot_with_a_bad_file_exits_2(tmp_path):
    done = _run_cli([str(tmp_path / "missing.txt"), demo_paths()[1], "--screenshot",
                     str(tmp_path / "x.png"), "--lang", "en"], tmp_path)
    assert done.returncode == 2
    assert "missing.txt: the file does not exist." in done.stderr
    assert not (tmp_path / "x.png").exists()
