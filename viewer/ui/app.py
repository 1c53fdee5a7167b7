"""Application start: QApplication, the bundled CJK font, translations, the window, and the
``--screenshot`` mode. ``viewer.cli`` calls :func:`run`."""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..model import DiffOptions
from ..resources import font_path, resource_path
from .i18n import Translations
from .main_window import MainWindow
from .settings import Settings

SCREENSHOT_TIMEOUT_MS = 60_000


def register_font(app: QApplication) -> str | None:
    """Register the bundled WenQuanYi Micro Hei and make it the fallback of the UI font, so
    Chinese renders on a machine without a CJK font. Returns its family name."""
    path = font_path()
    fid = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    if not families:
        print(f"rescompare: cannot load the bundled font {path}", file=sys.stderr)
        return None
    cjk = families[0]
    font = QFont(app.font())
    chain = [f for f in font.families() or [font.family()] if f != cjk] + [cjk]
    font.setFamilies(chain)
    app.setFont(font)
    return cjk


def make_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "rescompare"])
    app.setApplicationName("ResCompare")
    app.setOrganizationName("ResCompare")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("ResCompare")
    icon = resource_path("icons", "rescompare.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_font(app)
    return app


def _needs_offscreen() -> bool:
    return sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or
                                                     os.environ.get("WAYLAND_DISPLAY"))


def _since_start() -> float | None:
    """Seconds since this process started (RESCOMPARE_T0 from a benchmark wins)."""
    t0 = os.environ.get("RESCOMPARE_T0")
    if t0:
        return time.time() - float(t0)
    try:
        with open("/proc/self/stat") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def run(files: list[str], demo: bool = False, screenshot: str | None = None,
        language: str | None = None, options: DiffOptions | None = None) -> int:
    """Open the window (on ``files`` or the sample) and run until it closes; the exit code.

    With ``screenshot`` the window is rendered to that PNG once the comparison is painted,
    then the program quits (0 on success, 2 when the input could not be opened)."""
    if screenshot and _needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    window = MainWindow(Settings(), Translations(app), options, language)
    status = {"code": 0}
    timing = bool(os.environ.get("RESCOMPARE_TIMING"))

    def painted():
        if timing:
            since = _since_start()
            if since is not None:
                print(f"rescompare-timing first-paint {since:.3f}", file=sys.stderr, flush=True)
        if screenshot:
            QTimer.singleShot(50, grab)

    def grab():
        if not window.grab().save(screenshot):
            print(f"rescompare: cannot write {screenshot}", file=sys.stderr)
            status["code"] = 1
        app.exit(status["code"])

    def failed(_exc):
        status["code"] = 2
        app.exit(2)

    window.comparison_shown.connect(painted)
    if screenshot:
        window.headless_errors = True
        window.load_failed.connect(failed)
        window.resize(1400, 900)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: (print(
            "rescompare: timed out waiting for the comparison", file=sys.stderr), app.exit(3)))
        if not files and not demo:
            QTimer.singleShot(300, grab)
    window.show()
    window.start(list(files), demo)
    code = app.exec()
    window.worker.wait(5000)
    return code if not screenshot else status["code"] if code == 0 else code
