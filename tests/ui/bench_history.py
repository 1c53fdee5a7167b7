"""Window benchmark for histories (a script, not a test): prints the figures issue 13 asks for.

    python tests/ui/bench_history.py            # 6 versions of a 60-paragraph resolution, 3 runs

- open: from ``open_versions`` on six files to the first paint of the comparison (load, parse,
  every adjacent comparison and the pair shown, in the worker; target < 1 s), in this process
  with a warm segmenter, as a person opening a second history would see it;
- launch: ``rescompare V1 … V6 --screenshot`` in a fresh process, process start → first paint;
- step: Versions › Next/Previous pair through every adjacent pair, trigger → repaint (the
  comparisons are cached in the History; target < 100 ms), and a non-adjacent pair the first
  time (worker) and the second time (cache).
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "benchmarks"),
                str(ROOT / "tests" / "ui")]
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    import viewer.ui  # noqa: F401  (the PySide6 refcount guard before any Qt call)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench_history import make_versions
    from bench_window import one_run
    from viewer.ui.main_window import MainWindow
    from viewer.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    paths = []
    for n, text in enumerate(make_versions(6, 15, 45), start=1):
        p = folder / f"v{n}.zh.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    shown = {"n": 0}

    def wait(flag_before: int, timeout: float = 60.0) -> None:
        end = time.perf_counter() + timeout
        while shown["n"] == flag_before or win.worker.busy():
            app.processEvents()
            if time.perf_counter() > end:
                raise SystemExit("timed out")

    opens = []
    for run in range(4):
        win = MainWindow(settings, None, None, "en")
        win.resize(1400, 900)
        win.show()
        win.comparison_shown.connect(lambda: shown.__setitem__("n", shown["n"] + 1))
        before = shown["n"]
        t0 = time.perf_counter()
        win.open_versions(paths)
        wait(before)
        if run:                       # the first run warms the segmenter's dictionary
            opens.append(time.perf_counter() - t0)
        if run < 3:
            win.document.replace_session(None)
            win.close()
    rows = len(win.rows)
    print(f"history of {len(paths)} versions, {rows} rows in the pair shown")
    print(f"open (in-process, warm): median {statistics.median(opens) * 1000:.0f} ms, "
          f"max {max(opens) * 1000:.0f} ms   (target < 1000 ms)")

    steps = []
    for action in ["prev_pair"] * 4 + ["next_pair"] * 4 + ["prev_pair"] * 4:
        before = shown["n"]
        t0 = time.perf_counter()
        win.actions[action].trigger()
        wait(before)
        steps.append(time.perf_counter() - t0)
    print(f"step between adjacent pairs (cached): median {statistics.median(steps) * 1000:.1f} ms, "
          f"max {max(steps) * 1000:.1f} ms over {len(steps)} steps   (target < 100 ms)")
    keys = win.hstate.keys
    for label in ("first time (worker)", "again (cache)"):
        win.choose_pair(keys[1], keys[2])
        wait(shown["n"])
        before = shown["n"]
        t0 = time.perf_counter()
        win.choose_pair(keys[0], keys[-1])
        wait(before)
        print(f"non-adjacent pair v1 → v6, {label}: {(time.perf_counter() - t0) * 1000:.0f} ms")
    win.document.replace_session(None)
    win.close()

    launches = [one_run(paths, str(folder / "shot.png"))[0] for _ in range(3)]
    print(f"launch → first paint (fresh process): median {statistics.median(launches):.2f} s")


if __name__ == "__main__":
    main()
