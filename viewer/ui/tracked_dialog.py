"""Which state of a Word file with tracked changes to use.

Opened alone, the file can show its own changes (before → after); opened as one side of a
comparison, or as one version of a history, it must be one text: before the changes (all
rejected) or after them (all accepted). The window asks through :func:`ask_state`, which tests
replace or answer by clicking the dialog's buttons.
"""
from __future__ import annotations

import os

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

OWN, BEFORE, AFTER = "own", "before", "after"


class TrackedStateDialog(QDialog):
    def __init__(self, name: str, revisions: int, authors: tuple[str, ...], alone: bool,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("trackedStateDialog")
        self.setWindowTitle(self.tr("Word file with tracked changes"))
        self.choice: str | None = None
        who = ", ".join(authors) if authors else self.tr("unknown authors")
        text = QLabel(self.tr("{name} has {count} tracked changes by {who}. Which text should be "
                              "used?").format(name=os.path.basename(name), count=revisions,
                                              who=who))
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.choices: dict[str, QPushButton] = {}
        options = ([(OWN, self.tr("Show its &changes (before → after)"))] if alone else []) + [
            (BEFORE, self.tr("The text &before the changes")),
            (AFTER, self.tr("The text &after the changes"))]
        for value, label in options:
            button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _c=False, v=value: self._choose(v))
            self.choices[value] = button
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(self.buttons)

    def _choose(self, value: str) -> None:
        self.choice = value
        self.accept()


def ask_state(parent, name: str, revisions: int, authors: tuple[str, ...],
              alone: bool) -> str | None:
    """OWN, BEFORE or AFTER; None when the user cancels."""
    dialog = TrackedStateDialog(name, revisions, authors, alone, parent)
    dialog.exec()
    return dialog.choice
