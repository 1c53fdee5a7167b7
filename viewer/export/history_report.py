"""The history report of three or more versions, as HTML and PDF.

Both read :func:`viewer.present.history.build_history_report`: per paragraph lineage, its
versions side by side in time order, each with the changes from the version before marked the
way every two-version export marks them (:func:`viewer.export.html.runs_html`). The PDF is that
same HTML laid out by Qt's text engine with the bundled CJK font on the page size and margins of
:func:`viewer.export.printing.setup_printer`, so the two formats cannot disagree.
"""
from __future__ import annotations

import os
from html import escape
from pathlib import Path

from ..model.history import History
from ..present.palette import PAPER
from ..present.history import HistoryReport, build_history_report
from ..wording import user_language
from .atomic import atomic_write, check_target
from .html import runs_html

_CSS = f"""
body {{ font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 10pt;
       color: {PAPER.text}; }}
h1 {{ font-size: 15pt; margin: 0 0 6pt 0; }}
h2 {{ font-size: 11pt; margin: 12pt 0 2pt 0; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid {PAPER.rule}; padding: 3pt 4pt; vertical-align: top; }}
th {{ background: {PAPER.head_bg}; text-align: left; font-weight: bold; }}
del {{ color: {PAPER.delete_fg}; background: {PAPER.delete_bg}; text-decoration: line-through; }}
ins {{ color: {PAPER.insert_fg}; background: {PAPER.insert_bg}; text-decoration: underline; }}
.ev {{ color: {PAPER.modified}; font-size: 8.5pt; }}
.absent {{ color: {PAPER.rule}; font-style: italic; }}
.verbs {{ color: {PAPER.insert_fg}; }}
"""


def _cell(cell, report: HistoryReport) -> str:
    head = f"<b>{escape(cell.ids)}</b>" if cell.ids else \
        f"<span class='absent'>{escape(report.t('h.absent'))}</span>"
    events = f"<div class='ev'>{escape(' · '.join(cell.events))}</div>" if cell.events else ""
    body = runs_html(cell.runs)
    return f"<td>{head}{events}<div>{body}</div></td>"


def build_html(report: HistoryReport) -> str:
    """A self-contained page (no scripts, no outside resources)."""
    lang = "zh-CN" if report.language == "zh" else report.language
    out = [f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>",
           f"<title>{escape(report.title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{escape(report.title)}</h1>",
           f"<h2>{escape(report.t('h.versions'))} ({escape(report.t('h.order'))}: "
           f"{escape(report.ordering)})</h2><table><tr>"]
    out += [f"<th>{n}. {escape(label)}</th>" for n, (label, _f, _d) in
            enumerate(report.versions, start=1)]
    out.append("</tr><tr>")
    out += [f"<td>{escape(name)}<br>{escape(when)}</td>" for _l, name, when in report.versions]
    out.append("</tr></table>")
    out.append(f"<h2>{escape(report.t('h.paragraphs'))}</h2>")
    if report.unchanged:
        out.append(f"<p class='ev'>{escape(report.t('h.only_changed', count=report.unchanged))}</p>")
    width = f"{100 / max(1, len(report.versions)):.1f}%"
    for lin in report.lineages:
        verbs = f" <span class='verbs'>{escape(report.t('h.verbs', path=lin.verb_path))}</span>" \
            if lin.verb_path else ""
        out.append(f"<h2>{escape(report.t('h.lineage', id=lin.id, label=lin.label))}{verbs}</h2>")
        out.append("<table><tr>" + "".join(f"<th width='{width}'>{escape(c.version)}</th>"
                                            for c in lin.cells) + "</tr><tr>")
        out += [_cell(c, report) for c in lin.cells]
        out.append("</tr></table>")
    out.append("</body></html>")
    return "\n".join(out)


def html_bytes(history: History, language: str | None = None) -> bytes:
    return build_html(build_history_report(history, language or user_language())).encode("utf-8")


def write_pdf(history: History, path: str | os.PathLike, language: str | None = None,
              paper: str = "a4", landscape: bool = True) -> Path:
    """Lay the report's HTML out on PDF pages (written atomically: a temporary file first)."""
    import tempfile

    from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

    from .printing import ensure_gui_app, font_family, setup_printer

    ensure_gui_app()
    target = Path(path)
    html = build_html(build_history_report(history, language or user_language()))
    fd, tmp = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        setup_printer(writer, paper, landscape)
        writer.setResolution(300)
        doc = QTextDocument()
        doc.setDefaultFont(QFont(font_family(), 9))
        doc.setHtml(html)
        doc.print_(writer)
        del writer          # finishes the file
        atomic_write(target, Path(tmp).read_bytes())
    finally:
        os.unlink(tmp)
    return target


def export_report(history: History, path: str | os.PathLike, language: str | None = None,
                  paper: str = "a4", landscape: bool = True) -> Path:
    """Write the report to ``path`` (.html or .pdf)."""
    target = Path(path)
    check_target(target)
    if target.suffix.lower() == ".pdf":
        return write_pdf(history, target, language, paper, landscape)
    atomic_write(target, html_bytes(history, language))
    return target
