"""Both documents' facts side by side (body, session, agenda item, number, symbol, title, status,
date, sponsors, meeting, vote and country lists, footnotes, citations), what differs marked ≠
and tinted, removed list items struck through and added ones underlined, and a warning where a
vote's counts and country lists disagree. Rendered as HTML from :func:`viewer.ui.facts.facts`."""
from __future__ import annotations

import html
import os

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ..model.citations import citation_label
from . import labels
from ..present.facts import Fact, facts
from ..present.warnings import warnings
from .i18n import Retranslating
from .theme import LIGHT, Theme


def _esc(text) -> str:
    return html.escape(str(text), quote=False)


class MetadataPanel(Retranslating, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setObjectName("facts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.setFocusProxy(self.browser)
        self.comparison = None
        self.theme: Theme = LIGHT
        self.language = "en"  # set by the window with the interface language
        self.narrow = False   # too narrow for three columns: each field's name above its values
        self.retranslate()

    # Below this width the names column would break words ("Sess|ion"): stack instead.
    NARROW = 300

    def resizeEvent(self, event):
        super().resizeEvent(event)
        narrow = self.width() < self.NARROW
        if narrow != self.narrow:
            self.narrow = narrow
            self.render()

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Document facts"))
        self.render()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.render()

    def set_comparison(self, comparison) -> None:
        self.comparison = comparison
        self.render()

    # --- HTML ----------------------------------------------------------------------------

    def render(self) -> None:
        self.browser.setHtml(self.to_html())

    def to_html(self) -> str:
        c = self.comparison
        if c is None:
            empty = self.tr("No comparison open.")
            return f"<p style='color:{self.theme.muted}'>{_esc(empty)}</p>"
        t = self.theme
        old_word, new_word = self.tr("Old"), self.tr("New")
        old_name = os.path.basename(c.old.source) or self.tr("Old version")
        new_name = os.path.basename(c.new.source) or self.tr("New version")
        out = [self._notices(c, old_name, new_name),
               "<table width='100%' cellspacing='0' cellpadding='4' "
               "style='border-collapse:collapse'>",
               "<tr>" if self.narrow else "<tr><th align='left' width='18%'></th>",
               f"<th align='left' width='{50 if self.narrow else 41}%'>{_esc(old_word)}<br>"
               f"<span style='font-weight:normal;color:{t.muted}'>{_esc(old_name)}</span></th>"
               f"<th align='left' width='{50 if self.narrow else 41}%'>{_esc(new_word)}<br>"
               f"<span style='font-weight:normal;color:{t.muted}'>{_esc(new_name)}</span></th></tr>"]
        for fact in facts(c):
            out.append(self._row(fact))
        out.append("</table>")
        out.append(self._citations(c))
        return "".join(out)

    def _notices(self, c, old_name: str, new_name: str) -> str:
        """How each document was read, when the reader should know (a text read as preamble
        only, an extract, several resolutions in one file): the same sentences every export
        prints. A vote mismatch is shown at the vote itself."""
        items = [w for w in warnings(c, self.language, old_name, new_name)
                 if w.side is not None and w.code != "vote_mismatch"]
        if not items:
            return ""
        t = self.theme  # the warning amber of the verb callout and the weak-pairing chip
        return "".join(f"<p style='background:{t.verb_bg};color:{t.verb_fg};margin:2px 0'>"
                       f"⚠ {_esc(w.text)}</p>" for w in items)

    def _row(self, fact: Fact) -> str:
        t = self.theme
        bg = f" bgcolor='{t.chips['modified'][0]}'" if fact.differs else ""
        mark = " <b>≠</b>" if fact.differs else ""
        if self.narrow:
            name = (f"<td colspan='2' style='border-top:1px solid {t.row_line}'>"
                    f"<b>{_esc(labels.field(fact.field))}</b>{mark}</td>")
            cells = [self._value(fact, "old"), self._value(fact, "new")]
            return f"<tr{bg}>{name}</tr><tr{bg}>" + "".join(
                f"<td valign='top' width='50%'>{v}</td>" for v in cells) + "</tr>"
        name = (f"<td valign='top' style='border-top:1px solid {t.row_line}'>"
                f"<b>{_esc(labels.field(fact.field))}</b>{mark}</td>")
        cells = [self._value(fact, "old"), self._value(fact, "new")]
        return f"<tr{bg}>{name}" + "".join(
            f"<td valign='top' style='border-top:1px solid {t.row_line}'>{v}</td>"
            for v in cells) + "</tr>"

    def _value(self, fact: Fact, side: str) -> str:
        t = self.theme
        value = fact.old if side == "old" else fact.new
        warn = fact.warn_old if side == "old" else fact.warn_new
        note = fact.note_old if side == "old" else fact.note_new
        res = self.comparison.old if side == "old" else self.comparison.new
        if note and not value:       # an empty side that is no change (adopted: no sponsors)
            return f"<i style='color:{t.muted}'>{_esc(labels.fact_note(note))}</i>"
        if fact.is_list:
            items = value or ()
            marked = fact.removed if side == "old" else fact.added
            parts = []
            for item in items:
                shown = citation_label(item, self.language) if fact.field == "citations" else item
                if item in marked and side == "old":
                    parts.append(f"<s style='background:{t.delete_bg};color:{t.delete_fg}'>"
                                 f"{_esc(shown)}</s>")
                elif item in marked:
                    parts.append(f"<u style='background:{t.insert_bg};color:{t.insert_fg}'>"
                                 f"{_esc(shown)}</u>")
                else:
                    parts.append(_esc(shown))
            # a list is run together as its document's language does: 、 in Chinese, ", " else
            sep = "<br>" if fact.field in ("footnotes", "citations") else \
                ("、" if res.language == "zh" else ", ")
            text = sep.join(parts) if parts else f"<span style='color:{t.muted}'>—</span>"
            if items and fact.field in ("in_favour", "against", "abstaining", "sponsors"):
                text = f"<span style='color:{t.muted}'>({len(items)})</span> " + text
        elif value is None:
            text = f"<span style='color:{t.muted}'>—</span>"
        elif fact.field == "date":
            text = _esc(labels.date(value))
        elif fact.field == "meeting":
            text = _esc(labels.meeting(value))
        elif fact.field == "vote":
            text = _esc(labels.vote(value) if "/" in value else labels.value(value))
        else:
            text = _esc(labels.value(value) if fact.field == "status" else value)
        if warn:
            text += self._vote_warning(warn)
        return text

    def _vote_warning(self, mismatches) -> str:
        """The vote's (list, stated, listed) disagreements, as the model found them."""
        t = self.theme
        lines = [self.tr("{field}: {stated} stated, {listed} listed").format(
                     field=labels.field(key), stated=stated, listed=listed)
                 for key, stated, listed in mismatches]
        head = self.tr("⚠ The vote counts do not match the country lists")
        body = "<br>".join(_esc(x) for x in lines)
        return (f"<div style='margin-top:4px;padding:4px;background:{t.delete_bg};"
                f"color:{t.delete_fg};border:1px solid {t.delete_fg}'><b>{_esc(head)}</b><br>"
                f"{body}</div>")

    def _citations(self, c) -> str:
        t = self.theme
        heading = self.tr("Documents cited: what changed")
        nothing = self.tr("No change in the documents cited.")
        added, removed = self.tr("Added"), self.tr("Removed")
        out = [f"<h4>{_esc(heading)}</h4>"]
        if not c.citations_added and not c.citations_removed:
            out.append(f"<p style='color:{t.muted}'>{_esc(nothing)}</p>")
        if c.citations_added:
            items = "".join(f"<li><u style='background:{t.insert_bg};color:{t.insert_fg}'>"
                            f"{_esc(citation_label(x, self.language))}</u></li>" for x in c.citations_added)
            out.append(f"<p><b>{_esc(added)}</b> ({len(c.citations_added)})</p>"
                       f"<ul>{items}</ul>")
        if c.citations_removed:
            items = "".join(f"<li><s style='background:{t.delete_bg};color:{t.delete_fg}'>"
                            f"{_esc(citation_label(x, self.language))}</s></li>" for x in c.citations_removed)
            out.append(f"<p><b>{_esc(removed)}</b> ({len(c.citations_removed)})</p>"
                       f"<ul>{items}</ul>")
        return "".join(out)
