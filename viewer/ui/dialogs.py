"""Small dialogs: errors, About, keyboard shortcuts. Errors go through QMessageBox's static
functions so tests can replace them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QMessageBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from .. import __version__
from ..model import InputError


def _t(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


# The title of a user error's box, by what the user was doing.
_TITLES = {
    "open": QT_TRANSLATE_NOOP("Dialogs", "Cannot open"),
    "save": QT_TRANSLATE_NOOP("Dialogs", "Cannot save"),
    "export": QT_TRANSLATE_NOOP("Dialogs", "Cannot export"),
    "repaired": QT_TRANSLATE_NOOP("Dialogs", "Comparison file repaired"),
}


def show_error(parent, exc: BaseException, language: str, action: str = "open") -> None:
    """A user error in the UI language; anything else as an unexpected error with details."""
    if isinstance(exc, InputError):
        title = QCoreApplication.translate("Dialogs", _TITLES.get(action, _TITLES["open"]))
        icon = QMessageBox.information if action == "repaired" else QMessageBox.warning
        icon(parent, title, exc.message(language))
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


def _x(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportOptionsDialog(QDialog):
    """What the CLI's --paper, --portrait and --changes-only choose, for an export from the
    window. Word pages follow the resolution (portrait A4/Letter as Word sets them), so only
    the changes-only choice applies to a .docx."""

    PAPERS = (("a4", "A4"), ("letter", "Letter"))

    def __init__(self, parent, extension: str, paper: str = "a4", landscape: bool = True,
                 changes_only: bool = False):
        super().__init__(parent)
        self.setWindowTitle(_x("Export options"))
        self.paper = QComboBox()
        for code, name in self.PAPERS:
            self.paper.addItem(name, code)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.orientation = QComboBox()
        self.orientation.addItem(_x("Landscape (both versions side by side)"), True)
        self.orientation.addItem(_x("Portrait"), False)
        self.orientation.setCurrentIndex(0 if landscape else 1)
        self.changes_only = QCheckBox(_x("Only changes (unchanged paragraphs as one line)"))
        self.changes_only.setChecked(changes_only)
        pages = extension in (".pdf", ".html")
        self.paper.setEnabled(pages)
        self.orientation.setEnabled(pages)
        form = QFormLayout()
        form.addRow(_x("Paper:"), self.paper)
        form.addRow(_x("Orientation:"), self.orientation)
        form.addRow("", self.changes_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not pages:
            hint = QLabel(_x("Word pages follow the resolution's own layout."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(buttons)

    def values(self) -> dict:
        """The chosen ExportOptions fields."""
        return {"paper": self.paper.currentData(), "landscape": bool(self.orientation.currentData()),
                "changes_only": self.changes_only.isChecked()}


def ask_export_options(parent, extension: str, initial: dict) -> dict | None:
    """The options for an export to ``extension``, asked with ``initial`` chosen; None when
    the user cancels."""
    dialog = ExportOptionsDialog(parent, extension, **initial)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
