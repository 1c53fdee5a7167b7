"""The window's export and print dialogs: paper, orientation and changes-only as in the CLI,
the folder the export dialog starts in, Qt's own dialog texts in Chinese."""
from __future__ import annotations

import os
import re
import subprocess

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QApplication, QFileDialog

from viewer.resources import samples_dir
from viewer.ui import dialogs
from viewer.ui.dialogs import ExportOptionsDialog
from viewer.ui.i18n import Translations

from ui_helpers import wait_loaded


def test_export_dialog_starts_outside_the_samples_folder_then_in_the_last_one(
        demo_window, monkeypatch, tmp_path, qtbot):
    win = demo_window
    starts = []

    def save_name(parent, title, start, filters):
        starts.append(start)
        return str(tmp_path / "out" / "cmp.pdf"), ""

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(dialogs, "ask_export_options",
                        lambda parent, ext, initial: {"paper": "letter", "landscape": False,
                                                      "changes_only": True})
    win.ask_export()
    qtbot.waitUntil(lambda: (tmp_path / "out" / "cmp.pdf").exists() and not win.worker.busy(),
                    timeout=30000)
    samples = os.path.realpath(samples_dir())
    assert not os.path.realpath(os.path.dirname(starts[0])).startswith(samples)
    win.ask_export()
    assert os.path.dirname(starts[1]) == str(tmp_path / "out")
    qtbot.waitUntil(lambda: not win.worker.busy(), timeout=30000)
    # The choices reached the file: portrait Letter, unchanged paragraphs collapsed.
    pdf = tmp_path / "out" / "cmp.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert (round(width), round(height)) == (612, 792)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert re.search(r"PP\d+–PP\d+ unchanged", text)
    # And are what the dialog offers next time, and what the printer starts with.
    assert win.export_options() == {"paper": "letter", "landscape": False, "changes_only": True}
    printer = win._printer()
    layout = printer.pageLayout()
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter


def test_cancelling_the_options_exports_nothing(demo_window, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "cmp.html"), ""))
    monkeypatch.setattr(dialogs, "ask_export_options", lambda *a: None)
    demo_window.ask_export()
    assert not demo_window.worker.busy() and not (tmp_path / "cmp.html").exists()


def test_options_dialog_values(qtbot):
    dialog = ExportOptionsDialog(None, ".pdf", paper="letter", landscape=False,
                                 changes_only=True)
    qtbot.addWidget(dialog)
    assert dialog.values() == {"paper": "letter", "landscape": False, "changes_only": True}
    dialog.paper.setCurrentIndex(0)
    dialog.orientation.setCurrentIndex(0)
    dialog.changes_only.setChecked(False)
    assert dialog.values() == {"paper": "a4", "landscape": True, "changes_only": False}
    word = ExportOptionsDialog(None, ".docx")
    qtbot.addWidget(word)
    assert not word.paper.isEnabled() and word.changes_only.isEnabled()


def test_qt_dialog_texts_follow_a_chinese_interface(qapp):
    translations = Translations(QApplication.instance())
    try:
        assert translations.apply("zh")
        for context, source in (("QFileDialog", "Look in:"), ("QPrintDialog", "Print"),
                                ("QPageSetupWidget", "Portrait"), ("QPlatformTheme", "Cancel")):
            worded = QCoreApplication.translate(context, source)
            assert worded != source and re.search(r"[\u4e00-\u9fff]", worded), (context, source)
        assert QCoreApplication.translate("ExportDialog", "Export options") == "导出选项"
    finally:
        translations.apply("en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
