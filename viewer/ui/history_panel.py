"""The paragraph history panel (a dock like the outline and the facts).

With a history open it shows the selected paragraph's lineage: the operative-verb path at the
top ("请 → 促请 → 敦促"), then the paragraph in every version with the changes from the version
before marked and what happened on the way (introduced, moved, renumbered, split/merged,
dropped). With a Word file's tracked changes open it shows the revisions of the selected row —
who proposed what, and when — and the file's comments on it. It only renders: the texts come
from viewer.present.history and the model's tracked comparison.
"""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..export.html import runs_html
from ..present.history import LineageView
from ..present.palette import LIGHT


def _css() -> str:
    return (f"del {{ color: {LIGHT.delete_fg}; background: {LIGHT.delete_bg}; }}"
            f"ins {{ color: {LIGHT.insert_fg}; background: {LIGHT.insert_bg};"
            f" text-decoration: none; }}"
            f".ev {{ color: {LIGHT.muted}; }} .verbs {{ font-size: large; font-weight: bold;"
            f" color: {LIGHT.verb_fg}; background: {LIGHT.verb_bg}; }}")


class HistoryPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(_css())
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.title)
        box.addWidget(self.browser, 1)
        self._mode = None
        self.clear()

    def clear(self) -> None:
        self._mode = None
        self.title.setText(self.tr("Open three or more versions (Versions › Open versions…) or "
                                   "a Word file with tracked changes to see a paragraph's history."))
        self.browser.clear()

    def plain_text(self) -> str:
        return self.title.text() + "\n" + self.browser.toPlainText()

    def show_lineage(self, view: LineageView | None, verbs_word: str) -> None:
        """``view`` of the selected paragraph (None: nothing selected)."""
        self._mode = "history"
        if view is None:
            self.title.setText(self.tr("Select a paragraph to see it in every version."))
            self.browser.clear()
            return
        self.title.setText(f"{view.id}: {view.label}")
        html = []
        if view.verb_path:
            html.append(f"<p class='verbs'>{escape(verbs_word)} {escape(view.verb_path)}</p>")
        for cell in view.cells:
            ids = escape(cell.ids) if cell.ids else "—"
            html.append(f"<p><b>{cell.index + 1}. {escape(cell.version)}</b> · {ids}")
            if cell.events:
                html.append(f" <span class='ev'>({escape(' · '.join(cell.events))})</span>")
            # present: the text with changes from the version before; dropped: what went
            html.append("<br>" + runs_html(cell.runs) + "</p>")
        self.browser.setHtml("".join(html))

    def show_revisions(self, row_label: str | None, revisions, comments) -> None:
        """The tracked changes (``Revision``) and comments (``Comment``) on the selected row."""
        self._mode = "tracked"
        if row_label is None:
            self.title.setText(self.tr("Select a paragraph to see who proposed its changes."))
            self.browser.clear()
            return
        self.title.setText(self.tr("Tracked changes in {}").format(row_label))
        kinds = {"insert": self.tr("inserted"), "delete": self.tr("deleted"),
                 "move_from": self.tr("moved away"), "move_to": self.tr("moved here"),
                 "format": self.tr("formatting"), "paragraph_format": self.tr("formatting"),
                 "mark_insert": self.tr("paragraph split"), "mark_delete": self.tr("paragraphs joined"),
                 "row_insert": self.tr("row inserted"), "row_delete": self.tr("row deleted")}
        html = []
        if not revisions and not comments:
            html.append(f"<p class='ev'>{escape(self.tr('No tracked changes in this paragraph.'))}</p>")
        for r in revisions:
            when = (r.date or "")[:16].replace("T", " ")
            who = r.author or self.tr("unknown author")
            tag = "del" if r.kind in ("delete", "move_from", "row_delete") else "ins"
            body = f"<{tag}>{escape(r.text)}</{tag}>" if r.text else ""
            html.append(f"<p><b>{escape(who)}</b> <span class='ev'>{escape(when)} · "
                        f"{escape(kinds.get(r.kind, r.kind))}</span><br>{body}</p>")
        for c in comments:
            html.append(f"<p>💬 {escape(c.note_line())}</p>")
        self.browser.setHtml("".join(html))
