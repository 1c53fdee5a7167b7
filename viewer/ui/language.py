"""MainWindow mixin: switching the UI language, retranslating. Imported only by main_window."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from .i18n import system_language


class Language:
    """Mixin: expects the attributes set up by MainWindow.__init__."""

    def _initial_language(self) -> str:
        return self._forced_language or self.settings.language() or system_language()

    def language(self) -> str:
        return self.translations.language

    def set_language(self, lang: str | None) -> None:
        """Switch the interface language now (None: follow the system) and remember it."""
        self._forced_language = None
        self.settings.set_language(lang)
        self._apply_language(lang or system_language())

    def _apply_language(self, lang: str) -> None:
        ok = self.translations.apply(lang)
        self.facts.language = self.translations.language
        # Deliver the LanguageChange events Qt posted to every widget now, not on the next
        # event-loop turn, so the whole window is in one language when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        chosen = self._forced_language or self.settings.language()
        self.actions[{"en": "lang_en", "zh": "lang_zh"}.get(chosen or "", "lang_system")
                     ].setChecked(True)
        if not ok and lang == "zh":
            self.statusBar().showMessage("中文界面无法加载（缺少 lrelease）。Chinese UI unavailable.",
                                         8000)

    def retranslate(self) -> None:
        if not hasattr(self, "actions"):
            return
        self.actions.retranslate()
        self.outline_dock.setWindowTitle(self.tr("Outline"))
        self.facts_dock.setWindowTitle(self.tr("Document facts"))
        self.notes_dock.setWindowTitle(self.tr("Notes"))
        self.history_dock.setWindowTitle(self.tr("Paragraph history"))
        self.strip.retranslate()
        self._refresh_history_panel()
        self.progress.setAccessibleName(self.tr("Working"))
        self.view.retranslate()
        self._update_headers()
        self._update_summary()
        self._update_picks()
        self._update_title()
