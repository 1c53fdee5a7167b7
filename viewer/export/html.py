"""``--export out.html``: one self-contained page (inline CSS, no scripts, no external files).

Side-by-side table with ``<del>``/``<ins>`` marks; ``@media print`` CSS prints it landscape with
the table header repeated, rows kept whole, both symbols and "Page X of Y" in the page margins.
"""
from __future__ import annotations

import re
from html import escape

from ..model import Comparison
from ..present import palette
from ..present.report import DELETE, INSERT, Report, Row, Run, build_report
from .options import ExportOptions

PAPER = {"a4": "A4", "letter": "letter"}

CSS = """
:root { --del: %(delete_fg)s; --del-bg: %(delete_bg)s; --ins: %(insert_fg)s; --ins-bg: %(insert_bg)s; --rule: %(rule)s; }
* { box-sizing: border-box; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
       "WenQuanYi Micro Hei", "SimSun", "Segoe UI", Arial, sans-serif;
       font-size: 10.5pt; line-height: 1.55; color: #111; margin: 1.5em auto; max-width: 1400px;
       padding: 0 1.5em; }
h1 { font-size: 17pt; margin: 0 0 .2em; }
h2 { font-size: 12.5pt; margin: 1.3em 0 .4em; border-bottom: 1.5px solid #333; padding-bottom: .15em; }
h3 { font-size: 10.5pt; margin: .9em 0 .3em; }
.running { display: flex; justify-content: space-between; font-size: 9pt; color: #444;
           border-bottom: 1px solid var(--rule); padding-bottom: .3em; margin-bottom: 1em; }
.generated { color: #555; font-size: 9pt; margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--rule); padding: .35em .55em; vertical-align: top; text-align: left; }
th { background: %(head_bg)s; font-weight: 600; }
table.identity th:first-child, table.identity td:first-child { width: 14%; }
table.identity td { white-space: pre-line; }
table.identity td.changed { background: %(changed_bg)s; }
.cols { display: flex; flex-wrap: wrap; gap: 0 2.5em; }
.cols > section { flex: 1 1 22em; }
table.counts td:last-child { text-align: right; width: 5em; }
ul.plain { margin: .2em 0; padding-left: 1.2em; }
.muted { color: #666; }
/* A deletion must read as struck through in black-and-white print, in Chinese too: a browser's
   line-through sits at the height meant for Latin letters and merges with the horizontal
   strokes of Chinese characters. So a thick line is also painted through the middle of the
   glyph box (the inline box's background, printed thanks to print-color-adjust below). */
del { text-decoration: line-through; text-decoration-thickness: .09em; color: var(--del);
      background: linear-gradient(to bottom, transparent calc(50% - .06em), var(--del) calc(50% - .06em),
                  var(--del) calc(50% + .06em), transparent calc(50% + .06em)), var(--del-bg);
      -webkit-box-decoration-break: clone; box-decoration-break: clone; }
ins { text-decoration: underline; text-decoration-thickness: 1.5px; text-underline-offset: 2px;
      color: var(--ins); background: var(--ins-bg); }
.legend span { margin-right: 1.5em; white-space: nowrap; }
table.pairs { table-layout: fixed; }
table.pairs col.label { width: 13%; }
table.pairs td.text { white-space: pre-wrap; word-wrap: break-word; }
table.pairs td.label { font-size: 9pt; }
table.pairs td.label b { font-size: 10.5pt; display: block; }
.status { display: block; color: #333; }
.verb { display: block; margin-top: .3em; font-weight: 600; }
tr.added td.label { border-left: 4px solid var(--ins); }
tr.deleted td.label { border-left: 4px solid var(--del); }
tr.modified td.label { border-left: 4px solid %(modified)s; }
tr.unchanged td.text { color: #333; }
tr.section th { background: %(band_bg)s; font-size: 9.5pt; }
tr.note td { background: %(note_bg)s; border-top: none; font-size: 9.5pt; }
tr.note td.text::before { content: attr(data-label) ": "; font-weight: 600; }
tr.warning td { background: %(band_bg)s; border-top: none; font-size: 9.5pt; font-weight: 600; }
tr.collapsed td { color: #444; font-size: 9pt; padding-top: .15em; padding-bottom: .15em; }
ol.footnotes { list-style: none; margin: .5em 0 0; padding: .3em 0 0; border-top: 1px solid var(--rule);
               font-size: 8.5pt; white-space: normal; }
ol.footnotes li { margin: 0 0 .15em; }
ol.footnotes .mark { font-weight: 600; margin-right: .4em; }
ol.footnotes .aside { color: #555; }
.warnings { border: 1.5px solid #333; padding: .4em .8em; margin: .8em 0; }
.warnings h2 { margin-top: .2em; }
.warnings li { font-weight: 600; }
.orphaned dt { font-weight: 600; margin-top: .4em; }
.orphaned dd { margin: 0 0 0 1.2em; white-space: pre-wrap; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr, .orphaned dd { break-inside: avoid; page-break-inside: avoid; }
  tr.note, tr.warning { break-before: avoid; page-break-before: avoid; }
  tr.section { break-after: avoid; page-break-after: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  section.pairs { break-before: page; page-break-before: always; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"""
