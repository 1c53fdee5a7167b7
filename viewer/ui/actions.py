"""Every command of the window as a table: name, text, shortcuts, menu. The menus, the
keyboard-shortcuts dialog and the translations are all built from it, so they never disagree."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

CTX = "Actions"


@dataclass(frozen=True)
class Spec:
    name: str
    text: str
    shortcuts: tuple[str, ...] = ()
    checkable: bool = False
    tip: str = ""


SPECS = (
    Spec("open_old", QT_TRANSLATE_NOOP("Actions", "Open &old version…"), ("Ctrl+O",)),
    Spec("open_new", QT_TRANSLATE_NOOP("Actions", "Open &new version…"), ("Ctrl+Shift+O",)),
    Spec("open_comparison", QT_TRANSLATE_NOOP("Actions", "Open &comparison…"), ("Ctrl+Alt+O",)),
    Spec("open_sample", QT_TRANSLATE_NOOP("Actions", "Open &sample comparison")),
    Spec("clear_recent", QT_TRANSLATE_NOOP("Actions", "&Clear recent files")),
    Spec("save", QT_TRANSLATE_NOOP("Actions", "&Save comparison"), ("Ctrl+S",)),
    Spec("save_as", QT_TRANSLATE_NOOP("Actions", "Save comparison &as…"), ("Ctrl+Shift+S",)),
    Spec("reload", QT_TRANSLATE_NOOP("Actions", "&Reload from disk"), ("F5",)),
    Spec("swap", QT_TRANSLATE_NOOP("Actions", "S&wap sides"), ("Ctrl+Shift+X",)),
    Spec("export", QT_TRANSLATE_NOOP("Actions", "&Export…"), ("Ctrl+E",)),
    Spec("print_preview", QT_TRANSLATE_NOOP("Actions", "Print pre&view…"), ("Ctrl+Shift+P",)),
    Spec("print", QT_TRANSLATE_NOOP("Actions", "&Print…"), ("Ctrl+P",)),
    Spec("close", QT_TRANSLATE_NOOP("Actions", "&Close comparison"), ("Ctrl+W",)),
    Spec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",)),
    Spec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",),
         tip=QT_TRANSLATE_NOOP("Actions", "Take back the last pairing, note or option change")),
    Spec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y")),
    Spec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy paragraph text"), ("Ctrl+C",)),
    Spec("copy_ref", QT_TRANSLATE_NOOP("Actions", "Copy &reference"), ("Ctrl+Shift+C",),
         tip=QT_TRANSLATE_NOOP("Actions", "Copy the symbol and paragraph number with the text (both versions and the changes for a pair)")),
    Spec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), ("Ctrl+F",)),
    Spec("find_next", QT_TRANSLATE_NOOP("Actions", "Find &next"), ("F3",)),
    Spec("find_prev", QT_TRANSLATE_NOOP("Actions", "Find pre&vious"), ("Shift+F3",)),
    Spec("note", QT_TRANSLATE_NOOP("Actions", "Edit &note…"), ("Ctrl+M", "F2")),
    Spec("pair", QT_TRANSLATE_NOOP("Actions", "&Pair selected paragraphs"), ("Ctrl+L",),
         tip=QT_TRANSLATE_NOOP("Actions", "Ctrl+click a row on the other side to choose the partner, then Ctrl+L")),
    Spec("pair_with", QT_TRANSLATE_NOOP("Actions", "Pair &with…"), ("Ctrl+Shift+L",)),
    Spec("pair_candidate", QT_TRANSLATE_NOOP("Actions", "Pair with the &suggested paragraph"),
         ("Ctrl+Shift+K",)),
    Spec("unpair", QT_TRANSLATE_NOOP("Actions", "&Unpair"), ("Ctrl+U",)),
    Spec("reset_pairing", QT_TRANSLATE_NOOP("Actions", "&Reset all pairings")),
    Spec("mode_split", QT_TRANSLATE_NOOP("Actions", "&Side by side"), ("Ctrl+1",), checkable=True),
    Spec("mode_inline", QT_TRANSLATE_NOOP("Actions", "&Inline redline"), ("Ctrl+2",), checkable=True),
    Spec("only_changes", QT_TRANSLATE_NOOP("Actions", "Show &only changes"), ("Ctrl+H",), checkable=True),
    Spec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), ("Ctrl+=", "Ctrl++")),
    Spec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), ("Ctrl+-",)),
    Spec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Normal size"), ("Ctrl+0",)),
    Spec("show_outline", QT_TRANSLATE_NOOP("Actions", "&Outline"), ("Ctrl+Alt+1",)),
    Spec("show_facts", QT_TRANSLATE_NOOP("Actions", "&Document facts"), ("Ctrl+Alt+2",)),
    Spec("show_notes", QT_TRANSLATE_NOOP("Actions", "&Notes"), ("Ctrl+Alt+3",)),
    Spec("lang_system", QT_TRANSLATE_NOOP("Actions", "Follow the &system"), checkable=True),
    Spec("lang_en", "English", checkable=True),
    Spec("lang_zh", "中文", checkable=True),
    Spec("next_change", QT_TRANSLATE_NOOP("Actions", "&Next change"), ("F7", "Alt+Down")),
    Spec("prev_change", QT_TRANSLATE_NOOP("Actions", "&Previous change"), ("Shift+F7", "Alt+Up")),
    Spec("first_row", QT_TRANSLATE_NOOP("Actions", "&First paragraph"), ("Ctrl+Home",)),
    Spec("last_row", QT_TRANSLATE_NOOP("Actions", "&Last paragraph"), ("Ctrl+End",)),
    Spec("goto", QT_TRANSLATE_NOOP("Actions", "&Go to paragraph…"), ("Ctrl+G",)),
    Spec("focus_old", QT_TRANSLATE_NOOP("Actions", "Focus the &old side"), ("Alt+Left",)),
    Spec("focus_new", QT_TRANSLATE_NOOP("Actions", "Focus the &new side"), ("Alt+Right",)),
    Spec("gran_word", QT_TRANSLATE_NOOP("Actions", "Compare &words"), checkable=True),
    Spec("gran_char", QT_TRANSLATE_NOOP("Actions", "Compare &characters"), checkable=True),
    Spec("ignore_punct", QT_TRANSLATE_NOOP("Actions", "Ignore full-width/half-width &punctuation"),
         checkable=True),
    Spec("ignore_ws", QT_TRANSLATE_NOOP("Actions", "Ignore &whitespace"), checkable=True),
    Spec("ignore_marks", QT_TRANSLATE_NOOP("Actions", "Ignore &footnote markers"), checkable=True),
    Spec("show_history", QT_TRANSLATE_NOOP("Actions", "Paragraph &history"), ("Ctrl+Alt+4",)),
    Spec("open_versions", QT_TRANSLATE_NOOP("Actions", "Open &versions…"), ("Ctrl+Alt+V",),
         tip=QT_TRANSLATE_NOOP("Actions", "Open three or more versions of one resolution as its history")),
    Spec("add_version", QT_TRANSLATE_NOOP("Actions", "&Add a version…"), ("Ctrl+Shift+A",)),
    Spec("prev_pair", QT_TRANSLATE_NOOP("Actions", "&Previous pair of versions"), ("Ctrl+[", "Alt+PgUp")),
    Spec("next_pair", QT_TRANSLATE_NOOP("Actions", "&Next pair of versions"), ("Ctrl+]", "Alt+PgDown")),
    Spec("version_earlier", QT_TRANSLATE_NOOP("Actions", "Move the new version &earlier"),
         ("Ctrl+Shift+PgUp",)),
    Spec("version_later", QT_TRANSLATE_NOOP("Actions", "Move the new version &later"),
         ("Ctrl+Shift+PgDown",)),
    Spec("order_by_date", QT_TRANSLATE_NOOP("Actions", "Order the versions by &date")),
    Spec("export_history", QT_TRANSLATE_NOOP("Actions", "Export the &history report…")),
    Spec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), ("F1", "Ctrl+/")),
    Spec("about", QT_TRANSLATE_NOOP("Actions", "&About ResCompare")),
)

# menu name, title, entries ("-" separator, "@recent" and "@language" submenus)
MENUS = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File"), ("open_old", "open_new", "open_comparison", "open_sample",
                                     "@recent", "-", "save", "save_as", "-", "reload", "swap",
                                     "-", "export", "print_preview", "print", "-", "close",
                                     "quit")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit"), ("undo", "redo", "-", "copy", "copy_ref", "-", "find", "find_next", "find_prev", "-", "note",
                                     "-", "pair", "pair_with", "pair_candidate", "unpair", "reset_pairing")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View"), ("mode_split", "mode_inline", "only_changes", "-", "zoom_in",
                                     "zoom_out", "zoom_reset", "-", "show_outline", "show_facts",
                                     "show_notes", "show_history", "-", "@language")),
    ("go", QT_TRANSLATE_NOOP("Actions", "&Go"), ("next_change", "prev_change", "-", "first_row", "last_row",
                                 "goto", "-", "focus_old", "focus_new")),
    ("versions", QT_TRANSLATE_NOOP("Actions", "Ve&rsions"), ("open_versions", "add_version", "-",
                                             "prev_pair", "next_pair", "-", "version_earlier",
                                             "version_later", "order_by_date", "-",
                                             "export_history")),
    ("options", QT_TRANSLATE_NOOP("Actions", "&Options"), ("gran_word", "gran_char", "-", "ignore_punct",
                                           "ignore_ws", "ignore_marks")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help"), ("shortcuts", "about")),
)
SUBMENUS = {"@recent": QT_TRANSLATE_NOOP("Actions", "Open &recent"), "@language": QT_TRANSLATE_NOOP("Actions", "&Language")}


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class Actions:
    """The QActions and menus of a window, by name; ``retranslate()`` after a language switch."""

    def __init__(self, window):
        self.window = window
        self.by_name: dict[str, QAction] = {}
        self.specs = {s.name: s for s in SPECS}
        for spec in SPECS:
            action = QAction(window)
            action.setObjectName(spec.name)
            action.setCheckable(spec.checkable)
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(k) for k in spec.shortcuts])
            window.addAction(action)   # shortcuts work even when the menu bar is hidden
            self.by_name[spec.name] = action
        self.groups = []
        for names in (("mode_split", "mode_inline"), ("gran_word", "gran_char"),
                      ("lang_system", "lang_en", "lang_zh")):
            group = QActionGroup(window)
            group.setExclusive(True)
            for name in names:
                group.addAction(self.by_name[name])
            self.groups.append(group)
        self.menus: dict[str, QMenu] = {}
        self.submenus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for name, _title, entries in MENUS:
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{name}")
            self.menus[name] = menu
            for entry in entries:
                if entry == "-":
                    menu.addSeparator()
                elif entry.startswith("@"):
                    sub = menu.addMenu("")
                    sub.setObjectName(f"menu_{entry[1:]}")
                    self.submenus[entry] = sub
                else:
                    menu.addAction(self.by_name[entry])
        for name in ("lang_system", "lang_en", "lang_zh"):
            self.submenus["@language"].addAction(self.by_name[name])
        self.retranslate()

    def __getitem__(self, name: str) -> QAction:
        return self.by_name[name]

    def retranslate(self) -> None:
        for spec in SPECS:
            action = self.by_name[spec.name]
            text = tr(spec.text) if spec.name not in ("lang_en", "lang_zh") else spec.text
            action.setText(text)
            tip = tr(spec.tip) if spec.tip else text.replace("&", "").rstrip("…")
            if spec.shortcuts:
                tip += f" ({QKeySequence(spec.shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
            action.setToolTip(tip)
            action.setStatusTip(tr(spec.tip) if spec.tip else "")
        for name, title, _entries in MENUS:
            self.menus[name].setTitle(tr(title))
        for key, title in SUBMENUS.items():
            self.submenus[key].setTitle(tr(title))

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(menu, command, shortcuts) for Help › Keyboard shortcuts, in menu order."""
        out = []
        for name, title, entries in MENUS:
            for entry in entries:
                spec = self.specs.get(entry)
                if spec is None:
                    continue
                keys = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in spec.shortcuts)
                out.append((tr(title).replace("&", ""), self.by_name[entry].text().replace("&", ""),
                            keys))
        return out
