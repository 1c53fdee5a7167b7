"""Small dialogs: errors, About, keyboard shortcuts. Errors go through QMessageBox's static
functions so tests can replace them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from .. import __version__
from ..model import InputError


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def show_error(parent, exc: BaseException, language: str) -> None:
    """A user error in the UI language; anything else as an unexpected error with details."""
    if isinstance(exc, InputError):
        QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "Cannot open"),
                            exc.message(language))
        return
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Dialogs", "Unexpected error"),
                      QCoreApplication.translate(
                          "Dialogs", "Something went wrong; what was open is kept.\n\n{error}")
                      .format(error=f"{type(exc).__name__}: {exc}"),
                      QMessageBox.StandardButton.Ok, parent)
    details = getattr(exc, "traceback_text", "")
    if details:
        box.setDetailedText(details)
    box.exec()


def about(parent) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("Dialogs", "About ResCompare"),
        QCoreApplication.translate(
            "Dialogs",
            "<h3>ResCompare · 决议对照</h3><p>Version {version}</p>"
            "<p>Compares two versions of a UN resolution: paragraphs aligned even when moved or "
            "renumbered, changed words marked, operative verb changes, votes and documents "
            "cited.</p><p>Chinese text is shown with the bundled WenQuanYi Micro Hei font "
            "(Apache 2.0 / GPL 3 with font exception).</p>").format(version=__version__))


class ShortcutsDialog(QDialog):
    """Help › Keyboard shortcuts: generated from the action table, so it is always complete."""

    def __init__(self, rows: list[tuple[str, str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Keyboard shortcuts"))
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([QCoreApplication.translate("Dialogs", "Menu"),
                                         QCoreApplication.translate("Dialogs", "Command"),
                                         QCoreApplication.translate("Dialogs", "Keys")])
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(r, c, item)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        extra = QCoreApplication.translate(
            "Dialogs", "In the comparison: ↑/↓ move both sides; Ctrl+click or Ctrl+↑/↓ moves "
            "one side only (to choose a partner for Pair); Enter or double-click edits the "
            "row's note; Tab moves between the outline, the two sides and the panels.")
        from PySide6.QtWidgets import QLabel
        hint = QLabel(extra)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.table = table
        self.resize(640, 640)
