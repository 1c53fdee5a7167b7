"""Panels and commands around the comparison: facts (vote warning), export and print wiring,
the shortcuts dialog, keyboard focus order."""
from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtPrintSupport import QPrinter

from viewer.ui.dialogs import ShortcutsDialog
from viewer.ui.metadata_panel import MetadataPanel

from ui_helpers import wait_loaded


def test_facts_panel_warns_when_vote_counts_and_lists_disagree(demo_window, qtbot):
    c = demo_window.comparison
    vote = replace(c.old.metadata.vote, no=2)                  # 2 stated, 1 listed
    bad = replace(c, old=replace(c.old, metadata=replace(c.old.metadata, vote=vote)))
    panel = MetadataPanel()
    qtbot.addWidget(panel)
    panel.set_comparison(bad)
    text = panel.browser.toPlainText()
    assert "⚠ The vote counts do not match the country lists" in text
    assert "Against: 2 stated, 1 listed" in text
    assert text.count("⚠") == 1                                # the new text is consistent
    panel.set_comparison(c)
    assert "⚠" not in panel.browser.toPlainText()


def test_facts_panel_says_how_a_document_was_read(demo_window, qtbot):
    # A text read as preamble only is read, not refused — and the facts panel says so, in the
    # interface language, with the same sentence the exports print.
    c = demo_window.comparison
    partial = replace(c, new=replace(c.new, notices=("preamble_only",)))
    panel = MetadataPanel()
    qtbot.addWidget(panel)
    panel.set_comparison(partial)
    text = panel.browser.toPlainText()
    assert text.count("⚠") == 1 and "preambular paragraphs only" in text
    panel.language = "zh"
    panel.render()
    assert "序言" in panel.browser.toPlainText()
    panel.set_comparison(c)
    assert "⚠" not in panel.browser.toPlainText()


def test_facts_panel_shows_both_documents(demo_window):
    text = demo_window.facts.browser.toPlainText()
    for expected in ("A/HRC/RES/37/23", "A/HRC/RES/43/21",
                     "28 in favour · 1 against · 17 abstaining",
                     "23 in favour · 16 against · 8 abstaining", "23 March 2018", "54th meeting",
                     "美利坚合众国", "Documents cited: what changed", "A/HRC/43/31"):
        assert expected in text


def test_export_runs_in_the_worker_and_includes_notes(demo_window, qtbot, tmp_path):
    win = demo_window
    win.set_note("OP2>OP4", "renumbered; wording kept")
    out = tmp_path / "cmp.json"
    win.export_to(str(out))
    qtbot.waitUntil(lambda: out.exists() and not win.worker.busy(), timeout=20000)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "renumbered; wording kept" in json.dumps(data, ensure_ascii=False)
    assert win.statusBar().currentMessage() == f"Exported to {out}"


def test_export_error_is_shown_and_nothing_is_written(demo_window, qtbot, tmp_path, dialogs):
    win = demo_window
    with qtbot.waitSignal(win.load_failed, timeout=10000):
        win.export_to(str(tmp_path / "missing-folder" / "cmp.json"))
    assert dialogs.kinds() == ["warning"] and "cannot write the export" in dialogs.calls[0][2]


def test_print_renders_through_the_export_module(demo_window, monkeypatch, tmp_path):
    from viewer.export import printing
    calls = []
    monkeypatch.setattr(printing, "render",
                        lambda comparison, notes, printer, language=None:
                        calls.append((comparison, notes, language)) or 1)
    win = demo_window
    win.set_note("PP1>PP1", "n")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    win._render(printer)
    assert calls == [(win.comparison, {"PP1>PP1": "n"}, "en")]


def test_export_from_the_window_follows_the_interface_language(make_window, qtbot, tmp_path):
    """Export used to ignore the interface language while Print followed it."""
    from viewer.engine import demo_paths
    win = make_window("zh")
    win.open_pair(*demo_paths())
    wait_loaded(qtbot, win)
    target = tmp_path / "out.html"
    win.export_to(str(target))
    qtbot.waitUntil(target.exists, timeout=20000)
    text = target.read_text(encoding="utf-8")
    assert "决议两个版本的对照" in text and "Comparison of two versions" not in text

def test_shortcuts_dialog_lists_every_menu_command(demo_window, qtbot):
    rows = demo_window.actions.shortcut_table()
    dialog = ShortcutsDialog(rows, demo_window)
    qtbot.addWidget(dialog)
    # Undo and Redo, Copy reference and Pair with the suggested paragraph in the Edit menu;
    # View › Paragraph history and the Versions menu's eight commands (issue 13)
    assert dialog.table.rowCount() == len(rows) == 58
    found = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
             for r in range(dialog.table.rowCount())}
    assert ("Next change", "F7, Alt+Down") in found
    assert ("Pair selected paragraphs", "Ctrl+L") in found
    assert ("Next pair of versions", "Ctrl+], Alt+PgDown") in found


def test_tab_moves_from_the_outline_through_both_sides(demo_window, qtbot):
    win = demo_window
    chain = []
    w = win.outline.view
    for _ in range(4):
        chain.append(w)
        w = w.nextInFocusChain()
        while not (w.focusPolicy() & w.focusPolicy().TabFocus) or not w.isVisible():
            w = w.nextInFocusChain()
    assert chain[1:3] == [win.view.old_pane, win.view.new_pane]