# The page's colours: the one paper palette, filled into the %(name)s slots above.
CSS = re.sub(r"%\((\w+)\)s", lambda m: getattr(palette.PAPER, m.group(1)), CSS)



def _css_string(text: str) -> str:
    """A CSS string literal (for @page margin boxes)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _page_css(report: Report, paper: str, landscape: bool) -> str:
    size = f"{PAPER.get(paper, 'A4')} {'landscape' if landscape else 'portrait'}"
    page = report.t("page", page="\x00", pages="\x01")
    before, _, rest = page.partition("\x00")
    middle, _, after = rest.partition("\x01")
    counter = (f"{_css_string(before)} counter(page) {_css_string(middle)} counter(pages) "
               f"{_css_string(after)}")
    return (f"@page {{ size: {size}; margin: 14mm 12mm 14mm 12mm;\n"
            f"  @top-left {{ content: {_css_string(report.header)}; font-size: 8.5pt; }}\n"
            f"  @top-right {{ content: {_css_string(report.t('app'))}; font-size: 8.5pt; }}\n"
            f"  @bottom-left {{ content: {_css_string(report.t('legend_short'))}; "
            f"font-size: 8pt; }}\n"
            f"  @bottom-right {{ content: {counter}; font-size: 8.5pt; }}\n}}\n"
            # Page 1 shows both symbols in its own title block: no running header there.
            "@page :first { @top-left { content: none; } @top-right { content: none; } }\n")


def _text(text: str) -> str:
    return escape(text, quote=False)


def runs_html(runs: tuple[Run, ...]) -> str:
    """A column's pieces as escaped HTML; line breaks kept, changes in <del>/<ins>."""
    out = []
    for run in runs:
        body = _text(run.text).replace("\n", "<br>")
        if run.kind == DELETE:
            out.append(f"<del>{body}</del>")
        elif run.kind == INSERT:
            out.append(f"<ins>{body}</ins>")
        else:
            out.append(body)
    return "".join(out)


def _list(items, report: Report) -> str:
    if not items:
        return f'<p class="muted">{_text(report.t("none"))}</p>'
    return '<ul class="plain">' + "".join(f"<li>{_text(i)}</li>" for i in items) + "</ul>"


def _front(report: Report) -> list[str]:
    t = report.t
    out = [f"<h1>{_text(report.title)}</h1>",
           f'<p class="generated">{_text(report.header)} · {_text(report.generated)}</p>',
           *_warnings(report),
           f"<h2>{_text(t('identity'))}</h2>",
           '<table class="identity"><thead><tr>'
           f"<th></th><th>{_text(t('old'))}</th><th>{_text(t('new'))}</th></tr></thead><tbody>"]
    for name, old, new in report.identity:
        cls = ' class="changed"' if old != new else ""
        out.append(f"<tr><th>{_text(name)}</th><td{cls}>{_text(old)}</td>"
                   f"<td{cls}>{_text(new)}</td></tr>")
    out.append("</tbody></table>")
    out.append(f"<h2>{_text(t('summary'))}</h2><div class=\"cols\"><section>")
    out.append(f"<h3>{_text(t('counts'))}</h3><table class=\"counts\"><tbody>")
    out += [f"<tr><td>{_text(name)}</td><td>{n}</td></tr>" for name, n in report.counts]
    out.append("</tbody></table></section><section>")
    out.append(f"<h3>{_text(t('renumbering'))}</h3>")
    out.append(_list([f"{a} → {b}" for a, b in report.renumbering], report))
    out.append(f"<h3>{_text(t('verb_changes'))}</h3>")
    out.append(_list([f"{lab}: {a} → {b} ({d})" for lab, a, b, d in report.verb_changes], report))
    out.append(f"<h3>{_text(t('citations'))}</h3>")
    out.append(f"<p><b>{_text(t('citations_added'))}:</b> "
               f"{_text('; '.join(report.citations_added) or t('none'))}<br>"
               f"<b>{_text(t('citations_removed'))}:</b> "
               f"{_text('; '.join(report.citations_removed) or t('none'))}</p>")
    out.append("</section></div>")
    out.append(f"<h3>{_text(t('metadata_changes'))}</h3>")
    if report.metadata_changes:
        out.append('<table class="identity"><thead><tr>'
                   f"<th></th><th>{_text(t('old'))}</th><th>{_text(t('new'))}</th></tr></thead><tbody>")
        out += [f"<tr><th>{_text(n)}</th><td>{_text(a)}</td><td>{_text(b)}</td></tr>"
                for n, a, b in report.metadata_changes]
        out.append("</tbody></table>")
    else:
        out.append(f'<p class="muted">{_text(t("none"))}</p>')
    out.append(_legend(report))
    return out


