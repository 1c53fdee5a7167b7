"""Interface language: Qt translation files, compiled on demand, switched at run time.

``resources/i18n/rescompare_zh_CN.ts`` is the source (no compiled files in git). At start the
``.qm`` is taken from next to the ``.ts`` when a bundle ships one, else compiled with the
``lrelease`` of the PySide6 wheel into the user cache directory, named after a hash of the
``.ts`` (a changed translation is recompiled, an unchanged one never). Without lrelease the UI
stays in English and says so on stderr.

Adding or changing a UI string: update the catalogue with the wheel's lupdate, translate the
new entries (Qt Linguist or by hand), and run tests/ui (a test fails on any untranslated one)::

    pyside6-lupdate viewer/ui/*.py -ts resources/i18n/rescompare_zh_CN.ts -no-obsolete -locations none
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from ..wording import user_language
from ..model.tokenize import cache_dir
from ..resources import resource_path

LANGUAGES = ("en", "zh")
TS_FILE = "rescompare_zh_CN.ts"


def ts_path() -> Path:
    return resource_path("i18n", TS_FILE)


def system_language() -> str:
    """The user's language by the one detection (viewer.wording), told Qt's system locale,
    which also knows the Windows and macOS settings."""
    return user_language(QLocale.system().name())


def lrelease_path() -> Path | None:
    exe = ".exe" if sys.platform == "win32" else ""
    try:
        import PySide6
        candidate = Path(PySide6.__file__).parent / f"lrelease{exe}"
        if candidate.exists():
            return candidate
    except ImportError:  # pragma: no cover
        pass
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def compiled_qm(ts: Path | None = None) -> Path | None:
    """The .qm for ``ts``: shipped beside it, cached, or compiled now. None if impossible."""
    ts = ts or ts_path()
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:12]
    folder = cache_dir() / "i18n"
    target = folder / f"{ts.stem}-{digest}.qm"
    if target.exists() and target.stat().st_size > 0:
        return target
    tool = lrelease_path()
    if tool is None:
        print("rescompare: lrelease not found; the interface stays in English", file=sys.stderr)
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(suffix=".qm", dir=folder)
        os.close(fd)
        done = subprocess.run([str(tool), "-silent", str(ts), "-qm", tmp],
                              capture_output=True, timeout=60)
        if done.returncode != 0 or os.path.getsize(tmp) == 0:
            os.unlink(tmp)
            print(f"rescompare: lrelease failed: {done.stderr.decode(errors='replace')[:300]}",
                  file=sys.stderr)
            return None
        os.replace(tmp, target)
        for old in folder.glob(f"{ts.stem}-*.qm"):   # drop stale compilations
            if old != target:
                old.unlink(missing_ok=True)
        return target
    except (OSError, subprocess.SubprocessError) as exc:
        print(f"rescompare: cannot compile translations: {exc}", file=sys.stderr)
        return None


class Retranslating:
    """Mixin for a widget whose texts follow the interface language: it calls
    ``self.retranslate()`` whenever Qt delivers a LanguageChange event."""

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Translations:
    """Installs the translators of one language into the application (and removes them)."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Switch to ``language`` ('en' or 'zh'); Qt then sends LanguageChange to every widget.
        Returns False when the Chinese catalogue could not be loaded (the UI stays English)."""
        for tr in self._installed:
            self.app.removeTranslator(tr)
        self._installed.clear()
        self.language = "en"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        if language != "zh":
            return True
        qm = compiled_qm()
        mine = QTranslator(self.app)
        if qm is None or not mine.load(str(qm)):
            return False
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase_zh_CN", "qt_zh_CN"):   # standard buttons: 取消, 确定 …
            base = QTranslator(self.app)
            if base.load(name, qt_dir):
                self.app.installTranslator(base)
                self._installed.append(base)
                break
        self.app.installTranslator(mine)
        self._installed.append(mine)
        self.language = "zh"
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return True
