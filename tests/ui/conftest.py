"""Fixtures for the window tests: an isolated settings file and cache, English UI by default,
dialogs replaced by recorders (a test never blocks on a modal box), and a demo window."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

import viewer.ui  # noqa: F401  (applies the PySide6 refcount guard before any Qt call)
from viewer.engine import demo_paths
from viewer.ui.settings import Settings

from ui_helpers import wait_loaded


@pytest.fixture(scope="session", autouse=True)
def _cache(tmp_path_factory):
    """Compiled translations go to a private cache, not the user's."""
    mp = pytest.MonkeyPatch()
    mp.setenv("RESCOMPARE_CACHE", str(tmp_path_factory.mktemp("cache")))
    yield
    mp.undo()


class DialogRecorder:
    """Stands in for QMessageBox's static functions; ``answer`` is what question() returns."""

    def __init__(self):
        self.calls: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Discard

    def kinds(self) -> list[str]:
        return [c[0] for c in self.calls]

    def _record(self, kind):
        def fn(parent, title, text, *args, **kwargs):
            self.calls.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return fn


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> DialogRecorder:
    rec = DialogRecorder()
    for kind in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(rec._record(kind)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: rec.calls.append(
        ("exec", self.windowTitle(), self.text())) or 0)
    return rec


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, settings):
    """``make_window(language='en')`` → a shown MainWindow with isolated settings."""
    from viewer.ui.main_window import MainWindow

    made = []

    def make(language: str = "en", settings_: Settings | None = None, options=None):
        win = MainWindow(settings_ or settings, None, options, language)
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.worker.wait(10000)
        win.document.replace_session(None)   # closing must not ask about unsaved notes
        win.close()
        win.translations.apply("en")   # translators are global to the application


@pytest.fixture
def demo_window(qtbot, make_window):
    win = make_window()
    win.open_pair(*demo_paths())
    wait_loaded(qtbot, win)
    return win