def _warnings(report: Report) -> list[str]:
    out = []
    if report.changes_only:
        out.append(f'<p class="muted">{_text(report.t("changes_only"))}</p>')
    if report.warnings:
        out.append(f'<section class="warnings"><h2>{_text(report.t("warnings"))}</h2><ul>')
        out += [f"<li>{_text(w.text)}</li>" for w in report.warnings]
        out.append("</ul></section>")
    return out


def _footnotes(notes, report: Report) -> str:
    """The footnotes a column's paragraphs refer to, under its text."""
    if not notes:
        return ""
    out = ['<ol class="footnotes">']
    for note in notes:
        aside = []
        if note.partner:
            aside.append(report.t("footnote_renumbered", mark=note.partner))
        if note.changed:
            aside.append(report.t(f"footnote_changed_{note.side}"))
        extra = f' <span class="aside">({_text("; ".join(aside))})</span>' if aside else ""
        out.append(f'<li><span class="mark">{_text(note.mark)}</span>{runs_html(note.runs)}'
                   f"{extra}</li>")
    out.append("</ol>")
    return "".join(out)


def _legend(report: Report) -> str:
    t = report.t
    return (f'<h3>{_text(t("legend"))}</h3><p class="legend">'
            f"<span><del>{_text(t('deleted'))}</del> {_text(t('legend_del'))}</span> "
            f"<span><ins>{_text(t('added'))}</ins> {_text(t('legend_ins'))}</span><br>"
            f"<span>{_text(t('legend_labels'))}</span></p>")


def _row(row: Row, report: Report) -> str:
    anchor = "pair-" + "".join(ch if ch.isalnum() else "-" for ch in row.key)
    if row.collapsed:
        return (f'<tr class="collapsed" id="{anchor}"><td class="label"><b>{_text(row.label)}'
                f'</b></td><td colspan="2">{_text(row.status_text)}</td></tr>')
    verb = f'<span class="verb">{_text(row.verb)}</span>' if row.verb else ""
    out = (f'<tr class="{row.status}" id="{anchor}"><td class="label"><b>{_text(row.label)}</b>'
           f'<span class="status">{_text(row.status_text)}</span>{verb}</td>'
           f'<td class="text old">{runs_html(row.old)}{_footnotes(row.footnotes_old, report)}</td>'
           f'<td class="text new">{runs_html(row.new)}{_footnotes(row.footnotes_new, report)}</td></tr>')
    for warning in row.warnings:
        out += (f'<tr class="warning"><td class="label"></td><td colspan="2">'
                f'{_text(report.t("warning_short"))}: {_text(warning)}</td></tr>')
    if row.note:
        out += (f'<tr class="note"><td class="label"></td><td class="text" colspan="2" '
                f'data-label="{escape(report.t("note"))}">{_text(row.note)}</td></tr>')
    return out


def build_html(report: Report, paper: str = "a4", landscape: bool = True) -> str:
    """The whole page as a string."""
    t = report.t
    out = ["<!DOCTYPE html>",
           f'<html lang="{"zh-Hans" if report.language == "zh" else "en"}"><head>',
           '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<meta name="generator" content="ResCompare">',
           f"<title>{_text(report.title)}: {_text(report.header)}</title>",
           f"<style>{_page_css(report, paper, landscape)}{CSS}</style></head><body>",
           f'<div class="running"><span>{_text(report.header)}</span>'
           f"<span>{_text(t('app'))}</span></div>"]
    out += _front(report)
    out.append(f'<section class="pairs"><h2>{_text(t("paragraphs"))}</h2>')
    out.append('<table class="pairs"><colgroup><col class="label"><col><col></colgroup><thead><tr>'
               f"<th>{_text(t('paragraph'))}</th>"
               f"<th>{_text(t('old'))}: {_text(report.old_name)}</th>"
               f"<th>{_text(t('new'))}: {_text(report.new_name)}</th></tr></thead><tbody>")
    kind = None
    for row in report.rows:
        if row.kind != kind:
            kind = row.kind
            out.append(f'<tr class="section"><th colspan="3">{_text(t(kind))}</th></tr>')
        out.append(_row(row, report))
    out.append("</tbody></table></section>")
    if report.orphaned:
        out.append(f'<section class="orphaned"><h2>{_text(t("orphaned"))}</h2>'
                   f'<p class="muted">{_text(t("orphaned_hint"))}</p><dl>')
        out += [f"<dt>{_text(key)}</dt><dd>{_text(text)}</dd>" for key, text in report.orphaned]
        out.append("</dl></section>")
    out.append("</body></html>\n")
    return "\n".join(out)


def to_bytes(comparison: Comparison, notes: dict[str, str] | None = None,
             options: ExportOptions = ExportOptions()) -> bytes:
    """The comparison as a self-contained UTF-8 HTML page."""
    report = build_report(comparison, notes, options.language,
                          changes_only=options.changes_only)
    return build_html(report, options.paper, options.landscape).encode("utf-8")
